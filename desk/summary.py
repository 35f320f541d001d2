"""The figures the dashboard shows, computed by aggregate queries over the case tables (never the order lines,
which can run to millions)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from desk.models import (
    DepositApplication,
    DepositState,
    Dispute,
    DisputeState,
    MemberAccount,
    Order,
    OrderLine,
    Refund,
    RefundPart,
)
from desk.models.accounts import balance_sql
from desk.models.disputes import FINISHED_STATES
from desk.money import Money


@dataclass(frozen=True)
class Summary:
    open_disputes: int
    disputes_by_state: dict[DisputeState, int]
    claimed_open: list[Money]  # per currency, in open disputes
    won_total: list[Money]
    refunds_outstanding: list[Money]  # expected but not yet arrived, per currency
    refunds_waiting: int  # refund parts not received in full
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
    claimed = session.execute(_per_order_currency(Dispute.claimed_minor).where(Dispute.state.not_in(FINISHED_STATES)))
    won = session.execute(_per_order_currency(Dispute.won_minor))
    missing = RefundPart.expected_minor - func.coalesce(RefundPart.received_minor, 0)
    shortfall = case((missing > 0, missing), else_=0)  # an overpaid part does not cancel a short one
    outstanding = session.execute(
        select(Order.currency, func.sum(shortfall))
        .join(Refund, Refund.id == RefundPart.refund_id)
        .join(Order, Order.id == Refund.order_id)
        .group_by(Order.currency)
    ).all()
    waiting = session.scalar(
        select(func.count()).where(func.coalesce(RefundPart.received_minor, 0) < RefundPart.expected_minor)
    )
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
        claimed_open=_per_currency(claimed.all()),
        won_total=_per_currency(won.all()),
        refunds_outstanding=_per_currency(outstanding),
        refunds_waiting=int(waiting or 0),
        deposits_open=int(n_deposits),
        deposits_held=_per_currency(deposits),
        account_balances=_balances(session),
    )


def _per_order_currency(amount: Any) -> Select[Any]:
    return (
        select(Order.currency, func.sum(amount))
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .group_by(Order.currency)
    )


def _balances(session: Session) -> list[tuple[str, Money]]:
    rows = session.execute(
        select(
            MemberAccount.provider,
            MemberAccount.name,
            MemberAccount.currency,
            balance_sql(MemberAccount.id, MemberAccount.currency),
        ).order_by(MemberAccount.provider, MemberAccount.name)
    )
    return [(f"{provider} · {name}", Money(int(minor), currency)) for provider, name, currency, minor in rows]
