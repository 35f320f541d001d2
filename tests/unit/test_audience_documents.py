"""Every document is built for one audience (issue 13, point 1): built for every destination from the demo, with
notes and files for our staff only and for our lawyer put into every dispute, nothing but external items reaches a
document for the other side — no such note or file, no letter to our lawyer, no rule trace, rule key, source-file
name or record number — while our lawyer's documents do hold the counsel items (so the filter is not just leaving
everything out) and nothing for our staff only.

(A packet for the platform is what its arbitrator reads; 002_8278cbea450b0445.txt: the dispute is decided on the
evidence both sides give the platform.)"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from folder_copies import Folders
from leaks import leaks
from pdfcheck import needs_pdf_tools
from sqlalchemy import select

from desk.disputes.letter_policy import load_ladder
from desk.errors import DeskError
from desk.models import Audience, DepositApplication, Dispute, DisputeEventKind, Evidence, Order, Refund
from desk.operations.disputes import RecordDisputeEvent, record_dispute_event
from desk.operations.evidence import AddEvidence, add_evidence
from desk.operations.letters import MakeLetter, MarkLetterSent, make_letter, mark_letter_sent
from desk.operations.packets import MakeClaimPacket, MakeDepositPacket, make_claim_packet, make_deposit_packet
from desk.policies.sources import TITLES
from desk.reports.destinations import destinations
from desk.workspace import Workspace

TODAY = date(2026, 12, 5)
STAFF, COUNSEL = "STAFFONLY", "FORCOUNSEL"
# What an external document may not say: our own lawyer, our reading of the rules, where a rule comes from, our
# record numbers (the other side knows the case by the platform's case number and the order's number).
NEVER_OUT = (
    (STAFF, "a note or file for our staff"),
    (COUNSEL, "a note or file for our lawyer"),
    ("Lawyer cover", "the letter to our lawyer"),
    ("counsel", "our lawyer"),
    ("Rule:", "our reading of the platform's rules"),
    ("assumption", "our reading of the platform's rules"),
)
# "evidence 54", not an amount ("to refund 61.60 EUR") nor the platform's case number ("dispute 5009287735120496")
RECORD_NUMBER = re.compile(
    r"\b(?:evidence|letter|refund|event|record|dispute|application|deposit) \d{1,6}\b(?![.,]\d)", re.IGNORECASE
)

pytestmark = needs_pdf_tools  # the documents are read back with pdftotext -layout, line by line


@dataclass(frozen=True)
class Document:
    name: str
    audience: Audience
    text: str  # what Desk wrote: lines of the exhibits' own text (a supplier's chat) left out

    @staticmethod
    def of(name: str, audience: Audience, text: str, exhibits: str) -> Document:
        ours = [line for line in text.splitlines() if not line.strip() or " ".join(line.split()) not in exhibits]
        return Document(name, audience, "\n".join(ours))


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return done.stdout


def _mark_every_dispute(ws: Workspace, tmp_path: Path) -> list[int]:
    with ws.read() as session:
        ids = list(session.scalars(select(Dispute.id).order_by(Dispute.id)))
    for dispute_id in ids:
        for audience, word in ((Audience.INTERNAL, STAFF), (Audience.COUNSEL, COUNSEL)):
            note = f"{word} note {dispute_id}: we think the seller will give in"
            record_dispute_event(
                ws, RecordDisputeEvent(dispute_id, DisputeEventKind.NOTE, TODAY, note=note, audience=audience)
            )
            memo = tmp_path / f"{word.lower()}-memo-{dispute_id}.txt"
            memo.write_text(f"{word} memo of dispute {dispute_id}: settle at half if we must.\n", encoding="utf-8")
            add_evidence(ws, AddEvidence((memo,), f"dispute:{dispute_id}", note=f"{word} memo", audience=audience))
    with ws.write() as session:  # the notes kept on records: for our lawyer, never for the other side
        for order in session.scalars(select(Order)):
            order.notes = f"{COUNSEL} note on the order: the seller's agent is a cousin"
        for refund in session.scalars(select(Refund)):
            refund.notes = f"{COUNSEL} note on the refund: booked late on purpose"
        for application in session.scalars(select(DepositApplication)):
            application.notes = f"{COUNSEL} note on the application: the licence copy is old"
            for prerequisite in application.prerequisites:
                prerequisite.note = f"{COUNSEL} note on the check: asked the agent"
    return ids


def _exhibit_text(ws: Workspace) -> str:
    """The text of every evidence file (a chat, an e-mail): it is the other side's or ours as it was, not Desk's."""
    with ws.read() as session:
        found = list(session.scalars(select(Evidence)))
    texts = [e.text_content or ws.vault.read_bytes(e.sha256).decode("utf-8", "replace") for e in found]
    return "\n".join(" ".join(line.split()) for text in texts for line in text.splitlines())


def _letters(ws: Workspace, dispute_ids: list[int], out: Path, exhibits: str) -> list[Document]:
    made = []
    for dispute_id in dispute_ids:
        for rung in load_ladder().rungs:
            path = out / f"letter-{dispute_id}-{rung.code}.pdf"
            try:
                letter = make_letter(ws, MakeLetter(dispute_id, rung.code, "en", path, today=TODAY, force=True))
            except DeskError:  # a rung that would demand nothing: refused, and rightly
                continue
            mark_letter_sent(ws, MarkLetterSent(letter.letter_id, TODAY, "e-mail"))
            made.append(Document.of(path.name, rung.audience, _text(path), exhibits))
    return made


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory, demo_template: Path, folders: Folders) -> list[Document]:
    """Every document of a copy of the demo, made once for the module's tests (it takes a while)."""
    tmp_path = tmp_path_factory.mktemp("audience")
    out, folder = tmp_path / "out", tmp_path / "demo"
    out.mkdir()
    folders.copy(demo_template, folder)
    with Workspace.open(folder) as ws:
        dispute_ids = _mark_every_dispute(ws, tmp_path)
        exhibits = _exhibit_text(ws)
        made = _letters(ws, dispute_ids, out, exhibits)  # letters first: the packets then list the letters sent
        for dispute_id in dispute_ids:
            for where in destinations():
                path = out / f"packet-{dispute_id}-{where.code}.pdf"
                result = make_claim_packet(ws, MakeClaimPacket(dispute_id, path, where.code, today=TODAY))
                text = "\n".join(_text(part) for part in result.parts)
                audience = Audience.COUNSEL if where.for_counsel else Audience.EXTERNAL
                made.append(Document.of(path.name, audience, text, exhibits))
        with ws.read() as session:
            applications = list(session.scalars(select(DepositApplication.id)))
        for application_id in applications:
            path = out / f"deposit-{application_id}.pdf"
            make_deposit_packet(ws, MakeDepositPacket(application_id, path, today=TODAY))
            made.append(Document.of(path.name, Audience.EXTERNAL, _text(path), exhibits))
    return made


def test_every_kind_of_document_was_made(documents: list[Document]) -> None:
    names = {d.name.split("-")[0] for d in documents}
    assert names == {"letter", "packet", "deposit"}
    assert any(d.audience is Audience.COUNSEL for d in documents)
    assert sum(d.audience is Audience.EXTERNAL for d in documents) > 40


def test_nothing_but_external_items_reaches_the_other_side(documents: list[Document]) -> None:
    found = []
    for d in (d for d in documents if d.audience is Audience.EXTERNAL):
        found += [f"{d.name}: {what} ({word!r})" for word, what in NEVER_OUT if word.lower() in d.text.lower()]
        found += [f"{d.name}: a record number ({m[0]!r})" for m in RECORD_NUMBER.finditer(d.text)]
        found += [f"{d.name}: {leak.what}" for leak in leaks(d.name, d.text)]
        words = " ".join(d.text.split())  # a title may wrap across lines in a table cell
        found += [f"{d.name}: the page one of our rules comes from ({t!r})" for t in TITLES.values() if t in words]
    assert not found, "\n".join(found)


def test_our_lawyers_documents_hold_the_counsel_items_and_nothing_for_our_staff_only(
    documents: list[Document],
) -> None:
    for d in (d for d in documents if d.audience is Audience.COUNSEL):
        assert STAFF not in d.text, d.name
        if d.name.startswith("packet-"):  # our lawyer's packet holds everything counsel may see
            assert COUNSEL in d.text, d.name
