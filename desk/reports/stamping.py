"""What goes on every page of a packet after its pages are put together: the running (Bates) number, the exhibit's
label and page ("Exhibit C — 2/5"), the bookmarks, the document's metadata.

Stamps sit in a band along the bottom edge of the page as it is shown (its crop box, turned by its /Rotate). Pages
Desk lays out keep that band empty (their bottom margin). A page from someone else's PDF may have content down to
its edges, so it is first placed whole inside a frame above the band (`placing`), with a thin line around it to show
where the original page ends: the stamps never cover any of it. Each stamp also has a white box behind it. The
stamps of all pages are drawn in one ReportLab document (one embedded font subset for all of them) and each page of
it is placed on its page as a form XObject: the page's own content streams are kept as they are, never decoded or
re-encoded."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
)

from desk.reports import fonts
from desk.reports.document import Meta, draw_text, prepare
from desk.reports.pdfa import Archival, finish
from desk.reports.placing import Matrix, Placement, place, placement, shown_to_user, visible_box

BASELINE = 16.0  # of the stamp text, above the bottom edge: in the middle of the band `placing.BAND`
SIDE = 36.0  # from the left and right edges
GAP = 14.0  # between two stamps on one line
SIZE = 8.0
NOTE_COLOUR = (0.7, 0.1, 0.1)
FRAME_GREY = 0.6  # the line around a placed page
A4 = (595.2756, 841.8898)


@dataclass(frozen=True)
class Stamp:
    """What one page carries: its running number; on the left the exhibit and page (or the packet's name); in the
    centre, in red, a note such as "INTERNAL"; `make_room` for someone else's page, whose content may reach its
    edges: it is placed whole inside a frame above the stamps."""

    bates: str
    label: str | None = None
    note: str | None = None
    make_room: bool = False


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # index of the page in the document
    children: tuple[Bookmark, ...] = ()


def bates(prefix: str, number: int) -> str:
    """The running number of the n-th page of a packet: DESK000012."""
    return f"{prefix}{number:06d}"


def _text_width(text: str, size: float, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(
        sum(
            stringWidth(piece, fonts.SANS_BOLD if bold and font == fonts.SANS else font, size)
            for font, piece in fonts.runs(text)
        )
    )


def _shown_to_user(page: Any) -> tuple[Matrix, float, float]:
    """The matrix from the page as shown (origin bottom left, upright) to its user space, and the shown size."""
    return shown_to_user(visible_box(page), int(page.rotation or 0) % 360)


def _fitted(text: str, room: float, bold: bool) -> str:
    """`text`, cut with an ellipsis where it would run into the stamps beside it."""
    if _text_width(text, SIZE, bold) <= room:
        return text
    while text and _text_width(text + "…", SIZE, bold) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _overlay(
    sizes: Sequence[tuple[float, float]],
    stamps: Sequence[Stamp],
    frames: Sequence[tuple[float, float, float, float] | None],
) -> PdfReader:
    """One page of stamps per page, each the shown size of its page: the label on the left, the note (red) and the
    running number on the right, so that none covers another; around a placed page, a thin line just outside it."""
    from reportlab.pdfgen.canvas import Canvas

    prepare()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=sizes[0] if sizes else (595, 842))
    for (width, height), stamp, frame in zip(sizes, stamps, frames, strict=True):
        canvas.setPageSize((width, height))
        if frame is not None:
            left, bottom, w, h = frame
            canvas.setStrokeGray(FRAME_GREY)
            canvas.setLineWidth(0.5)
            canvas.rect(left - 0.75, bottom - 0.75, w + 1.5, h + 1.5, stroke=1, fill=0)
        right = width - SIDE
        items: list[tuple[float, str, bool, tuple[float, float, float]]] = []
        for text, colour in ((stamp.bates, (0.0, 0.0, 0.0)), (stamp.note, NOTE_COLOUR)):
            if text:
                right -= _text_width(text, SIZE, True)
                items.append((right, text, True, colour))
                right -= GAP
        if stamp.label:
            items.append((SIDE, _fitted(stamp.label, right - SIDE, False), False, (0.0, 0.0, 0.0)))
        for x, text, bold, colour in items:
            canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(x - 3, BASELINE - 4, _text_width(text, SIZE, bold) + 6, SIZE + 6, stroke=0, fill=1)
            canvas.setFillColorRGB(*colour)
            draw_text(canvas, x, BASELINE, text, size=SIZE, bold=bold)
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def _form(writer: PdfWriter, stamp_page: Any, width: float, height: float) -> IndirectObject:
    form = DecodedStreamObject()
    form.set_data(stamp_page.get_contents().get_data())
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)])
    # Cloned from the one stamp document: its font is copied into the writer once and shared by every form.
    form[NameObject("/Resources")] = stamp_page["/Resources"].clone(writer)
    return writer._add_object(form.flate_encode())


def _numbers(values: Sequence[float]) -> str:
    return " ".join(f"{v:.4f}".rstrip("0").rstrip(".") or "0" for v in values)


def _contents(page: Any, writer: PdfWriter) -> list[Any]:
    """The page's content streams as references, whatever form /Contents has."""
    raw = page.raw_get("/Contents") if "/Contents" in page else None
    if raw is None:
        return []
    resolved = raw.get_object()
    if isinstance(resolved, ArrayObject):
        return list(resolved)
    return [raw if isinstance(raw, IndirectObject) else writer._add_object(raw)]


def _resources_with(page: Any, name: str, form: IndirectObject) -> tuple[DictionaryObject, str]:
    """A copy of the page's resources (shared ones stay shared) with the form added under a free name."""
    original = page.get("/Resources")
    resources = DictionaryObject(original.get_object() if original is not None else {})
    xobjects = resources.get("/XObject")
    xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
    n = 0
    while f"/{name}{n}" in xobjects:
        n += 1
    xobjects[NameObject(f"/{name}{n}")] = form
    resources[NameObject("/XObject")] = xobjects
    return resources, f"/{name}{n}"


def _paper(pages: Sequence[Any], stamps: Sequence[Stamp]) -> tuple[float, float]:
    """The packet's paper: the size of the first page Desk laid out (its cover), A4 when there is none."""
    for page, stamp in zip(pages, stamps, strict=True):
        if not stamp.make_room:
            return float(page.mediabox.width), float(page.mediabox.height)
    return A4


def stamp_pages(writer: PdfWriter, stamps: Sequence[Stamp], paper: tuple[float, float] | None = None) -> None:
    """Put `stamps[i]` on the i-th page of `writer`. Someone else's pages (`make_room`) are first placed whole on a
    sheet of `paper` (by default the size of the pages Desk laid out), landscape for a landscape page."""
    pages = list(writer.pages)
    if len(pages) != len(stamps):
        raise ValueError(f"{len(stamps)} stamps for {len(pages)} pages")
    sheet = paper or _paper(pages, stamps)
    placed: list[Placement | None] = [
        placement(page, sheet) if stamp.make_room else None for page, stamp in zip(pages, stamps, strict=True)
    ]
    openings = ["q\n" + (place(p, where) if where is not None else "") for p, where in zip(pages, placed, strict=True)]
    shown = [_shown_to_user(page) for page in pages]
    frames = [where.frame if where is not None else None for where in placed]
    overlay = _overlay([(w, h) for _, w, h in shown], stamps, frames)
    close = _stream(writer, b"\nQ\n")
    for page, opening, stamp_page, (to_user, width, height) in zip(pages, openings, overlay.pages, shown, strict=True):
        form = _form(writer, stamp_page, width, height)
        resources, name = _resources_with(page, "DeskStamp", form)
        place_stamp = f"q {_numbers(to_user)} cm {name} Do Q\n"
        streams = [_stream(writer, opening.encode()), *_contents(page, writer), close]
        streams.append(_stream(writer, place_stamp.encode()))
        page[NameObject("/Contents")] = ArrayObject(streams)
        page[NameObject("/Resources")] = resources


def add_bookmarks(writer: PdfWriter, marks: Sequence[Bookmark], parent: Any = None) -> None:
    for mark in marks:
        item = writer.add_outline_item(title=mark.title, page_number=mark.page, parent=parent, is_open=True)
        add_bookmarks(writer, mark.children, item)


def set_metadata(writer: PdfWriter, meta: Meta) -> Archival:
    archival = finish(writer, meta)  # PDF/A-2b where every page allows it (pdfa.py)
    writer.page_mode = "/UseOutlines"  # open with the bookmarks shown: an arbitrator finds the exhibits at once
    return archival
