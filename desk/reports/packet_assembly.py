"""Putting a claim packet's parts together: running numbers for every page, the front and the part covers laid
out until their lengths settle, then each part's pages merged, stamped, bookmarked and given its metadata."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, PdfWriter

from desk.reports.destinations import Destination
from desk.reports.document import Meta, build_story
from desk.reports.packet_facts import PacketFacts
from desk.reports.packet_front import SECTIONS, Span, front_matter, part_cover
from desk.reports.packet_split import Chunk
from desk.reports.stamping import Bookmark, Stamp, add_bookmarks, set_metadata, stamp_pages

ROUNDS = 6  # layouts of the front until its length and its page numbers stop changing (two or three in practice)


@dataclass(frozen=True)
class Piece:
    """One exhibit page: the PDF it is in, its index there, whether it is someone else's page (it may reach the
    edge: the stamp makes room), and the bytes it is expected to add to a part."""

    reader: Any
    index: int
    foreign: bool
    size: int


@dataclass
class Layout:
    plan: list[list[Chunk]]
    spans: list[list[Span]]  # per exhibit, one per part it is in
    held: list[list[tuple[Chunk, Span]]]  # per part
    starts: list[int]  # the running number of each part's first page
    covers: list[Any] = field(default_factory=list)  # per part: a reader of its cover (split packets only)
    front: Any = None  # a reader of the front matter
    sections: dict[str, int] = field(default_factory=dict)  # section → page of the front (from 1)

    @property
    def split(self) -> bool:
        return len(self.plan) > 1


def _render(story: list[Any], size: tuple[float, float], title: str) -> Any:
    return PdfReader(io.BytesIO(build_story(story, size, Meta(title, "Desk", ""))))


def _number(
    pieces: Sequence[Sequence[Piece]], plan: list[list[Chunk]], covers: list[int], front: int, first: int
) -> tuple[list[list[Span]], list[list[tuple[Chunk, Span]]], list[tuple[int, int]]]:
    """Each exhibit's spans, each part's chunks with their spans, and each part's first and last running number,
    counting from `first` (the production's range, taken from the business's register)."""
    spans: list[list[Span]] = [[] for _ in pieces]
    held: list[list[tuple[Chunk, Span]]] = []
    starts = []
    number = first
    for k, chunks in enumerate(plan):
        starts.append(number)
        number += covers[k] + (front if k == 0 else 0)
        held.append([])
        for chunk in chunks:
            span = Span(
                k + 1,
                chunk.first + 1,
                chunk.first + chunk.count,
                len(pieces[chunk.exhibit]),
                number,
                number + chunk.count - 1,
            )
            spans[chunk.exhibit].append(span)
            held[-1].append((chunk, span))
            number += chunk.count
    ranges = [(start, end - 1) for start, end in zip(starts, [*starts[1:], number], strict=True)]
    return spans, held, ranges


def lay_out(
    facts: PacketFacts, pieces: Sequence[Sequence[Piece]], plan: list[list[Chunk]], size: tuple[float, float]
) -> Layout:
    """Number every page and lay out the front and the part covers with those numbers."""
    covers = [1 if len(plan) > 1 else 0] * len(plan)
    front_pages, contents = 3, dict[str, int]()
    for _ in range(ROUNDS):
        spans, held, ranges = _number(pieces, plan, covers, front_pages, facts.numbering.first)
        facts.numbering.settle([[(s.start, s.end) for s in exhibit] for exhibit in spans])
        starts = [first for first, _ in ranges]
        layout = Layout(plan, spans, held, starts)
        found: dict[str, int] = {}
        layout.front = _render(front_matter(facts, spans, contents, len(plan), found), size, facts.name)
        layout.sections = found
        if layout.split:
            for k in range(len(plan)):
                held_here = [(facts.exhibits[c.exhibit], s) for c, s in held[k]]
                story = part_cover(facts, k + 1, len(plan), ranges[k], held_here)
                layout.covers.append(_render(story, size, facts.name))
        front_start = starts[0] + covers[0]
        settled = {key: front_start + page - 1 for key, page in found.items()}
        counts = [len(c.pages) for c in layout.covers] or covers
        if len(layout.front.pages) == front_pages and counts == covers and settled == contents:
            return layout
        front_pages, covers, contents = len(layout.front.pages), counts, settled
    return layout


def _meta(facts: PacketFacts, dest: Destination, part: int, parts: int) -> Meta:
    title = facts.name + (f" (part {part} of {parts})" if parts > 1 else "")
    subject = f"Claim for {facts.claimed}: {facts.reason.lower()} — packet for {dest.name}"
    keywords = [f"dispute {facts.dispute_id}", facts.order_no] + ([facts.case_no] if facts.case_no else [])
    return Meta(f"Claim packet: {title}", facts.author, subject, keywords)


def assemble_part(
    facts: PacketFacts, pieces: Sequence[Sequence[Piece]], layout: Layout, k: int, dest: Destination
) -> tuple[bytes, int]:
    """Part k (from 0) as PDF bytes and its page count: its cover, the front (part 1), its exhibit pages; stamped
    and bookmarked."""
    writer = PdfWriter()
    stamps: list[Stamp] = []
    marks: list[Bookmark] = []
    number = layout.starts[k]
    note = "PRIVILEGED & CONFIDENTIAL" if facts.for_counsel else None
    parts = len(layout.plan)
    ours = f"Dispute {facts.dispute_id} · " if facts.for_counsel else ""
    short = f"{ours}{facts.platform} {facts.order_no}, line {facts.line[0]}"

    def add(page: Any, stamp_label: str | None, stamp_note: str | None, foreign: bool) -> None:
        nonlocal number
        writer.add_page(page)
        stamps.append(Stamp(f"{facts.bates_prefix}{number:06d}", stamp_label, stamp_note, foreign))
        number += 1

    if layout.split:
        marks.append(Bookmark(f"Part {k + 1} of {parts}: index of this part", 0))
        for page in layout.covers[k].pages:
            add(page, f"{short} · part {k + 1} of {parts}", note, False)
    if k == 0:
        first = len(writer.pages)
        marks.append(Bookmark("Cover", first))
        marks += [
            Bookmark(title, first + layout.sections[key] - 1) for key, title in SECTIONS if key in layout.sections
        ]
        for page in layout.front.pages:
            add(page, short, note, False)
    exhibits: list[Bookmark] = []
    for chunk, span in layout.held[k]:
        source = facts.exhibits[chunk.exhibit]
        title = source.title + (" (continued)" if span.first > 1 else "")
        exhibits.append(Bookmark(title, len(writer.pages)))
        internal = "INTERNAL" if facts.for_counsel and source.internal else None
        for n in range(chunk.count):
            piece = pieces[chunk.exhibit][chunk.first + n]
            label = f"Exhibit {source.label} — {chunk.first + n + 1}/{span.of}"
            add(piece.reader.pages[piece.index], label, internal, piece.foreign)
    if exhibits:
        marks.append(Bookmark("Exhibits", exhibits[0].page, tuple(exhibits)))
    stamp_pages(writer, stamps)
    add_bookmarks(writer, marks)
    set_metadata(writer, _meta(facts, dest, k + 1, parts))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)
