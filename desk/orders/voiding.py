"""Voiding an order: refused while a dispute on one of its lines or a refund of it is kept (each is named, to be
voided first), so no sum is left pointing at an order that no longer counts."""

from __future__ import annotations

from desk.errors import DeskError
from desk.models import Order


def void_order(order: Order) -> None:
    blocking = [f"dispute {d.id}" for line in order.lines for d in line.disputes if not d.is_voided]
    blocking += [f"refund {r.id}" for r in order.refunds if not r.is_voided]
    if blocking:
        raise DeskError(
            f"order {order.key} still has {', '.join(blocking)}: void {'them' if len(blocking) > 1 else 'it'} first"
        )
