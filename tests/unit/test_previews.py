"""Open Dispute… and Record Arrival… say before OK what OK will do: worked out by the rules that do it, on the data
in memory, nothing written; what they say is what the case shows once it is done."""

from __future__ import annotations

from datetime import date

import pytest
from factories import order
from sqlalchemy import func, select

from desk.disputes.lifecycle import open_on_line
from desk.disputes.preview import opening_outcome
from desk.errors import DeskError
from desk.models import Dispute, DisputeReason, DisputeWant, Order, PaymentMethod, Refund, RefundCause
from desk.money import Money
from desk.overview import deadlines
from desk.policies import load_policies
from desk.refunds.tracking import Arrival, plan_refund, receipt_outcome, receive, reconcile, record_refund
from desk.workspace import Workspace

OPENED = date(2026, 10, 25)


@pytest.fixture
def delivered(workspace: Workspace) -> int:
    """An AliExpress order of two lines (25.00 and 12.50 USD), delivered on 20 Oct 2026."""
    with workspace.write() as s:
        o = order(
            s,
            currency="USD",
            lines=(("Power bank 20000 mAh", 1, 2500), ("USB-C cable 1 m", 1, 1250)),
            shipped_on=date(2026, 10, 5),
            delivered_on=date(2026, 10, 20),
        )
        s.flush()
        return o.id


def _disputes(ws: Workspace) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(Dispute)) or 0)


def test_opening_says_the_claim_and_the_days_the_dispute_then_shows(workspace: Workspace, delivered: int) -> None:
    with workspace.read() as s:
        said = opening_outcome(s, delivered, 2, Money(1000, "USD"), OPENED)
        protection = deadlines.protection_end(load_policies(s), s.get(Order, delivered))  # type: ignore[arg-type]
    assert (said.line_no, said.item, said.claimed) == (2, "USB-C cable 1 m", Money(1000, "USD"))
    assert _disputes(workspace) == 0  # nothing written
    assert protection is not None and said.protection_ends == protection[0]

    with workspace.write() as s:
        o = s.get(Order, delivered)
        assert o is not None
        dispute = open_on_line(s, o.lines[1], DisputeReason.DAMAGED, DisputeWant.REFUND, Money(1000, "USD"), OPENED)
        ctx = deadlines.context(s, load_policies(s), OPENED)
        shown = {d.kind: d.due for d in deadlines.dispute_deadlines(ctx, dispute)}
    assert shown == {"seller_response": said.answer_by, "escalation": said.escalate_from}
    assert said.answer_by is not None and said.answer_by > OPENED


def test_opening_says_why_it_would_be_refused(workspace: Workspace, delivered: int) -> None:
    with workspace.read() as s:
        with pytest.raises(DeskError, match="more than can still be refunded"):
            opening_outcome(s, delivered, 2, Money(1251, "USD"), OPENED)
        with pytest.raises(DeskError, match="before the order was placed"):
            opening_outcome(s, delivered, 2, Money(100, "USD"), date(2026, 9, 1))
        with pytest.raises(DeskError, match="line 3"):
            opening_outcome(s, delivered, 3, Money(100, "USD"), OPENED)


@pytest.fixture
def refund_id(workspace: Workspace, delivered: int) -> int:
    """A refund of 30.00 USD approved on 2 Nov 2026, all to the card that paid."""
    with workspace.write() as s:
        o = s.get(Order, delivered)
        assert o is not None
        plan = plan_refund(o, Money(3000, "USD"), date(2026, 11, 2), load_policies(s))
        return record_refund(s, plan, o, cause=RefundCause.CANCELLATION).id


@pytest.mark.parametrize(
    ("arrived", "on", "findings"),
    [
        (3000, date(2026, 11, 10), (Arrival.ON_TIME,)),
        (2850, date(2026, 11, 10), (Arrival.ON_TIME, Arrival.SHORT)),
        (3000, date(2026, 12, 30), (Arrival.LATE,)),
        (3100, date(2026, 12, 30), (Arrival.LATE, Arrival.OVER)),
    ],
)
def test_an_arrival_is_judged_as_the_refund_then_shows_it(
    workspace: Workspace, refund_id: int, arrived: int, on: date, findings: tuple[Arrival, ...]
) -> None:
    amount = Money(arrived, "USD")
    with workspace.read() as s:
        refund = s.get(Refund, refund_id)
        assert refund is not None
        said = receipt_outcome(refund, PaymentMethod.CARD, amount, on, load_policies(s))
        assert refund.parts[0].received_minor is None  # put back as it was
    assert said.findings == findings
    with workspace.write() as s:
        refund = s.get(Refund, refund_id)
        assert refund is not None
        receive(refund, PaymentMethod.CARD, amount, on)
        shown = reconcile(refund, load_policies(s), on)[0]
    assert (shown.findings, shown.expected, shown.latest) == (said.findings, said.expected, said.latest)


def test_an_arrival_says_why_it_would_be_refused(workspace: Workspace, refund_id: int) -> None:
    with workspace.read() as s:
        refund = s.get(Refund, refund_id)
        assert refund is not None
        policies = load_policies(s)
        with pytest.raises(DeskError, match="expects nothing on PayPal"):
            receipt_outcome(refund, PaymentMethod.PAYPAL, Money(100, "USD"), date(2026, 11, 10), policies)
        with pytest.raises(DeskError, match="before the refund was approved"):
            receipt_outcome(refund, PaymentMethod.CARD, Money(100, "USD"), date(2026, 11, 1), policies)
