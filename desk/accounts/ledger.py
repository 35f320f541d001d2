"""Member accounts at a purchase agent or platform (seed 000): opening one, and writing its ledger — funds added,
order payments, cost returns, withdrawal requests with their transfer fee — each checked against the agent's rules
before it is written. The figures (balance, conversion, what may be withdrawn) are in `desk.accounts.balance`.

An account is named `PROVIDER/NAME` (`Superbuy/reseller_eu_01`), or by its NAME alone when no other provider has
an account of that name. Like a debit account (seed 000) a balance never goes below zero: an entry that would take
it there on any day is refused."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from desk.accounts.balance import converted, first_overdraft, in_account_currency, label
from desk.accounts.cost_returns import CostReturnReason, check_cost_return
from desk.errors import DeskError
from desk.language import words
from desk.models import (
    Channel,
    Dispute,
    LedgerEntry,
    LedgerKind,
    MemberAccount,
    Order,
    OrderLine,
)
from desk.money import CurrencyError, Money, minor_digits, sum_money
from desk.orders.amounts import order_total


def _split(text: str) -> tuple[str | None, str]:
    provider, sep, name = text.strip().partition("/")
    return (provider.strip(), name.strip()) if sep else (None, provider.strip())


def find_account(session: Session, text: str) -> MemberAccount:
    """The account `PROVIDER/NAME` or `NAME` names; an exact match wins over one that differs only in case."""
    provider, name = _split(text)
    query = select(MemberAccount).where(func.lower(MemberAccount.name) == name.lower())
    if provider is not None:
        query = query.where(func.lower(MemberAccount.provider) == provider.lower())
    found = list(session.scalars(query.order_by(MemberAccount.id)))
    exact = [a for a in found if a.name == name and provider in (None, a.provider)]
    if len(exact) == 1 or len(found) == 1:
        return exact[0] if len(exact) == 1 else found[0]
    if found:
        names = ", ".join(label(a) for a in found)
        raise DeskError(
            words.tr("{0!r} names more than one member account ({1}); give it as PROVIDER/NAME").format(text, names)
        )
    known = [label(a) for a in session.scalars(select(MemberAccount).order_by(MemberAccount.id).limit(11))]
    if known:
        listed = ", ".join(known[:10]) + (", …" if len(known) > 10 else "")
        raise DeskError(words.tr("no member account {0!r}; accounts: {1}").format(text, listed))
    raise DeskError(words.tr("no member account {0!r}").format(text))


def get_account(session: Session, account: int | str) -> MemberAccount:
    """The account with that id (the window), or the one its name as typed names (`find_account`)."""
    if isinstance(account, str):
        return find_account(session, account)
    found = session.get(MemberAccount, account)
    if found is None:
        raise DeskError(words.tr("no member account {0}").format(account))
    return found


def open_account(session: Session, text: str, currency: str, notes: str | None = None) -> MemberAccount:
    provider, name = _split(text)
    if not provider or not name:
        raise DeskError(words.tr("{0!r}: name the account as PROVIDER/NAME, e.g. Superbuy/reseller_eu_01").format(text))
    if max(len(provider), len(name)) > 120:
        raise DeskError(words.tr("the provider and the member name may each have at most 120 characters"))
    try:
        minor_digits(currency)
    except CurrencyError:
        raise DeskError(
            words.tr("{0!r} is not a currency in use; give an ISO code such as CNY or USD").format(currency)
        ) from None
    same = session.scalars(
        select(MemberAccount)
        .where(func.lower(MemberAccount.provider) == provider.lower(), func.lower(MemberAccount.name) == name.lower())
        .execution_options(include_voided=True)  # one account per login, voided or not
    ).first()
    if same is not None:
        if same.is_voided:
            raise DeskError(
                words.tr("there is already a member account {0} (account {1}, voided: restore it instead)").format(
                    label(same), same.id
                )
            )
        raise DeskError(words.tr("there is already a member account {0} (account {1})").format(label(same), same.id))
    account = MemberAccount(provider=provider, name=name, currency=currency.upper(), notes=notes)
    session.add(account)
    session.flush()
    return account


def positive(amount: Money, what: str) -> None:
    """`what`: the amount in words, already in the user's language (`words.tr("the payment")`)."""
    if amount.minor <= 0:
        raise DeskError(words.tr("{0} must be more than zero").format(what))


def write_entry(session: Session, account: MemberAccount, entry: LedgerEntry, *, debit: bool = False) -> LedgerEntry:
    account.entries.append(entry)
    session.flush()
    overdraft = first_overdraft(session, account) if debit else None
    if overdraft is not None:  # the caller's transaction is rolled back: nothing is written
        day, low = overdraft
        raise DeskError(
            words.tr(
                "the balance of {0} would fall to {1} on {2}; a member account works like "
                'a debit account ("Refund & Withdraw Fund"): add funds first'
            ).format(label(account), low, day.isoformat())
        )
    return entry


def add_funds(
    session: Session, account: MemberAccount, amount: Money, channel: Channel, on: date, note: str | None = None
) -> LedgerEntry:
    positive(amount, words.tr("the funds added"))
    entry = LedgerEntry(
        kind=LedgerKind.FUNDS_ADDED, on_date=on, amount_minor=amount.minor, currency=amount.currency, channel=channel
    )
    entry.note = note
    return write_entry(session, account, entry)


def pay_order(
    session: Session,
    account: MemberAccount,
    order: Order,
    on: date,
    amount: Money | None = None,
    note: str | None = None,
) -> LedgerEntry:
    """An order paid from the balance (its total unless told); the order is then known to go through the account."""
    session.flush()  # the order's defaults (shipping, discount) are set: its total is known
    amount = amount or order_total(order)
    positive(amount, words.tr("the payment"))
    if order.agent_account is not None and order.agent_account_id != account.id:
        raise DeskError(
            words.tr(
                "order {0} goes through {1}, not {2}"
            ).format(order.key, label(order.agent_account), label(account))
        )
    if on < order.placed_on:
        raise DeskError(
            words.tr(
                "a payment on {0} is before {1} was placed ({2})"
            ).format(on.isoformat(), order.key, order.placed_on)
        )
    order.agent_account = account
    entry = LedgerEntry(kind=LedgerKind.ORDER_PAYMENT, on_date=on, amount_minor=amount.minor, currency=amount.currency)
    entry.order, entry.note = order, note
    return write_entry(session, account, entry, debit=True)


def return_cost(
    session: Session,
    account: MemberAccount,
    amount: Money,
    reason: CostReturnReason,
    on: date,
    *,
    order: Order | None = None,
    dispute: Dispute | None = None,
    note: str | None = None,
) -> LedgerEntry:
    """Cost coming back to the balance from an order (and the dispute, the claim, it settles), when the order's
    status allows it for `reason` and no more comes back than the account paid for the order (seed 000)."""
    positive(amount, words.tr("the cost returned"))
    if dispute is not None:
        if order is not None and order.id != dispute.order_line.order_id:
            raise DeskError(
                words.tr("dispute {0} is about {1}, not {2}").format(
                    dispute.id, dispute.order_line.order.key, order.key
                )
            )
        order = dispute.order_line.order
    if order is None:
        raise DeskError(words.tr("a cost return comes from an order: name the order or the dispute it settles"))
    written = check_cost_return(order, reason, dispute, on)
    paid = _sum_for(session, account, order, LedgerKind.ORDER_PAYMENT)
    if paid.is_zero:
        raise DeskError(
            words.tr(
                "{0} has no payment for {1}: a cost return gives back what the account paid for "
                "an order, so record the payment first"
            ).format(label(account), order.key)
        )
    back = _sum_for(session, account, order, LedgerKind.COST_RETURN)
    this = in_account_currency(session, account, amount, on, words.tr("the cost return {0}").format(amount))
    if back + this > paid:
        raise DeskError(
            words.tr(
                "the cost return {0} is more than is left to return on {1}: {2} paid {3} for it and {4} came back "
                "already"
            ).format(amount, order.key, label(account), paid, back)
        )
    entry = LedgerEntry(kind=LedgerKind.COST_RETURN, on_date=on, amount_minor=amount.minor, currency=amount.currency)
    entry.order, entry.dispute = order, dispute
    entry.note = f"{written}: {note}" if note else written
    return write_entry(session, account, entry)


def _sum_for(session: Session, account: MemberAccount, order: Order, kind: LedgerKind) -> Money:
    """What the account paid for (or got back from) an order, unsigned, in the account's currency."""
    entries = [e for e in account.entries if e.kind is kind and e.order_id == order.id]
    return abs(sum_money((converted(session, e) for e in entries), account.currency))  # one kind: one sign


def entries_for_case(session: Session, case: Order | Dispute) -> list[LedgerEntry]:
    """The ledger entries a case shows: a dispute's own, an order's and those of the disputes on its lines."""
    if isinstance(case, Dispute):
        where = LedgerEntry.dispute_id == case.id
    else:
        lines = select(Dispute.id).join(OrderLine).where(OrderLine.order_id == case.id)
        where = or_(LedgerEntry.order_id == case.id, LedgerEntry.dispute_id.in_(lines))
    query = select(LedgerEntry).where(where).options(selectinload(LedgerEntry.account))
    return list(session.scalars(query.order_by(LedgerEntry.on_date, LedgerEntry.id)))
