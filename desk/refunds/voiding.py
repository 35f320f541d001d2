"""Voiding a refund leaves it out of what was refunded and of the overdue and short cases; restoring it is refused
when its order or dispute is voided, or when it would refund more than was paid."""

from __future__ import annotations

from desk.errors import DeskError
from desk.language import words
from desk.models import Refund
from desk.orders.amounts import refunded


def refund_name(refund: Refund) -> str:
    return words.tr("refund {0} of order {1}").format(refund.id, refund.order.key)


def restore_refund(refund: Refund) -> None:
    order = refund.order
    if order.is_voided:
        raise DeskError(words.tr("order {0} is voided: restore it first").format(order.key))
    if refund.dispute is not None and refund.dispute.is_voided:
        raise DeskError(words.tr("dispute {0} is voided: restore it first").format(refund.dispute.id))
    others = [r for r in order.refunds if r.id != refund.id and not r.is_voided]
    left = max(order.paid - sum((refunded(r) for r in others), order.money(0)), order.money(0))
    if refunded(refund) > left:
        raise DeskError(
            words.tr(
                "{0} is {1} but only {2} of the order is left to refund: restoring it would refund more than was paid"
            ).format(refund_name(refund), refunded(refund), left)
        )
