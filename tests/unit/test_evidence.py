"""Evidence records (issue 4, points 1–3): what is kept about each file, the cases it supports, e-mails and their
attachments, and what removing and deleting do. Seed 002 asks for "photographs of the discrepancy, video
materials"; seed 004 for correspondence and proof of payment: this is where they are kept."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from factories import dispute, order
from PIL import Image
from sqlalchemy import select

from desk.errors import DeskError
from desk.evidence.cases import CaseRef, parse_case
from desk.evidence.checklist import checklist
from desk.evidence.files import AddCancelled, add_files, delete, unlink
from desk.evidence.view import list_evidence
from desk.models import AuditEntry, DisputeReason, Evidence, EvidenceKind, EvidenceLink
from desk.search import search
from desk.settings import set_setting
from desk.workspace import Workspace

EMAIL = b"""From: Shenzhen Topwin <service@topwin.example.cn>
To: Buyer <buyer@example.de>
Subject: =?utf-8?b?6YCA5qy+55Sz6K+3?= refund request
Date: Mon, 02 Nov 2026 10:15:00 +0800
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=E6=82=A8=E5=A5=BD refund approved, tracking LP00123456789CN
--XX
Content-Type: application/pdf; name="invoice.pdf"
Content-Disposition: attachment; filename="invoice.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCg==
--XX--
"""


@pytest.fixture
def cases(workspace: Workspace) -> tuple[CaseRef, CaseRef]:
    """A not-as-described dispute and its order."""
    with workspace.write() as s:
        bought = order(s, order_no="8170001")
        case = dispute(s, bought.lines[0], reason=DisputeReason.NOT_AS_DESCRIBED)
        s.flush()
        return CaseRef("dispute", case.id, f"dispute {case.id}"), CaseRef("order", bought.id, "aliexpress:8170001")


def _photo(path: Path, *, taken: str | None = None, offset: str | None = None, colour: str = "red") -> Path:
    image = Image.new("RGB", (60, 40), colour)
    exif = image.getexif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if offset:
        exif.get_ifd(0x8769)[0x9011] = offset
    image.save(path, "JPEG", exif=exif)
    return path


def test_a_file_added_twice_is_stored_once_and_linked_twice(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    on_dispute, on_order = cases
    photo = _photo(tmp_path / "item.jpg")
    [first] = add_files(workspace, [photo], on_dispute, note="scratched lid")
    copy = tmp_path / "again.jpg"
    copy.write_bytes(photo.read_bytes())
    [second] = add_files(workspace, [copy], on_order)
    assert first.new and not second.new and first.evidence_id == second.evidence_id
    with workspace.read() as s:
        [item] = list_evidence(s)
        assert item.cases == (on_dispute.label, on_order.label) and item.name == "item.jpg"
        assert item.kind == "photo" and item.media_type == "image/jpeg" and item.description == "scratched lid"
    stored = list((workspace.root / "vault" / "sha256").rglob("*"))
    assert [p for p in stored if p.is_file()] == [workspace.vault.path_for(first.sha256)]


def test_captured_time_comes_from_exif_then_from_the_file(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    with_offset = _photo(tmp_path / "a.jpg", taken="2026:11:02 14:05:09", offset="+08:00", colour="red")
    plain = _photo(tmp_path / "b.jpg", colour="blue")
    os.utime(plain, (1_790_000_000, 1_790_000_000))
    add_files(workspace, [with_offset, plain], cases[0])
    with workspace.read() as s:
        taken = {e.original_name: e.captured_at for e in s.scalars(select(Evidence))}
    assert taken["a.jpg"] == datetime(2026, 11, 2, 6, 5, 9, tzinfo=UTC)  # 14:05 in China is 06:05 UTC
    assert taken["b.jpg"] == datetime.fromtimestamp(1_790_000_000, UTC)


def test_a_program_named_like_a_photo_is_kept_with_a_warning(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    fake = tmp_path / "photo_of_item.jpg"
    fake.write_bytes(b"MZ\x90\x00" + bytes(500))
    [added] = add_files(workspace, [fake], cases[0])
    assert added.warning == "the content is a Windows program, whatever its name says"
    assert added.kind is EvidenceKind.OTHER and added.media_type != "image/jpeg"


def test_an_email_becomes_evidence_with_its_headers_text_and_attachments(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    mail = tmp_path / "seller reply.eml"
    mail.write_bytes(EMAIL)
    [added] = add_files(workspace, [mail], cases[0])
    assert added.kind is EvidenceKind.EMAIL and [a.name for a in added.attachments] == ["invoice.pdf"]
    with workspace.read() as s:
        email = s.get(Evidence, added.evidence_id)
        assert email is not None and email.details is not None
        assert email.details["subject"] == "退款申请 refund request"
        assert email.details["from"] == "Shenzhen Topwin <service@topwin.example.cn>"
        assert email.captured_at == datetime(2026, 11, 2, 2, 15, tzinfo=UTC)
        attachment = s.get(Evidence, added.attachments[0].evidence_id)
        assert attachment is not None and attachment.parent_id == email.id
        assert attachment.kind is EvidenceKind.INVOICE and attachment.media_type == "application/pdf"
        assert [link.dispute_id for link in attachment.links] == [cases[0].id]
        hits = search(s, "LP00123456789CN")
        assert [(h.kind, h.id) for h in hits] == [("evidence", email.id)]
        assert [(h.kind, h.id) for h in search(s, "您好")] == [("evidence", email.id)]


def test_a_folder_is_walked_and_hidden_files_are_left_out(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    folder = tmp_path / "parcel"
    (folder / "unboxing").mkdir(parents=True)
    _photo(folder / "box.jpg")
    _photo(folder / "unboxing" / "inside.jpg", colour="green")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    added = add_files(workspace, [folder], cases[1])
    assert [a.name for a in added] == ["box.jpg", "inside.jpg"]


def test_a_file_over_the_size_limit_is_refused_and_the_files_before_it_stay(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    with workspace.write() as s:
        set_setting(s, "evidence_max_mb", 1)
    small = _photo(tmp_path / "small.jpg")
    big = tmp_path / "big.mp4"
    big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(1_100_000))
    with pytest.raises(DeskError, match=r"big\.mp4 is 1\.1 MB, above the limit of 1 MB .*1 files before it were added"):
        add_files(workspace, [small, big], cases[0])
    with workspace.read() as s:
        assert [e.original_name for e in s.scalars(select(Evidence))] == ["small.jpg"]


def test_cancel_stops_between_chunks_and_keeps_what_was_added(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"video{n}.mp4"
        path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes([n]) * 3_000_000)
        files.append(path)
    seen: list[int] = []
    with pytest.raises(AddCancelled, match="stopped after 1 of 3 files"):
        add_files(workspace, files, cases[0], progress=lambda done, _total: seen.append(done),
                  cancelled=lambda: len(seen) >= 4)  # fmt: skip
    with workspace.read() as s:
        assert [e.original_name for e in s.scalars(select(Evidence))] == ["video0.mp4"]
    assert not list((workspace.root / "vault" / "tmp").iterdir())


def test_unlink_keeps_the_file_delete_is_audited_and_frees_it(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    on_dispute, on_order = cases
    photo = _photo(tmp_path / "item.jpg")
    [added] = add_files(workspace, [photo], on_dispute)
    add_files(workspace, [photo], on_order)
    unlink(workspace, added.evidence_id, on_dispute)
    assert workspace.vault.has(added.sha256)
    with workspace.read() as s:
        assert [link.order_id for link in s.scalars(select(EvidenceLink))] == [on_order.id]
    with pytest.raises(DeskError, match=f"evidence {added.evidence_id} is not linked to {on_dispute.label}"):
        unlink(workspace, added.evidence_id, on_dispute)
    delete(workspace, added.evidence_id)
    assert not workspace.vault.has(added.sha256)
    with workspace.read() as s:
        assert s.get(Evidence, added.evidence_id) is None
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "evidence", AuditEntry.action == "delete")
        ).one()
        assert entry.row_id == added.evidence_id and "item.jpg" in entry.changes


def test_an_email_with_attachments_is_not_deleted_before_them(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    mail = tmp_path / "reply.eml"
    mail.write_bytes(EMAIL)
    [added] = add_files(workspace, [mail], cases[0])
    with pytest.raises(DeskError, match="is an e-mail whose attachments"):
        delete(workspace, added.evidence_id)
    assert workspace.vault.has(added.sha256)


def test_cases_are_named_as_staff_name_them(workspace: Workspace, cases: tuple[CaseRef, CaseRef]) -> None:
    on_dispute, on_order = cases
    with workspace.read() as s:
        assert parse_case(s, str(on_dispute.id)) == on_dispute
        assert parse_case(s, f"dispute:{on_dispute.id}") == on_dispute
        assert parse_case(s, "AliExpress:8170001") == on_order
        with pytest.raises(DeskError, match="no dispute 999"):
            parse_case(s, "999")
        with pytest.raises(DeskError, match="is not a case"):
            parse_case(s, "the blue one")


def test_seed_002_a_not_as_described_dispute_needs_a_photo_of_the_item(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    on_dispute, on_order = cases

    def state() -> dict[str, tuple[bool, bool]]:
        with workspace.read() as s:
            return {c.expectation.label: (c.expectation.required, c.missing) for c in checklist(s, on_dispute)}

    before = state()
    assert before["a photo of the item as it arrived"] == (True, True)
    assert before["a video showing the defect"] == (False, True)
    assert "the tracking history" not in before  # asked of parcels that did not come
    add_files(workspace, [_photo(tmp_path / "lid.jpg")], on_order)  # evidence on the order counts for its dispute
    assert state()["a photo of the item as it arrived"] == (True, False)
