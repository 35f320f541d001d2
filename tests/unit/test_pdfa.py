"""Archival PDFs (issue 13, point 6; reports/pdfa.py): a packet whose exhibit brings a font it does not embed is
not claimed PDF/A and its message says which exhibit; the metadata holds user text as typed and the real date;
a CMYK image keeps the claim off too."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import add_files, dispute, helvetica_pdf, order
from pdfcheck import archival_check, checks_pdfs, text_of, xmp_of
from pypdf import PdfReader

from desk.evidence.cases import CaseRef
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.reports.document import Meta, build_story, para
from desk.reports.pdfa import Archival, archival, finish
from desk.reports.pdfa_pages import status
from desk.workspace import Workspace

TODAY = date(2026, 11, 23)
pytestmark = checks_pdfs


def packet_of(ws: Workspace, tmp_path: Path, files: dict[str, bytes]) -> tuple[Path, str]:
    with ws.write() as s:
        o = order(s, lines=(("Phone case, clear", 40, 250),))
        d = dispute(s, o.lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        dispute_id = d.id
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        add_files(ws, [path], CaseRef("dispute", dispute_id, "d"))
    out = tmp_path / f"packet-{dispute_id}.pdf"
    made = make_claim_packet(ws, MakeClaimPacket(dispute_id, out, today=TODAY))
    return out, made.message


def test_an_exhibit_with_a_font_it_does_not_embed_keeps_the_packet_from_claiming_pdfa(
    workspace: Workspace, tmp_path: Path
) -> None:
    out, message = packet_of(workspace, tmp_path, {"invoice.pdf": helvetica_pdf(), "note.txt": b"Seller: no reply."})
    claimed, where, problems = status(out)
    assert not claimed and problems == ("fonts it does not include (Helvetica)",)
    assert len(where) == 1 and where[0].startswith("Exhibit A") and "invoice.pdf" in where[0]
    assert "Not marked as archival (PDF/A): Exhibit A" in message and "(Helvetica)" in message, message
    archival_check(out, claimed=False)  # all else archival: 1.7, XMP and Info agree, output intent, identifier
    assert "Invoice 2026-118" in text_of(out)  # the page placed as it is, not redrawn


def test_a_packet_of_our_own_pages_and_photos_claims_pdfa(workspace: Workspace, tmp_path: Path) -> None:
    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(photo, "JPEG")
    out, message = packet_of(workspace, tmp_path, {"photo.jpg": photo.getvalue(), "chat.txt": "卖家：已发货".encode()})
    assert status(out)[0] and "archival" not in message
    archival_check(out)


def test_metadata_keeps_user_text_as_typed_and_the_time_it_was_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2026, 12, 6, 9, 30, tzinfo=UTC).timestamp())))
    meta = Meta("Claim: A&B <Ltd> — 深圳", "Анна & Co", "a <subject>", ("dispute 4",))
    data = archival(build_story([para("Hello")], (595, 842), meta), meta)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == "Claim: A&B <Ltd> — 深圳"
    assert reader.metadata["/CreationDate"] == "D:20261206093000+00'00'"
    root = xmp_of_bytes(data)
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    assert root.find(".//dc:creator/rdf:Seq/rdf:li", ns).text == "Анна & Co"
    assert root.find(".//dc:title/rdf:Alt/rdf:li", ns).text == "Claim: A&B <Ltd> — 深圳"


def xmp_of_bytes(data: bytes) -> object:
    from tempfile import NamedTemporaryFile

    # Closed before it is read: Windows lets no one else open a temporary file while it is open
    with NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(data)
    try:
        return xmp_of(Path(f.name))
    finally:
        Path(f.name).unlink()


def test_a_cmyk_image_keeps_the_claim_off() -> None:
    from PIL import Image
    from reportlab.platypus import Image as Picture

    jpeg = io.BytesIO()
    Image.new("CMYK", (32, 32), (0, 200, 200, 0)).save(jpeg, "JPEG")
    jpeg.seek(0)
    meta = Meta("Photo", "Desk", "")
    data = archival(build_story([Picture(jpeg, 64, 64)], (595, 842), meta), meta)
    reader = PdfReader(io.BytesIO(data))
    assert b"pdfaid:part" not in reader.root_object["/Metadata"].get_object().get_data()


def test_links_print_and_javascript_is_left_out() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    meta = Meta("Links", "Desk", "")
    made = build_story([para("See the store page")], (595, 842), meta)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(made)))
    writer.add_uri(0, "https://www.aliexpress.com/store/1102345678", (72, 700, 300, 720))
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")})
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(action)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = archival(buffer.getvalue(), meta)
    reader = PdfReader(io.BytesIO(data))
    (link,) = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert int(link["/F"]) & 4 and link["/A"]["/URI"] == "https://www.aliexpress.com/store/1102345678"
    assert "/OpenAction" not in reader.root_object and b"/JavaScript" not in data


def test_a_page_in_lzw_keeps_the_claim_off() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    meta = Meta("Old scan", "Desk", "")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_story([para("An old scan")], (595, 842), meta))))
    content = writer.pages[0]["/Contents"].get_object()
    content[NameObject("/Filter")] = NameObject("/LZWDecode")  # as a 1990s scanner wrote it (not decoded here)
    assert finish(writer, meta) == Archival(False, ("an old compression (LZW) the archival format does not allow",))
