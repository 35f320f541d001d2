"""Finding orders the way staff name them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import Order, OrderLine, Platform

# What can still be refunded is kept in desk.orders.amounts; named here too for the dialogs that still import it
# from here (desk/ui/dispute_dialogs.py), until they call their operation.
from desk.orders.amounts import refundable_on_line as refundable_on_line


def parse_order_key(key: str) -> tuple[Platform, str]:
    """`aliexpress:8123…` → (Platform.ALIEXPRESS, "8123…")."""
    platform, sep, number = key.partition(":")
    if not sep or not number.strip():
        raise DeskError(
            words.tr("{0!r} is not an order like PLATFORM:ORDER_NO (e.g. aliexpress:8179037714690228)").format(key)
        )
    try:
        return Platform(platform.strip().lower()), number.strip()
    except ValueError:
        known = ", ".join(p.value for p in Platform)
        raise DeskError(words.tr("unknown platform {0!r} in {1!r}; known: {2}").format(platform, key, known)) from None


def find_order(session: Session, key: str) -> Order:
    platform, number = parse_order_key(key)
    order = session.scalars(select(Order).where(Order.platform == platform, Order.order_no == number)).first()
    if order is None:
        raise DeskError(words.tr("no order {0}").format(f"{platform.value}:{number}"))
    return order


def find_line(order: Order, line_no: int) -> OrderLine:
    for line in order.lines:
        if line.line_no == line_no:
            return line
    numbers = ", ".join(str(line.line_no) for line in order.lines) or words.tr("none")
    raise DeskError(words.tr("order {0} has no line {1} (lines: {2})").format(order.key, line_no, numbers))
