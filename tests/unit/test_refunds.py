"""Refunds split across payment methods and reconciled on arrival (seeds 001_6c915d389b837a28.txt, 002)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import order

from desk.errors import DeskError
from desk.models import Coupon, CouponKind, Order, PaymentMethod, Refund, RefundCause
from desk.money import Money
from desk.policies import load_policies
from desk.refunds.tracking import Arrival, RefundPlan, plan_refund, receive, reconcile, record_refund
from desk.workspace import Workspace

APPROVED = date(2026, 11, 2)


@pytest.fixture
def mixed(workspace: Workspace) -> int:
    """An AliExpress order of 100.00 USD less a 10.00 coupon: 60.00 by card, 25.00 by PayPal, 5.00 by Alipay."""
    with workspace.write() as s:
        o = order(
            s,
            currency="USD",
            lines=(("Power bank 20000 mAh", 4, 2500),),
            discount_minor=1000,
            payments=((PaymentMethod.CARD, 6000), (PaymentMethod.PAYPAL, 2500), (PaymentMethod.ALIPAY, 500)),
        )
        o.coupons.append(Coupon(kind=CouponKind.PLATFORM_COUPON, code="AE-10", amount_minor=1000))
        s.flush()
        return o.id


def _plan(ws: Workspace, order_id: int, amount: str) -> RefundPlan:
    with ws.read() as s:
        o = s.get(Order, order_id)
        assert o is not None
        return plan_refund(o, Money.of(amount, "USD"), APPROVED, load_policies(s))


def test_a_refund_is_split_in_proportion_to_what_each_method_paid(workspace: Workspace, mixed: int) -> None:
    """seed 001: "the refund will be distributed proportionally according to the amount paid by each method";
    the parts always add up to the whole (largest remainder)."""
    plan = _plan(workspace, mixed, "33.33")
    parts = {p.method: p.amount for p in plan.parts}
    # 33.33 × 60/90 = 22.22, × 25/90 = 9.258…, × 5/90 = 1.851…: the cent left over goes to the largest remainder.
    assert parts == {
        PaymentMethod.CARD: Money(2222, "USD"),
        PaymentMethod.PAYPAL: Money(926, "USD"),
        PaymentMethod.ALIPAY: Money(185, "USD"),
    }
    assert sum(p.amount.minor for p in plan.parts) == 3333


def test_coupons_are_not_refunded(workspace: Workspace, mixed: int) -> None:
    """seed 001: "If a coupon was used for the order, it will not be reissued": only the 90.00 paid comes back."""
    plan = _plan(workspace, mixed, "90.00")
    assert plan.coupons_not_refunded == Money(1000, "USD")
    with pytest.raises(DeskError, match=r"more than is left to refund on .*: 90\.00 USD"):
        _plan(workspace, mixed, "90.01")


def test_each_part_has_its_methods_arrival_window(workspace: Workspace, mixed: int) -> None:
    """seed 002: refunds take 3 to 20 calendar days; to Alipay within 24 hours."""
    plan = _plan(workspace, mixed, "90.00")
    windows = {p.method: (p.earliest, p.latest) for p in plan.parts}
    assert windows[PaymentMethod.CARD] == (date(2026, 11, 5), date(2026, 11, 22))
    assert windows[PaymentMethod.ALIPAY] == (date(2026, 11, 2), date(2026, 11, 3))
    assert all('"How to properly return money to Aliexpress"' in p.rule.cite() for p in plan.parts)


def test_what_arrived_is_reconciled_part_by_part(workspace: Workspace, mixed: int) -> None:
    plan = _plan(workspace, mixed, "90.00")
    with workspace.write() as s:
        o = s.get(Order, mixed)
        assert o is not None
        refund_id = record_refund(s, plan, o, cause=RefundCause.CANCELLATION).id
    with workspace.write() as s:
        refund = s.get(Refund, refund_id)
        assert refund is not None
        receive(refund, PaymentMethod.CARD, Money(6000, "USD"), date(2026, 11, 10))  # in time, in full
        receive(refund, PaymentMethod.PAYPAL, Money(2400, "USD"), date(2026, 11, 24))  # late and short
    with workspace.read() as s:
        refund = s.get(Refund, refund_id)
        assert refund is not None
        found = {r.part.method: r.findings for r in reconcile(refund, load_policies(s), date(2026, 11, 25))}
    assert found == {
        PaymentMethod.CARD: (Arrival.ON_TIME,),
        PaymentMethod.PAYPAL: (Arrival.LATE, Arrival.SHORT),
        PaymentMethod.ALIPAY: (Arrival.OVERDUE,),  # nothing within 24 hours
    }


def test_receiving_on_a_method_the_refund_does_not_use_is_refused(workspace: Workspace, mixed: int) -> None:
    plan = _plan(workspace, mixed, "10.00")
    with workspace.write() as s:
        o = s.get(Order, mixed)
        assert o is not None
        refund = record_refund(s, plan, o, cause=RefundCause.OTHER)
        with pytest.raises(DeskError, match="expects nothing on WebMoney; its methods: Card, PayPal, Alipay"):
            receive(refund, PaymentMethod.WEBMONEY, Money(100, "USD"), date(2026, 11, 5))
        with pytest.raises(DeskError, match="before the refund was approved"):
            receive(refund, PaymentMethod.CARD, Money(100, "USD"), date(2026, 11, 1))


def test_the_windows_count_from_the_day_it_was_sent(workspace: Workspace, mixed: int) -> None:
    """A refund sent after it was approved: each part's window starts on the day it was sent."""
    plan = _plan(workspace, mixed, "90.00")
    with workspace.write() as s:
        o = s.get_one(Order, mixed)
        with pytest.raises(DeskError, match="sent on: 2026-11-01 is before the refund was approved"):
            record_refund(s, plan, o, cause=RefundCause.CANCELLATION, sent_on=date(2026, 11, 1))
        refund_id = record_refund(s, plan, o, cause=RefundCause.CANCELLATION, sent_on=date(2026, 11, 6)).id
    with workspace.read() as s:
        refund = s.get_one(Refund, refund_id)
        assert {p.sent_on for p in refund.parts} == {date(2026, 11, 6)}
        windows = {r.part.method: (r.earliest, r.latest) for r in reconcile(refund, load_policies(s), APPROVED)}
    assert windows[PaymentMethod.CARD] == (date(2026, 11, 9), date(2026, 11, 26))
