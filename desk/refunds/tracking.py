"""Refunds: splitting one across the payment methods that paid (seed 001: in proportion to what each paid, by
the largest-remainder method so the parts add up exactly; coupons and vouchers are not refunded), and
reconciling what arrived on each method against what was expected and when."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desk.calendar import BeyondCalendar
from desk.common import words as enum_words
from desk.errors import DeskError
from desk.language import words
from desk.models import Dispute, Order, PaymentMethod, Refund, RefundCause, RefundPart
from desk.money import Money, split
from desk.orders.amounts import refundable_on_order, refunded_on_order

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk.policies import Policies, Rule


@dataclass(frozen=True)
class PlannedPart:
    method: PaymentMethod
    paid: Money  # what this method paid for the order
    amount: Money  # its share of the refund
    earliest: date  # the expected arrival window, in the method's business days
    latest: date
    rule: Rule


@dataclass(frozen=True)
class RefundPlan:
    order_key: str
    amount: Money
    start: date
    parts: list[PlannedPart]
    coupons_not_refunded: Money  # seed 001: coupons and vouchers are not reissued


def paid_by_method(order: Order) -> dict[PaymentMethod, Money]:
    totals: dict[PaymentMethod, int] = defaultdict(int)
    for payment in order.payments:
        totals[payment.method] += payment.amount_minor
    return {method: Money(minor, order.currency) for method, minor in totals.items()}


def plan_refund(order: Order, amount: Money, start: date, policies: Policies) -> RefundPlan:
    """How `amount` comes back: one part per payment method in proportion to what it paid, each with its window."""
    from desk.overview.deadlines import refund_arrival_window

    if amount.currency != order.currency:
        raise DeskError(
            words.tr("the refund is in {0} but order {1} was paid in {2}").format(
                amount.currency, order.key, order.currency
            )
        )
    if amount.minor <= 0:
        raise DeskError(words.tr("a refund must be more than zero"))
    left = refundable_on_order(order)
    if amount > left:
        raise DeskError(
            words.tr(
                "a refund of {0} is more than is left to refund on {1}: {2} (paid {3}, already refunded or agreed {4})"
            ).format(amount, order.key, left, order.paid, refunded_on_order(order))
        )
    paid = paid_by_method(order)
    methods = sorted(paid, key=lambda m: (-paid[m].minor, m.value))  # biggest payer first: ties stay stable
    shares = split(amount, [paid[m].minor for m in methods])
    parts = []
    for method, share in zip(methods, shares, strict=True):
        earliest, latest, rule = refund_arrival_window(
            policies, order.platform, method.value, start, on=order.placed_on
        )
        parts.append(PlannedPart(method, paid[method], share, earliest, latest, rule))
    coupons = Money(sum(c.amount_minor for c in order.coupons), order.currency)
    return RefundPlan(order.key, amount, start, parts, coupons)


def record_refund(
    session: Session,
    plan: RefundPlan,
    order: Order,
    *,
    cause: RefundCause,
    dispute: Dispute | None = None,
    sent_on: date | None = None,
) -> Refund:
    """Keep a planned refund: one expected part per method (the windows are derived again when shown, from the
    day it was sent when that is known)."""
    if cause is RefundCause.DISPUTE and dispute is None:
        raise DeskError(words.tr("a refund for a dispute needs the dispute"))
    if sent_on is not None and sent_on < plan.start:
        raise DeskError(
            words.tr("sent on: {0} is before the refund was approved ({1})").format(
                sent_on.isoformat(), plan.start.isoformat()
            )
        )
    refund = Refund(order=order, dispute=dispute, cause=cause, approved_on=plan.start)
    for part in plan.parts:
        if part.amount.minor:
            refund.parts.append(RefundPart(method=part.method, expected_minor=part.amount.minor, sent_on=sent_on))
    session.add(refund)
    session.flush()
    return refund


class Arrival(enum.StrEnum):
    PENDING = "pending"  # nothing yet, still inside the window
    OVERDUE = "overdue"  # nothing yet, the window has passed
    ON_TIME = "on_time"
    LATE = "late"
    SHORT = "short"  # arrived, but less than expected
    OVER = "over"  # arrived, more than expected


@dataclass(frozen=True)
class Reconciled:
    part: RefundPart
    expected: Money
    received: Money | None
    earliest: date
    latest: date
    findings: tuple[Arrival, ...]  # e.g. (LATE, SHORT)
    rule: Rule

    @property
    def needs_follow_up(self) -> bool:
        return bool({Arrival.OVERDUE, Arrival.LATE, Arrival.SHORT} & set(self.findings))

    def words(self, money: Callable[[Money], str]) -> str:
        """The part's state as people say it: "expected", "overdue", "arrived late, short by 1.50 USD"."""
        if Arrival.PENDING in self.findings:
            return words.tr("expected")
        if Arrival.OVERDUE in self.findings:
            return words.tr("overdue")
        late = Arrival.LATE in self.findings
        if self.received is not None and Arrival.SHORT in self.findings:
            short = money(self.expected - self.received)
            said = words.tr("arrived late, short by {0}") if late else words.tr("arrived on time, short by {0}")
            return said.format(short)
        if self.received is not None and Arrival.OVER in self.findings:
            over = money(self.received - self.expected)
            said = (
                words.tr("arrived late, {0} more than expected")
                if late
                else words.tr("arrived on time, {0} more than expected")
            )
            return said.format(over)
        return words.tr("arrived late") if late else words.tr("arrived on time")


def reconcile(refund: Refund, policies: Policies, today: date) -> list[Reconciled]:
    """Each part against its window and its expected amount."""
    from desk.overview.deadlines import refund_arrival_window

    order = refund.order
    start = refund.approved_on or today
    results = []
    for part in refund.parts:
        # Counted as the deadlines count it (refund_part_deadline): from the day it was sent, else from approval
        # with the platform's processing time first, by the rules of the order's date.
        try:
            earliest, latest, rule = refund_arrival_window(
                policies,
                order.platform,
                part.method.value,
                part.sent_on or start,
                sent=part.sent_on is not None,
                on=order.placed_on,
            )
        except BeyondCalendar:  # counted from a date near 9999 (a typing mistake): no window, so never overdue
            rule = policies.rule(order.platform, "refund_arrival", order.placed_on, part.method.value)
            earliest = latest = date.max
        expected = Money(part.expected_minor, order.currency)
        if part.received_minor is None or part.received_on is None:
            findings: tuple[Arrival, ...] = (Arrival.OVERDUE,) if today > latest else (Arrival.PENDING,)
            results.append(Reconciled(part, expected, None, earliest, latest, findings, rule))
            continue
        received = Money(part.received_minor, order.currency)
        results.append(
            Reconciled(
                part, expected, received, earliest, latest, judge(expected, received, part.received_on, latest), rule
            )
        )
    return results


def judge(expected: Money, received: Money, on: date, latest: date) -> tuple[Arrival, ...]:
    """What arrived against what was expected by `latest`: on time or late, then short, over or neither."""
    timing = Arrival.LATE if on > latest else Arrival.ON_TIME
    amount = () if received == expected else ((Arrival.SHORT,) if received < expected else (Arrival.OVER,))
    return (timing, *amount)


def receive(refund: Refund, method: PaymentMethod, amount: Money, on: date) -> RefundPart:
    """Record what arrived on one payment method."""
    part = check_receipt(refund, method, amount, on)
    part.received_minor = amount.minor
    part.received_on = on
    return part


def receipt_outcome(refund: Refund, method: PaymentMethod, amount: Money, on: date, policies: Policies) -> Reconciled:
    """The part as it would stand once `receive` recorded `amount` arriving on `on` (Record Arrival… says it before
    OK): judged against its window and expected amount as `reconcile` judges it; nothing is changed. The rule's
    DeskError when `receive` would refuse it."""
    part = check_receipt(refund, method, amount, on)
    kept = part.received_minor, part.received_on
    try:
        part.received_minor, part.received_on = amount.minor, on
        return next(r for r in reconcile(refund, policies, on) if r.part is part)
    finally:
        part.received_minor, part.received_on = kept


def check_receipt(refund: Refund, method: PaymentMethod, amount: Money, on: date) -> RefundPart:
    """The part money arriving on `method` is recorded on; a DeskError for what `receive` refuses."""
    part = next((p for p in refund.parts if p.method is method), None)
    if part is None:
        methods = ", ".join(enum_words(p.method) for p in refund.parts)
        raise DeskError(
            words.tr("refund {0} expects nothing on {1}; its methods: {2}").format(
                refund.id, enum_words(method), methods
            )
        )
    if amount.currency != refund.order.currency:
        raise DeskError(
            words.tr("the amount is in {0} but the refund is in {1}").format(amount.currency, refund.order.currency)
        )
    if amount.minor < 0:
        raise DeskError(words.tr("the amount received must not be negative"))
    if refund.approved_on is not None and on < refund.approved_on:
        raise DeskError(
            words.tr("money cannot arrive on {0}, before the refund was approved ({1})").format(on, refund.approved_on)
        )
    return part
