"""Which orders and disputes have something overdue, for the lists' "Overdue" filter. Deadlines are derived,
never stored, so the cases are found by deriving them (`desk.overview.deadlines`) and kept as id sets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Dispute, Order, OrderLine, Refund, RefundPart
from desk.orders.lookup import parse_order_key
from desk.overview.deadlines import deadlines_for
from desk.policies import load_policies


@dataclass
class Overdue:
    orders: set[int] = field(default_factory=set)
    disputes: set[int] = field(default_factory=set)


def overdue_cases(session: Session, today: date) -> Overdue:
    """A dispute is overdue when one of its deadlines or one of its refunds' arrivals is; an order when it, one of
    its disputes or one of its refunds is."""
    found = Overdue()
    for deadline in deadlines_for(session, load_policies(session), today):
        if deadline.state != "overdue":
            continue
        kind, _, ref = deadline.case.partition(":")
        if kind == "dispute":
            dispute_id = int(ref)
            found.disputes.add(dispute_id)
            found.orders.update(
                session.scalars(
                    select(OrderLine.order_id)
                    .join(Dispute, Dispute.order_line_id == OrderLine.id)
                    .where(Dispute.id == dispute_id)
                )
            )
        elif kind == "refund_part":
            row = session.execute(
                select(Refund.order_id, Refund.dispute_id)
                .join(RefundPart, RefundPart.refund_id == Refund.id)
                .where(RefundPart.id == int(ref))
            ).first()
            if row is not None:
                found.orders.add(row.order_id)
                if row.dispute_id is not None:
                    found.disputes.add(row.dispute_id)
        elif kind == "order":
            platform, number = parse_order_key(ref)
            found.orders.update(
                session.scalars(select(Order.id).where(Order.platform == platform, Order.order_no == number))
            )
    return found
