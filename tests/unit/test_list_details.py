"""The detail lists say what matters, on the demo folder: a refund's parts show when each should arrive and whether
it came late, short or not at all (the refunds' own reconciliation); an order's lines mark the disputed one."""

from __future__ import annotations

from sqlalchemy import select

from desk.lists.listing import display, fetch_page
from desk.lists.refunds import ArrivalState, ArrivalWindow
from desk.lists.specs import ORDER_LINES, REFUND_PARTS, REFUNDS
from desk.models import Dispute, OrderLine
from desk.workspace import Workspace


def test_refund_parts_show_their_window_and_what_came(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        states = {}
        for refund in fetch_page(s, REFUNDS):
            for part in fetch_page(s, REFUND_PARTS, parent_id=refund.id):
                window, arrival = part["window"], part["arrival"]
                assert isinstance(window, ArrivalWindow) and isinstance(arrival, ArrivalState)
                assert window.found.earliest <= window.found.latest
                assert " – " in display(window)
                states[(refund.id, part.id)] = display(arrival)
    said = set(states.values())
    assert "overdue" in said  # the demo's refund 1 never came
    assert any(text.startswith("arrived") and "short by" in text for text in said), said
    assert any(text == "arrived on time" for text in said), said


def test_the_disputed_line_is_marked(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        dispute = s.scalars(select(Dispute).order_by(Dispute.id)).first()
        assert dispute is not None
        line = s.get(OrderLine, dispute.order_line_id)
        assert line is not None
        lines = fetch_page(s, ORDER_LINES, parent_id=line.order_id)
        state = display(dispute.state)
    marks = {row["line_no"]: row["dispute"] for row in lines}
    assert marks[line.line_no] == f"Disputed (dispute {dispute.id}, {state})"
    assert all(mark is None for no, mark in marks.items() if no != line.line_no)
