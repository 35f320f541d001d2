"""The claim packet for a dispute (`desk packet DISPUTE -o FILE.pdf`): the front an arbitrator reads in two minutes
(cover, statement of facts, timeline, payment breakdown, index of exhibits), then the exhibits themselves, every
page with its running number and every exhibit page with its label and page; bookmarks and metadata.

For a destination with upload limits the packet is split into numbered parts (`packet_split`), each a PDF with its
own short cover and index; part 1 also holds the front. Limits are bytes and pages a file, files and bytes a case;
photos are first brought down to the destination's resolution, and a packet that does not fit is tried again with
smaller photos before it is refused (`packet_fitting`). Nothing is written until every part is made and measured: a
packet that cannot fit, or that the user cancels, leaves no file behind.

How the pages come together: the pages Desk lays out (photos, e-mails, listings) are one ReportLab document, so a
font is embedded once; an exhibit's own PDF pages are taken as they are. The front's index gives each exhibit's
running numbers, which depend on how long the front is: it is laid out again until its length stops changing.

It only reads: the exhibit labels it prints are given beforehand by its operation
(`desk.operations.packets.make_claim_packet`), which gathers the facts in a read session and hands them here with
the vault that holds the exhibits' files."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desk.common import Cancelled, Progress, stop_if_cancelled
from desk.errors import DeskError
from desk.files import remove_file
from desk.language import words
from desk.reports.destinations import Destination
from desk.reports.document import Meta, build_story, page_size, write_atomically
from desk.reports.exhibit_pages import Rendered, render_exhibit
from desk.reports.packet_assembly import Layout, Piece, assemble_part, lay_out
from desk.reports.packet_facts import PacketFacts
from desk.reports.packet_fitting import Try, pdf_page_shares, photo_bytes, photo_target, too_large_page, tries_for
from desk.reports.packet_split import Chunk, DoesNotFit, PageTooLarge, check_case, check_files, plan_parts
from desk.reports.packet_tables import Anchor
from desk.vault import Vault

PAGE_BYTES = 2_500  # a page Desk lays out without a picture: text, and its share of the fonts
MARGIN = 0.03  # of the per-file limit kept free for what the estimate misses
ATTEMPTS = 6
COVER_PAGES = 1  # a later part's own cover and index, until a part measured says otherwise


__all__ = ["PacketFiles", "Steps", "claim_packet"]


class Steps:
    """A packet's progress: a count of steps that grows once the work knows its size (one per exhibit), and before
    each step a check for the user's cancel. Callable: `step()` is one step done."""

    def __init__(self, what: str, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.what, self.done, self.total = what, 0, total
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        stop_if_cancelled(
            self.cancelled, words.tr("the packet for {0} was cancelled; no file was written").format(self.what)
        )

    def __call__(self) -> None:
        self.check()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


@dataclass(frozen=True)
class PacketFiles:
    parts: tuple[Path, ...]  # one file, or FILE-part1.pdf, FILE-part2.pdf … when split
    pages: int  # all pages, all parts
    exhibits: int  # exhibits included
    size: int  # bytes of all parts


def part_paths(out: Path, parts: int) -> list[Path]:
    if parts == 1:
        return [out]
    return [out.with_name(f"{out.stem}-part{n}{out.suffix or '.pdf'}") for n in range(1, parts + 1)]


def _made_pages(rendered: Sequence[Rendered], size: tuple[float, float]) -> tuple[Any, dict[int, tuple[int, int]]]:
    """The exhibits Desk lays out, as one PDF (a reader) and each one's (first page, page count) in it."""
    from pypdf import PdfReader
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    found: dict[str, int] = {}
    for number, item in enumerate(rendered):
        if item.flowables:
            story += [PageBreak()] if story else []
            story += [Anchor(item.flowables[0], str(number), found), *item.flowables[1:]]
    if not story:
        return None, {}
    reader = PdfReader(io.BytesIO(build_story(story, size, Meta("exhibits", "Desk", ""))))
    starts = sorted((page, int(key)) for key, page in found.items())
    ranges = {}
    for (page, number), following in zip(starts, [*starts[1:], (len(reader.pages) + 1, -1)], strict=True):
        ranges[number] = (page - 1, following[0] - page)
    return reader, ranges


def _pieces(rendered: Sequence[Rendered], made: Any, ranges: dict[int, tuple[int, int]]) -> list[list[Piece]]:
    """Every exhibit's pages, each with where it comes from and the bytes it is expected to add."""
    out = []
    for number, item in enumerate(rendered):
        if item.reader is not None:
            shares = pdf_page_shares(item.reader, item.source.size, PAGE_BYTES)
            out.append([Piece(item.reader, n, True, share) for n, share in enumerate(shares)])
        else:
            first, count = ranges[number]
            picture = photo_bytes(item)
            out.append([Piece(made, first + n, False, PAGE_BYTES + (picture if n == 0 else 0)) for n in range(count)])
    return out


def _render(
    vault: Vault, facts: PacketFacts, step: Callable[[], None], dest: Destination, attempt: Try
) -> list[Rendered]:
    # A photo alone larger than a part is re-encoded smaller rather than refused.
    page = page_size(facts.page_size)
    rendered, shrink = [], []
    for n, source in enumerate(facts.exhibits):
        item = render_exhibit(source, vault.path_for(source.sha256), for_counsel=facts.for_counsel)
        rendered.append(item)
        target = photo_target(item, page, dest, attempt)
        if target is None:
            step()
        else:
            shrink.append((n, target))

    def smaller(job: tuple[int, int]) -> Rendered:
        source = facts.exhibits[job[0]]
        path = vault.path_for(source.sha256)
        return render_exhibit(source, path, for_counsel=facts.for_counsel, shrink_photo_to=job[1])

    # Re-encoding side by side on every core: Pillow decodes, scales and encodes a photo without holding the
    # interpreter's lock (fifty photos for a card issuer: 6.3 s one by one, 4.6 s on two cores, measured by
    # bench/packet.py). The rest stays on one thread: it is Python's own work, which threads only slow down.
    pool = ThreadPoolExecutor(max_workers=max(1, min(os.cpu_count() or 1, 4)))
    try:
        for (n, _), item in zip(shrink, pool.map(smaller, shrink), strict=True):
            rendered[n] = item
            step()  # a cancel raises here: the photos not started yet are dropped
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return rendered


def _build(
    facts: PacketFacts, pieces: list[list[Piece]], plan: list[list[Chunk]], dest: Destination
) -> list[tuple[bytes, int]]:
    layout: Layout = lay_out(facts, pieces, plan, page_size(facts.page_size))
    return [assemble_part(facts, pieces, layout, k, dest) for k in range(len(plan))]


def _fits(part: tuple[bytes, int], dest: Destination) -> bool:
    data, pages = part
    too_large = dest.per_file_bytes is not None and len(data) > dest.per_file_bytes
    too_long = dest.pages_per_file is not None and pages > dest.pages_per_file
    return not (too_large or too_long)


def _fit(facts: PacketFacts, pieces: list[list[Piece]], dest: Destination) -> list[tuple[bytes, int]]:
    """The parts' bytes and pages, each under the destination's limits a file (measured, not estimated)."""
    everything = [Chunk(n, 0, len(pages)) for n, pages in enumerate(pieces)]
    whole = _build(facts, pieces, [everything], dest)[0]
    if _fits(whole, dest):
        return [whole]
    # What every part carries besides its exhibits, measured on a first layout of one part holding everything.
    sizes = [[p.size for p in pages] for pages in pieces]
    limit = dest.per_file_bytes if dest.per_file_bytes is not None else len(whole[0]) * 2
    most_pages = dest.pages_per_file
    fixed = max(len(whole[0]) - sum(map(sum, sizes)), 0)
    front_pages = whole[1] - sum(map(len, sizes))
    if most_pages is not None and front_pages > most_pages:
        raise DoesNotFit(
            f"the packet's own pages (cover, statement of facts, timeline, payments, index of exhibits) take "
            f"{front_pages} pages, and {dest.name} takes {most_pages} pages a file with the exhibits; shorten the "
            "statement of facts or choose another destination; nothing was written"
        )
    budgets: dict[int, int] = {}
    page_rooms: dict[int, int] = {}
    for _ in range(ATTEMPTS):

        def budget(k: int) -> int:
            return budgets.get(k, int(limit * (1 - MARGIN)) - (fixed if k == 0 else fixed // 2))

        def page_room(k: int) -> int | None:
            if most_pages is None:
                return None
            return page_rooms.get(k, most_pages - (front_pages if k == 0 else COVER_PAGES))

        plan = plan_parts(sizes, budget, page_room)
        check_files(len(plan), sum(map(sum, sizes)) + fixed, dest, _sizes(facts, pieces))
        built = _build(facts, pieces, plan, dest)
        over = [k for k, part in enumerate(built) if not _fits(part, dest)]
        if not over:
            return built
        for k in over:
            data, pages = built[k]
            if len(data) > limit:
                budgets[k] = budget(k) - (len(data) - limit) - int(limit * MARGIN)
            room = page_room(k)
            if most_pages is not None and room is not None and pages > most_pages:
                page_rooms[k] = room - (pages - most_pages)
    raise DeskError(
        words.tr(
            "the packet could not be split into parts under {0} after {1} tries: its front "
            "pages and fonts alone may need more than a part holds; nothing was written"
        ).format(dest.describe_limits(), ATTEMPTS)
    )


def _sizes(facts: PacketFacts, pieces: list[list[Piece]]) -> list[tuple[str, str, int]]:
    return [(s.label, s.name, sum(p.size for p in pages)) for s, pages in zip(facts.exhibits, pieces, strict=True)]


def _attempt(facts: PacketFacts, vault: Vault, dest: Destination, step: Steps, attempt: Try) -> list[tuple[bytes, int]]:
    rendered = _render(vault, facts, step, dest, attempt)
    # The index says what a PDF's copy was cleaned of, which is known once it is read.
    facts = replace(facts, exhibits=tuple(item.source for item in rendered))
    made, ranges = _made_pages(rendered, page_size(facts.page_size))
    pieces = _pieces(rendered, made, ranges)
    check_case(sum(p.size for pages in pieces for p in pages), dest, _sizes(facts, pieces))
    parts = _fit(facts, pieces, dest)
    check_case(sum(len(data) for data, _ in parts), dest, _sizes(facts, pieces))
    return parts


def claim_packet(facts: PacketFacts, vault: Vault, out: Path, dest: Destination, step: Steps) -> PacketFiles:
    """Make the packet of `facts` for `dest` and write it to `out`, or to numbered parts beside it when the
    destination's limits split it. `step` counts one step for the facts gathered, one per exhibit, one for the
    parts laid out and one for the files written (the exhibits again for each try at a lower resolution)."""
    step.total += len(facts.exhibits)
    step()
    tries = tries_for(dest, facts)
    for n, attempt in enumerate(tries):
        try:
            parts = _attempt(facts, vault, dest, step, attempt)
            break
        except DoesNotFit as error:
            if n + 1 < len(tries):
                step.total += len(facts.exhibits)
                continue
            if isinstance(error, PageTooLarge):
                raise too_large_page(error, facts, dest) from None
            raise DeskError(str(error)) from None
    step()
    step.check()
    return _write(out, parts, dest, len(facts.exhibits), step)


def _write(
    out: Path, parts: list[tuple[bytes, int]], dest: Destination, exhibits: int, step: Callable[[], None]
) -> PacketFiles:
    paths = part_paths(out, len(parts))
    written: list[Path] = []
    try:
        for path, (data, _) in zip(paths, parts, strict=True):
            write_atomically(path, data)
            written.append(path)
    except (OSError, DeskError):  # DeskError: a part's old file held open in another program (desk.files)
        for path in written:  # all parts or none: a packet missing a part is no packet
            remove_file(path)
        raise
    # The limit holds on the files as written, not only on the bytes meant for them.
    too_large = [p for p in paths if dest.per_file_bytes is not None and p.stat().st_size > dest.per_file_bytes]
    if too_large:
        for path in paths:
            remove_file(path)
        raise DeskError(
            words.tr("{0} came out above {1}; nothing was kept").format(too_large[0].name, dest.describe_limits())
        )
    step()
    return PacketFiles(tuple(paths), sum(pages for _, pages in parts), exhibits, sum(p.stat().st_size for p in paths))
