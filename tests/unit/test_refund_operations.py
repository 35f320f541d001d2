"""The refund operations (desk/operations/refunds.py): a plan that reads only and returns plain values, a refund
recorded from it (with the dispute it settles), and what arrived on one method; amounts as typed."""

from __future__ import annotations

from datetime import date

import pytest
from factories import dispute, order
from sqlalchemy import func, select

from desk.errors import DeskError
from desk.models import Coupon, CouponKind, PaymentMethod, Refund, RefundCause, RefundPart
from desk.money import Money
from desk.operations import Record
from desk.operations.refunds import (
    PlannedShare,
    PlanRefund,
    ReceiveRefund,
    RecordRefund,
    plan_refund,
    receive_refund,
    record_refund,
)
from desk.workspace import Workspace

APPROVED = date(2026, 11, 2)


@pytest.fixture
def mixed(workspace: Workspace) -> tuple[str, int]:
    """An order of 100.00 USD less a 10.00 coupon, 60.00 by card, 25.00 by PayPal, 5.00 by Alipay; and a dispute on
    its line."""
    with workspace.write() as s:
        o = order(
            s,
            currency="USD",
            lines=(("Power bank 20000 mAh", 4, 2500),),
            discount_minor=1000,
            payments=((PaymentMethod.CARD, 6000), (PaymentMethod.PAYPAL, 2500), (PaymentMethod.ALIPAY, 500)),
        )
        o.coupons.append(Coupon(kind=CouponKind.PLATFORM_COUPON, code="AE-10", amount_minor=1000))
        d = dispute(s, o.lines[0], claimed_minor=3000)
        s.flush()
        return o.key, d.id


def _refunds(ws: Workspace) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(Refund)) or 0)


def test_a_plan_is_plain_values_and_stores_nothing(workspace: Workspace, mixed: tuple[str, int]) -> None:
    key, _ = mixed
    plan = plan_refund(workspace, PlanRefund(key, "9", APPROVED))
    assert plan.changed == frozenset() and plan.refund_id is None and _refunds(workspace) == 0
    assert (plan.order, plan.amount, plan.approved_on) == (key, Money(900, "USD"), APPROVED)
    assert [(p.method, p.amount) for p in plan.parts] == [
        (PaymentMethod.CARD, Money(600, "USD")),
        (PaymentMethod.PAYPAL, Money(250, "USD")),
        (PaymentMethod.ALIPAY, Money(50, "USD")),
    ]
    assert all(isinstance(p, PlannedShare) and isinstance(p.rule, str) and p.rule for p in plan.parts)
    assert all(p.earliest <= p.latest for p in plan.parts)
    assert plan.coupons_not_refunded == Money(1000, "USD")


def test_a_refund_is_recorded_for_its_dispute_and_a_dispute_of_another_order_refused(
    workspace: Workspace, mixed: tuple[str, int]
) -> None:
    key, dispute_id = mixed
    recorded = record_refund(workspace, RecordRefund(key, "30.00", APPROVED, dispute_id=dispute_id))
    assert recorded.changed == {Record.REFUND} and recorded.refund_id is not None
    assert recorded.message == f"Refund {recorded.refund_id} recorded: 30.00 USD on {key}."
    with workspace.read() as s:
        refund = s.get_one(Refund, recorded.refund_id)
        assert (refund.cause, refund.dispute_id, refund.approved_on) == (RefundCause.DISPUTE, dispute_id, APPROVED)
        assert sum(p.expected_minor for p in refund.parts) == 3000
    other_key, _ = _another_order(workspace)
    with pytest.raises(DeskError, match=f"dispute {dispute_id} is about {key}, not {other_key}"):
        record_refund(workspace, RecordRefund(other_key, "1", APPROVED, dispute_id=dispute_id))
    cancelled = record_refund(workspace, RecordRefund(key, "1", APPROVED, RefundCause.CANCELLATION))
    with workspace.read() as s:
        assert s.get_one(Refund, cancelled.refund_id).cause is RefundCause.CANCELLATION
    assert _refunds(workspace) == 2


def _another_order(ws: Workspace) -> tuple[str, int]:
    with ws.write() as s:
        o = order(s, currency="USD")
        s.flush()
        return o.key, o.id


def test_refusals_name_the_field_and_store_nothing(workspace: Workspace, mixed: tuple[str, int]) -> None:
    key, _ = mixed
    with pytest.raises(DeskError, match=r'^the refund: "lots": no number in it$'):
        record_refund(workspace, RecordRefund(key, "lots", APPROVED))
    with pytest.raises(DeskError, match="more than is left to refund on"):
        record_refund(workspace, RecordRefund(key, "95", APPROVED))
    with pytest.raises(DeskError, match=r"^no dispute 77$"):
        record_refund(workspace, RecordRefund(key, "1", APPROVED, dispute_id=77))
    assert _refunds(workspace) == 0


def test_what_arrived_is_recorded_and_a_blank_amount_is_what_was_expected(
    workspace: Workspace, mixed: tuple[str, int]
) -> None:
    key, _ = mixed
    refund_id = record_refund(workspace, RecordRefund(key, "9", APPROVED)).refund_id
    assert refund_id is not None
    arrived = receive_refund(workspace, ReceiveRefund(refund_id, PaymentMethod.CARD, "", date(2026, 11, 5)))
    assert arrived.changed == {Record.REFUND} and arrived.received == Money(600, "USD")
    assert arrived.message == f"Refund {refund_id}: 6.00 USD arrived by {PaymentMethod.CARD.label} on 2026-11-05."
    receive_refund(workspace, ReceiveRefund(refund_id, PaymentMethod.PAYPAL, "2,40", date(2026, 11, 6)))
    with workspace.read() as s:
        got = {p.method: (p.received_minor, p.received_on) for p in s.scalars(select(RefundPart))}
    assert got[PaymentMethod.CARD] == (600, date(2026, 11, 5))
    assert got[PaymentMethod.PAYPAL] == (240, date(2026, 11, 6))
    assert got[PaymentMethod.ALIPAY] == (None, None)
    with pytest.raises(DeskError, match="expects nothing on WebMoney"):
        receive_refund(workspace, ReceiveRefund(refund_id, PaymentMethod.WEBMONEY, "1", date(2026, 11, 6)))
    with pytest.raises(DeskError, match=r'^the amount received: "soon": no number in it$'):
        receive_refund(workspace, ReceiveRefund(refund_id, PaymentMethod.ALIPAY, "soon", date(2026, 11, 6)))
    with pytest.raises(DeskError, match=r"^no refund 999$"):
        receive_refund(workspace, ReceiveRefund(999, PaymentMethod.CARD, "1", date(2026, 11, 6)))
