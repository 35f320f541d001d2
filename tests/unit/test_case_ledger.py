"""Seed 000: a cost return comes from an order (or a claim on it), and shows on that order and dispute too."""

from __future__ import annotations

from sqlalchemy import select

from desk.lists.listing import fetch_page
from desk.lists.specs import DISPUTE_LEDGER, ORDER_LEDGER
from desk.models import LedgerEntry, LedgerKind
from desk.workspace import Workspace


def test_an_orders_and_a_disputes_page_list_their_account_entries(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        returns = list(s.scalars(select(LedgerEntry).where(LedgerEntry.kind == LedgerKind.COST_RETURN)))
        claimed = [e for e in returns if e.dispute_id is not None]
        assert returns and claimed  # the demo has cost returns, one of them settling a dispute
        for entry in returns:
            assert entry.order_id is not None
            on_order = fetch_page(s, ORDER_LEDGER, parent_id=entry.order_id)
            assert entry.id in [row.id for row in on_order]
            assert all(row["account"] == f"{entry.account.provider}/{entry.account.name}" for row in on_order
                       if row.id == entry.id)  # fmt: skip
        for entry in claimed:
            on_dispute = fetch_page(s, DISPUTE_LEDGER, parent_id=entry.dispute_id)
            [row] = [r for r in on_dispute if r.id == entry.id]
            assert row["amount"].minor == entry.amount_minor  # a credit: shown positive
        others = {e.id for e in s.scalars(select(LedgerEntry).where(LedgerEntry.order_id.is_(None)))}
        some_order = returns[0].order_id
        assert not others & {row.id for row in fetch_page(s, ORDER_LEDGER, parent_id=some_order)}
