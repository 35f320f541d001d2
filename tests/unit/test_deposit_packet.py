"""The deposit packet on the demo folder: its deposit application with a sealed bank account, one document added in
Chinese and Russian, one internal file and one required document missing; read back with pypdf, checked with qpdf
and rendered with pdftoppm."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from factories import add_files
from keyring_memory import MemoryKeyring, install
from pdfcheck import checks_pdfs, qpdf_check, render, text_of
from pypdf import PdfReader
from sqlalchemy import select

from desk.common import OperationCancelled
from desk.evidence.cases import CaseRef
from desk.models import Audience, ChecklistItem, DepositApplication, Evidence
from desk.operations.packets import MakeDepositPacket, make_deposit_packet
from desk.reports.deposit_packet import SEALED, gather
from desk.sealing import set_sealed
from desk.workspace import Workspace

pytestmark = checks_pdfs

TODAY = date(2026, 11, 23)
IBAN = "DE89 3704 0044 0532 0130 00"
STATEMENT = "Выписка по счёту: депозит не возвращён.\n银行对账单：保证金尚未退还。"
MEMO = "INTERNAL MEMO: ask the agent about a faster refund."


def _prepare(ws: Workspace, tmp: Path) -> int:
    """The demo application with a bank account, a missing required document and an optional one with two files.
    (The demo's documents are its deposit policy's, all met: the missing one is one the platform asked for besides.)"""
    with ws.write() as session:
        application = session.scalars(select(DepositApplication)).one()
        set_sealed(session, application, "bank_account", IBAN)
        missing = ChecklistItem(code="tax_certificate", label="Tax clearance certificate of the company")
        extra = ChecklistItem(code="bank_statement", label="Выписка банка (bank statement)", required=False)
        application.checklist += [missing, extra]
        session.flush()
        application_id, extra_id = application.id, extra.id
    (tmp / "выписка_对账单.txt").write_text(STATEMENT, "utf-8")
    (tmp / "memo.txt").write_text(MEMO, "utf-8")
    case = CaseRef("checklist", extra_id, f"checklist:{extra_id}")
    add_files(ws, [tmp / "выписка_对账单.txt"], case)
    add_files(ws, [tmp / "memo.txt"], case, audience=Audience.COUNSEL)
    return application_id


def test_deposit_packet(demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memory = install(monkeypatch, MemoryKeyring())
    ws = demo_workspace
    application_id = _prepare(ws, tmp_path)
    out = tmp_path / "deposit.pdf"
    seen: list[tuple[int, int]] = []

    request = MakeDepositPacket(application_id, out, today=TODAY)
    with pytest.raises(OperationCancelled):
        make_deposit_packet(ws, request, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob(".deposit.pdf.*"))

    result = make_deposit_packet(ws, request, progress=lambda d, t: seen.append((d, t)))
    assert result.parts == (out,) and result.exhibits == 4 and result.size == out.stat().st_size
    assert seen[-1] == (7, 7) and len(seen) == 7
    qpdf_check(out)
    text = text_of(out)
    with ws.read() as session:
        files = {e.original_name: e.sha256 for e in session.scalars(select(Evidence)) if not e.internal}
    demo_documents = (
        "营业执照_business_licence.pdf",
        "bank_account_confirmation.pdf",
        "legal_representative_passport.pdf",
    )
    for name in (*demo_documents, "выписка_对账单.txt"):
        assert name in text and files[name] in text, name
    assert "Nordic Gadget Outlet Store" in text and "10000.00 CNY" in text
    assert "Deposit refund application" in text and "Bank account holder name" in text
    assert "•••• 3000" in text
    compact = IBAN.replace(" ", "")
    assert IBAN not in text and compact not in text.replace(" ", "")
    raw = out.read_bytes()
    assert IBAN.encode() not in raw and compact.encode() not in raw
    # the IBAN's group on its own; digits around it are something else (the file's date: D:20261206070532)
    assert not re.search(rb"(?<![0-9])0532(?![0-9])", raw)
    assert MEMO not in text and "memo.txt" not in text  # internal evidence stays out
    # The demo's three (its policy's required documents) provided, one missing (required), one provided and one
    # missing (both recommended) in the checklist.
    checklist = " ".join(text[text.index("Document checklist") :].split())  # lines a table wrapped, joined
    assert checklist.count("PROVIDED") == 4 and checklist.count("MISSING") == 2
    assert "Tax clearance certificate of the company" in checklist and "Выписка банка" in checklist
    assert "депозит не возвращён" in text and "保证金尚未退还" in text
    assert "MET" in text and "confirmed on" in text

    reader = PdfReader(out)
    assert result.pages == len(reader.pages) == 7
    pages = [page.extract_text() or "" for page in reader.pages]
    assert all(f"DESK{n:06d}" in page for n, page in enumerate(pages, start=1))
    assert all(f"Doc {n} — 1/1" in pages[n + 2] for n in range(1, 5))
    assert "Doc 4 — выписка_对账单.txt" in pages[6]  # its heading names it as the checklist does
    titles = [str(item.title) for item in reader.outline if not isinstance(item, list)]
    assert titles == ["Cover", "Prerequisites", "Document checklist", "Documents"]
    documents = reader.outline[-1]
    assert isinstance(documents, list)
    assert [str(d.title) for d in documents] == [
        "Doc 1 — 营业执照_business_licence.pdf",
        "Doc 2 — bank_account_confirmation.pdf",
        "Doc 3 — legal_representative_passport.pdf",
        "Doc 4 — выписка_对账单.txt",
    ]
    assert reader.get_destination_page_number(documents[3]) == 6  # type: ignore[arg-type]
    meta = reader.metadata
    assert meta is not None and meta.author == "TechBox Trading UG (haftungsbeschränkt)"
    assert "Nordic Gadget Outlet Store" in (meta.title or "") and "10000.00 CNY" in (meta.subject or "")
    assert len(render(out, "deposit-packet", dpi=70)) == 7

    memory.entries.clear()  # the folder moved to a computer without the key: the packet says so and goes on
    with ws.read() as session:
        rows = dict(gather(session, application_id).rows)
    assert rows["Bank account"] == SEALED and rows["Business licence no."] == "not recorded"
