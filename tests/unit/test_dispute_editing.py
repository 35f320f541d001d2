"""Correcting a dispute as entered (desk/operations/disputes.py `edit_dispute`): only what is given changes, the
amount claimed never above what can still be refunded for its line, each change audited."""

from __future__ import annotations

from datetime import date

import pytest
from factories import order
from sqlalchemy import select

from desk.disputes.lifecycle import claim_limits, get_dispute
from desk.errors import DeskError
from desk.models import AuditEntry, DisputeReason, DisputeWant, Order, PaymentMethod
from desk.money import Money
from desk.operations import Record
from desk.operations.disputes import EditDispute, OpenDispute, edit_dispute, open_dispute
from desk.workspace import Workspace


@pytest.fixture
def dispute_id(workspace: Workspace) -> int:
    with workspace.write() as s:
        o = order(
            s,
            currency="USD",
            lines=(("TWS earbuds", 2, 1899), ("USB-C cable", 1, 500)),
            payments=((PaymentMethod.CARD, 4298),),
        )
        s.flush()
        key = o.key
    request = OpenDispute(key, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "10", date(2026, 10, 20))
    return open_dispute(workspace, request).dispute_id


def test_only_what_is_given_changes(workspace: Workspace, dispute_id: int) -> None:
    done = edit_dispute(workspace, EditDispute(dispute_id, case_no=" 8100-77 "))
    assert done.changed == {Record.DISPUTE}
    assert done.message == f"Dispute {dispute_id} now: the platform's case number 8100-77."
    done = edit_dispute(
        workspace, EditDispute(dispute_id, reason=DisputeReason.WRONG_ITEM, want=DisputeWant.RETURN_REFUND, amount="12")
    )
    assert done.message == (
        f"Dispute {dispute_id} now: reason wrong item; wants a return and refund; claims 12.00 USD."
    )
    with workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.reason, d.want, d.claimed, d.platform_case_no) == (
            DisputeReason.WRONG_ITEM,
            DisputeWant.RETURN_REFUND,
            Money(1200, "USD"),
            "8100-77",
        )
        assert d.events[0].amount_minor == 1000  # the opening event keeps what was claimed then
        audited = s.scalars(select(AuditEntry.changes).where(AuditEntry.table_name == "disputes")).all()
        assert any('"claimed_minor":[1000,1200]' in c for c in audited)


def test_nothing_given_changes_nothing_and_a_blank_case_number_clears_it(workspace: Workspace, dispute_id: int) -> None:
    assert edit_dispute(workspace, EditDispute(dispute_id)).changed == frozenset()
    edit_dispute(workspace, EditDispute(dispute_id, case_no="A1"))
    cleared = edit_dispute(workspace, EditDispute(dispute_id, case_no="  "))
    assert cleared.message == f"Dispute {dispute_id} now: no platform case number."
    with workspace.read() as s:
        assert get_dispute(s, dispute_id).platform_case_no is None


def test_the_claim_cannot_pass_what_can_still_be_refunded(workspace: Workspace, dispute_id: int) -> None:
    with workspace.read() as s:
        d = get_dispute(s, dispute_id)
        limit = claim_limits(s.get_one(Order, d.order_line.order_id))[1]
    assert edit_dispute(workspace, EditDispute(dispute_id, amount=str(limit.amount))).changed
    with pytest.raises(DeskError, match=r"more than can still be refunded for line 1 .*: 37\.98 USD"):
        edit_dispute(workspace, EditDispute(dispute_id, amount="37.99"))
    with pytest.raises(DeskError, match="more than zero"):
        edit_dispute(workspace, EditDispute(dispute_id, amount="0"))
    with workspace.read() as s:
        assert get_dispute(s, dispute_id).claimed == limit
