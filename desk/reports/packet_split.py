"""Splitting a claim packet into numbered parts under a destination's upload limits.

The plan works on the bytes each exhibit page is expected to add and on the pages a part may hold. Exhibits stay
whole where they fit: one that does not fit what is left of a part starts the next part; one larger than a whole
part is cut between pages ("Exhibit C — 3/5" goes on in the next part), as is one with more pages than a part may
hold. A single page larger than a part cannot be cut: the caller re-encodes a photo smaller before planning, and
anything else is refused by name. The assembly writes each part, measures it, and plans again with a smaller budget
for a part that came out too large or too long, so the limits hold on the real bytes and pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk.common import format_size
from desk.errors import DeskError
from desk.language import words
from desk.reports.destinations import Destination


@dataclass(frozen=True)
class Chunk:
    """Pages `first` to `first + count - 1` (counted from 0) of exhibit number `exhibit`, in one part."""

    exhibit: int
    first: int
    count: int


class DoesNotFit(DeskError):
    """The packet does not fit the destination as planned; the caller may try again with smaller photos."""


class PageTooLarge(DoesNotFit):
    def __init__(self, exhibit: int, page: int, size: int, budget: int) -> None:
        super().__init__(
            words.tr("page {0} of exhibit {1} needs {2}; a part has room for {3}").format(
                page + 1, exhibit, format_size(size), format_size(budget)
            )
        )
        self.exhibit, self.page, self.size, self.budget = exhibit, page, size, budget


class NoRoomForPages(DoesNotFit):
    """A part's own pages (the front, a cover and its index) already take every page a file may have."""


def plan_parts(
    page_sizes: Sequence[Sequence[int]],
    budget: Callable[[int], int],
    page_room: Callable[[int], int | None] = lambda k: None,
) -> list[list[Chunk]]:
    """The exhibits' pages (bytes each) shared out into parts; `budget(k)` is what part k (from 0) holds for
    exhibits once its own cover and the front matter are counted, `page_room(k)` how many exhibit pages it may
    hold (None: any number). Part 0 always exists (it holds the front)."""
    parts: list[list[Chunk]] = [[]]
    unlimited = sum(len(sizes) for sizes in page_sizes) + 1

    def pages_of(k: int) -> int:
        room = page_room(k)
        return unlimited if room is None else room

    room, pages_left = budget(0), pages_of(0)

    def next_part() -> tuple[int, int]:
        parts.append([])
        k = len(parts) - 1
        if pages_of(k) < 1:
            raise NoRoomForPages(words.tr("a part's own cover and index take every page a file may have"))
        return budget(k), pages_of(k)

    for exhibit, sizes in enumerate(page_sizes):
        whole = sum(sizes)
        if whole <= room and len(sizes) <= pages_left:
            parts[-1].append(Chunk(exhibit, 0, len(sizes)))
            room, pages_left = room - whole, pages_left - len(sizes)
            continue
        if whole <= budget(len(parts)) and len(sizes) <= pages_of(len(parts)):  # a part of its own: keep it whole
            room, pages_left = next_part()
            parts[-1].append(Chunk(exhibit, 0, len(sizes)))
            room, pages_left = room - whole, pages_left - len(sizes)
            continue
        page = 0
        while page < len(sizes):
            taken, used = 0, 0
            while page + taken < len(sizes) and taken < pages_left and used + sizes[page + taken] <= room:
                used += sizes[page + taken]
                taken += 1
            if taken == 0:
                fresh = budget(len(parts))
                if sizes[page] > fresh:
                    raise PageTooLarge(exhibit, page, sizes[page], fresh)
                room, pages_left = next_part()
                continue
            parts[-1].append(Chunk(exhibit, page, taken))
            room, pages_left = room - used, pages_left - taken
            page += taken
    return parts


def largest(exhibits: Sequence[tuple[str, str, int]], count: int = 3) -> str:
    """The largest exhibits as a phrase: "C IMG_0001.jpg 9.8 MB, A scan.pdf 4 MB"."""
    biggest = sorted(exhibits, key=lambda e: -e[2])[:count]
    return ", ".join(f"{label} {name} {format_size(size)}" for label, name, size in biggest)


def check_case(total: int, destination: Destination, exhibits: Sequence[tuple[str, str, int]]) -> None:
    """DoesNotFit when the packet cannot fit the destination's limit for a whole case, saying by how much."""
    limit = destination.per_case_bytes
    if limit is not None and total > limit:
        raise DoesNotFit(
            words.tr(
                "the packet needs {0}, {1} more than {2} takes for a case ({3}); the largest exhibits: {4}. Leave some "
                "evidence out of this dispute (or mark it internal) or choose another destination; nothing was written"
            ).format(
                format_size(total), format_size(total - limit), destination.name, format_size(limit), largest(exhibits)
            )
        )


def check_files(parts: int, total: int, destination: Destination, exhibits: Sequence[tuple[str, str, int]]) -> None:
    """DoesNotFit when the packet needs more files than the destination takes."""
    most = destination.max_files
    if most is not None and parts > most:
        each = [format_size(destination.per_file_bytes)] if destination.per_file_bytes is not None else []
        if destination.pages_per_file is not None:
            each += [words.tr("%n pages", "", destination.pages_per_file)]
        files = words.tr("%n files", "", parts)
        if each:
            files = words.tr("{0} of at most {1} each").format(files, words.tr(" and ").join(each))
        most_files = words.tr("1 file") if most == 1 else words.tr("%n files", "", most)
        raise DoesNotFit(
            words.tr(
                "the packet needs {0}, but {1} takes at most {2}; it holds {3} in all; the largest exhibits: {4}. "
                "Leave some evidence out of this dispute (or mark it internal) or choose another destination; "
                "nothing was written"
            ).format(files, destination.name, most_files, format_size(total), largest(exhibits))
        )
