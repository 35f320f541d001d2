"""Text in every PDF prints as typed: escaped, each character in a font that has it, long unbroken text wrapped
inside the margins; and the paper size follows the `page_size` setting."""

from __future__ import annotations

import subprocess
from pathlib import Path

from factories import dispute, order
from pdfcheck import needs_pdf_tools
from PIL import Image
from pypdf import PdfReader

from desk.operations.letters import MakeLetter, make_letter
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.reports import fonts
from desk.reports.document import MARGIN, Meta, build_story, page_size, para, write_atomically
from desk.settings import set_setting
from desk.workspace import Workspace


def test_each_character_goes_to_a_font_that_has_it() -> None:
    assert fonts.runs("Цена ₽ 5, 价格") == [(fonts.SANS, "Цена ₽ 5, "), (fonts.CJK, "价格")]
    assert fonts.markup("A&B <Ltd>\n价格 < 5") == 'A&amp;B &lt;Ltd&gt;<br/><font name="DeskCJK">价格</font> &lt; 5'


@needs_pdf_tools  # its margins are measured on the page pdftoppm renders
def test_long_unbroken_text_wraps_inside_the_margins_and_prints_as_typed(tmp_path: Path) -> None:
    size = page_size("A4")
    url = "https://example.com/" + "a" * 300
    chinese = "这是一个很长的中文句子没有空格" * 15
    story = [para("A&B <Ltd> — 价格 < 5 — Ответ ₽"), para(url), para(chinese), para("x" * 500, "cell")]
    path = tmp_path / "text.pdf"
    write_atomically(path, build_story(story, size, Meta("t", "a", "s")))

    text = "".join(PdfReader(path).pages[0].extract_text().split())
    assert "A&B<Ltd>—价格<5—Ответ₽" in text
    assert "x" * 500 in text and chinese in text  # wrapped, nothing lost

    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    page = Image.open(next(tmp_path.glob("p-*.png"))).convert("L")
    right_margin = page.crop((int(size[0] - MARGIN + 4), 0, page.width, page.height))
    left_margin = page.crop((0, 0, int(MARGIN - 4), page.height))
    # White margins: no line ran past the text's width (it would have, without wrapping: 500 x's are 3,000 pt).
    assert right_margin.getextrema() == (255, 255) and left_margin.getextrema() == (255, 255)
    body = page.crop((int(MARGIN), 0, int(size[0] - MARGIN), page.height))
    assert body.getextrema()[0] < 128  # and the text is there to see


def test_packets_and_letters_follow_the_page_size_setting(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.write() as s:
        o = order(s)
        d = dispute(s, o.lines[0])
        set_setting(s, "page_size", "Letter")
        set_setting(s, "business_name", "A&B <Ltd>")
        s.flush()
        dispute_id = d.id
    packet = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "packet.pdf"))
    letter = make_letter(
        workspace, MakeLetter(dispute_id, "seller_reminder", "en", tmp_path / "letter.pdf", force=True)
    )
    for path in (packet.parts[0], letter.path):
        first = PdfReader(path).pages[0]
        assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (612, 792), path.name
