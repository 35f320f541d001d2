"""The lists' "Overdue" filter: the orders and disputes with a deadline past (deadlines derived, seed 002)."""

from __future__ import annotations

from datetime import date

from desk.lists.listing import fetch_page
from desk.lists.specs import DISPUTES, ORDERS
from desk.models import Refund, RefundPart
from desk.overview.overdue import overdue_cases
from desk.workspace import Workspace


def test_an_overdue_refund_marks_its_order_and_dispute(demo_workspace: Workspace) -> None:
    """The demo's card refund for dispute 6 was sent 2026-10-25 and has not arrived: 3–20 days (seed 002) ended
    2026-11-14, so on 2026-11-23 it is overdue, and so are its order and its dispute."""
    with demo_workspace.read() as s:
        found = overdue_cases(s, date(2026, 11, 23))
        late = [p for p in s.query(RefundPart).all() if p.received_on is None and p.sent_on == date(2026, 10, 25)]
        assert len(late) == 1
        refund = s.get(Refund, late[0].refund_id)
        assert refund is not None
        assert refund.order_id in found.orders and refund.dispute_id in found.disputes
        # Weeks earlier nothing of it was overdue yet.
        earlier = overdue_cases(s, date(2026, 10, 30))
        assert refund.order_id not in earlier.orders


def test_the_filter_narrows_the_lists_to_those_cases(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        expected = overdue_cases(s, date.today())
        orders = fetch_page(s, ORDERS, filters={"overdue": True})
        disputes = fetch_page(s, DISPUTES, filters={"overdue": True})
        everyone = fetch_page(s, ORDERS)
    assert {r.id for r in orders} == expected.orders and expected.orders
    assert {r.id for r in disputes} == expected.disputes
    assert len(everyone) > len(orders)
