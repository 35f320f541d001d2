"""Long content flows over pages (issue 20, "High": a table cell taller than a page stopped the claim packet and the
lawyer's export with ReportLab's LayoutError). Each case makes its hostile data through the operation layer and the
factories, then one claim packet and one export, and reads the PDFs back: nothing of the long content is lost.

- a note of 100,000 characters of prose, and one of a single unbroken token of 100,000 characters;
- an e-mail exhibit with 1,000 attachments;
- an order with 10,000 tracking numbers;
- a deposit packet whose checklist document holds files with very long names, and an escalation letter whose
  recipient and exhibit descriptions are very long (the same kind of cell, in the other PDFs Desk makes)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import zipfile
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from factories import add_files, dispute, order, supplier
from keyring_memory import MemoryKeyring, install
from pdfcheck import checks_pdfs, render
from pypdf import PdfReader
from sqlalchemy import insert

from desk.db import defer_foreign_keys
from desk.deposits.applications import create_application
from desk.disputes.lifecycle import record_event
from desk.evidence.cases import CaseRef
from desk.models import ChecklistItem, Dispute, DisputeEventKind, Platform, TrackingNumber
from desk.money import Money
from desk.operations.bundles import ExportBundle, export_bundle
from desk.operations.letters import MakeLetter, make_letter
from desk.operations.packets import MakeClaimPacket, MakeDepositPacket, make_claim_packet, make_deposit_packet
from desk.settings import set_setting
from desk.workspace import Workspace

pytestmark = checks_pdfs

TODAY = date(2026, 11, 23)
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"  # nothing else in these PDFs is Cyrillic: the token is all of it


@pytest.fixture(autouse=True)
def keyring_for_signing(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, MemoryKeyring())


ORDER_ID = 41


def _case(ws: Workspace, note: str | None = None, tracking: int = 0) -> int:
    """A dispute on an order of a supplier with a Latin name, with `note` recorded on it and `tracking` numbers."""
    with ws.write() as s:
        if tracking:
            # The search index re-reads an order's whole list of tracking numbers for each one added: ten thousand
            # added to an order take three minutes here (1,000: 1.6 s, 2,000: 7.5 s, 4,000: 27 s). Written before
            # their order, in one statement, they are indexed once, with the order.
            defer_foreign_keys(s)
            rows = [{"order_id": ORDER_ID, "number": _tracking(n), "carrier": "Cainiao"} for n in range(tracking)]
            s.execute(insert(TrackingNumber), rows)
        o = order(s, id=ORDER_ID, seller=supplier(s, name="Example Trading Co."), order_no="8100000000000001")
        d = dispute(s, o.lines[0], opened_on=date(2026, 10, 20))
        s.flush()
        if note is not None:
            record_event(s, d, DisputeEventKind.NOTE, date(2026, 10, 22), note=note)
        return d.id


def _tracking(n: int) -> str:
    return f"LP{n:012d}CN"


def _packet_and_export(ws: Workspace, dispute_id: int, folder: Path) -> tuple[Path, Path]:
    """One claim packet and one export of the dispute: the packet, and the export's summary.pdf."""
    packet = folder / "packet.pdf"
    make_claim_packet(ws, MakeClaimPacket(dispute_id, packet, today=TODAY))
    bundle = folder / "bundle.zip"
    export_bundle(ws, ExportBundle(bundle, (CaseRef("dispute", dispute_id, f"dispute {dispute_id}"),), today=TODAY))
    summary = folder / "summary.pdf"
    with zipfile.ZipFile(bundle) as opened:
        summary.write_bytes(opened.read("summary.pdf"))
    return packet, summary


def _text(path: Path) -> str:
    """The PDF's text: Poppler's pdftotext where it is (fast), else pypdf's (the Windows lane)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
        return done.stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_a_note_of_100000_characters_of_prose_is_printed_whole(workspace: Workspace, tmp_path: Path) -> None:
    words = [f"w{n:05d}" for n in range(14_286)]  # "w00000 w00001 …": every word can be found, in its order
    note = " ".join(words)
    assert len(note) >= 100_000
    dispute_id = _case(workspace, note)
    packet, summary = _packet_and_export(workspace, dispute_id, tmp_path)
    for pdf in (packet, summary):
        assert re.findall(r"w\d{5}", _text(pdf)) == words, f"{pdf.name} lost or reordered words of the note"
    # The timeline's page reads well: checked by eye (the note runs down its column, the table's header repeats).
    render(packet, "long-note-packet", first=2, last=3, dpi=50)


def test_a_note_of_one_unbroken_token_of_100000_characters_wraps_whole(workspace: Workspace, tmp_path: Path) -> None:
    token = "".join(random.Random(20).choices(CYRILLIC, k=100_000))  # no space anywhere, no repeating pattern
    dispute_id = _case(workspace, token)
    packet, summary = _packet_and_export(workspace, dispute_id, tmp_path)
    for pdf in (packet, summary):
        shown = "".join(char for char in _text(pdf) if char in CYRILLIC)
        assert shown == token, f"{pdf.name} shows {len(shown)} of the token's {len(token)} characters, or not in order"
        width = max(float(page.mediabox.width) for page in PdfReader(pdf).pages)
        assert width < 700, "the token was printed on a page widened to hold it"


def test_an_email_with_1000_attachments_makes_a_packet_and_an_export(workspace: Workspace, tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Sales <sales@example.com>"
    message["To"] = "Claims <claims@example.org>"
    message["Subject"] = "The photos of every unit"
    message["Message-ID"] = "<thousand@example.com>"
    message.set_content("All the files are attached.\n")
    names = [f"unit-{n:04d}.bin" for n in range(1000)]
    # The same bytes under every name: one exhibit, so that the test lays out the e-mail's list of a thousand, not
    # a thousand exhibit pages (adding the e-mail alone takes 15 s: 15 ms an attachment).
    for name in names:
        message.add_attachment(b"unit", maintype="application", subtype="octet-stream", filename=name)
    mail = tmp_path / "thousand.eml"
    mail.write_bytes(message.as_bytes(policy=SMTP))
    dispute_id = _case(workspace)
    add_files(workspace, [mail], CaseRef("dispute", dispute_id, "d"))
    packet, summary = _packet_and_export(workspace, dispute_id, tmp_path)
    pages = _text(packet).split("\f")
    mail_pages = [n for n, page in enumerate(pages) if "unit-" in page and "Exhibit" in page]
    listed = re.findall(r"(unit-\d{4}\.bin) — (?:Exhibit|the same file as Exhibit) [A-Z]+\b", "\f".join(pages))
    assert listed == names, "the e-mail's page does not list every attachment, in order, with its exhibit"
    assert len(mail_pages) > 5  # the list went on over pages, under the e-mail's headers
    assert "unit-0000.bin" in _text(summary)  # the export names the attachment's exhibit by its first name


def test_an_order_with_10000_tracking_numbers_makes_a_packet_and_an_export(
    workspace: Workspace, tmp_path: Path
) -> None:
    dispute_id = _case(workspace, tracking=10_000)
    packet, summary = _packet_and_export(workspace, dispute_id, tmp_path)
    expected = {_tracking(n) for n in range(10_000)}
    for pdf in (packet, summary):
        assert set(re.findall(r"LP\d{12}CN", _text(pdf))) == expected, f"{pdf.name} lost tracking numbers"


def _words(count: int, first: str = "w") -> list[str]:
    return [f"{first}{n:05d}" for n in range(count)]


@pytest.mark.sqlite_only("keeps texts longer than a team server's columns take (it refuses them)")
def test_a_deposit_packet_with_a_long_document_name_and_description_is_made_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    label, described = _words(3000, "l"), _words(6000, "d")  # 21,000 and 42,000 characters
    with workspace.write() as s:
        application, _ = create_application(
            s, "Example Store", Platform.ALIEXPRESS, Money.of("1000.00", "CNY"), date(2026, 9, 20)
        )
        item = ChecklistItem(code="other", label=" ".join(label), required=False)
        application.checklist.append(item)
        s.flush()
        application_id, item_id = application.id, item.id
    document = tmp_path / "document.txt"
    document.write_text("The document.", "utf-8")
    add_files(workspace, [document], CaseRef("checklist", item_id, "the document"), note=" ".join(described))
    packet = tmp_path / "deposit.pdf"
    make_deposit_packet(workspace, MakeDepositPacket(application_id, packet, today=TODAY))
    text = _text(packet)
    assert re.findall(r"l\d{5}", text) == label, "the checklist lost words of the document's name"
    # The description heads the document's page, and is printed below its heading as every exhibit's is.
    assert re.findall(r"d\d{5}", text) == described * 2, "the document's page lost words of its description"


@pytest.mark.sqlite_only("keeps texts longer than a team server's columns take (it refuses them)")
def test_an_escalation_letter_with_a_long_address_and_exhibit_description_is_made_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    contact, described = _words(3000, "c"), _words(6000, "d")
    dispute_id = _case(workspace)
    photo = tmp_path / "box.txt"
    photo.write_text("The box as it came.", "utf-8")
    add_files(workspace, [photo], CaseRef("dispute", dispute_id, "d"), note=" ".join(described))
    with workspace.write() as s:
        set_setting(s, "business_name", "Claims Desk Ltd")
        s.get_one(Dispute, dispute_id).order_line.order.supplier.contact = " ".join(contact)
    letter = tmp_path / "letter.pdf"
    make_letter(workspace, MakeLetter(dispute_id, "formal_demand", "en", letter, TODAY, force=True))
    text = _text(letter)
    assert re.findall(r"c\d{5}", text) == contact, "the letter lost words of the supplier's contact"
    assert re.findall(r"d\d{5}", text) == described, "the letter's list of exhibits lost words of a description"
