"""The front of a claim packet, what an arbitrator reads first: the cover (who claims what from whom, the amounts,
the deadline that matters now, the contents), the statement of facts, the timeline, the payment breakdown and the
index of exhibits; and the short cover that opens each part of a split packet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from desk.reports import packet_tables as t
from desk.reports.document import para
from desk.reports.exhibit_pages import ExhibitSource, paragraphs
from desk.reports.packet_facts import PacketFacts
from desk.reports.stamping import bates

SECTIONS = (
    ("statement", "Statement of facts"),
    ("timeline", "Timeline"),
    ("payments", "Payment breakdown"),
    ("index", "Index of exhibits"),
)
COUNSEL_WARNING = (
    "Privileged and confidential — prepared for counsel. This packet includes internal notes and evidence marked "
    "INTERNAL: do not send it to the supplier, the platform or a payment provider."
)


@dataclass(frozen=True)
class Span:
    """Pages of one exhibit in one part: its pages `first`..`last` of `of`, running numbers `start`..`end`."""

    part: int
    first: int
    last: int
    of: int
    start: int
    end: int

    def numbers(self, prefix: str) -> str:
        return bates(prefix, self.start) + (f" – {bates(prefix, self.end)}" if self.end != self.start else "")

    def pages(self) -> str:
        if self.first == 1 and self.last == self.of:
            return f"{self.of} page{'s' if self.of != 1 else ''}"
        return (
            f"pages {self.first}–{self.last} of {self.of}"
            if self.first != self.last
            else f"page {self.first} of {self.of}"
        )


def _cover(facts: PacketFacts, contents: Mapping[str, int], first_exhibit: int | None, parts: int) -> list[Any]:
    name, address, contact = facts.claimant
    claimant = [name or "(the business's name is not set)", address, contact]
    supplier = [facts.supplier[0], facts.supplier[1] or "", facts.supplier[2] or ""]
    number, item, sku, qty, unit, amount = facts.line
    dates = " · ".join(f"{what} {on.isoformat()}" for what, on in facts.order_dates if on is not None)
    status = f"{facts.state}, opened {facts.opened_on.isoformat()}" + (
        f"; outcome: {facts.outcome}" if facts.outcome else ""
    )
    rows = [
        ("Platform", facts.platform + (f" · case no. {facts.case_no}" if facts.case_no else "")),
        ("Order", f"{facts.order_no} — {dates}"),
        (
            "Disputed line",
            f"Line {number}: {item}" + (f" (SKU {sku})" if sku else "") + f" — {qty} × {unit} = {amount}",
        ),
        ("Reason", facts.reason),
        ("What is wanted", f"{facts.want}: {facts.claimed}"),
        ("Dispute", status),
    ]
    if facts.tracking:
        rows.insert(2, ("Tracking", ", ".join(facts.tracking)))
    out: list[Any] = [
        para("CLAIM PACKET", "small"),
        para(facts.name, "title"),
        para(
            f"Prepared {facts.today.isoformat()} for: {facts.destination}" + (f" · {parts} parts" if parts > 1 else ""),
            "small",
        ),
        Spacer(1, 6),
    ]
    if facts.for_counsel:
        out += [t.notice(COUNSEL_WARNING, alarm=True), Spacer(1, 8)]
    out += [t.parties(claimant, supplier), Spacer(1, 10), t.facts_table(rows), Spacer(1, 10)]
    won = "—" if facts.won is None else str(facts.won)
    out += [
        t.figures(
            [
                ("Paid for the line", str(facts.paid_for_line)),
                ("Claimed", str(facts.claimed)),
                ("Refunded so far", str(facts.refunded)),
                ("Won", won),
            ]
        ),
        Spacer(1, 10),
    ]
    out += [t.deadline_box(facts.deadline, facts.today), Spacer(1, 12)]
    listed = [(title, contents.get(key)) for key, title in SECTIONS]
    if first_exhibit is not None:
        listed.append((f"Exhibits ({len(facts.exhibits)})", first_exhibit))
    out += [
        para("Contents", "h2"),
        t.contents([(title, bates(facts.bates_prefix, n) if n else "") for title, n in listed]),
    ]
    return out


def _index_rows(
    facts: PacketFacts, placements: Sequence[Sequence[Span]], parts: int
) -> list[tuple[ExhibitSource, str]]:
    rows = []
    for source, spans in zip(facts.exhibits, placements, strict=True):
        where = [(f"Part {s.part}: " if parts > 1 else "") + s.numbers(facts.bates_prefix) for s in spans]
        total = spans[0].of if spans else 0
        rows.append((source, "\n".join(where) + f"\n({total} page{'s' if total != 1 else ''})"))
    return rows


def front_matter(
    facts: PacketFacts,
    placements: Sequence[Sequence[Span]],
    contents: Mapping[str, int],
    parts: int,
    found: dict[str, int],
) -> list[Any]:
    """The story of the front matter. `contents` gives each section's running number (from the previous layout);
    `found` receives each section's page in this document as it is laid out."""
    first_exhibit = min((s.start for spans in placements for s in spans), default=None)
    story = _cover(facts, contents, first_exhibit, parts)
    story += [PageBreak(), t.Anchor(para("Statement of facts", "h1"), "statement", found)]
    if facts.statement:
        story += paragraphs(facts.statement, "body", limit=None)  # all of it: it is the user's, printed nowhere else
    else:
        story.append(para("No statement of facts has been written for this dispute yet.", "small"))
    story += [Spacer(1, 8), CondPageBreak(120), t.Anchor(para("Timeline", "h1"), "timeline", found)]
    story.append(t.timeline(facts.timeline, facts.for_counsel))
    story += [Spacer(1, 8), CondPageBreak(160), t.Anchor(para("Payment breakdown", "h1"), "payments", found)]
    story += t.payments(facts)
    story += [PageBreak(), t.Anchor(para("Index of exhibits", "h1"), "index", found)]
    story.append(
        para(
            f"Each exhibit page carries its label and page (\u201cExhibit C — 2/5\u201d) and every page of this packet "
            f"a running number ({bates(facts.bates_prefix, facts.numbering.first)} …). The SHA-256 fingerprint "
            "identifies each file as Desk keeps it: the same file always has the same fingerprint.",
            "small",
        )
    )
    if facts.exhibits:
        story.append(t.exhibit_index(_index_rows(facts, placements, parts), facts.bates_prefix, facts.for_counsel))
    else:
        story.append(para("No evidence is linked to this dispute, its order or its refunds yet.", "body"))
    return story


def part_cover(
    facts: PacketFacts, part: int, parts: int, numbers: tuple[int, int], held: Sequence[tuple[ExhibitSource, Span]]
) -> list[Any]:
    """The first page(s) of part `part` of a split packet: which part, its running numbers, its own index."""
    prefix = facts.bates_prefix
    story: list[Any] = [
        para(f"CLAIM PACKET — PART {part} OF {parts}", "small"),
        para(facts.name, "title"),
        para(
            f"This part: {bates(prefix, numbers[0])}–{bates(prefix, numbers[1])} "
            f"({numbers[1] - numbers[0] + 1} pages). "
            + (
                "After this page come the cover, the statement of facts, the timeline, the payment breakdown and the "
                "index of all exhibits, then the exhibits below."
                if part == 1
                else "Part 1 holds the cover, the statement of facts, the timeline, the payment breakdown and the "
                "index of all exhibits."
            ),
            "body",
        ),
    ]
    if facts.for_counsel:
        story += [t.notice(COUNSEL_WARNING, alarm=True), Spacer(1, 6)]
    story.append(para("Exhibits in this part", "h2"))
    rows = []
    for source, span in held:
        continued = " (continued)" if span.first > 1 else ""
        rows.append((source, f"{span.numbers(prefix)}\n{span.pages()}{continued}"))
    story.append(t.exhibit_index(rows, prefix, facts.for_counsel) if rows else para("No exhibits.", "small"))
    return story
