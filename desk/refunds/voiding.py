"""Voiding a refund leaves it out of what was refunded and of the overdue and short cases; restoring it is refused
when its order or dispute is voided, or when it would refund more than was paid."""

from __future__ import annotations

from desk.errors import DeskError
from desk.models import Refund
from desk.orders.amounts import refunded


def refund_name(refund: Refund) -> str:
    return f"refund {refund.id} of order {refund.order.key}"


def restore_refund(refund: Refund) -> None:
    order = refund.order
    if order.is_voided:
        raise DeskError(f"order {order.key} is voided: restore it first")
    if refund.dispute is not None and refund.dispute.is_voided:
        raise DeskError(f"dispute {refund.dispute.id} is voided: restore it first")
    others = [r for r in order.refunds if r.id != refund.id and not r.is_voided]
    left = max(order.paid - sum((refunded(r) for r in others), order.money(0)), order.money(0))
    if refunded(refund) > left:
        raise DeskError(
            f"{refund_name(refund)} is {refunded(refund)} but only {left} of the order is left to refund: "
            "restoring it would refund more than was paid"
        )
