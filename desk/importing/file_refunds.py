"""Refunds an orders export reports (eBay's transaction report has a row for each), recorded on their orders as
refunds Desk tracks until the money arrives: approved and sent on the day the platform made them, expected on the
method the order was paid with (the one method, else "other"), not yet arrived. The platform's own refund id is
the part's reference: importing the file again finds it and records nothing twice.

Written through the ORM after the orders (a refund may be for an order the same file brings), in the import's
transaction; its flush hook audits them as any change made by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.importing.problems import Problem
from desk.importing.records import OrderRecord
from desk.language import words
from desk.models import Order, PaymentMethod, Platform, Refund, RefundCause, RefundPart
from desk.models.audit import AuditEntry
from desk.money import Money


@dataclass(frozen=True, slots=True)
class RefundRecord:
    platform: Platform
    order_no: str
    row: int
    amount_minor: int
    currency: str
    on: date
    reference: str  # the platform's refund id, or what stands for it

    @property
    def key(self) -> str:
        return f"{self.platform.value}:{self.order_no}"


def check_refunds(
    session: Session, refunds: list[RefundRecord], records: list[OrderRecord], column: str | None
) -> tuple[list[RefundRecord], list[Problem]]:
    """The refunds not yet in Desk, and a problem for each whose order is neither in the file nor in Desk, or in
    another currency."""
    in_file = {(r.platform, r.order_no): r.currency for r in records}
    new: list[RefundRecord] = []
    problems: list[Problem] = []
    for refund in refunds:
        order = _order(session, refund)
        currency = in_file.get((refund.platform, refund.order_no)) or (order.currency if order else None)
        if currency is None:
            said = words.tr("a refund for {0}, which is neither in this file nor in Desk: import the order first")
            problems.append(Problem(refund.row, column, said.format(refund.key)))
        elif currency != refund.currency:
            said = words.tr("a refund in {0} for {1}, which is in {2}").format(refund.currency, refund.key, currency)
            problems.append(Problem(refund.row, column, said))
        elif order is None or not _recorded(order, refund):
            new.append(refund)
    return new, problems


def write_refunds(session: Session, refunds: list[RefundRecord]) -> int:
    """Record `refunds`; returns how many audit entries that wrote."""
    if not refunds:
        return 0
    before = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    for refund in refunds:
        order = _order(session, refund)
        assert order is not None  # written with the orders just before
        methods = {p.method for p in order.payments}
        method = next(iter(methods)) if len(methods) == 1 else PaymentMethod.OTHER
        record = Refund(order=order, cause=RefundCause.OTHER, approved_on=refund.on,
                        notes=f"Refunded by the platform: {Money(refund.amount_minor, refund.currency)}")  # stored
        record.parts.append(
            RefundPart(method=method, expected_minor=refund.amount_minor, sent_on=refund.on, reference=refund.reference)
        )
        session.add(record)
    session.flush()
    return (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) - before


def _order(session: Session, refund: RefundRecord) -> Order | None:
    query = select(Order).where(Order.platform == refund.platform, Order.order_no == refund.order_no)
    return session.scalars(query).first()


def _recorded(order: Order, refund: RefundRecord) -> bool:
    return any(part.reference == refund.reference for r in order.refunds for part in r.parts)
