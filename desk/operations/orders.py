"""Orders entered and edited by hand: New Order… and Edit Order… on the Orders page.

    result = create_order(ws, OrderDraft(platform=Platform.ALIEXPRESS, order_no="8190…", …))
    result = edit_order(ws, EditOrder(result.order_id, draft))

The draft is the whole order as the user wants it (`desk.orders.editing.OrderDraft`): its lines and payments
carry the ids of the ones they are, so an edit keeps each line's disputes, refunds and evidence on its item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.calendar import check_likely
from desk.language import words
from desk.models import Order
from desk.operations import Record, Result, changed
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
        new = [(what, on) for what, on in request.draft.dates() if on not in had]
        check_likely(new, confirmed=request.draft.confirm_dates)
        saved = change_order(session, request.order_id, request.draft)
        return _result(saved, words.tr("Saved order {0}").format(saved.order.key))


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
