"""Each case's next open deadline, for the lists' "Next deadline" column: the Dashboard's deadlines
(`deadlines_for`, the one place their rules live), grouped by the record they concern.

A case's next deadline is the earliest of its own and of what hangs under it: an order's include its disputes' and
refunds'; a dispute's its refunds'; a refund's its parts'; a member account's its withdrawals'."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import CaseKind, Dispute, LedgerEntry, OrderLine, Refund, RefundPart
from desk.overview.deadlines import Deadline, deadlines_for
from desk.policies import load_policies


@dataclass
class NextDeadlines:
    """Record id → its next deadline, per kind of record a list shows."""

    orders: dict[int, Deadline] = field(default_factory=dict)
    disputes: dict[int, Deadline] = field(default_factory=dict)
    refunds: dict[int, Deadline] = field(default_factory=dict)
    refund_parts: dict[int, Deadline] = field(default_factory=dict)
    deposits: dict[int, Deadline] = field(default_factory=dict)
    accounts: dict[int, Deadline] = field(default_factory=dict)


def _keep_earliest(found: dict[int, Deadline], key: int | None, deadline: Deadline) -> None:
    if key is None:
        return
    kept = found.get(key)
    if kept is None or (deadline.due, deadline.kind) < (kept.due, kept.kind):
        found[key] = deadline


def next_deadlines(session: Session, today: date) -> NextDeadlines:
    """Every open case's next deadline (cases without one are absent). One pass over all deadlines, as the
    Dashboard makes, plus one query per kind of parent record."""
    deadlines = deadlines_for(session, load_policies(session), today)
    by_kind: dict[CaseKind, list[Deadline]] = {}
    for deadline in deadlines:
        if deadline.case_kind is not None:
            by_kind.setdefault(deadline.case_kind, []).append(deadline)
    found = NextDeadlines()
    for d in by_kind.get(CaseKind.ORDER, []):
        _keep_earliest(found.orders, d.case_id, d)
    for d in by_kind.get(CaseKind.DEPOSIT, []):
        _keep_earliest(found.deposits, d.case_id, d)

    disputes = by_kind.get(CaseKind.DISPUTE, [])
    order_of_dispute = _pairs(
        session,
        select(Dispute.id, OrderLine.order_id).join(OrderLine, OrderLine.id == Dispute.order_line_id),
        Dispute.id,
        [d.case_id for d in disputes],
    )
    for d in disputes:
        _keep_earliest(found.disputes, d.case_id, d)
        _keep_earliest(found.orders, order_of_dispute.get(d.case_id), d)

    parts = by_kind.get(CaseKind.REFUND_PART, [])
    owners = {
        row.id: row
        for row in session.execute(
            select(RefundPart.id, RefundPart.refund_id, Refund.order_id, Refund.dispute_id)
            .join(Refund, Refund.id == RefundPart.refund_id)
            .where(RefundPart.id.in_([d.case_id for d in parts]))
        )
    }
    for d in parts:
        _keep_earliest(found.refund_parts, d.case_id, d)
        owner = owners.get(d.case_id)
        if owner is not None:
            _keep_earliest(found.refunds, owner.refund_id, d)
            _keep_earliest(found.orders, owner.order_id, d)
            _keep_earliest(found.disputes, owner.dispute_id, d)

    withdrawals = by_kind.get(CaseKind.LEDGER_ENTRY, [])
    account_of_entry = _pairs(
        session, select(LedgerEntry.id, LedgerEntry.account_id), LedgerEntry.id, [d.case_id for d in withdrawals]
    )
    for d in withdrawals:
        _keep_earliest(found.accounts, account_of_entry.get(d.case_id), d)
    return found


def _pairs(session: Session, query: Any, key: Any, ids: Iterable[int]) -> dict[int, int]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {a: b for a, b in session.execute(query.where(key.in_(wanted)))}
