"""The fonts every PDF embeds, and text turned into Paragraph markup that prints as typed.

ReportLab does no glyph fallback: a character the font lacks prints as a blank box. So text is split into runs by
which font has each glyph: DejaVu Sans for Latin, Cyrillic and signs such as ₽, WenQuanYi Micro Hei for Chinese (it
has no ₽). Every run is escaped first (`A&B <Ltd>` prints as typed; DESIGN.md, "Files we produce")."""

from __future__ import annotations

from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from desk.paths import resource

SANS = "DeskSans"
SANS_BOLD = "DeskSans-Bold"
CJK = "DeskCJK"


@cache
def register() -> None:
    """Register the shipped fonts with ReportLab once per process (they are embedded, subset, in each PDF)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(SANS, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(CJK, str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    # <b> inside a paragraph switches to the bold face; Micro Hei has no bold, so it stays itself.
    for italic in (0, 1):
        addMapping(SANS, 0, italic, SANS)
        addMapping(SANS, 1, italic, SANS_BOLD)
        addMapping(CJK, 0, italic, CJK)
        addMapping(CJK, 1, italic, CJK)


@cache
def _sans_glyphs() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    face = pdfmetrics.getFont(SANS).face
    return frozenset(face.charToGlyph)


def font_for(char: str) -> str:
    """The font to print `char` with: DejaVu Sans when it has the glyph (or for white space), else Micro Hei."""
    return SANS if char.isspace() or ord(char) in _sans_glyphs() else CJK


def runs(text: str) -> list[tuple[str, str]]:
    """`text` as (font, piece) runs, each piece printable in its font."""
    if text and all(font_for(char) == SANS for char in set(text)):  # most text, at once: a long note is quick
        return [(SANS, text)]
    return [(font, "".join(chars)) for font, chars in groupby(text, key=font_for)]


def markup(text: str | None) -> str:
    """User text as Paragraph markup: escaped, split into font runs, line breaks kept."""
    if not text:
        return ""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = []
        for font, piece in runs(line):
            parts.append(escape(piece) if font == SANS else f'<font name="{font}">{escape(piece)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)
