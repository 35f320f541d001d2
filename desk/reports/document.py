"""What every PDF Desk makes shares: page size, styles, metadata, a footer, atomic writing.

Page size comes from the setting `page_size` (A4 or Letter). ReportLab's `useA85` is switched off so JPEG photos pass
into the PDF unchanged (DESIGN.md, "Facts about our dependencies")."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from desk.disk_sync import sync_file
from desk.files import replace_file
from desk.reports import fonts
from desk.reports.target import cannot_write

PAGE_SIZES = ("A4", "Letter")
MARGIN = 50.0  # points; about 18 mm, wide enough for a punch hole and a Bates stamp


def page_size(name: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    sizes = {"a4": A4, "letter": LETTER}
    try:
        return (float(sizes[name.lower()][0]), float(sizes[name.lower()][1]))
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; known: {', '.join(PAGE_SIZES)}") from None


@dataclass(frozen=True)
class Meta:
    """The PDF's document information: what a reader's Properties dialog and a court's e-filing system show."""

    title: str
    author: str
    subject: str
    keywords: Sequence[str] = ()
    created: datetime | None = None  # when the document was made; None: now (pdfa.py writes it in UTC)


def prepare() -> None:
    """Fonts registered, JPEGs passed through: call before building any PDF."""
    from reportlab import rl_config

    rl_config.useA85 = 0
    rl_config.invariant = 1  # the same data gives the same bytes; pdfa.py gives the finished file its date and id
    fonts.register()
    # A canvas starts in this font and names it in every page's resources: the standard Helvetica would be a font
    # the file does not embed, which PDF/A forbids.
    rl_config.canvas_basefontname = fonts.SANS
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = fonts.SANS  # a table sets its cells' font even around Paragraphs: Helvetica by default


@cache
def styles() -> dict[str, Any]:
    """The house styles, by name: title, h1, h2, body, small, cell, cell_bold, mono."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    prepare()
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10, leading=13.5, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts.SANS_BOLD, fontSize=18, leading=22, spaceAfter=10),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=fonts.SANS_BOLD, fontSize=14, leading=18, spaceBefore=6, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=fonts.SANS_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "mono": ParagraphStyle("mono", parent=body, fontSize=7, leading=9, spaceAfter=0),
    }


def para(text: str | None, style: str = "body") -> Any:
    """A Paragraph of user text, escaped and font-split; long unbroken text wraps (the style's splitLongWords), and a
    long one can be cut into pieces that flow over pages (`flowing.cut`)."""
    from desk.reports.flowing import paragraph

    return paragraph(text, styles()[style])


def draw_text(
    canvas: Any, x: float, y: float, text: str, size: float = 8, bold: bool = False, align: str = "left"
) -> None:
    """Draw one line of user text on a canvas (footers, stamps), each run in the font that has its glyphs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = [(fonts.SANS_BOLD if bold and font == fonts.SANS else font, piece) for font, piece in fonts.runs(text)]
    width = sum(stringWidth(piece, font, size) for font, piece in pieces)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, piece in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)


def set_meta(canvas: Any, meta: Meta) -> None:
    canvas.setTitle(meta.title)
    canvas.setAuthor(meta.author)
    canvas.setSubject(meta.subject)
    if meta.keywords:
        canvas.setKeywords(", ".join(meta.keywords))
    canvas.setCreator("Desk")


def build_story(
    story: list[Any], size: tuple[float, float], meta: Meta, on_page: Callable[[Any, Any], None] | None = None
) -> bytes:
    """Lay out a platypus story into PDF bytes with the house margins and metadata. `on_page(canvas, doc)` draws
    headers or footers on each page."""
    import io

    from reportlab.platypus import SimpleDocTemplate

    prepare()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 10,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=", ".join(meta.keywords),
        creator="Desk",
    )

    def decorate(canvas: Any, doc: Any) -> None:
        if on_page is not None:
            on_page(canvas, doc)

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the whole new one, never a torn one.
    Missing folders are made; a failure is the system's OSError naming `path` (not the temporary file beside it),
    or the folder that could not be made."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)  # a failure names the folder it could not make
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise cannot_write(path, error) from error
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            sync_file(out.fileno())
        replace_file(tmp, path)  # tried again while a viewer or a scan holds the old file open
    except BaseException as error:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise cannot_write(path, error) from error
        raise
