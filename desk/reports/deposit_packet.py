"""The packet for a deposit refund application (`desk packet deposit:N -o FILE.pdf`, seed 003): a cover (who
applies, for which store's deposit, where it stands, its submissions and what arrived), the prerequisites met or not
and why, the document checklist with each document PROVIDED or MISSING and its files' fingerprints, then the
documents themselves ("Doc 1", "Doc 2" … in checklist order), every page with its running number.

The bank account and the business licence number are printed masked, never in full: the packet is an attachment
that travels. Internal evidence never goes in (the packet is meant for the platform). It only reads: its operation
(`desk.operations.packets.make_deposit_packet`) gathers the facts in a read session and hands them here."""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.reports import packet_tables as t
from desk.reports.bates import Numbering
from desk.reports.claim_packet import PacketFiles, Steps
from desk.reports.document import Meta, build_story, page_size, para, write_atomically
from desk.reports.exhibit_pages import ExhibitSource, Rendered, fingerprint, render_exhibit
from desk.reports.flowing import Rows, cut
from desk.reports.packet_tables import Anchor, styled
from desk.reports.stamping import Bookmark, Stamp, add_bookmarks, bates, set_metadata, stamp_pages

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from desk.models import DepositApplication
    from desk.vault import Vault

__all__ = ["DepositFacts", "deposit_packet", "gather"]

SEALED = "sealed — not shown (no key in this computer's keyring)"
SECTIONS = (("cover", "Cover"), ("prerequisites", "Prerequisites"), ("checklist", "Document checklist"))


@dataclass(frozen=True)
class Document:
    """One checklist item: its findings and the files that go into the packet, each as a labelled source."""

    label: str
    required: bool
    source: str | None
    files: tuple[ExhibitSource, ...]


@dataclass(frozen=True)
class DepositFacts:
    application_id: int
    applicant: tuple[str, str, str]  # name, address, contact
    rows: tuple[tuple[str, str], ...]  # the cover's facts
    deposit: str
    arrived: str
    state: str
    submissions: tuple[tuple[str, str, str, str, str], ...]  # seq, submitted, outcome, reason, review window
    arrival: str | None
    prerequisites: tuple[tuple[str, str, bool, str, str | None], ...]  # label, how, met, why, source
    documents: tuple[Document, ...]
    store: str
    platform: str
    bates_prefix: str
    page_size: str
    numbering: Numbering = field(default_factory=Numbering)  # from 1 unless the operation took a range


def _masked(session: Session, application: DepositApplication, field: str) -> str:
    from desk.sealing import masked

    try:
        shown = masked(session, application, field)
    except DeskError:  # no key in the keyring (or no keyring): say so and go on
        return SEALED
    return shown if shown is not None else "not recorded"


def _submissions(shown: dict[str, Any]) -> tuple[tuple[str, str, str, str, str], ...]:
    # The window's dates only: the platform is not told the rule behind them nor the page we read it on.
    out = []
    for s in shown["submissions"]:
        outcome = s["outcome"].value.replace("_", " ")
        if s["decided_on"] is not None:
            outcome += f" on {s['decided_on'].isoformat()}"
        w = s["window"]
        window = f"{w['earliest'].isoformat()} to {w['latest'].isoformat()} ({w['counted']})" if w else "not known"
        out.append((str(s["seq"]), s["submitted_on"].isoformat(), outcome, s["reason"] or "", window))
    return tuple(out)


def gather(session: Session, application_id: int) -> DepositFacts:
    from desk.deposits.applications import get_application
    from desk.deposits.check import check
    from desk.deposits.view import summary
    from desk.policies import load_policies
    from desk.settings import get_str

    application = get_application(session, application_id)
    store = application.store
    shown = summary(session, application, load_policies(session))
    report = check(session, application)
    status = store.status.value + (f" on {store.closed_on.isoformat()}" if store.closed_on else "")
    rows = (
        ("Store", store.name),
        ("Platform", store.platform.label),
        ("Store status", status),
        ("Deposit", str(application.deposit)),
        ("Application", f"{application.state.value.replace('_', ' ')}, created {application.created_on.isoformat()}"),
        ("Bank account", _masked(session, application, "bank_account")),
        ("Business licence no.", _masked(session, application, "licence_no")),
    )
    findings = {f.code: f for f in report.of_kind("document")}
    documents, number = [], 0
    for item in application.checklist:
        files = []
        for evidence in sorted((link.evidence for link in item.evidence_links), key=lambda e: e.id):
            if not evidence.internal:
                number += 1
                files.append(ExhibitSource.of(evidence, f"Doc {number}"))
        documents.append(Document(item.label, item.required, findings[item.code].source, tuple(files)))
    arrival = shown["arrival"]
    return DepositFacts(
        application_id=application.id,
        applicant=(
            get_str(session, "business_name"),
            get_str(session, "business_address"),
            get_str(session, "business_contact"),
        ),
        rows=rows,
        deposit=str(application.deposit),
        arrived="—" if application.arrived is None else str(application.arrived),
        state=application.state.value.replace("_", " "),
        submissions=_submissions(shown),
        arrival=None if arrival is None else f"{arrival['detail']}",
        prerequisites=tuple((f.label, f.how, f.met, f.why, f.source) for f in report.of_kind("prerequisite")),
        documents=tuple(documents),
        store=store.name,
        platform=store.platform.label,
        bates_prefix=get_str(session, "bates_prefix"),
        page_size=get_str(session, "page_size"),
    )


def _cover(facts: DepositFacts, today: date) -> list[Any]:
    from reportlab.platypus import Spacer

    name, address, contact = facts.applicant
    applicant = "\n".join(x for x in (name or "(the business's name is not set)", address, contact) if x)
    out: list[Any] = [
        para("DEPOSIT REFUND APPLICATION", "small"),
        para("Deposit refund application", "title"),
        para(
            f"{facts.platform} store {facts.store} · prepared {today.isoformat()}",
            "small",
        ),
        Spacer(1, 6),
        t.facts_table([("Applicant", applicant), *facts.rows]),
        Spacer(1, 10),
        t.figures([("Deposit", facts.deposit), ("Arrived", facts.arrived), ("Application", facts.state)]),
        Spacer(1, 10),
        para("Submissions", "h2"),
    ]
    if facts.submissions:
        rows = Rows([30, 62, 95, 140, t.WIDTH - 327], t.PADDING)
        rows.add([para(h, "cell_bold") for h in ("No.", "Submitted", "Outcome", "Reason", "Review window")])
        for row in facts.submissions:
            rows.add([para(v, "cell") for v in row])
        out.append(t.ruled(rows))
    else:
        out.append(para("Not submitted yet.", "cell"))
    out += [para("Arrival", "h2"), para(facts.arrival or "Nothing has arrived yet.", "cell")]
    return out


def _prerequisites(facts: DepositFacts) -> list[Any]:
    # For the platform: what holds and why, not how Desk checked it nor our reading of which page asks for it.
    rows = Rows([160, 60, t.WIDTH - 160 - 60], t.PADDING)
    rows.add([para(h, "cell_bold") for h in ("Prerequisite", "Status", "Why")])
    for label, _how, met, why, _source in facts.prerequisites:
        status = para("MET", "cell_bold") if met else styled("NOT MET", "alarm")
        rows.add([para(label, "cell"), status, para(why, "cell")])
    return [para("Prerequisites", "h1"), t.ruled(rows)]


KEPT_TOGETHER = 4  # rows of a document and its files' fingerprints that a page break never parts


def _checklist(facts: DepositFacts) -> list[Any]:
    rows = Rows([160, 75, 65, t.WIDTH - 300], t.PADDING)
    rows.add([para(h, "cell_bold") for h in ("Document", "Required", "Status", "Files")])
    spanned = [160, t.WIDTH - 160, 0, 0]  # a fingerprint spans the columns after the document's
    extra: list[tuple[Any, ...]] = []
    for doc in facts.documents:
        about = [para(doc.label, "cell")]
        status = para("PROVIDED", "cell_bold") if doc.files else styled("MISSING", "alarm")
        names = ", ".join(f"{f.label}: {f.name}" for f in doc.files) or "none"
        start, end = rows.add([about, para("required" if doc.required else "recommended", "cell"), status,
                               para(names, "cell")])  # fmt: skip
        for f in doc.files:  # each file's fingerprint on a line of its own, under the document it belongs to
            cells = ["", [para(f"{f.label} · {f.name}", "small"), para(fingerprint(f, False), "mono")], "", ""]
            below, end = rows.add(cells, spanned)
            extra += [("SPAN", (1, n), (-1, n)) for n in range(below, end + 1)]
            extra.append(("TOPPADDING", (0, below), (-1, below), 0))
        rows.inner.extend(range(start, end))  # a document and its files: no rule between them
        # A few rows stay together on one page; a document with many files, or long names, goes over pages.
        if end - start < KEPT_TOGETHER:
            extra.append(("NOSPLIT", (0, start), (-1, end)))
    return [para("Document checklist", "h1"), t.ruled(rows, extra=extra)]


def _front(facts: DepositFacts, today: date, size: tuple[float, float]) -> tuple[Any, dict[str, int]]:
    from pypdf import PdfReader
    from reportlab.platypus import PageBreak

    found: dict[str, int] = {}
    parts = {"cover": _cover(facts, today), "prerequisites": _prerequisites(facts), "checklist": _checklist(facts)}
    story: list[Any] = []
    for key, flowables in parts.items():
        story += ([PageBreak()] if story else []) + [Anchor(flowables[0], key, found), *flowables[1:]]
    data = build_story(story, size, Meta("Deposit refund application", "Desk", ""))
    return PdfReader(io.BytesIO(data)), found


def _documents(rendered: list[tuple[Rendered, str]], size: tuple[float, float]) -> list[tuple[Any, list[int], bool]]:
    """Each document's pages as (reader, page indexes): a PDF's own pages, or pages Desk lays out in one story."""
    from pypdf import PdfReader
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    found: dict[str, int] = {}
    for n, (item, heading) in enumerate(rendered):
        if item.flowables:  # the heading names it as the checklist does, not "Exhibit …"
            title = cut(para(heading, "h1"))  # a description of any length: its first lines mark the page
            story += ([PageBreak()] if story else []) + [Anchor(title[0], str(n), found), *title[1:]]
            story += item.flowables[1:]
    made = PdfReader(io.BytesIO(build_story(story, size, Meta("documents", "Desk", "")))) if story else None
    # Each laid-out document runs from its first page to the next one's first page (or the end).
    firsts = sorted((page - 1, int(key)) for key, page in found.items())
    following = [page for page, _ in firsts[1:]] + ([len(made.pages)] if made is not None else [])
    ends = {n: end for (_, n), end in zip(firsts, following, strict=True)}
    out = []
    for n, (item, _) in enumerate(rendered):
        if item.reader is not None:
            out.append((item.reader, list(range(len(item.reader.pages))), True))
        else:
            first = found[str(n)] - 1
            out.append((made, list(range(first, ends[n])), False))
    return out


def deposit_packet(facts: DepositFacts, vault: Vault, out: Path, today: date, step: Steps) -> PacketFiles:
    """Make the packet of the application in `facts` and write it to `out` (atomically). `step` counts one step
    for the facts gathered, one per document file, one for the PDF built and one for the file written."""
    from pypdf import PdfWriter

    files = [f for doc in facts.documents for f in doc.files]
    step.total += len(files)
    step()
    size = page_size(facts.page_size)
    rendered = []
    for f in files:
        item = render_exhibit(f, vault.path_for(f.sha256), for_counsel=False)
        rendered.append((item, f"{f.label} — {f.description or f.name}"))
        step()
    # The checklist says what a PDF's copy was cleaned of, which is known once it is read (the files in their order).
    shown = iter([item.source for item, _ in rendered])
    documents = tuple(replace(doc, files=tuple(next(shown) for _ in doc.files)) for doc in facts.documents)
    facts = replace(facts, documents=documents)
    front, sections = _front(facts, today, size)
    writer = PdfWriter()
    stamps: list[Stamp] = []
    marks: list[Bookmark] = []
    short = f"Deposit refund · {facts.platform} {facts.store}"
    first = facts.numbering.first
    for page in front.pages:
        writer.add_page(page)
        stamps.append(Stamp(bates(facts.bates_prefix, first + len(stamps)), short))
    marks += [Bookmark(title, sections[key] - 1) for key, title in SECTIONS if key in sections]
    children, ranges = [], []
    for f, (reader, indexes, foreign) in zip(files, _documents(rendered, size), strict=True):
        children.append(Bookmark(f"{f.label} — {f.name}", len(writer.pages)))
        ranges.append([(first + len(stamps), first + len(stamps) + len(indexes) - 1)] if indexes else [])
        for k, index in enumerate(indexes, start=1):
            writer.add_page(reader.pages[index])
            label = f"{f.label} — {k}/{len(indexes)}"
            # Someone else's PDF page may reach the edge: its content is shrunk to free the stamp band.
            stamps.append(Stamp(bates(facts.bates_prefix, first + len(stamps)), label, None, foreign))
    facts.numbering.settle(ranges)
    if children:
        marks.append(Bookmark("Documents", children[0].page, tuple(children)))
    stamp_pages(writer, stamps)
    add_bookmarks(writer, marks)
    author = facts.applicant[0] or "Desk"
    subject = f"Refund of the {facts.deposit} deposit of the {facts.platform} store {facts.store}"
    set_metadata(writer, Meta(f"Deposit refund application: {facts.store}", author, subject))
    buffer = io.BytesIO()
    writer.write(buffer)
    step()
    step.check()
    write_atomically(out, buffer.getvalue())
    step()
    return PacketFiles((out,), len(writer.pages), len(files), out.stat().st_size)
