"""Refunds (seed 001): how one comes back across the payment methods that paid (a plan, read only), keeping one
the seller or platform approved, and recording what arrived on each method. `desk refund …` and Record Arrival…
call these.

    plan = plan_refund(ws, PlanRefund("aliexpress:8179…", "10.00", date(2026, 11, 2)))

Amounts are the text as typed, in the order's currency unless they name another. The rules (the split in
proportion to what each method paid, the arrival windows, what is left to refund) are the domain's
(`desk.refunds.tracking`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk.calendar import check_likely
from desk.common import Dated, formatted
from desk.common import words as enum_words
from desk.disputes.lifecycle import get_dispute
from desk.errors import DeskError
from desk.language import words
from desk.models import Dispute, Order, PaymentMethod, Refund, RefundCause
from desk.money import Money
from desk.operations import Record, Result, changed
from desk.operations.disputes import OrderGiven, order_given
from desk.operations.typed import typed_money
from desk.policies import load_policies
from desk.refunds import tracking
from desk.workspace import Workspace


@dataclass(frozen=True)
class PlanRefund:
    order: OrderGiven
    amount: str  # as typed
    approved_on: date  # the arrival windows count from here


@dataclass(frozen=True)
class RecordRefund:
    order: OrderGiven
    amount: str  # as typed
    approved_on: date
    cause: RefundCause | None = None  # none: a dispute's when it settles one, else other
    dispute_id: int | None = None  # the dispute it settles
    sent_on: date | None = None  # the day it was sent, when known: the arrival windows count from it
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class ReceiveRefund:
    refund_id: int
    method: PaymentMethod
    amount: str  # as typed; blank: what was expected on the method
    on: date
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class PlannedShare:
    method: PaymentMethod
    paid: Money  # what this method paid for the order
    amount: Money  # its share of the refund
    earliest: date  # the expected arrival window
    latest: date
    rule: str  # the policy rule the window comes from, cited


@dataclass(frozen=True, kw_only=True)
class RefundPlanned(Result):
    """A plan (nothing stored: `refund_id` None), or the refund recorded from it."""

    order: str  # PLATFORM:ORDER_NO
    amount: Money
    approved_on: date
    parts: tuple[PlannedShare, ...]
    coupons_not_refunded: Money  # seed 001: coupons and vouchers are not reissued
    refund_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class RefundReceived(Result):
    refund_id: int
    method: PaymentMethod
    received: Money
    on: date


def plan_refund(ws: Workspace, request: PlanRefund) -> RefundPlanned:
    """How the amount would come back; reads only (so any date is taken: `record_refund` asks)."""
    with ws.read() as session:
        order = order_given(session, request.order)
        plan = _plan(session, order, request.amount, request.approved_on)
        said = formatted(
            words.tr("Refund plan: {0} on {1} over {2} methods."), plan.amount, plan.order_key, str(len(plan.parts))
        )
        return _planned(plan, None, said)


def record_refund(ws: Workspace, request: RecordRefund) -> RefundPlanned:
    """Keep a refund the seller or platform approved, split as `plan_refund` shows."""
    check_likely(
        [
            (words.tr("the day the refund was approved"), request.approved_on),
            (words.tr("the day it was sent"), request.sent_on),
        ],
        confirmed=request.confirm_dates,
    )
    with ws.write() as session:
        order = order_given(session, request.order)
        plan = _plan(session, order, request.amount, request.approved_on)
        dispute = _dispute_of(session, request.dispute_id, order)
        cause = request.cause or (RefundCause.DISPUTE if dispute is not None else RefundCause.OTHER)
        refund = tracking.record_refund(session, plan, order, cause=cause, dispute=dispute, sent_on=request.sent_on)
        said = formatted(words.tr("Refund {0} recorded: {1} on {2}."), str(refund.id), plan.amount, plan.order_key)
        return _planned(plan, refund.id, said)


def receive_refund(ws: Workspace, request: ReceiveRefund) -> RefundReceived:
    """Record what arrived on one payment method of a refund."""
    check_likely([(words.tr("the day the money arrived"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        refund = session.get(Refund, request.refund_id)
        if refund is None:
            raise DeskError(words.tr("no refund {0}").format(request.refund_id))
        currency = refund.order.currency
        if request.amount.strip():
            amount = typed_money(request.amount, currency, words.tr("the amount received"))
        else:
            expected = next((p.expected_minor for p in refund.parts if p.method is request.method), None)
            amount = Money(expected or 0, currency)
        tracking.receive(refund, request.method, amount, request.on)
    return RefundReceived(
        changed=changed(Record.REFUND),
        dated=formatted(
            words.tr("Refund {0}: {1} arrived by {2} on {3}."),
            str(request.refund_id),
            amount,
            enum_words(request.method),
            request.on,
        ),
        refund_id=request.refund_id,
        method=request.method,
        received=amount,
        on=request.on,
    )


def _plan(session: Session, order: Order, amount: str, start: date) -> tracking.RefundPlan:
    money = typed_money(amount, order.currency, words.tr("the refund"))
    return tracking.plan_refund(order, money, start, load_policies(session))


def _dispute_of(session: Session, dispute_id: int | None, order: Order) -> Dispute | None:
    if dispute_id is None:
        return None
    dispute = get_dispute(session, dispute_id)
    if dispute.order_line.order_id != order.id:
        raise DeskError(
            words.tr("dispute {0} is about {1}, not {2}").format(dispute.id, dispute.order_line.order.key, order.key)
        )
    return dispute


def _planned(plan: tracking.RefundPlan, refund_id: int | None, said: Dated) -> RefundPlanned:
    return RefundPlanned(
        changed=changed() if refund_id is None else changed(Record.REFUND),
        dated=said,
        order=plan.order_key,
        amount=plan.amount,
        approved_on=plan.start,
        parts=tuple(PlannedShare(p.method, p.paid, p.amount, p.earliest, p.latest, p.rule.cite()) for p in plan.parts),
        coupons_not_refunded=plan.coupons_not_refunded,
        refund_id=refund_id,
    )
