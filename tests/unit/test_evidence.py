"""Evidence records (issue 4, points 1–3): what is kept about each file, the cases it supports, e-mails and their
attachments, and what removing and deleting do. Seed 002 asks for "photographs of the discrepancy, video
materials"; seed 004 for correspondence and proof of payment: this is where they are kept."""

from __future__ import annotations

import argparse
import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import add_files, dispute, order
from PIL import Image
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from desk.common import OperationCancelled
from desk.errors import DeskError
from desk.evidence.cases import CaseRef, parse_case
from desk.evidence.checklist import Check, checklist, expectations
from desk.evidence.editing import what_deleting_loses
from desk.evidence.intake import FilesRefused
from desk.evidence.view import list_evidence
from desk.models import Audience, AuditEntry, DisputeLetter, DisputeReason, Evidence, EvidenceKind, EvidenceLink
from desk.models.voided import INCLUDE_VOIDED
from desk.operations import Record
from desk.operations.evidence import (
    AddEvidence,
    DeleteEvidence,
    EditEvidence,
    MarkEvidence,
    UnlinkEvidence,
    add_evidence,
    delete_evidence,
    edit_evidence,
    mark_evidence,
    unlink_evidence,
)
from desk.operations.voiding import VoidKind, VoidRecord, void_record
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


def test_captured_time_comes_from_exif_and_a_photo_without_it_is_unknown_whatever_its_file_time(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    with_offset = _photo(tmp_path / "a.jpg", taken="2026:11:02 14:05:09", offset="+08:00", colour="red")
    plain = _photo(tmp_path / "b.jpg", colour="blue")
    os.utime(plain, (1_790_000_000, 1_790_000_000))
    add_files(workspace, [with_offset, plain], cases[0])
    with workspace.read() as s:
        taken = {e.original_name: e.captured_at for e in s.scalars(select(Evidence))}
    assert taken["a.jpg"] == datetime(2026, 11, 2, 6, 5, 9, tzinfo=UTC)  # 14:05 in China is 06:05 UTC
    assert taken["b.jpg"] is None  # its file time is when it was copied, not taken (test_capture_dates has the rest)


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


def test_every_bad_file_is_named_and_nothing_is_added(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    with workspace.write() as s:
        set_setting(s, "evidence_max_mb", 1)
    small = _photo(tmp_path / "small.jpg")
    big = tmp_path / "big.mp4"
    big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(1_100_000))
    folder = tmp_path / "parcel"
    folder.mkdir()
    locked = folder / "locked.jpg"
    locked.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    locked.chmod(0)
    pipe = folder / "pipe"
    if hasattr(os, "mkfifo"):  # Windows has no named pipes in its file system
        os.mkfifo(pipe)  # reading it would never end
    missing = tmp_path / "nope.jpg"
    try:
        with pytest.raises(FilesRefused) as refused:
            add_files(workspace, [small, big, folder, missing], cases[0])
    finally:
        locked.chmod(0o600)
    problems = {p.path: p.reason for p in refused.value.problems}
    if os.name == "nt" or os.geteuid() == 0:  # root reads any file, and Windows' chmod only sets "read-only"
        problems.setdefault(locked, "cannot be read: permission denied")
    if not hasattr(os, "mkfifo"):
        problems.setdefault(pipe, "not a regular file")
    assert problems == {
        missing: "no such file or folder",
        big: "1.1 MB, above the limit of 1 MB (setting evidence_max_mb)",
        locked: "cannot be read: permission denied",
        pipe: "not a regular file",
    }
    assert str(refused.value).startswith("nothing was added, because of ")
    assert f"{big}: 1.1 MB, above the limit" in str(refused.value) and f"{missing}: no such file" in str(refused.value)
    with workspace.read() as s:
        assert s.scalars(select(Evidence)).all() == []
    assert not [p for p in (workspace.root / "vault").rglob("*") if p.is_file()]


def test_cancel_stops_between_chunks_and_keeps_what_was_added(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"video{n}.mp4"
        path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes([n]) * 3_000_000)
        files.append(path)
    seen: list[int] = []
    stop = f"Cancelled: 1 of 3 files were added to dispute {cases[0].id}; the rest were not."
    with pytest.raises(OperationCancelled, match=stop):
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
    unlinked = unlink_evidence(workspace, UnlinkEvidence(added.evidence_id, on_dispute))
    assert unlinked.changed == {Record.EVIDENCE} and workspace.vault.has(added.sha256)
    with workspace.read() as s:
        assert [link.order_id for link in s.scalars(select(EvidenceLink))] == [on_order.id]
    with pytest.raises(DeskError, match=f"evidence {added.evidence_id} is not linked to {on_dispute.label}"):
        unlink_evidence(workspace, UnlinkEvidence(added.evidence_id, f"dispute:{on_dispute.id}"))
    with pytest.raises(DeskError, match=r"^item\.jpg is not voided: void it first, then delete it for good$"):
        delete_evidence(workspace, DeleteEvidence(added.evidence_id))
    assert workspace.vault.has(added.sha256)
    void_record(workspace, VoidRecord(VoidKind.EVIDENCE, added.evidence_id, "the wrong photo"))
    with workspace.read() as s:
        loss = what_deleting_loses(s, added.evidence_id)
    assert (loss.name, loss.voided, [c.id for c in loss.cases], loss.file_goes) == (
        "item.jpg",
        True,
        [on_order.id],
        True,
    )
    deleted = delete_evidence(workspace, DeleteEvidence(added.evidence_id))
    assert deleted.message == "item.jpg was deleted for good; its file was removed"
    assert not workspace.vault.has(added.sha256)
    with workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        assert s.get(Evidence, added.evidence_id) is None
        assert list(s.scalars(select(EvidenceLink))) == []  # its link to the order went with it
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all()
        assert {e.table_name for e in entries} == {"evidence", "evidence_links"}
        entry = next(e for e in entries if e.table_name == "evidence")
        assert entry.row_id == added.evidence_id and "item.jpg" in entry.changes


def test_a_file_another_voided_piece_of_evidence_holds_stays_in_the_vault(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    """Two records of the same bytes, both voided: deleting one keeps the file, which the other can be restored
    with."""
    photo = _photo(tmp_path / "item.jpg")
    [first] = add_files(workspace, [photo], cases[0])
    void_record(workspace, VoidRecord(VoidKind.EVIDENCE, first.evidence_id, "entered twice"))
    [second] = add_files(workspace, [photo], cases[1])
    assert second.evidence_id != first.evidence_id and second.sha256 == first.sha256
    void_record(workspace, VoidRecord(VoidKind.EVIDENCE, second.evidence_id, "entered twice"))
    with workspace.read() as s:
        assert what_deleting_loses(s, first.evidence_id).file_goes is False
    deleted = delete_evidence(workspace, DeleteEvidence(first.evidence_id))
    assert deleted.message == "item.jpg was deleted for good; its file stays: other evidence holds the same file"
    assert workspace.vault.has(first.sha256)


def test_an_email_with_attachments_is_not_deleted_before_them(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    mail = tmp_path / "reply.eml"
    mail.write_bytes(EMAIL)
    [added] = add_files(workspace, [mail], cases[0])
    with workspace.read() as s:
        attachments = s.scalars(select(Evidence).where(Evidence.parent_id == added.evidence_id)).all()
        voided = [VoidRecord(VoidKind.EVIDENCE, a.id, "not needed") for a in attachments]
    for attachment in voided:
        void_record(workspace, attachment)
    void_record(workspace, VoidRecord(VoidKind.EVIDENCE, added.evidence_id, "not needed"))
    with pytest.raises(DeskError, match=r"^reply\.eml is an e-mail whose attachments \(.+\) are evidence"):
        delete_evidence(workspace, DeleteEvidence(added.evidence_id))
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
    [photo] = add_files(workspace, [_photo(tmp_path / "lid.jpg")], on_order)  # the order's count for its dispute
    assert state()["a photo of the item as it arrived"] == (True, True)  # a picture is no photo "as it arrived"
    edit_evidence(workspace, EditEvidence(photo.evidence_id, shows="photo_as_arrived"))
    assert state()["a photo of the item as it arrived"] == (True, False)


def _checks(workspace: Workspace, case: CaseRef) -> dict[str, Check]:
    with workspace.read() as s:
        return {c.expectation.key: c for c in checklist(s, case)}


def test_an_image_alone_is_offered_not_counted_until_the_user_confirms_what_it_shows(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    on_dispute, _ = cases
    [photo] = add_files(workspace, [_photo(tmp_path / "IMG_0412.jpg")], on_dispute)
    check = _checks(workspace, on_dispute)["photo_as_arrived"]
    assert check.missing and check.candidates == (photo.evidence_id,)

    done = edit_evidence(workspace, EditEvidence(photo.evidence_id, shows="photo_as_arrived"))
    assert done.changed == {Record.EVIDENCE}
    assert done.message == f"Evidence {photo.evidence_id} (IMG_0412.jpg) shows a photo of the item as it arrived."
    check = _checks(workspace, on_dispute)["photo_as_arrived"]
    assert check.met_by == (photo.evidence_id,) and check.candidates == ()
    assert _checks(workspace, on_dispute)["defect_video"].candidates == ()  # a photo is no video

    taken_back = edit_evidence(workspace, EditEvidence(photo.evidence_id, shows=""))
    assert taken_back.message.endswith("is no longer counted for the evidence checklist.")
    assert _checks(workspace, on_dispute)["photo_as_arrived"].missing
    with pytest.raises(DeskError, match="'a_photo' is not something the evidence checklist asks for"):
        edit_evidence(workspace, EditEvidence(photo.evidence_id, shows="a_photo"))


def test_a_letter_desk_made_never_counts_as_the_order_confirmation(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    on_dispute, _ = cases
    pdf = tmp_path / "letter-first_demand-en-dispute.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    [letter] = add_files(workspace, [pdf], on_dispute, kind=EvidenceKind.DOCUMENT)
    with workspace.write() as s:
        s.add(
            DisputeLetter(
                dispute_id=on_dispute.id,
                kind="first_demand",
                lang="en",
                made_on=date(2026, 11, 20),
                evidence_id=letter.evidence_id,
                made_by="anna",
            )
        )
    checks = _checks(workspace, on_dispute)
    assert checks["order_confirmation"].candidates == () and checks["order_confirmation"].missing
    with pytest.raises(DeskError, match="is a letter Desk made: it cannot show the order confirmation"):
        edit_evidence(workspace, EditEvidence(letter.evidence_id, shows="order_confirmation"))
    assert _checks(workspace, on_dispute)["order_confirmation"].missing

    # A scanned document of the same kind is offered, and counts once confirmed.
    scan = tmp_path / "order-confirmation.pdf"
    scan.write_bytes(b"%PDF-1.4\n% the platform's page\n%%EOF\n")
    [confirmation] = add_files(workspace, [scan], on_dispute, kind=EvidenceKind.DOCUMENT)
    assert _checks(workspace, on_dispute)["order_confirmation"].candidates == (confirmation.evidence_id,)
    edit_evidence(workspace, EditEvidence(confirmation.evidence_id, shows="order_confirmation"))
    assert _checks(workspace, on_dispute)["order_confirmation"].met_by == (confirmation.evidence_id,)


def test_the_command_line_names_every_item_the_checklist_asks_for() -> None:
    from desk.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["evidence", "edit", "1", "--shows", "x"]).shows == "x"
    helps = [a.help for sub in _subparsers(parser, "evidence", "edit") for a in sub._actions if a.dest == "shows"]
    assert helps and all(e.key in str(helps[0]) for e in expectations())


def _subparsers(parser: argparse.ArgumentParser, *path: str) -> list[argparse.ArgumentParser]:
    for name in path:
        group = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = group.choices[name]
    return [parser]


def test_an_add_says_what_it_changed_in_plain_words(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    on_dispute, on_order = cases
    photo = _photo(tmp_path / "item.jpg")
    first = add_evidence(workspace, AddEvidence((photo,), f"dispute:{on_dispute.id}", kind=EvidenceKind.PHOTO))
    assert first.changed == {Record.EVIDENCE} and first.case == on_dispute and first.files == 1
    assert first.message == f"1 added to dispute {on_dispute.id}."
    again = add_evidence(workspace, AddEvidence((photo, _photo(tmp_path / "other.jpg", colour="blue")), on_order))
    assert again.message == f"1 added to order {on_order.label}, 1 already kept and now linked."
    assert (again.new, again.linked) == (1, 1)
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = add_evidence(workspace, AddEvidence((empty,), on_order))
    assert nothing.changed == frozenset() and nothing.message.startswith("There were no files to add")
    loose = add_evidence(workspace, AddEvidence((_photo(tmp_path / "loose.jpg", colour="green"),)))
    assert loose.case is None and loose.message == "1 added to no case."


def test_a_case_gone_or_mistyped_is_named_and_nothing_is_added(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    photo = _photo(tmp_path / "item.jpg")
    with pytest.raises(DeskError, match=r"^no dispute 999$"):
        add_evidence(workspace, AddEvidence((photo,), CaseRef("dispute", 999, "dispute 999")))
    with pytest.raises(DeskError, match="no order aliexpress:0000"):
        add_evidence(workspace, AddEvidence((photo,), "aliexpress:0000"))
    with workspace.read() as s:
        assert s.scalars(select(Evidence)).all() == []


def test_evidence_is_marked_internal_then_shared_and_a_missing_one_is_named(
    workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    [added] = add_files(workspace, [_photo(tmp_path / "item.jpg")], cases[0])
    marked = mark_evidence(workspace, MarkEvidence(added.evidence_id, Audience.COUNSEL))
    assert marked.changed == {Record.EVIDENCE} and marked.message.startswith(f"Evidence {added.evidence_id} (")
    assert marked.message.endswith(") is for our staff and our lawyer: kept out of what is sent out.")
    with workspace.read() as s:
        assert s.get(Evidence, added.evidence_id).internal is True  # type: ignore[union-attr]
    mark_evidence(workspace, MarkEvidence(added.evidence_id, Audience.EXTERNAL))
    with workspace.read() as s:
        assert s.get(Evidence, added.evidence_id).internal is False  # type: ignore[union-attr]
    for missing in (
        lambda: mark_evidence(workspace, MarkEvidence(999, Audience.COUNSEL)),
        lambda: delete_evidence(workspace, DeleteEvidence(999)),
        lambda: unlink_evidence(workspace, UnlinkEvidence(999, cases[0])),
    ):
        with pytest.raises(DeskError, match=r"^no evidence 999$"):
            missing()


@pytest.mark.sqlite_only("another program's lock on the file")
def test_a_database_locked_mid_add_keeps_the_files_before_and_says_how_many(
    short_busy_wait: int, workspace: Workspace, cases: tuple[CaseRef, CaseRef], tmp_path: Path
) -> None:
    """Another program takes the write lock after the first file was committed and holds it longer than Desk waits:
    the first file stays, the error says how many were added (for the window's report and the bug log)."""
    first, second = _photo(tmp_path / "a.jpg"), _photo(tmp_path / "b.jpg", colour="blue")
    other = sqlite3.connect(workspace.db_path, timeout=0, isolation_level=None)

    def lock_after_the_first(done: int, _total: int) -> None:
        if done > first.stat().st_size and not other.in_transaction:
            other.execute("BEGIN IMMEDIATE")  # while the second file is copied: before its transaction

    try:
        with pytest.raises(OperationalError) as locked:
            add_files(workspace, [first, second], cases[0], progress=lock_after_the_first)
    finally:
        other.close()
    said = f"1 of 2 files were added to dispute {cases[0].id} before this; the rest were not."
    assert locked.value.__notes__ == [said]
    with workspace.read() as s:
        assert [e.original_name for e in s.scalars(select(Evidence))] == ["a.jpg"]
