"""Orders entered and edited by hand: New Order… and Edit Order… on the Orders page.

    result = create_order(ws, OrderDraft(platform=Platform.ALIEXPRESS, order_no="8190…", …))
    result = edit_order(ws, EditOrder(result.order_id, draft))

The draft is the whole order as the user wants it (`desk.orders.editing.OrderDraft`): its lines and payments
carry the ids of the ones they are, so an edit keeps each line's disputes, refunds and evidence on its item."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from sqlalchemy import update

from desk.calendar import check_likely
from desk.common import words as word_of
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import Order
from desk.operations import Record, Result, changed
from desk.operations.conflicts import refuse_lost_update
from desk.orders.editing import (
    CouponDraft,
    LineDraft,
    OrderDraft,
    PaymentDraft,
    Saved,
    TrackingDraft,
    add_order,
    change_order,
)
from desk.orders.view import order_draft
from desk.workspace import Workspace

__all__ = [
    "CouponDraft",
    "EditOrder",
    "LineDraft",
    "OrderDraft",
    "OrderSaved",
    "PaymentDraft",
    "TrackingDraft",
    "create_order",
    "edit_order",
]


@dataclass(frozen=True)
class EditOrder:
    order_id: int
    draft: OrderDraft
    # From a form (desk.operations.conflicts): the order's version it showed, the order as it showed it, and after a
    # conflict the fields (of OrderDraft) whose saved value the user kept.
    version: int | None = None
    shown: OrderDraft | None = None
    keep: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class OrderSaved(Result):
    order_id: int
    key: str  # PLATFORM:ORDER_NO, as staff and the CLI name it
    line_ids: tuple[int, ...]  # the order's lines, by number
    payment_ids: tuple[int, ...]  # in the draft's order


def create_order(ws: Workspace, request: OrderDraft) -> OrderSaved:
    check_likely(request.dates(), confirmed=request.confirm_dates)
    with ws.write() as session:
        saved = add_order(session, request)
        return _result(saved, words.tr("New order {0}").format(saved.order.key))


def edit_order(ws: Workspace, request: EditOrder) -> OrderSaved:
    """A date the order already has is not asked about again: only the ones the edit brings."""
    with ws.write() as session:
        order = session.get(Order, request.order_id)
        had: set[date | None] = set()
        if order is not None:
            had = {order.placed_on, order.paid_on, order.shipped_on, order.delivered_on}
            had |= {p.paid_on for p in order.payments}
        draft = request.draft
        if order is not None and request.version is not None:
            now = order_draft(session, order.id)
            yours = _order_fields(draft, now)
            shown = None if request.shown is None else _order_fields(request.shown, now)
            what = words.tr("Order {0}").format(order.key)
            refuse_lost_update(session, order, request.version, what, yours, shown)
            draft = replace(draft, **{key: getattr(now, key) for key in request.keep})
        new = [(what, on) for what, on in draft.dates() if on not in had]
        check_likely(new, confirmed=draft.confirm_dates)
        version = order.version if order is not None else None
        saved = change_order(session, request.order_id, draft)
        session.flush()
        if version is not None and saved.order.version == version:
            # Only its lines, payments, coupons or tracking changed: the order's version goes up all the same, so
            # that a form opened before sees it changed (the row itself was not updated).
            session.execute(update(Order).where(Order.id == saved.order.id).values(version=Order.version + 1))
            session.expire(saved.order, ["version"])
        return _result(saved, words.tr("Saved order {0}").format(saved.order.key))


# The fields of an order's form, as a conflict names them.
_ORDER_FIELDS = {
    "order_no": QT_TRANSLATE_NOOP("words", "Order number"),
    "supplier": QT_TRANSLATE_NOOP("words", "Supplier"),
    "currency": QT_TRANSLATE_NOOP("words", "Currency"),
    "placed_on": QT_TRANSLATE_NOOP("words", "Placed on"),
    "status": QT_TRANSLATE_NOOP("words", "Status"),
    "shipping": QT_TRANSLATE_NOOP("words", "Shipping"),
    "discount": QT_TRANSLATE_NOOP("words", "Discount"),
    "tax": QT_TRANSLATE_NOOP("words", "Tax"),
    "notes": QT_TRANSLATE_NOOP("words", "Notes"),
    "lines": QT_TRANSLATE_NOOP("words", "Lines"),
    "payments": QT_TRANSLATE_NOOP("words", "Payments"),
}


def _order_fields(draft: OrderDraft, now: OrderDraft) -> dict[str, tuple[str, str, str]]:
    """Each field of the form: (label, the draft's value, the order's now), as people read them."""
    return {
        key: (words.tr(label), _said(getattr(draft, key)), _said(getattr(now, key)))
        for key, label in _ORDER_FIELDS.items()
    }


def _said(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, tuple):
        return "; ".join(_said_row(row) for row in value) or "—"
    if isinstance(value, Enum):
        return word_of(value)
    return str(value)


def _said_row(row: object) -> str:
    if isinstance(row, LineDraft):
        return f"{row.item} × {row.qty} @ {row.unit_price}"
    if isinstance(row, PaymentDraft):
        return f"{word_of(row.method)} {row.amount}"
    return str(row)


def _result(saved: Saved, message: str) -> OrderSaved:
    order = saved.order
    records = (Record.ORDER, Record.SUPPLIER) if saved.new_supplier else (Record.ORDER,)
    return OrderSaved(
        changed=changed(*records),
        message=message,
        order_id=order.id,
        key=order.key,
        line_ids=tuple(line.id for line in sorted(order.lines, key=lambda line: line.line_no)),
        payment_ids=tuple(p.id for p in saved.payments),
    )
