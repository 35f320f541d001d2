"""A PDF exhibit that cannot be read is named in the packet in plain words: the packet goes to the platform or the
supplier, who must not read our reader's error (its class name, its internals); the details go to our log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factories import add_files, dispute, order, supplier
from pypdf import PdfReader

from desk.evidence.cases import CaseRef
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.workspace import Workspace


def test_a_damaged_pdf_exhibit_is_described_in_plain_words(workspace: Workspace, tmp_path: Path) -> None:
    damaged = tmp_path / "invoice.pdf"
    damaged.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"\x00\xff" * 200)
    with workspace.write() as s:
        d = dispute(s, order(s, seller=supplier(s), order_no="77002").lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        dispute_id = d.id
    add_files(workspace, [damaged], CaseRef("dispute", dispute_id, "d"))
    packet = tmp_path / "packet.pdf"
    make_claim_packet(workspace, MakeClaimPacket(dispute_id, packet, today=date(2026, 11, 23)))

    text = " ".join((page.extract_text() or "") for page in PdfReader(packet).pages)
    text = " ".join(text.split())
    assert "cannot be read (it is damaged, or not a PDF), so its pages are not reproduced here" in text
    assert "Error" not in text and "pypdf" not in text.lower()
