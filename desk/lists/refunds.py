"""The Refunds page and the parts (one per payment method) shown under a refund."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.language import QT_TRANSLATE_NOOP, words
from desk.lists.deadlines import next_deadline_column, next_deadline_sort, next_deadline_value
from desk.lists.listing import SQL, Kind, ListSpec, Phrased
from desk.lists.shared import ORDER_KEY, C
from desk.models import Order, Refund, RefundPart, Supplier
from desk.money import Money
from desk.policies import load_policies
from desk.refunds.tracking import Arrival, Reconciled, reconcile


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
    QT_TRANSLATE_NOOP("words", "Refunds"),
    (
        C("id", QT_TRANSLATE_NOOP("words", "No."), Kind.INT),
        C("order", QT_TRANSLATE_NOOP("words", "Order"), width=28),  # whole: people search by its number
        C("supplier", QT_TRANSLATE_NOOP("words", "Supplier"), width=16),
        C("dispute", QT_TRANSLATE_NOOP("words", "Dispute"), Kind.INT),
        C("cause", QT_TRANSLATE_NOOP("words", "Cause"), Kind.ENUM),
        C("approved_on", QT_TRANSLATE_NOOP("words", "Approved"), Kind.DATE),
        next_deadline_column(),
        C("expected", QT_TRANSLATE_NOOP("words", "Expected"), Kind.MONEY, sortable=False),
        C("received", QT_TRANSLATE_NOOP("words", "Received"), Kind.MONEY, sortable=False),
        C("outstanding", QT_TRANSLATE_NOOP("words", "Outstanding"), Kind.MONEY, sortable=False),
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


@dataclass(frozen=True)
class ArrivalWindow(Phrased):
    """When a part should arrive: "Nov 20, 2026 – Dec 4, 2026"."""

    found: Reconciled

    def words(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        return f"{day(self.found.earliest)} – {day(self.found.latest)}"

    def explain(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        said = words.tr("Expected between {0}. Rule: {1}")
        return said.format(self.words(money, day), self.found.rule.cite_dated().words(day, money))

    def sort_key(self) -> Any:
        return self.found.latest


@dataclass(frozen=True)
class ArrivalState(Phrased):
    """Whether a part came as expected (desk.refunds.tracking.reconcile): "arrived late, short by 1.50 USD"."""

    found: Reconciled

    @property
    def alert(self) -> bool:  # type: ignore[override]
        return self.found.needs_follow_up

    def words(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        return self.found.words(money)

    def explain(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        if Arrival.PENDING in self.found.findings or Arrival.OVERDUE in self.found.findings:
            return words.tr("Nothing has arrived yet; expected by {0}").format(day(self.found.latest))
        return ""

    def sort_key(self) -> Any:
        return self.found.words(str)


_RECONCILED = "desk.lists.refund_parts"


def _reconciled(session: Session, row: Any) -> Reconciled | None:
    """The row's part reconciled against its window and amount; each refund once per page read."""
    cache: dict[int, Reconciled] = session.info.setdefault(_RECONCILED, {})
    part_id = int(row["id"])
    if part_id not in cache:
        part = session.get(RefundPart, part_id)
        if part is None:
            return None
        for found in reconcile(part.refund, load_policies(session), date.today()):
            cache[found.part.id] = found
    return cache.get(part_id)


def _window(session: Session, row: Any) -> ArrivalWindow | None:
    found = _reconciled(session, row)
    return ArrivalWindow(found) if found is not None else None


def _arrival(session: Session, row: Any) -> ArrivalState | None:
    found = _reconciled(session, row)
    return ArrivalState(found) if found is not None else None


REFUND_PARTS = ListSpec(
    "refund_parts",
    QT_TRANSLATE_NOOP("words", "Parts"),
    (
        C("method", QT_TRANSLATE_NOOP("words", "Method"), Kind.ENUM),
        C("expected", QT_TRANSLATE_NOOP("words", "Expected"), Kind.MONEY),
        C("sent_on", QT_TRANSLATE_NOOP("words", "Sent"), Kind.DATE),
        C("window", QT_TRANSLATE_NOOP("words", "Expected between"), sortable=False),
        C("arrival", QT_TRANSLATE_NOOP("words", "State"), sortable=False),
        C("received_on", QT_TRANSLATE_NOOP("words", "Received on"), Kind.DATE),
        C("received", QT_TRANSLATE_NOOP("words", "Received"), Kind.MONEY),
        C("reference", QT_TRANSLATE_NOOP("words", "Reference")),
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
    # Computed per part from the refunds' own rules (a detail list shows a refund's few parts).
    computed={"window": _window, "arrival": _arrival},
)
