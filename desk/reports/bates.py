"""Where a production's page (Bates) numbers start, and which of them each exhibit got.

Numbers are unique across the business: the packet's operation reads the next free number from the register
(`desk.evidence.productions`), hands it here as `Numbering(first)`, and after the packet is made records the
production with the ranges the packet put down. A packet laid out again (its front grew, it was split anew) sets
them again: what is kept is what the last layout, the one written, gave."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Numbers:
    """An exhibit's numbers in a production: from `first` to `last`, `pages` of them its own (fewer when it is
    split over two parts and a part's cover sits between)."""

    first: int
    last: int
    pages: int


@dataclass
class Numbering:
    first: int = 1
    # Per exhibit, in the packet's order: set by the layout that was written.
    exhibits: list[Numbers | None] = field(default_factory=list)

    def settle(self, ranges: Sequence[Iterable[tuple[int, int]]]) -> None:
        """Each exhibit's numbers from its (start, end) spans, one per part it is in."""
        self.exhibits = []
        for spans in ranges:
            held = list(spans)
            pages = sum(end - start + 1 for start, end in held)
            self.exhibits.append(Numbers(held[0][0], held[-1][1], pages) if held else None)
