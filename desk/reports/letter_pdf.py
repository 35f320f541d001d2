"""A letter laid out as a business letter: letterhead, recipient and date, subject, reference line, body, closing
and signature, then the list of enclosed exhibits; a footer with the reference and "page n of m" on every page.

All text goes through `desk.reports.fonts.markup` (escaped, split into font runs), as `document.para` does; the
letter needs a few styles of its own (justified body, CJK line breaking for Chinese). Text of any length flows over
pages: a long address or exhibit description goes on in the rows below it (`flowing.Rows`)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from desk.reports import fonts
from desk.reports import letter_lang as L
from desk.reports.document import MARGIN, Meta, build_story, draw_text, para, styles
from desk.reports.flowing import Rows, cut_all, paragraph, rules_below
from desk.reports.pdfa import archival

FRAME_PADDING = 6.0  # platypus frames pad their content by 6 points on each side


@dataclass(frozen=True)
class ExhibitRow:
    label: str
    what: str  # its kind and description, in the letter's language where Desk writes it
    file: str  # the file's original name


@dataclass(frozen=True)
class LetterLayout:
    lang: str
    sender: str  # business name
    sender_lines: list[str]  # address lines, then the contact
    signatory: list[str]  # the signature block, top to bottom
    recipient: list[str]
    date: str
    subject: str
    reference: str
    footer: str  # the reference kept short, left of "page n of m"
    paragraphs: list[str]
    exhibits: list[ExhibitRow]
    meta: Meta
    exhibit_note: str = ""  # below the list: descriptions quoted in another language than the letter's


def _styles(lang: str) -> dict[str, Any]:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    house = styles()
    cjk = lang == "zh"
    body = ParagraphStyle(
        f"letter_body_{lang}",
        parent=house["body"],
        fontSize=10.5,
        leading=15 if cjk else 14.5,
        spaceAfter=8,
        alignment=TA_LEFT,  # ragged right: long order and case numbers leave holes in justified lines
        wordWrap="CJK" if cjk else None,
    )
    return {
        "body": body,
        "head": ParagraphStyle(f"letter_head_{lang}", parent=house["title"], fontSize=15, leading=19, spaceAfter=0),
        "head_small": ParagraphStyle(
            f"letter_head_small_{lang}", parent=house["small"], alignment=TA_RIGHT, leading=10.5
        ),
        "block": ParagraphStyle(f"letter_block_{lang}", parent=body, alignment=TA_LEFT, spaceAfter=0, leading=14),
        "date": ParagraphStyle(f"letter_date_{lang}", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "subject": ParagraphStyle(
            f"letter_subject_{lang}", parent=house["h2"], fontSize=11, leading=15, spaceBefore=0, spaceAfter=2,
            # Micro Hei has no bold face: a Chinese subject is set regular, so its Latin parts do not stand out.
            fontName=fonts.SANS if cjk else fonts.SANS_BOLD, wordWrap="CJK" if cjk else None,
        ),
        "reference": ParagraphStyle(f"letter_ref_{lang}", parent=house["small"], spaceAfter=12),
        "cell": ParagraphStyle(f"letter_cell_{lang}", parent=house["cell"], wordWrap="CJK" if cjk else None),
    }  # fmt: skip


def _p(text: str, style: Any) -> Any:
    return paragraph(text, style)


def _letterhead(layout: LetterLayout, st: dict[str, Any], width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Spacer, Table, TableStyle

    right = _p("\n".join(layout.sender_lines), st["head_small"])
    widths = [width * 0.55, width * 0.45]
    rows = Rows(widths, padding=6)
    rows.add([_p(layout.sender, st["head"]), right])
    head = Table(rows.rows, colWidths=widths)
    head.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    *rows.seamless()])
    )  # fmt: skip
    rule = HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#222222"), spaceBefore=2, spaceAfter=18)
    widths = [width * 0.62, width * 0.38]
    rows = Rows(widths, padding=0)
    rows.add([_p("\n".join(layout.recipient), st["block"]), _p(layout.date, st["date"])])
    to = Table(rows.rows, colWidths=widths)
    to.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), *rows.seamless()]))  # fmt: skip
    subject = cut_all([_p(layout.subject, st["subject"]), _p(layout.reference, st["reference"])], width)
    return [head, rule, to, Spacer(1, 20), *subject]


def _signature(layout: LetterLayout, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer

    # The closing keeps the paragraph before it: a page never starts with "Yours sincerely," alone.
    closing = layout.paragraphs[-2:]
    block = [_p(text, st["body"]) for text in closing] + [Spacer(1, 30)]
    for number, line in enumerate(layout.signatory):
        block.append(_p(line, st["block"] if number else styles()["h2"]))
    return [KeepTogether(block)]


def _exhibit_list(layout: LetterLayout, st: dict[str, Any], width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

    if not layout.exhibits:
        return []
    words = L.LABELS[layout.lang]
    rows = Rows([width * 0.17, width * 0.51, width * 0.32])
    rows.add([para(words["label"], "cell_bold"), para(words["what"], "cell_bold"), para(words["file"], "cell_bold")])
    for exhibit in layout.exhibits:
        rows.add([para(exhibit.label, "cell_bold"), _p(exhibit.what, st["cell"]), _p(exhibit.file, st["cell"])])
    table = Table(rows.rows, colWidths=list(rows.widths), repeatRows=1)
    table.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            *rules_below(rows.inner, len(rows.rows), 0.4, colors.HexColor("#BBBBBB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *rows.seamless(),
        ])
    )  # fmt: skip
    # Room for the heading and a few rows, or a new page: the heading never ends a page alone, yet a long list
    # still starts right after the signature instead of leaving the rest of the page empty.
    note = [Spacer(1, 4), _p(layout.exhibit_note, st["reference"])] if layout.exhibit_note else []
    return [Spacer(1, 22), CondPageBreak(90), para(words["exhibits"], "h2"), table, *note]


def _story(layout: LetterLayout, width: float) -> list[Any]:
    st = _styles(layout.lang)
    story = _letterhead(layout, st, width)
    story += cut_all([_p(text, st["body"]) for text in layout.paragraphs[:-2]], width)
    return story + _signature(layout, st) + _exhibit_list(layout, st, width)


def letter_pdf(layout: LetterLayout, size: tuple[float, float]) -> bytes:
    """The letter's PDF bytes. Built twice: the first pass counts the pages for the footer's "page n of m"."""
    from pypdf import PdfReader

    width = size[0] - 2 * MARGIN - 2 * FRAME_PADDING
    words = L.LABELS[layout.lang]

    def footer(total: int | None) -> Any:
        def draw(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, MARGIN - 2, size[0] - MARGIN, MARGIN - 2)
            canvas.setFillColorRGB(0.33, 0.33, 0.33)
            draw_text(canvas, MARGIN, MARGIN - 13, layout.footer, size=7.5)
            page = words["page"].format(n=doc.page, m=total or "?")
            draw_text(canvas, size[0] - MARGIN, MARGIN - 13, page, size=7.5, align="right")
            canvas.restoreState()

        return draw

    first = build_story(_story(layout, width), size, layout.meta, footer(None))
    total = len(PdfReader(io.BytesIO(first)).pages)
    return archival(build_story(_story(layout, width), size, layout.meta, footer(total)), layout.meta)
