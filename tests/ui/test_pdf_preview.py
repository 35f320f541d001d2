"""The PDF preview: a real PDF made with ReportLab opens with its page count, prints through a real QPrinter to a
PDF file (checked by qpdf, counted by pypdf, its pages rendered by pdftoppm and found not blank), and Save As
writes an identical copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfcheck import ARTIFACTS, checks_pdfs, qpdf_check, render
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPageRanges
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desk.errors import DeskError
from desk.ui.pdf_preview import PdfPreview, pages_to_print, print_pdf

needs_tools = checks_pdfs


def make_pdf(path: Path, pages: int, label: str = "Page") -> Path:
    """A small PDF whose pages each carry a heading and a dark box (so a printed page is visibly not blank)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawString(72, 760, f"{label} {number} of {pages}")
        canvas.rect(72, 400, 300, 200, stroke=1, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # 96 dpi: quick to render, enough to see
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def ink(png: Path) -> float:
    """The share of a page's pixels that are not near white."""
    counts = Image.open(png).convert("L").histogram()
    return sum(counts[:128]) / sum(counts)


def has_ink(preview: PdfPreview) -> bool:
    """Whether the view shows a rendered page: some dark pixels on it."""
    image = preview.view.viewport().grab().toImage()
    step = 7
    return any(
        image.pixelColor(x, y).lightness() < 100
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_preview_shows_pages_and_parts(qtbot: QtBot, tmp_path: Path) -> None:
    first = make_pdf(tmp_path / "packet-part1.pdf", 3)
    second = make_pdf(tmp_path / "packet-part2.pdf", 2, "Part two page")
    preview = PdfPreview([first, second])
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.part.isVisible() and preview.part.count() == 2
    assert preview.page_count.text() == "of 3"
    assert (preview.page.minimum(), preview.page.maximum(), preview.page.value()) == (1, 3, 1)
    assert preview.print_button.isEnabled()
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.waitUntil(lambda: has_ink(preview), timeout=10_000)  # the view renders pages in the background
    preview.grab().save(str(ARTIFACTS / "pdf-preview.png"))

    preview.part.setCurrentIndex(1)
    assert preview.path == second
    assert preview.page_count.text() == "of 2"
    assert preview.document.pageCount() == 2


def test_a_damaged_file_is_said_so(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is no PDF")
    preview = PdfPreview(broken)
    qtbot.addWidget(preview)
    assert not preview.part.isVisible()
    assert not preview.status.isHidden() and "broken.pdf cannot be shown" in preview.status.text()
    assert not preview.print_button.isEnabled()


@needs_tools
def test_print_to_a_pdf_file_through_qprinter(qtbot: QtBot, tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "letter.pdf", 3)
    out = tmp_path / "printed.pdf"
    steps: list[tuple[int, int]] = []
    assert print_pdf(source, pdf_printer(out), lambda done, total: steps.append((done, total))) == 3
    assert steps == [(1, 3), (2, 3), (3, 3)]
    qpdf_check(out)
    assert len(PdfReader(out).pages) == 3
    for png in render(out, "pdf-preview-printed", dpi=30):
        assert 0.02 < ink(png) < 0.6, f"{png.name} looks blank (or black)"

    # A page range from the print dialog: pages 2 to 3 only.
    ranged = pdf_printer(tmp_path / "ranged.pdf")
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    pages = QPageRanges()
    pages.addRange(2, 3)
    ranged.setPageRanges(pages)
    assert print_pdf(source, ranged) == 2
    assert len(PdfReader(tmp_path / "ranged.pdf").pages) == 2


def test_pages_follow_the_dialogs_range_order_and_copies(tmp_path: Path, qtbot: QtBot) -> None:
    printer = pdf_printer(tmp_path / "unused.pdf")
    assert pages_to_print(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 3, current_page=1) == [1]
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 2) == [1, 0]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setCopyCount(2)
    if not printer.supportsMultipleCopies():  # the PDF engine makes no copies itself: we print each twice
        printer.setCollateCopies(True)
        assert pages_to_print(printer, 2) == [0, 1, 0, 1]
        printer.setCollateCopies(False)
        assert pages_to_print(printer, 2) == [0, 0, 1, 1]
    with pytest.raises(DeskError, match="cannot read"):
        print_pdf(tmp_path / "missing.pdf", printer)


def test_save_as_writes_an_identical_copy(qtbot: QtBot, tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "packet.pdf", 1)
    preview = PdfPreview(source)
    qtbot.addWidget(preview)
    saved = preview.save_to(tmp_path / "out" / "copy")
    assert saved == tmp_path / "out" / "copy.pdf"
    assert saved.read_bytes() == source.read_bytes()
    assert [p.name for p in saved.parent.iterdir()] == ["copy.pdf"]  # no temporary file left behind

    # Open Folder asks the platform to show the file's folder (Qt's URL handler hook stands in for the desktop).
    shown = UrlCatcher()
    QDesktopServices.setUrlHandler("file", shown, "catch")
    try:
        assert preview.open_folder()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert shown.urls == [QUrl.fromLocalFile(str(tmp_path))]


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


@needs_tools
def test_the_preview_prints_the_part_it_shows(qtbot: QtBot, tmp_path: Path) -> None:
    preview = PdfPreview([make_pdf(tmp_path / "a.pdf", 1), make_pdf(tmp_path / "b.pdf", 2)])
    qtbot.addWidget(preview)
    preview.part.setCurrentIndex(1)
    out = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(out)) == 2
    qpdf_check(out)
    assert len(PdfReader(out).pages) == 2
