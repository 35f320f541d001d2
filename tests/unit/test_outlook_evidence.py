"""An Outlook `.msg` kept as evidence as an `.eml` is (issue 14): recognised by its content, read for its headers
and text (the search finds it), its attachments split out as evidence of their own linked to it and its case; in a
claim packet its exhibit shows the headers, every attachment with the exhibit it became and the body with its own
lines. A damaged `.msg` is kept, flagged with why, and never opened. The packet is read back with pypdf (in the
Windows lane too) and checked with qpdf and rendered where those tools are."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from factories import add_files, dispute, order, supplier
from outlook_files import Attached, Message
from pdfcheck import qpdf_check, render
from pypdf import PdfReader
from real_files import invoice
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.evidence.file_types import file_type_words
from desk.evidence.view import list_evidence
from desk.models import Evidence, EvidenceKind
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.search import search
from desk.workspace import Workspace


def _photo() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


BODY = (
    "Dear buyer,\r\n\r\nwe checked the photos.\r\nOrder 8179037714690228 left our warehouse complete.\r\n"
    "Packing list:\r\n        HQ-CASE-01   40 pcs\r\n\r\n您好，退款已经处理。\r\nLi Wei\r\n"
)


def _reply() -> Message:
    return Message(
        subject="Re: order 8179037714690228 - 破损 cracked cases",
        body=BODY,
        attachments=[Attached("发票 2026-118.pdf", invoice(), "application/pdf"), Attached("IMG_2231.jpg", _photo())],
        embedded=[Message(subject="Courier note 8177", body="Signed for 40 cases.\r\n")],
        message_id=None,  # as the internet headers say
        headers="Date: Mon, 16 Nov 2026 09:30:00 +0800\r\nMessage-ID: <CAKx7v+Q2ZfJ3m8@mail.huaqiang.example>\r\n",
    )


def _case(workspace: Workspace) -> CaseRef:
    with workspace.write() as s:
        o = order(s, seller=supplier(s), order_no="8179037714690228")
        d = dispute(s, o.lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        return CaseRef("dispute", d.id, f"dispute {d.id}")


def test_an_outlook_message_becomes_evidence_with_its_headers_text_and_attachments(
    workspace: Workspace, tmp_path: Path
) -> None:
    mail = tmp_path / "Re order 8179037714690228.msg"
    mail.write_bytes(_reply().to_bytes())
    case = _case(workspace)
    [added] = add_files(workspace, [mail], case)
    assert added.kind is EvidenceKind.EMAIL and added.media_type == "application/vnd.ms-outlook"
    assert added.warning is None
    assert [a.name for a in added.attachments] == ["发票 2026-118.pdf", "IMG_2231.jpg"]
    assert [a.media_type for a in added.attachments] == ["application/pdf", "image/jpeg"]
    assert [a.kind for a in added.attachments] == [EvidenceKind.INVOICE, EvidenceKind.PHOTO]
    with workspace.read() as s:
        email = s.get(Evidence, added.evidence_id)
        assert email is not None and email.details is not None
        assert email.details["subject"] == "Re: order 8179037714690228 - 破损 cracked cases"
        assert email.details["from"] == "Li Wei <sales@huaqiang.example>"
        assert email.details["date"] == "Mon, 16 Nov 2026 09:30:00 +0800"
        assert email.details["inside"] == ["Courier note 8177 (an e-mail)"]
        assert email.captured_at == datetime(2026, 11, 16, 1, 30, tzinfo=UTC)
        for attachment_added in added.attachments:
            attachment = s.get(Evidence, attachment_added.evidence_id)
            assert attachment is not None and attachment.parent_id == email.id
            assert [link.dispute_id for link in attachment.links] == [case.id]
        assert [(h.kind, h.id) for h in search(s, "warehouse complete")] == [("evidence", email.id)]
        assert [(h.kind, h.id) for h in search(s, "退款已经处理")] == [("evidence", email.id)]
        assert [(h.kind, h.id) for h in search(s, "Signed for 40")] == [("evidence", email.id)]  # the attached one
        [listed] = [item for item in list_evidence(s, case) if item.id == email.id]
    assert file_type_words(listed.media_type) == "Outlook e-mail"


def test_a_damaged_outlook_file_is_kept_flagged_with_why(workspace: Workspace, tmp_path: Path) -> None:
    broken = tmp_path / "reply.msg"
    broken.write_bytes(_reply().to_bytes()[:3000])
    [added] = add_files(workspace, [broken], _case(workspace))
    assert added.warning == "it is not a readable Outlook message: the file is damaged or is not an Outlook file"
    assert added.kind is EvidenceKind.OTHER and added.attachments == ()
    assert workspace.vault.has(added.sha256)  # kept whole: it may matter as it is


def test_an_outlook_exhibit_shows_its_headers_attachments_and_body_in_the_claim_packet(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "cracked.jpg").write_bytes(_photo())  # the same bytes as the e-mail's IMG_2231.jpg
    (folder / "reply.msg").write_bytes(_reply().to_bytes())
    case = _case(workspace)
    add_files(workspace, [folder / "cracked.jpg"], case)
    add_files(workspace, [folder / "reply.msg"], case)
    with workspace.read() as s:
        assert s.scalars(select(Evidence).where(Evidence.original_name == "reply.msg")).one().details
    packet = tmp_path / "packet.pdf"
    make_claim_packet(workspace, MakeClaimPacket(case.id, packet, today=date(2026, 11, 23)))
    qpdf_check(packet)

    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(packet).pages]
    mail = next(page for page in pages if "Message-ID" in page)
    for expected in (
        "From Li Wei <sales@huaqiang.example>",
        "To Claims <claims@techbox.example>",
        "Date Mon, 16 Nov 2026 09:30:00 +0800",
        "Subject Re: order 8179037714690228 - 破损 cracked cases",
        "Message-ID <CAKx7v+Q2ZfJ3m8@mail.huaqiang.example>",
        "Courier note 8177 (an e-mail) — kept inside this e-mail's file, not an exhibit",
        "Order 8179037714690228 left our warehouse complete.",
        "您好，退款已经处理。",
    ):
        assert expected in mail, f"{expected!r} is not on the e-mail's page:\n{mail}"
    assert re.search(r"发票 2026-118\.pdf — Exhibit [A-Z]\b", mail), mail
    assert re.search(r"IMG_2231\.jpg — the same file as Exhibit [A-Z]\b", mail), mail
    render(packet, "outlook-exhibit", dpi=70)
