"""Voiding an order: refused while a dispute on one of its lines or a refund of it is kept (each is named, to be
voided first), so no sum is left pointing at an order that no longer counts."""

from __future__ import annotations

from desk.errors import DeskError
from desk.language import words
from desk.models import Order


def void_order(order: Order) -> None:
    blocking = [words.tr("dispute {0}").format(d.id) for line in order.lines for d in line.disputes if not d.is_voided]
    blocking += [words.tr("refund {0}").format(r.id) for r in order.refunds if not r.is_voided]
    if blocking:
        said = words.tr("order {0} still has {1}: void them first", "", len(blocking))  # one: "void it first"
        raise DeskError(said.format(order.key, ", ".join(blocking)))
