"""Withdrawal requests from a member account (seed 000): the transfer fee taken from the balance, the way out
following the way in, and the request marked done, refused or cancelled (due within 3 working days: `desk due`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.accounts.balance import WAYS_OUT, withdrawable
from desk.accounts.ledger import positive, write_entry
from desk.common import words as enum_words
from desk.errors import DeskError
from desk.language import words
from desk.models import Channel, LedgerEntry, LedgerKind, MemberAccount, WithdrawalStatus
from desk.money import Money


def check_withdrawal(
    session: Session, account: MemberAccount, amount: Money, channel: Channel, fee: Money, on: date
) -> None:
    """Raise the DeskError saying why a withdrawal request would be refused (seed 000); writes nothing, so a form
    can ask it as the user types.

    The seed refuses a request whose fee is larger than the balance, "as it's senseless"; and as the fee is taken
    from the balance too, what is sent plus the fee must fit in it. Then the way out must follow the way in."""
    positive(amount, words.tr("the amount to withdraw"))
    for money, what in ((amount, words.tr("the amount to withdraw")), (fee, words.tr("the transfer fee"))):
        if money.currency != account.currency:
            raise DeskError(
                words.tr("{0} leaves the balance in {1}, the account's currency: not {2}").format(
                    what, account.currency, money
                )
            )
    if fee.minor < 0:
        raise DeskError(words.tr("the transfer fee cannot be negative"))
    way = WAYS_OUT.get(channel)
    if way is None:
        raise DeskError(
            words.tr(
                "the agent does not send withdrawals by {0}: only to a credit card or by Western Union or "
                'MoneyGram ("Refund & Withdraw Fund")'
            ).format(enum_words(channel))
        )
    session.flush()
    figures = withdrawable(session, account, on, fee)
    balance = figures.balance
    if fee > balance:
        raise DeskError(
            words.tr(
                "the transfer fee {0} is larger than the balance {1} on {2}: the agent does not "
                'transfer then, as it would be senseless ("Refund & Withdraw Fund")'
            ).format(fee, balance, on.isoformat())
        )
    if amount + fee > balance:
        if fee < balance:
            said = words.tr(
                "{0} plus the transfer fee {1} is more than the balance {2} on {3}: at most {4} can be withdrawn "
                'with this fee, as the fee is taken from the balance too ("Refund & Withdraw Fund")'
            ).format(amount, fee, balance, on.isoformat(), balance - fee)
        else:
            said = words.tr(
                "{0} plus the transfer fee {1} is more than the balance {2} on {3}: nothing would be left, "
                'as the fee is taken from the balance too ("Refund & Withdraw Fund")'
            ).format(amount, fee, balance, on.isoformat())
        raise DeskError(said)
    if amount > figures.by(way):
        raise DeskError(
            words.tr(
                "{0} {1} is refused: money added by credit card may only be withdrawn to a credit card and money "
                'added any other way only by Western Union or MoneyGram ("Refund & Withdraw Fund"), so after the fee '
                "{2} can be withdrawn on {3}"
            ).format(amount, words.tr(way), figures.describe(), on.isoformat())
        )


def withdraw(
    session: Session,
    account: MemberAccount,
    amount: Money,
    channel: Channel,
    fee: Money,
    on: date,
    note: str | None = None,
) -> tuple[LedgerEntry, LedgerEntry | None]:
    """A withdrawal request and its transfer fee, both taken from the balance (seed 000), unless
    `check_withdrawal` refuses it."""
    check_withdrawal(session, account, amount, channel, fee, on)
    entry = LedgerEntry(kind=LedgerKind.WITHDRAWAL, on_date=on, amount_minor=amount.minor, currency=amount.currency)
    entry.channel, entry.withdrawal_status, entry.note = channel, WithdrawalStatus.REQUESTED, note
    write_entry(session, account, entry, debit=True)
    if fee.is_zero:
        return entry, None
    # Written right after its withdrawal: that is how `fee_of` finds it (the ledger has no column linking the two).
    charge = LedgerEntry(kind=LedgerKind.WITHDRAWAL_FEE, on_date=on, amount_minor=fee.minor, currency=fee.currency)
    charge.note = f"transfer fee of withdrawal {entry.id}"
    return entry, write_entry(session, account, charge, debit=True)


def fee_of(session: Session, withdrawal: LedgerEntry) -> LedgerEntry | None:
    """The transfer fee of a withdrawal: the account's next entry, when it is a fee."""
    following = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.account_id == withdrawal.account_id, LedgerEntry.id > withdrawal.id)
        .order_by(LedgerEntry.id)
        .limit(1)
    ).first()
    return following if following is not None and following.kind is LedgerKind.WITHDRAWAL_FEE else None


def close_withdrawal(
    session: Session, entry_id: int, status: WithdrawalStatus, on: date
) -> tuple[LedgerEntry, LedgerEntry | None]:
    """Mark a requested withdrawal done, refused or cancelled on `on`. A refused or cancelled one sent nothing:
    it stops counting, and its fee comes back as an adjustment (returned with it)."""
    entry = session.get(LedgerEntry, entry_id)
    if entry is None:
        raise DeskError(words.tr("no ledger entry {0}").format(entry_id))
    if entry.kind is not LedgerKind.WITHDRAWAL:
        raise DeskError(
            words.tr("ledger entry {0} is a {1}, not a withdrawal").format(entry_id, entry.kind.value.replace("_", " "))
        )
    if status is WithdrawalStatus.REQUESTED:
        raise DeskError(words.tr("a withdrawal is requested once; mark it done, refused or cancelled"))
    if entry.withdrawal_status is not WithdrawalStatus.REQUESTED:
        if entry.done_on:
            raise DeskError(
                words.tr("withdrawal {0} is already {1} on {2}; only a requested one can be marked").format(
                    entry_id, entry.withdrawal_status, entry.done_on.isoformat()
                )
            )
        raise DeskError(
            words.tr("withdrawal {0} is already {1}; only a requested one can be marked").format(
                entry_id, entry.withdrawal_status
            )
        )
    if on < entry.on_date:
        raise DeskError(
            words.tr("withdrawal {0} was requested on {1}; it cannot end on {2} before that").format(
                entry_id, entry.on_date, on
            )
        )
    entry.withdrawal_status, entry.done_on = status, on
    fee = fee_of(session, entry) if status is not WithdrawalStatus.DONE else None
    back = None
    if fee is not None:
        back = LedgerEntry(kind=LedgerKind.ADJUSTMENT_IN, on_date=on, amount_minor=fee.amount_minor)
        back.currency, back.note = fee.currency, f"fee of withdrawal {entry_id} returned: the withdrawal was {status}"
        entry.account.entries.append(back)
    session.flush()
    return entry, back
