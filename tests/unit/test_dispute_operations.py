"""The dispute operations (desk/operations/disputes.py): opening a dispute, recording its events and its statement,
each in its own transaction, with a result that says what changed; amounts as typed, read in the order's currency,
refusals naming the field or the record."""

from __future__ import annotations

from datetime import date

import pytest
from factories import order
from sqlalchemy import func, select

from desk.disputes.lifecycle import STATEMENT_LIMIT, claim_limits, get_dispute
from desk.errors import DeskError
from desk.models import (
    Audience,
    Dispute,
    DisputeEventKind,
    DisputeReason,
    DisputeState,
    DisputeWant,
    Order,
    PaymentMethod,
)
from desk.money import Money
from desk.operations import Record
from desk.operations.disputes import (
    OpenDispute,
    RecordDisputeEvent,
    SetStatement,
    open_dispute,
    record_dispute_event,
    set_statement,
)
from desk.workspace import Workspace

E = DisputeEventKind
ON = date(2026, 10, 20)


@pytest.fixture
def earbuds(workspace: Workspace) -> tuple[int, str]:
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
        s.flush()
        return o.id, o.key


def _request(order: int | str, line_no: int = 1, amount: str = "12.50", **kw: object) -> OpenDispute:
    return OpenDispute(order, line_no, DisputeReason.DAMAGED, DisputeWant.REFUND, amount, ON, **kw)  # type: ignore[arg-type]


def _count(ws: Workspace) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(Dispute)) or 0)


def test_a_dispute_is_opened_by_order_key_or_id_with_the_amount_as_typed(
    workspace: Workspace, earbuds: tuple[int, str]
) -> None:
    order_id, key = earbuds
    opened = open_dispute(workspace, _request(key, 1, "12,50 USD", note="  left bud silent  "))
    assert opened.changed == {Record.DISPUTE} and opened.state is DisputeState.OPEN
    assert opened.message == f"Dispute {opened.dispute_id} opened on line 1 of {key}, claiming 12.50 USD."
    by_id = open_dispute(workspace, _request(order_id, 2, "5"))
    with workspace.read() as s:
        first, second = get_dispute(s, opened.dispute_id), get_dispute(s, by_id.dispute_id)
        assert (first.claimed, first.events[0].note) == (Money(1250, "USD"), "left bud silent")
        assert (second.order_line.item, second.claimed) == ("USB-C cable", Money(500, "USD"))


def test_a_blank_amount_claims_the_most_the_line_allows(workspace: Workspace, earbuds: tuple[int, str]) -> None:
    """The window offers the limit as the amount's placeholder: left blank, the claim is that limit."""
    order_id, _key = earbuds
    with workspace.read() as s:
        limit = claim_limits(s.get_one(Order, order_id))[2]
    assert limit.minor > 0
    opened = open_dispute(workspace, _request(order_id, 2, "  "))
    with workspace.read() as s:
        assert get_dispute(s, opened.dispute_id).claimed == limit
    with pytest.raises(DeskError, match="already has an open dispute"):
        open_dispute(workspace, _request(order_id, 2, ""))


def test_refusals_name_the_field_or_the_record_and_store_nothing(
    workspace: Workspace, earbuds: tuple[int, str]
) -> None:
    order_id, key = earbuds
    with pytest.raises(DeskError, match=r'^the amount claimed: "twelve": no number in it$'):
        open_dispute(workspace, _request(key, 1, "twelve"))
    with pytest.raises(DeskError, match="more than can still be refunded for line 1"):
        open_dispute(workspace, _request(key, 1, "999"))
    with pytest.raises(DeskError, match=r"has no line 7 \(lines: 1, 2\)"):
        open_dispute(workspace, _request(key, 7))
    with pytest.raises(DeskError, match=r"^the order is no longer there: it was deleted meanwhile$"):
        open_dispute(workspace, _request(order_id + 100))
    with pytest.raises(DeskError, match="no order aliexpress:404"):
        open_dispute(workspace, _request("aliexpress:404"))
    assert _count(workspace) == 0


def test_an_event_moves_the_dispute_on_and_says_where_it_is(workspace: Workspace, earbuds: tuple[int, str]) -> None:
    dispute_id = open_dispute(workspace, _request(earbuds[1])).dispute_id
    answered = record_dispute_event(workspace, RecordDisputeEvent(dispute_id, E.SELLER_ANSWERED, date(2026, 10, 21)))
    assert answered.changed == {Record.DISPUTE} and answered.state is DisputeState.SELLER_RESPONDED
    assert answered.message == f"Dispute {dispute_id}: seller answered recorded; it is now seller responded."
    offer = RecordDisputeEvent(dispute_id, E.OFFER, date(2026, 10, 22), "6", "half back", audience=Audience.COUNSEL)
    assert record_dispute_event(workspace, offer).state is DisputeState.OFFER
    with workspace.read() as s:
        last = get_dispute(s, dispute_id).events[-1]
        assert (last.kind, last.amount_minor, last.note, last.internal) == (E.OFFER, 600, "half back", True)


def test_an_event_refused_changes_nothing(workspace: Workspace, earbuds: tuple[int, str]) -> None:
    dispute_id = open_dispute(workspace, _request(earbuds[1])).dispute_id
    with pytest.raises(DeskError, match=r"^'Offer' needs an amount$"):
        record_dispute_event(workspace, RecordDisputeEvent(dispute_id, E.OFFER, date(2026, 10, 22), " "))
    with pytest.raises(DeskError, match=r'^the amount: "a lot": no number in it$'):
        record_dispute_event(workspace, RecordDisputeEvent(dispute_id, E.OFFER, date(2026, 10, 22), "a lot"))
    with pytest.raises(DeskError, match="'Refund received' cannot happen now"):
        record_dispute_event(workspace, RecordDisputeEvent(dispute_id, E.REFUND_RECEIVED, date(2026, 10, 22), "1"))
    with pytest.raises(DeskError, match=r"^no dispute 999$"):
        record_dispute_event(workspace, RecordDisputeEvent(999, E.NOTE, date(2026, 10, 22)))
    with workspace.read() as s:
        dispute = get_dispute(s, dispute_id)
        assert dispute.state is DisputeState.OPEN and len(dispute.events) == 1


def test_the_statement_is_set_then_cleared_and_one_too_long_is_refused(
    workspace: Workspace, earbuds: tuple[int, str]
) -> None:
    dispute_id = open_dispute(workspace, _request(earbuds[1])).dispute_id
    saved = set_statement(workspace, SetStatement(dispute_id, "  Поставщик A&B <Ltd> прислал не тот товар.\n"))
    assert saved.changed == {Record.DISPUTE} and saved.length == 41
    assert saved.message == f"Dispute {dispute_id}: statement of facts saved (41 characters)."
    with pytest.raises(DeskError, match="at most 20,000 fit a packet"):
        set_statement(workspace, SetStatement(dispute_id, "x" * (STATEMENT_LIMIT + 1)))
    with workspace.read() as s:
        assert get_dispute(s, dispute_id).statement == "Поставщик A&B <Ltd> прислал не тот товар."
    cleared = set_statement(workspace, SetStatement(dispute_id, ""))
    assert cleared.length == 0 and cleared.message == f"Dispute {dispute_id}: statement of facts cleared."
    with pytest.raises(DeskError, match=r"^no dispute 999$"):
        set_statement(workspace, SetStatement(999, "x"))
