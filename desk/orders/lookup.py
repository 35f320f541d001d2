"""Finding orders the way staff name them, and what has been paid and refunded on them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.models import Order, OrderLine, Platform, Refund
from desk.money import Money


def parse_order_key(key: str) -> tuple[Platform, str]:
    """`aliexpress:8123…` → (Platform.ALIEXPRESS, "8123…")."""
    platform, sep, number = key.partition(":")
    if not sep or not number.strip():
        raise DeskError(f"{key!r} is not an order like PLATFORM:ORDER_NO (e.g. aliexpress:8179037714690228)")
    try:
        return Platform(platform.strip().lower()), number.strip()
    except ValueError:
        known = ", ".join(p.value for p in Platform)
        raise DeskError(f"unknown platform {platform!r} in {key!r}; known: {known}") from None


def find_order(session: Session, key: str) -> Order:
    platform, number = parse_order_key(key)
    order = session.scalars(select(Order).where(Order.platform == platform, Order.order_no == number)).first()
    if order is None:
        raise DeskError(f"no order {platform.value}:{number}")
    return order


def find_line(order: Order, line_no: int) -> OrderLine:
    for line in order.lines:
        if line.line_no == line_no:
            return line
    numbers = ", ".join(str(line.line_no) for line in order.lines) or "none"
    raise DeskError(f"order {order.key} has no line {line_no} (lines: {numbers})")


def refunded(refund: Refund) -> Money:
    """What a refund takes back from what was paid: the amount agreed, or what arrived if that was more."""
    currency = refund.order.currency
    return Money(sum(max(p.expected_minor, p.received_minor or 0) for p in refund.parts), currency)


def refunded_on_order(order: Order) -> Money:
    return sum((refunded(r) for r in order.refunds), Money.zero(order.currency))


def refundable_on_line(line: OrderLine) -> Money:
    """What can still be claimed for a line: its share of what was paid, less refunds for disputes on this line,
    and never more than what is left on the whole order (order-level refunds such as cancellations count too)."""
    order = line.order
    paid_for_line = order.paid_for_lines().get(line.line_no, Money.zero(order.currency))
    line_refunds = sum(
        (refunded(r) for r in order.refunds if r.dispute is not None and r.dispute.order_line_id == line.id),
        Money.zero(order.currency),
    )
    left_on_line = paid_for_line - line_refunds
    left_on_order = order.paid - refunded_on_order(order)
    return max(Money.zero(order.currency), min(left_on_line, left_on_order))
