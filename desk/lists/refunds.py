"""The Refunds page and the parts (one per payment method) shown under a refund."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desk.lists.deadlines import next_deadline_column, next_deadline_sort, next_deadline_value
from desk.lists.listing import SQL, Kind, ListSpec
from desk.lists.shared import ORDER_KEY, C
from desk.models import Order, Refund, RefundPart, Supplier


def _refund_sum(column: Any) -> Any:
    return select(func.coalesce(func.sum(column), 0)).where(RefundPart.refund_id == Refund.id).scalar_subquery()


def _refunds() -> SQL:
    expected, received = _refund_sum(RefundPart.expected_minor), _refund_sum(RefundPart.received_minor)
    return (
        select(
            Refund.id,
            ORDER_KEY,
            Supplier.name.label("supplier"),
            Refund.dispute_id.label("dispute"),
            Refund.cause.label("cause"),
            Refund.approved_on.label("approved_on"),
            expected.label("expected"),
            Order.currency.label("expected_currency"),
            received.label("received"),
            Order.currency.label("received_currency"),
            (expected - received).label("outstanding"),
            Order.currency.label("outstanding_currency"),
        )
        .join(Order, Order.id == Refund.order_id)
        .join(Supplier, Supplier.id == Order.supplier_id)
    )


REFUNDS = ListSpec(
    "refunds",
    "Refunds",
    (
        C("id", "No.", Kind.INT),
        C("order", "Order", width=16),
        C("supplier", "Supplier", width=16),
        C("dispute", "Dispute", Kind.INT),
        C("cause", "Cause", Kind.ENUM),
        C("approved_on", "Approved", Kind.DATE),
        next_deadline_column(),
        C("expected", "Expected", Kind.MONEY, sortable=False),
        C("received", "Received", Kind.MONEY, sortable=False),
        C("outstanding", "Outstanding", Kind.MONEY, sortable=False),
    ),
    _refunds,
    {
        "id": Refund.id,
        "order": ORDER_KEY,
        "supplier": Supplier.name,
        "dispute": Refund.dispute_id,
        "cause": Refund.cause,
        "approved_on": Refund.approved_on,
        "next_deadline": next_deadline_sort(lambda found: found.refunds, Refund.id),
    },
    ("approved_on", True),
    search=(Order.order_no, Supplier.name),
    stretch="supplier",
    computed={"next_deadline": next_deadline_value(lambda found: found.refunds)},
    voidable=Refund,
)


REFUND_PARTS = ListSpec(
    "refund_parts",
    "Parts",
    (
        C("method", "Method", Kind.ENUM),
        C("expected", "Expected", Kind.MONEY),
        C("sent_on", "Sent", Kind.DATE),
        C("received_on", "Received on", Kind.DATE),
        C("received", "Received", Kind.MONEY),
        C("reference", "Reference"),
    ),
    lambda: (
        select(
            RefundPart.id,
            RefundPart.method.label("method"),
            RefundPart.expected_minor.label("expected"),
            Order.currency.label("expected_currency"),
            RefundPart.sent_on.label("sent_on"),
            RefundPart.received_on.label("received_on"),
            RefundPart.received_minor.label("received"),
            Order.currency.label("received_currency"),
            RefundPart.reference.label("reference"),
        )
        .join(Refund, Refund.id == RefundPart.refund_id)
        .join(Order, Order.id == Refund.order_id)
    ),
    {"method": RefundPart.method, "expected": RefundPart.expected_minor, "received_on": RefundPart.received_on},
    ("expected", True),
    parent=RefundPart.refund_id,
)
