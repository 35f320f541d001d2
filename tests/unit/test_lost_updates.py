"""No lost updates (issue 16, point 3): a form saves over the version of the record it showed. When another desk (or
window) saved the record since, the fields both changed are refused together, with both values and who saved
theirs, and nothing is written; fields only one of them changed are kept from both. Two sessions per test, on the
database the lane runs on (SQLite, or a team server with DESK_TEST_DATABASE=postgresql)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from factories import order
from sqlalchemy import select

from desk.db import take_written
from desk.disputes.lifecycle import get_dispute
from desk.errors import EditConflict
from desk.evidence.editing import get_evidence
from desk.models import (
    DisputeReason,
    DisputeWant,
    EvidenceKind,
    Order,
    PaymentMethod,
    Platform,
    Store,
    Supplier,
)
from desk.operations.disputes import EditDispute, OpenDispute, edit_dispute, open_dispute
from desk.operations.evidence import AddEvidence, EditEvidence, add_evidence, edit_evidence
from desk.operations.orders import EditOrder, edit_order
from desk.operations.parties import SaveStore, SaveSupplier, save_store, save_supplier
from desk.operations.undo import Undo, undo
from desk.orders.view import order_draft
from desk.workspace import Workspace


@pytest.fixture
def dispute_id(workspace: Workspace) -> int:
    with workspace.write() as s:
        o = order(s, currency="USD", lines=(("TWS earbuds", 2, 1899),), payments=((PaymentMethod.CARD, 3798),))
        s.flush()
        key = o.key
    request = OpenDispute(key, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "10", date(2026, 10, 20))
    return open_dispute(workspace, request).dispute_id


def _form(ws: Workspace, dispute_id: int) -> tuple[int, EditDispute]:
    """What an Edit Dispute form opens with: the dispute's version and values."""
    with ws.read() as s:
        d = get_dispute(s, dispute_id)
        return d.version, EditDispute(dispute_id, d.reason, d.want, str(d.claimed.amount), d.platform_case_no or "")


def test_a_dispute_saved_over_anothers_change_is_refused_with_both_values(
    workspace: Workspace, dispute_id: int
) -> None:
    shown, values = _form(workspace, dispute_id)  # both forms open on the same version
    edit_dispute(workspace, EditDispute(dispute_id, amount="12.00", case_no="5001", version=shown, shown=values))
    mine = EditDispute(dispute_id, amount="15", want=DisputeWant.RETURN_REFUND, version=shown, shown=values)
    with pytest.raises(EditConflict) as refused:
        edit_dispute(workspace, mine)
    conflict = refused.value
    assert conflict.by == "tester" and conflict.version == shown + 1
    assert [(d.key, d.yours, d.theirs) for d in conflict.differences] == [("amount", "15.00 USD", "12.00 USD")]
    assert str(conflict).endswith("was changed by tester after you opened it (Amount claimed): nothing was saved.")
    with workspace.read() as s:
        saved = get_dispute(s, dispute_id)
        assert (str(saved.claimed), saved.want, saved.platform_case_no) == ("12.00 USD", DisputeWant.REFUND, "5001")


def test_fields_only_one_form_changed_are_kept_from_both(workspace: Workspace, dispute_id: int) -> None:
    shown, values = _form(workspace, dispute_id)
    edit_dispute(workspace, EditDispute(dispute_id, case_no="5001", version=shown, shown=values))
    edit_dispute(workspace, EditDispute(dispute_id, want=DisputeWant.RETURN_REFUND, version=shown, shown=values))
    with workspace.read() as s:
        saved = get_dispute(s, dispute_id)
        assert (saved.want, saved.platform_case_no, saved.version) == (DisputeWant.RETURN_REFUND, "5001", shown + 2)


def test_after_a_conflict_saving_over_the_newer_version_overwrites(workspace: Workspace, dispute_id: int) -> None:
    shown, values = _form(workspace, dispute_id)
    edit_dispute(workspace, EditDispute(dispute_id, amount="12.00", version=shown, shown=values))
    with pytest.raises(EditConflict) as refused:
        edit_dispute(workspace, EditDispute(dispute_id, amount="15", version=shown, shown=values))
    edit_dispute(workspace, EditDispute(dispute_id, amount="15", version=refused.value.version, shown=values))
    with workspace.read() as s:
        assert str(get_dispute(s, dispute_id).claimed) == "15.00 USD"


def test_an_edit_without_a_form_names_no_version_and_is_not_checked(workspace: Workspace, dispute_id: int) -> None:
    edit_dispute(workspace, EditDispute(dispute_id, amount="12.00"))
    edit_dispute(workspace, EditDispute(dispute_id, amount="13.00"))  # the command line: each edit reads anew
    with workspace.read() as s:
        assert str(get_dispute(s, dispute_id).claimed) == "13.00 USD"


def test_an_undo_made_while_a_form_was_open_is_a_change_it_did_not_see(workspace: Workspace, dispute_id: int) -> None:
    take_written()
    edit_dispute(workspace, EditDispute(dispute_id, amount="12.00"))
    step = take_written()
    assert step is not None
    shown, values = _form(workspace, dispute_id)  # the form shows 12.00
    undo(workspace, Undo(*step))  # back to 10.00: the record changed since the form opened
    with pytest.raises(EditConflict) as refused:
        edit_dispute(workspace, EditDispute(dispute_id, amount="15", version=shown, shown=values))
    assert [(d.yours, d.theirs) for d in refused.value.differences] == [("15.00 USD", "10.00 USD")]


def test_evidence_described_on_two_desks_at_once(workspace: Workspace, tmp_path: Path) -> None:
    photo = tmp_path / "parcel.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the parcel")
    evidence_id = add_evidence(workspace, AddEvidence((photo,))).added[0].evidence_id
    with workspace.read() as s:
        e = get_evidence(s, evidence_id)
        shown, values = e.version, EditEvidence(evidence_id, kind=e.kind, description=e.description or "")
    edit_evidence(workspace, EditEvidence(evidence_id, description="box crushed", version=shown, shown=values))
    mine = EditEvidence(evidence_id, kind=EvidenceKind.DOCUMENT, description="label torn", version=shown, shown=values)
    with pytest.raises(EditConflict) as refused:
        edit_evidence(workspace, mine)
    assert [(d.key, d.yours, d.theirs) for d in refused.value.differences] == [
        ("description", "label torn", "box crushed")
    ]
    with workspace.read() as s:
        assert get_evidence(s, evidence_id).description == "box crushed"


@pytest.mark.parametrize("kind", ["supplier", "store"])
def test_a_supplier_or_store_saved_on_two_desks_at_once(workspace: Workspace, kind: str) -> None:
    if kind == "supplier":
        save, model, request = save_supplier, Supplier, SaveSupplier(Platform.ALIEXPRESS, "Topwin", contact="Li")
        theirs, mine, field = {"contact": "Wang"}, {"contact": "Zhao", "notes": "slow"}, "contact"
    else:
        save, model, request = save_store, Store, SaveStore(Platform.ALIEXPRESS, "Nordic Outlet", country="FI")
        theirs, mine, field = {"country": "SE"}, {"country": "NO"}, "country"
    save(workspace, request)  # type: ignore[operator]
    with workspace.read() as s:
        shown = s.scalars(select(model)).one().version
    save(workspace, replace(request, **theirs, version=shown, shown=request))  # type: ignore[operator]
    with pytest.raises(EditConflict) as refused:
        save(workspace, replace(request, **mine, version=shown, shown=request))  # type: ignore[operator]
    assert [d.key for d in refused.value.differences] == [field]  # notes: only this form changed them
    merged = replace(request, **mine, version=refused.value.version, shown=request, keep=frozenset({field}))
    save(workspace, merged)  # type: ignore[operator]
    with workspace.read() as s:
        row = s.scalars(select(model)).one()
        assert getattr(row, field) == theirs[field]  # kept as saved, on the user's word
        assert kind == "store" or row.notes == "slow"


def test_an_order_edited_on_two_desks_at_once_its_lines_too(workspace: Workspace) -> None:
    with workspace.write() as s:
        made = order(s, order_no="8100", lines=(("USB-C cable", 2, 1250),))
        s.flush()
        order_id = made.id
    with workspace.read() as s:
        shown, draft = s.get_one(Order, order_id).version, order_draft(s, order_id)
    # The other desk changes only a line's item: the order's row is not touched, its version goes up still.
    line = replace(draft.lines[0], item="USB-C cable 1 m")
    edit_order(workspace, EditOrder(order_id, replace(draft, lines=(line,)), shown, draft))
    mine = replace(draft, notes="asked for a discount", lines=(replace(draft.lines[0], item="USB-C cable, braided"),))
    with pytest.raises(EditConflict) as refused:
        edit_order(workspace, EditOrder(order_id, mine, shown, draft))
    [difference] = refused.value.differences
    assert (difference.key, difference.yours, difference.theirs) == (
        "lines",
        "USB-C cable, braided × 2 @ 12.50 CNY",
        "USB-C cable 1 m × 2 @ 12.50 CNY",
    )
    edit_order(workspace, EditOrder(order_id, mine, refused.value.version, draft, frozenset({"lines"})))
    with workspace.read() as s:
        saved = s.get_one(Order, order_id)
        assert (saved.notes, [ln.item for ln in saved.lines]) == ("asked for a discount", ["USB-C cable 1 m"])
