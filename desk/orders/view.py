"""Orders as they are shown: an order as the draft the Edit Order dialog starts from, and as `desk orders`
prints it. Reads only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.errors import DeskError
from desk.language import words
from desk.models import Order, Supplier
from desk.money import Money
from desk.orders.amounts import order_total
from desk.orders.editing import LineDraft, OrderDraft, PaymentDraft


def order_draft(session: Session, order_id: int) -> OrderDraft:
    """Order `order_id` as a draft to edit: every line and payment carries its id, so the edit keeps them."""
    order = session.get(Order, order_id)
    if order is None:
        raise DeskError(words.tr("no order {0}: it was deleted meanwhile").format(order_id))
    money = order.money
    return OrderDraft(
        platform=order.platform,
        order_no=order.order_no,
        supplier=order.supplier.name,
        currency=order.currency,
        placed_on=order.placed_on,
        status=order.status,
        shipping=money(order.shipping_minor),
        discount=money(order.discount_minor),
        tax=money(order.tax_minor or 0),
        notes=order.notes,
        lines=tuple(
            LineDraft(line.item, line.qty, money(line.unit_price_minor), line.sku, line.id) for line in order.lines
        ),
        payments=tuple(PaymentDraft(p.method, money(p.amount_minor), p.id) for p in order.payments),
    )


def supplier_names(session: Session) -> list[str]:
    return sorted(set(session.scalars(select(Supplier.name))))


# -- desk orders ---------------------------------------------------------------------------------------------------


def _money(m: Money) -> dict[str, Any]:
    return {"amount": str(m.amount), "currency": m.currency, "minor": m.minor}


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def order_document(order: Order) -> dict[str, Any]:
    """One order as `desk orders --json` prints it."""
    return {
        "order": order.key,
        "platform": order.platform.value,
        "order_no": order.order_no,
        "supplier": order.supplier.name,
        "store": None if order.store is None else order.store.name,
        "status": order.status.value,
        "currency": order.currency,
        "placed_on": _iso(order.placed_on),
        "paid_on": _iso(order.paid_on),
        "shipped_on": _iso(order.shipped_on),
        "delivered_on": _iso(order.delivered_on),
        "shipping": _money(order.money(order.shipping_minor)),
        "discount": _money(order.money(order.discount_minor)),
        "tax": _money(order.money(order.tax_minor or 0)),
        "tax_collector": None if order.tax_collector is None else order.tax_collector.value,
        "total": _money(order_total(order)),
        "paid": _money(order.paid),
        "lines": [
            {
                "line_no": line.line_no,
                "item": line.item,
                "sku": line.sku,
                "qty": line.qty,
                "unit_price": _money(order.money(line.unit_price_minor)),
                "amount": _money(order.money(line.amount_minor)),
            }
            for line in order.lines
        ],
        "payments": [
            {
                "method": p.method.value,
                "amount": _money(order.money(p.amount_minor)),
                "paid_on": _iso(p.paid_on),
                "reference": p.reference,
            }
            for p in order.payments
        ],
        "tracking": [
            {"number": t.number, "carrier": t.carrier, "shipped_on": _iso(t.shipped_on)} for t in order.tracking_numbers
        ],
    }


def order_documents(session: Session, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Every order (the first `limit`), oldest first, streamed: a large folder is never loaded whole."""
    query = (
        select(Order)
        .options(
            selectinload(Order.lines),
            selectinload(Order.payments),
            selectinload(Order.tracking_numbers),
            selectinload(Order.supplier),
            selectinload(Order.store),
        )
        .order_by(Order.placed_on, Order.id)
        .limit(limit)
        .execution_options(yield_per=500)
    )
    return (order_document(order) for order in session.scalars(query))
