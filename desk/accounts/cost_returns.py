"""When cost comes back to a member account, by reason (seed 000, "Refund Conditions"), and the order statuses
that allow each: an order cancelled while still pending, or marked invalid by the agent (it could not be bought),
was never shipped; an item found damaged at the agent's warehouse and returned to the seller was shipped to the
agent; a wrong or damaged item the buyer received was delivered, and needs a claim (a dispute) first.

`closed` is an order paid and finished without delivery, as a cancelled or returned one ends."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from desk.errors import DeskError
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import Dispute, Order, OrderStatus


class CostReturnReason(enum.StrEnum):
    PENDING_CANCELLED = "pending_cancelled"
    INVALID = "invalid"
    DAMAGED_RETURNED = "damaged_returned"
    WRONG_OR_DAMAGED_CLAIM = "wrong_or_damaged_claim"


@dataclass(frozen=True)
class ReturnRule:
    written: str  # how the entry's note starts (stored in English; shown as words.tr(written))
    case: str  # the seed's case, for a refusal (shown as words.tr(case))
    statuses: frozenset[OrderStatus]
    needs_claim: bool = False  # "You need to fill a claim on this case"; the other cases need no request


S = OrderStatus
NOT_SHIPPED = frozenset({S.PLACED, S.PAID, S.CANCELLED, S.CLOSED})
RULES = {
    CostReturnReason.PENDING_CANCELLED: ReturnRule(
        QT_TRANSLATE_NOOP("words", "Order cancelled while pending"),
        QT_TRANSLATE_NOOP("words", "an order cancelled while still pending"),
        NOT_SHIPPED,
    ),
    CostReturnReason.INVALID: ReturnRule(
        QT_TRANSLATE_NOOP("words", "Invalid order cancelled"),
        QT_TRANSLATE_NOOP("words", "an order the agent marked invalid and that was cancelled"),
        NOT_SHIPPED,
    ),
    CostReturnReason.DAMAGED_RETURNED: ReturnRule(
        QT_TRANSLATE_NOOP("words", "Damaged item returned through the agent"),
        QT_TRANSLATE_NOOP("words", "an item that arrived damaged at the agent's warehouse and went back to the seller"),
        frozenset({S.SHIPPED, S.DELIVERED, S.COMPLETED, S.CLOSED}),
    ),
    CostReturnReason.WRONG_OR_DAMAGED_CLAIM: ReturnRule(
        QT_TRANSLATE_NOOP("words", "Claim for a wrong or damaged item"),
        QT_TRANSLATE_NOOP("words", "a wrong or damaged (not fragile) item you received"),
        frozenset({S.DELIVERED, S.COMPLETED}),
        needs_claim=True,
    ),
}


def _either(statuses: frozenset[OrderStatus]) -> str:
    names = [s.value for s in OrderStatus if s in statuses]
    return words.tr("{0} or {1}").format(", ".join(names[:-1]), names[-1])


def check_cost_return(order: Order, reason: CostReturnReason, dispute: Dispute | None, on: date) -> str:
    """Refuse a cost return the order's status or a missing claim rules out; return how its note starts."""
    rule = RULES[reason]
    if order.status not in rule.statuses:
        raise DeskError(
            words.tr('order {0} is {1}: a cost return for {2} needs it {3} ("Refund & Withdraw Fund")').format(
                order.key, order.status, words.tr(rule.case), _either(rule.statuses)
            )
        )
    if rule.needs_claim and dispute is None:
        raise DeskError(
            words.tr(
                'a cost return for {0} needs the claim it settles ("Refund & Withdraw Fund"): name its dispute'
            ).format(
                words.tr(rule.case)
            )
        )
    if on < order.placed_on:
        raise DeskError(
            words.tr("a cost return on {0} is before {1} was placed ({2})").format(
                on.isoformat(), order.key, order.placed_on
            )
        )
    return rule.written
