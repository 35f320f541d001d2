"""Disputes per order line and the state machine of their events (seed 002_8278cbea450b0445.txt)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import order
from sqlalchemy import func, select

from desk.disputes.lifecycle import TRANSITIONS, allowed_events, get_dispute, open_dispute, record_event
from desk.errors import DeskError
from desk.models import (
    Dispute,
    DisputeEventKind,
    DisputeOutcome,
    DisputeReason,
    DisputeState,
    DisputeWant,
    PaymentMethod,
    Refund,
    RefundCause,
    RefundPart,
)
from desk.money import Money
from desk.workspace import Workspace

E = DisputeEventKind
ON = date(2026, 10, 20)


@pytest.fixture
def two_line_order(workspace: Workspace) -> str:
    """Earbuds 2 × 18.99 and a cable 5.00, shipping 2.00, paid 30.00 by card and 13.98 from the balance."""
    with workspace.write() as s:
        o = order(
            s,
            order_no="8100200300",
            currency="USD",
            lines=(("TWS earbuds", 2, 1899), ("USB-C cable", 1, 500)),
            shipping_minor=200,
            payments=((PaymentMethod.CARD, 3000), (PaymentMethod.BALANCE, 1398)),
        )
        return o.key


def _open(ws: Workspace, key: str, line: int = 1, amount: str = "20.00", **kw: object) -> int:
    with ws.write() as s:
        d = open_dispute(
            s, key, line, DisputeReason.NOT_AS_DESCRIBED, DisputeWant.REFUND, Money.of(amount, "USD"), ON, **kw
        )
        return d.id


def test_a_dispute_is_opened_on_one_line_with_an_opened_event(workspace: Workspace, two_line_order: str) -> None:
    """seed 002: disputes are opened per product, with the amount wanted."""
    dispute_id = _open(workspace, two_line_order, line=2, amount="5.00", note="cable does not charge")
    with workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.order_line.line_no, d.state, d.claimed) == (2, DisputeState.OPEN, Money(500, "USD"))
        assert [(e.kind, e.occurred_on, e.note) for e in d.events] == [(E.OPENED, ON, "cable does not charge")]


def test_the_claim_may_not_exceed_what_was_paid_for_the_line(workspace: Workspace, two_line_order: str) -> None:
    """seed 002: the refund is never more than what was paid. Line 1 is 37.98 of 42.98 goods; its share of the
    43.98 paid (shipping included) is 38.86 by the largest-remainder split."""
    with pytest.raises(DeskError, match=r"more than can still be refunded for line 1 .*38\.86 USD"):
        _open(workspace, two_line_order, amount="38.87")
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Dispute)) == 0
    assert _open(workspace, two_line_order, amount="38.86") > 0


def test_what_was_already_refunded_lowers_the_limit(workspace: Workspace, two_line_order: str) -> None:
    first = _open(workspace, two_line_order, amount="10.00")
    with workspace.write() as s:
        d = get_dispute(s, first)
        record_event(s, d, E.OFFER, date(2026, 10, 22), amount=Money(1000, "USD"))
        record_event(s, d, E.OFFER_ACCEPTED, date(2026, 10, 23))
        o = d.order_line.order
        s.add(
            Refund(
                order=o,
                dispute=d,
                cause=RefundCause.DISPUTE,
                approved_on=date(2026, 10, 23),
                parts=[RefundPart(method=PaymentMethod.CARD, expected_minor=1000)],
            )
        )
        record_event(s, d, E.REFUND_SENT, date(2026, 10, 24), amount=Money(1000, "USD"))
        record_event(s, d, E.REFUND_RECEIVED, date(2026, 10, 30), amount=Money(1000, "USD"))
    with pytest.raises(DeskError, match=r"28\.86 USD"):
        _open(workspace, two_line_order, amount="28.87")
    assert _open(workspace, two_line_order, amount="28.86") != first


def test_one_open_dispute_per_line(workspace: Workspace, two_line_order: str) -> None:
    first = _open(workspace, two_line_order)
    with pytest.raises(DeskError, match=f"already has an open dispute \\(no. {first}\\)"):
        _open(workspace, two_line_order, amount="1.00")
    _open(workspace, two_line_order, line=2, amount="1.00")  # the other product may be disputed


def test_bad_input_names_the_problem(workspace: Workspace, two_line_order: str) -> None:
    with pytest.raises(DeskError, match="has no line 3 \\(lines: 1, 2\\)"):
        _open(workspace, two_line_order, line=3)
    with pytest.raises(DeskError, match="no order aliexpress:nope"):
        _open(workspace, "aliexpress:nope")
    with pytest.raises(DeskError, match="unknown platform 'alibaba'"):
        _open(workspace, "alibaba:1")
    with workspace.write() as s, pytest.raises(DeskError, match="claim is in EUR but order"):
        open_dispute(s, two_line_order, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, Money(100, "EUR"), ON)


def test_the_full_path_to_a_won_refund(workspace: Workspace, two_line_order: str) -> None:
    """seed 002: opened → the seller answers (5 days) → offer → rejected → escalated to arbitration → decided
    for the buyer → refund sent → refund received."""
    dispute_id = _open(workspace, two_line_order, amount="20.00")
    steps = [
        (E.SELLER_ANSWERED, None, DisputeState.SELLER_RESPONDED),
        (E.OFFER, "5.00", DisputeState.OFFER),
        (E.OFFER_REJECTED, None, DisputeState.SELLER_RESPONDED),
        (E.ESCALATED, None, DisputeState.ESCALATED),
        (E.DECIDED, "15.00", DisputeState.DECIDED),
        (E.REFUND_SENT, "15.00", DisputeState.REFUND_PENDING),
        (E.REFUND_RECEIVED, "15.00", DisputeState.REFUNDED),
    ]
    for day, (kind, amount, state) in enumerate(steps, start=21):
        with workspace.write() as s:
            d = get_dispute(s, dispute_id)
            money = None if amount is None else Money.of(amount, "USD")
            record_event(s, d, kind, date(2026, 10, day), amount=money)
            assert d.state is state, kind
    with workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.outcome, d.won) == (DisputeOutcome.PARTIALLY_WON, Money(1500, "USD"))
        assert len(d.events) == len(steps) + 1


def test_an_impossible_event_is_refused_with_what_is_allowed(workspace: Workspace, two_line_order: str) -> None:
    dispute_id = _open(workspace, two_line_order)
    with workspace.write() as s, pytest.raises(DeskError) as caught:
        record_event(s, get_dispute(s, dispute_id), E.REFUND_RECEIVED, date(2026, 10, 25), amount=Money(1, "USD"))
    assert str(caught.value) == (
        f"dispute {dispute_id} is open: 'Refund received' cannot happen now; "
        "allowed: seller answered, offer, escalated, closed, note"
    )
    with workspace.read() as s:
        assert get_dispute(s, dispute_id).state is DisputeState.OPEN
        assert len(get_dispute(s, dispute_id).events) == 1


def test_amounts_and_dates_are_checked(workspace: Workspace, two_line_order: str) -> None:
    dispute_id = _open(workspace, two_line_order, amount="20.00")
    with workspace.write() as s, pytest.raises(DeskError, match="'Offer' needs an amount"):
        record_event(s, get_dispute(s, dispute_id), E.OFFER, date(2026, 10, 21))
    with workspace.write() as s, pytest.raises(DeskError, match=r"more than the 20\.00 USD claimed"):
        record_event(s, get_dispute(s, dispute_id), E.OFFER, date(2026, 10, 21), amount=Money(2001, "USD"))
    with workspace.write() as s, pytest.raises(DeskError, match="before the dispute's last event"):
        record_event(s, get_dispute(s, dispute_id), E.NOTE, date(2026, 10, 19), note="too early")


def test_a_decision_for_the_seller_closes_the_dispute_as_lost(workspace: Workspace, two_line_order: str) -> None:
    dispute_id = _open(workspace, two_line_order)
    with workspace.write() as s:
        d = get_dispute(s, dispute_id)
        record_event(s, d, E.ESCALATED, date(2026, 10, 26))
        record_event(s, d, E.DECIDED, date(2026, 11, 5), amount=Money(0, "USD"))
        assert (d.state, d.outcome) == (DisputeState.CLOSED, DisputeOutcome.LOST)
    # Closed: the line may be disputed again, and nothing more can happen in this one but notes.
    assert allowed_events(DisputeState.CLOSED) == [E.NOTE]
    _open(workspace, two_line_order, amount="1.00")


def test_an_accepted_offer_settles_and_closing_withdraws(workspace: Workspace, two_line_order: str) -> None:
    settled = _open(workspace, two_line_order, line=1)
    withdrawn = _open(workspace, two_line_order, line=2, amount="2.00")
    with workspace.write() as s:
        d = get_dispute(s, settled)
        record_event(s, d, E.OFFER, date(2026, 10, 22), amount=Money(1200, "USD"))
        record_event(s, d, E.OFFER_ACCEPTED, date(2026, 10, 22))
        assert (d.state, d.outcome, d.won) == (DisputeState.REFUND_PENDING, DisputeOutcome.SETTLED, Money(1200, "USD"))
        w = get_dispute(s, withdrawn)
        record_event(s, w, E.CLOSED, date(2026, 10, 22), note="the seller sent a new cable")
        assert (w.state, w.outcome) == (DisputeState.CLOSED, DisputeOutcome.WITHDRAWN)


def test_every_state_but_the_finished_ones_can_be_closed() -> None:
    for state in DisputeState:
        assert (E.CLOSED in allowed_events(state)) == (state not in (DisputeState.REFUNDED, DisputeState.CLOSED))
    assert E.OPENED not in TRANSITIONS  # opening is not an event one records
