"""A member account's figures, all in the account's own currency (seed 000): each entry converted at the exchange
rate of its day, the balance as the sum of the counted entries, the running balance for the history, and how much
may still be withdrawn each way.

The way out follows the way in (seed 000): money added by credit card may only be withdrawn to a credit card, money
added any other way (Western Union, MoneyGram, bank transfer, …) only by Western Union or MoneyGram. An order
payment does not say which money it spent, so each way out is capped by what came in that way and has not yet gone
out that way, and never by more than the balance: a card is only ever refunded up to what it paid in."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import Channel, LedgerEntry, LedgerKind, MemberAccount
from desk.models.fx import NoRateError, convert_on
from desk.money import Money, sum_money


class WayOut(enum.StrEnum):  # its values are words (shown as words.tr(way))
    CARD = QT_TRANSLATE_NOOP("words", "to a credit card")
    TRANSFER = QT_TRANSLATE_NOOP("words", "by Western Union or MoneyGram")


# The only channels the agent sends withdrawals by (seed 000).
WAYS_OUT = {
    Channel.CREDIT_CARD: WayOut.CARD,
    Channel.WESTERN_UNION: WayOut.TRANSFER,
    Channel.MONEYGRAM: WayOut.TRANSFER,
}


def way_back(channel: Channel | None) -> WayOut:
    """How money that came in (or went out) by `channel` is counted: credit card apart from everything else."""
    return WayOut.CARD if channel is Channel.CREDIT_CARD else WayOut.TRANSFER


def label(account: MemberAccount) -> str:
    return f"{account.provider}/{account.name}"


def in_account_currency(session: Session, account: MemberAccount, money: Money, on: date, what: str) -> Money:
    """`money` in the account's currency at the rate of `on`; a missing rate is an error naming it."""
    if money.currency == account.currency:
        return money
    try:
        return convert_on(session, money, account.currency, on)
    except NoRateError:
        raise DeskError(
            words.tr("no exchange rate {0}→{1} on or before {2} to convert {3}; add the rate of that day").format(
                money.currency, account.currency, on.isoformat(), what
            )
        ) from None


def converted(session: Session, entry: LedgerEntry) -> Money:
    """The entry's signed amount (credits positive) in its account's currency."""
    what = words.tr("ledger entry {0} ({1})").format(entry.id, entry.signed)
    return in_account_currency(session, entry.account, entry.signed, entry.on_date, what)


def _counted(account: MemberAccount, on: date | None) -> list[LedgerEntry]:
    entries = [e for e in account.entries if e.counts_in_balance and (on is None or e.on_date <= on)]
    return sorted(entries, key=lambda e: (e.on_date, e.id or 0))


def balance(session: Session, account: MemberAccount, on: date | None = None) -> Money:
    """The sum of the counted entries (those on or before `on`, when given)."""
    return sum_money((converted(session, e) for e in _counted(account, on)), account.currency)


def first_overdraft(session: Session, account: MemberAccount) -> tuple[date, Money] | None:
    """The first day whose closing balance is below zero. Days, not entries: a day's entries are often
    recorded in another order than they happened."""
    running = Money.zero(account.currency)
    for day, entries in groupby(_counted(account, None), key=lambda e: e.on_date):
        running += sum_money((converted(session, e) for e in entries), account.currency)
        if running.minor < 0:
            return day, running
    return None


@dataclass(frozen=True)
class Withdrawable:
    balance: Money
    card: Money  # may go to a credit card
    transfer: Money  # may go by Western Union or MoneyGram

    def by(self, way: WayOut) -> Money:
        return self.card if way is WayOut.CARD else self.transfer

    def describe(self) -> str:
        return words.tr("up to {0} to a credit card and up to {1} by Western Union or MoneyGram").format(
            self.card, self.transfer
        )


def withdrawable(
    session: Session, account: MemberAccount, on: date | None = None, fee: Money | None = None
) -> Withdrawable:
    """What may be withdrawn each way on `on` (all entries when None), the transfer `fee` taken first."""
    entries = _counted(account, on)
    total = sum_money((converted(session, e) for e in entries), account.currency)
    room = max(total - (fee or Money.zero(account.currency)), Money.zero(account.currency))
    left = {way: Money.zero(account.currency) for way in WayOut}
    for entry in entries:
        if entry.kind in (LedgerKind.FUNDS_ADDED, LedgerKind.WITHDRAWAL):
            left[way_back(entry.channel)] += converted(session, entry)  # in: +, out: −
    capped = {way: min(max(amount, Money.zero(account.currency)), room) for way, amount in left.items()}
    return Withdrawable(total, capped[WayOut.CARD], capped[WayOut.TRANSFER])


@dataclass(frozen=True)
class Row:
    """One entry of the history with its amount in the account's currency and the balance after it; both None
    from the first entry whose rate is missing (`problem` says which)."""

    entry: LedgerEntry
    converted: Money | None
    balance: Money | None
    problem: str | None = None


def history(session: Session, account: MemberAccount) -> list[Row]:
    """Every entry, refused and cancelled withdrawals too (they are shown, not counted), oldest first."""
    rows: list[Row] = []
    running: Money | None = Money.zero(account.currency)
    for entry in sorted(account.entries, key=lambda e: (e.on_date, e.id)):
        try:
            amount: Money | None = converted(session, entry)
            problem = None
        except DeskError as error:
            amount, problem = None, str(error)
        if entry.counts_in_balance and running is not None:
            running = None if amount is None else running + amount
        rows.append(Row(entry, amount, running, problem))
    return rows
