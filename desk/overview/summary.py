"""The case counts the dashboard shows (money in flight is `overview.flows`, deadlines `overview.attention`), computed
by aggregate queries over the case tables (never the order lines, which can run to millions)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import (
    DepositApplication,
    DepositState,
    Dispute,
    DisputeState,
    MemberAccount,
)
from desk.models.disputes import FINISHED_STATES
from desk.money import Money, sum_money


@dataclass(frozen=True)
class Summary:
    open_disputes: int
    disputes_by_state: dict[DisputeState, int]
    deposits_open: int
    deposits_held: list[Money]
    account_balances: list[tuple[str, Money]] = field(default_factory=list)  # ("Superbuy · reseller", balance)


def _per_currency(rows: Iterable[Any]) -> list[Money]:
    """(currency, minor) rows to one Money per currency, zero totals left out."""
    totals: dict[str, int] = defaultdict(int)
    for currency, minor in rows:
        totals[currency] += int(minor or 0)
    return [Money(minor, cur) for cur, minor in sorted(totals.items()) if minor]


def summarize(session: Session) -> Summary:
    counted = dict(session.execute(select(Dispute.state, func.count()).group_by(Dispute.state)).all())
    by_state = {state: int(counted.get(state, 0)) for state in DisputeState}  # in the order a dispute moves
    open_count = sum(n for s, n in by_state.items() if s not in FINISHED_STATES)
    open_deposit = DepositApplication.state.not_in([DepositState.PAID.value, DepositState.CLOSED.value])
    deposits = session.execute(
        select(DepositApplication.currency, func.sum(DepositApplication.deposit_minor))
        .where(open_deposit)
        .group_by(DepositApplication.currency)
    ).all()
    n_deposits = session.scalar(select(func.count()).where(open_deposit)) or 0
    return Summary(
        open_disputes=open_count,
        disputes_by_state=by_state,
        deposits_open=int(n_deposits),
        deposits_held=_per_currency(deposits),
        account_balances=_balances(session),
    )


def _balances(session: Session) -> list[tuple[str, Money]]:
    """Each account's balance in its currency, entries in other currencies at their day's rate (seed 000's
    accounts are kept in CNY; a refund may arrive in USD)."""
    from desk.accounts.balance import balance

    found = []
    for account in session.scalars(select(MemberAccount).order_by(MemberAccount.provider, MemberAccount.name)):
        name = f"{account.provider} · {account.name}"
        try:
            found.append((name, balance(session, account)))
        except DeskError as exc:  # a missing rate: the Dashboard says so rather than show a wrong sum
            own = [e.signed for e in account.entries if e.counts_in_balance and e.currency == account.currency]
            said = words.tr("{0}, its own currency only ({1})").format(name, exc)
            found.append((said, sum_money(own, account.currency)))
    return found
