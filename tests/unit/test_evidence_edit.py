"""Correcting what evidence is and shows (issue 12: "evidence cannot be re-kinded or described"): edit_evidence
changes the kind and the description, audited; an empty description removes it; nothing asked, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import add_files, dispute, order
from sqlalchemy import select

from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.models import AuditEntry, Evidence, EvidenceKind
from desk.operations import Record
from desk.operations.evidence import EditEvidence, edit_evidence
from desk.workspace import Workspace


@pytest.fixture
def kept(workspace: Workspace, tmp_path: Path) -> int:
    with workspace.write() as s:
        case = dispute(s, order(s, order_no="8170002").lines[0])
        s.flush()
        ref = CaseRef("dispute", case.id, f"dispute {case.id}")
    letter = tmp_path / "reply.txt"
    letter.write_text("We will refund you.", encoding="utf-8")
    [added] = add_files(workspace, [letter], ref)
    return added.evidence_id


def _row(ws: Workspace, evidence_id: int) -> tuple[EvidenceKind, str | None]:
    with ws.read() as s:
        evidence = s.get(Evidence, evidence_id)
        assert evidence is not None
        return evidence.kind, evidence.description


def test_kind_and_description_are_corrected_and_audited(workspace: Workspace, kept: int) -> None:
    done = edit_evidence(workspace, EditEvidence(kept, kind=EvidenceKind.CHAT, description="  the seller agrees  "))
    assert done.changed == frozenset({Record.EVIDENCE})
    assert done.message == f"Evidence {kept} (reply.txt) is now chat and has a new description."
    assert _row(workspace, kept) == (EvidenceKind.CHAT, "the seller agrees")
    only_kind = edit_evidence(workspace, EditEvidence(kept, kind=EvidenceKind.EMAIL))
    assert only_kind.message == f"Evidence {kept} (reply.txt) is now email."
    assert _row(workspace, kept) == (EvidenceKind.EMAIL, "the seller agrees")
    cleared = edit_evidence(workspace, EditEvidence(kept, description=""))
    assert cleared.message == f"Evidence {kept} (reply.txt) has no description now."
    assert _row(workspace, kept) == (EvidenceKind.EMAIL, None)
    with workspace.read() as s:
        updates = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "evidence", AuditEntry.action == "update", AuditEntry.row_id == kept
            )
        ).all()
        assert len(updates) == 3


def test_nothing_asked_a_missing_one_or_a_long_description_is_refused(workspace: Workspace, kept: int) -> None:
    before = _row(workspace, kept)
    with pytest.raises(DeskError, match="say what to change"):
        edit_evidence(workspace, EditEvidence(kept))
    with pytest.raises(DeskError, match="no evidence 999"):
        edit_evidence(workspace, EditEvidence(999, kind=EvidenceKind.PHOTO))
    with pytest.raises(DeskError, match="at most 5,000 characters, got 5,001"):
        edit_evidence(workspace, EditEvidence(kept, kind=EvidenceKind.PHOTO, description="x" * 5001))
    assert _row(workspace, kept) == before  # the kind asked with the long description was not kept either
