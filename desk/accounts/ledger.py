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
        raise DeskError(f"{text!r} names more than one member account ({names}); give it as PROVIDER/NAME")
    known = [label(a) for a in session.scalars(select(MemberAccount).order_by(MemberAccount.id).limit(11))]
    listed = f"; accounts: {', '.join(known[:10])}{', …' if len(known) > 10 else ''}" if known else ""
    raise DeskError(f"no member account {text!r}{listed}")


def get_account(session: Session, account: int | str) -> MemberAccount:
    """The account with that id (the window), or the one its name as typed names (`find_account`)."""
    if isinstance(account, str):
        return find_account(session, account)
    found = session.get(MemberAccount, account)
    if found is None:
        raise DeskError(f"no member account {account}")
    return found


def open_account(session: Session, text: str, currency: str, notes: str | None = None) -> MemberAccount:
    provider, name = _split(text)
    if not provider or not name:
        raise DeskError(f"{text!r}: name the account as PROVIDER/NAME, e.g. Superbuy/reseller_eu_01")
    if max(len(provider), len(name)) > 120:
        raise DeskError("the provider and the member name may each have at most 120 characters")
    try:
        minor_digits(currency)
    except CurrencyError:
        raise DeskError(f"{currency!r} is not a currency in use; give an ISO code such as CNY or USD") from None
    same = session.scalars(
        select(MemberAccount)
        .where(func.lower(MemberAccount.provider) == provider.lower(), func.lower(MemberAccount.name) == name.lower())
        .execution_options(include_voided=True)  # one account per login, voided or not
    ).first()
    if same is not None:
        voided = ", voided: restore it instead" if same.is_voided else ""
        raise DeskError(f"there is already a member account {label(same)} (account {same.id}{voided})")
    account = MemberAccount(provider=provider, name=name, currency=currency.upper(), notes=notes)
    session.add(account)
    session.flush()
    return account


def positive(amount: Money, what: str) -> None:
    if amount.minor <= 0:
        raise DeskError(f"{what} must be more than zero")


def write_entry(session: Session, account: MemberAccount, entry: LedgerEntry, *, debit: bool = False) -> LedgerEntry:
    account.entries.append(entry)
    session.flush()
    overdraft = first_overdraft(session, account) if debit else None
    if overdraft is not None:  # the caller's transaction is rolled back: nothing is written
        day, low = overdraft
        raise DeskError(
            f"the balance of {label(account)} would fall to {low} on {day.isoformat()}; a member account works like "
            'a debit account ("Refund & Withdraw Fund"): add funds first'
        )
    return entry


def add_funds(
    session: Session, account: MemberAccount, amount: Money, channel: Channel, on: date, note: str | None = None
) -> LedgerEntry:
    positive(amount, "the funds added")
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
    positive(amount, "the payment")
    if order.agent_account is not None and order.agent_account_id != account.id:
        raise DeskError(f"order {order.key} goes through {label(order.agent_account)}, not {label(account)}")
    if on < order.placed_on:
        raise DeskError(f"a payment on {on.isoformat()} is before {order.key} was placed ({order.placed_on})")
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
    positive(amount, "the cost returned")
    if dispute is not None:
        if order is not None and order.id != dispute.order_line.order_id:
            raise DeskError(f"dispute {dispute.id} is about {dispute.order_line.order.key}, not {order.key}")
        order = dispute.order_line.order
    if order is None:
        raise DeskError("a cost return comes from an order: name the order or the dispute it settles")
    written = check_cost_return(order, reason, dispute, on)
    paid = _sum_for(session, account, order, LedgerKind.ORDER_PAYMENT)
    if paid.is_zero:
        raise DeskError(
            f"{label(account)} has no payment for {order.key}: a cost return gives back what the account paid for "
            "an order, so record the payment first"
        )
    back = _sum_for(session, account, order, LedgerKind.COST_RETURN)
    this = in_account_currency(session, account, amount, on, f"the cost return {amount}")
    if back + this > paid:
        raise DeskError(
            f"the cost return {amount} is more than is left to return on {order.key}: {label(account)} paid {paid} "
            f"for it and {back} came back already"
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
