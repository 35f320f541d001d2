"""Content that flows over pages whatever its length.

ReportLab moves a table row to the next page whole, and stops with `LayoutError` when one row is taller than a page:
a 100,000-character note in the timeline, a thousand attachments in an e-mail's headers, ten thousand tracking
numbers in one cell. So a cell's paragraphs are cut into pieces no taller than `TALLEST`, each piece on a row of its
own (`Rows`), the row's other cells left empty beside the later pieces: every row then fits a page and the table
splits between rows. A long paragraph outside a table is cut the same way (`cut`): the frame would split it too, but
breaking its lines again for every page costs seconds (1.4 s for 100,000 characters of prose, 4 s for one unbroken
token, measured), breaking them once a tenth of a second.

A paragraph is cut where one of its lines ends, as it is broken at the width given: the pieces read as the whole
did. The pieces are consecutive slices of the text itself, so whatever the cut, no character is lost or repeated;
a piece that still comes out too tall (laid out at another width, or a line ReportLab broke unlike our count) is
halved until it fits. An unbroken token wraps where it reaches the edge (the styles' `splitLongWords`)."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desk.reports import fonts

TALLEST = 120.0  # points, a sixth of a page's frame: a row never holds more, so a page break wastes at most that
FRAME_WIDTH = 483.0  # the house frame's width on A4, the narrower page (Letter's is 500): cuts outside tables
CELL_PADDING = 12.0  # left and right together: ReportLab's 6 + 6 unless a table says less (more room: shorter)
_HUGE = 1e9
_SLACK = 1.25  # a piece up to this much taller than asked is kept: halving it would only cost time


def paragraph(text: str | None, style: Any) -> Any:
    """A Paragraph of user text, escaped and split into font runs (`fonts.markup`), that keeps its text so that
    `cut` can cut it."""
    made = _paragraph_class()(fonts.markup(text), style)
    made.desk_text = text or ""
    return made


@cache
def _paragraph_class() -> type:
    """ReportLab's Paragraph, but that breaks its lines once for a width: a table wraps each cell to measure it,
    again to draw it and again in each part it is split into, and a piece measured to be cut is wrapped before."""
    from reportlab.platypus import Paragraph

    class Text(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            wrapped = getattr(self, "_desk_wrapped", None)
            if wrapped is not None and abs(wrapped - available_width) < 1e-6 and hasattr(self, "blPara"):
                return self.width, self.height
            size: tuple[float, float] = super().wrap(available_width, available_height)
            # No room at all: ReportLab says so without breaking lines, and keeps the lines it had.
            self._desk_wrapped = available_width if hasattr(self, "blPara") and size[1] != 0x7FFFFFFF else None
            return size

    return Text


def cut(flowable: Any, width: float = FRAME_WIDTH, tallest: float = TALLEST) -> list[Any]:
    """`flowable` as pieces no taller than `tallest` when `width` wide: a `paragraph` cut where its lines end, the
    pieces keeping its space before (the first) and after (the last) and none between; anything else whole."""
    text = getattr(flowable, "desk_text", None)
    style = getattr(flowable, "style", None)
    if not text or style is None or (len(text) + 1) * style.leading <= tallest:  # too short to be too tall
        return [flowable]
    key = (text, style, float(width), float(tallest))
    made = _made()
    if key in made:
        return made[key] or [flowable]
    _, height = flowable.wrap(width, _HUGE)
    if height <= tallest:
        return [flowable]
    per = max(1, int(tallest // max(float(style.leading), 1.0)))
    sliced = _pieces(_slices(text, flowable.blPara.lines, per), style)
    pieces = [part for piece in sliced for part in _fitted(piece, width, tallest * _SLACK)]
    if len(pieces) != len(sliced):  # halved: each piece its place's style
        pieces = _pieces([piece.desk_text for piece in pieces], style)
    if len(made) >= _KEPT:
        del made[next(iter(made))]
    made[key] = pieces if len(pieces) > 1 else []
    return pieces if len(pieces) > 1 else [flowable]


def cut_all(flowables: Sequence[Any], width: float = FRAME_WIDTH, tallest: float = TALLEST) -> list[Any]:
    """Every flowable of `flowables` `cut`, in order."""
    return [piece for flowable in flowables for piece in cut(flowable, width, tallest)]


# The front of a packet is laid out two or three times with the same notes: their pieces, already broken into lines,
# are kept for the next time. Each thread keeps its own: a piece is drawn by one document at a time.
_kept = threading.local()
_KEPT = 8


def _made() -> dict[tuple[str, Any, float, float], list[Any]]:
    made: dict[tuple[str, Any, float, float], list[Any]] | None = getattr(_kept, "made", None)
    if made is None:
        made = _kept.made = {}
    return made


def _pieces(texts: Sequence[str], style: Any) -> list[Any]:
    last = len(texts) - 1
    if last == 0:
        return [paragraph(texts[0], style)]
    return [
        paragraph(piece, _piece_style(style, "first" if n == 0 else "last" if n == last else "middle"))
        for n, piece in enumerate(texts)
    ]


def _slices(text: str, lines: Sequence[Any], per: int) -> tuple[str, ...]:
    """`text` cut after every `per` of the `lines` it was broken into: each line's characters counted (white space
    but line breaks left out) and found again in the text, so the pieces are slices of it, end to end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as fonts.markup reads it
    counted = [m.start() for m in _COUNTED.finditer(text)]  # where each character that counts is
    pieces, start, seen = [], 0, 0
    for n, line in enumerate(lines, start=1):
        seen += _shown(line)
        if n % per == 0 and n < len(lines) and 0 < seen <= len(counted):
            at = counted[seen - 1] + 1
            if at > start:
                pieces.append(text[start:at])
                start = at
    pieces.append(text[start:])
    # One blank line alone would print as nothing (ReportLab gives a lone line break no height): it opens the next.
    for n in range(len(pieces) - 2, -1, -1):
        if _blank_line(pieces[n]):
            pieces[n : n + 2] = [pieces[n] + pieces[n + 1]]
    if len(pieces) > 1 and _blank_line(pieces[-1]):
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    return tuple(piece for piece in pieces if piece)


_COUNTED = re.compile(r"\S|\n")


def _blank_line(piece: str) -> bool:
    return not piece.strip() and piece.count("\n") <= 1


def _visible(text: str) -> int:
    """Characters that count: all but white space, and line breaks."""
    return len("".join(text.split())) + text.count("\n")


def _shown(line: Any) -> int:
    if isinstance(line, tuple):  # a line of plain text: (extra space, words)
        return sum(_visible(word) for word in line[1])
    shown = sum(_visible(getattr(word, "text", "") or "") for word in line.words)
    return shown + (1 if getattr(line, "lineBreak", False) else 0)


def _fitted(piece: Any, width: float, tallest: float) -> list[Any]:
    """`piece` when it fits in `tallest`, else its text cut in two at a line break, a space or its middle, and
    each half the same: the safety net under the count of `_slices`."""
    _, height = piece.wrap(width, _HUGE)
    text = piece.desk_text
    if height <= tallest or len(text) < 2:
        return [piece]
    middle = len(text) // 2
    window = text[middle // 2 : middle + middle // 2]
    for mark in ("\n", " "):
        found = window.rfind(mark)
        if found >= 0:
            at = middle // 2 + found + 1
            break
    else:
        at = middle
    halves = [paragraph(text[:at], piece.style), paragraph(text[at:], piece.style)]
    return [part for half in halves for part in _fitted(half, width, tallest)]


@cache
def _piece_style(style: Any, where: str) -> Any:
    """`style` for a piece of a cut paragraph: no space between pieces, no first-line indent after the first."""
    from reportlab.lib.styles import ParagraphStyle

    first, last = where == "first", where == "last"
    return ParagraphStyle(
        f"{style.name}~{where}",
        parent=style,
        spaceBefore=style.spaceBefore if first else 0,
        spaceAfter=style.spaceAfter if last else 0,
        firstLineIndent=style.firstLineIndent if first else 0,
    )


def _height(flowable: Any, width: float) -> float:
    _, height = flowable.wrap(width, _HUGE)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def cell_pieces(value: Any, width: float, tallest: float = TALLEST) -> list[Any]:
    """A table cell's content as one or more cells, each no taller than `tallest` as far as its flowables can be
    cut: its flowables in order, a cut paragraph's pieces filling a cell before the next cell starts."""
    from reportlab.platypus import Flowable

    if isinstance(value, Flowable):
        flowables = [value]
    elif isinstance(value, list | tuple) and value and all(isinstance(item, Flowable) for item in value):
        flowables = list(value)
    else:  # a string, or nothing: as it is
        return [value]
    pieces = cut_all(flowables, width, tallest)
    if len(pieces) == len(flowables) and len(pieces) == 1:  # one flowable, short enough: as it is
        return [value]
    cells: list[list[Any]] = [[]]
    used = 0.0
    for flowable in pieces:
        height = _height(flowable, width)
        if cells[-1] and used + height > tallest:
            cells.append([])
            used = 0.0
        cells[-1].append(flowable)
        used += height
    return [value] if len(cells) == 1 else cells


@dataclass
class Rows:
    """A table's rows, each logical row as one row or, when a cell is taller than `tallest`, as several: its cells'
    pieces side by side, row after row. `widths` are the columns' widths; `padding` the cells' left and right
    padding together. `add` says which rows a logical row became, for the styles that follow it (a shade, a span);
    `inner` lists the rows that go on in the next one, which a ruled table draws no line below, and `seams` those
    of them that a cell was cut after: `seamless` gives the styles that join such rows with no gap."""

    widths: Sequence[float]
    padding: float = CELL_PADDING
    tallest: float = TALLEST
    rows: list[list[Any]] = field(default_factory=list)
    inner: list[int] = field(default_factory=list)
    seams: list[int] = field(default_factory=list)

    def add(self, cells: Sequence[Any], widths: Sequence[float] | None = None) -> tuple[int, int]:
        """Add a logical row; return the first and the last of the rows it became. `widths`: its cells' own, where
        a cell spans the columns after it."""
        split = [
            cell_pieces(value, width - self.padding, self.tallest)
            for value, width in zip(cells, widths or self.widths, strict=True)
        ]
        first = len(self.rows)
        for k in range(max(len(pieces) for pieces in split)):
            self.rows.append([pieces[k] if k < len(pieces) else "" for pieces in split])
        last = len(self.rows) - 1
        self.inner.extend(range(first, last))
        self.seams.extend(range(first, last))
        return first, last

    def seamless(self) -> list[tuple[Any, ...]]:
        """No padding where a cell was cut, so its pieces read as one: a command per seam."""
        out: list[tuple[Any, ...]] = []
        for row in self.seams:
            out += [("BOTTOMPADDING", (0, row), (-1, row), 0), ("TOPPADDING", (0, row + 1), (-1, row + 1), 0)]
        return out


def rules_below(inner: Sequence[int], rows: int, weight: float, colour: Any) -> list[tuple[Any, ...]]:
    """LINEBELOW commands for rows 0..`rows - 1`, none below a row of `inner` (one that goes on in the next): a
    command per run of rows, so that ten thousand rows cost a few commands."""
    out: list[tuple[Any, ...]] = []
    start = 0
    for row in sorted(set(inner)):
        if row < start:
            continue
        if row > start:
            out.append(("LINEBELOW", (0, start), (-1, row - 1), weight, colour))
        start = row + 1
    if start < rows:
        out.append(("LINEBELOW", (0, start), (-1, rows - 1), weight, colour))
    return out
