"""A PDF Desk made, shown before it leaves: pages in a QPdfView, Print… on the system's printers, Save As…, and
Open Folder. A packet split into parts shows a part chooser.

    show_pdf(parent, [part1, part2], title="Claim packet")   # window-modal, deleted on close

Printing renders each page with QPdfDocument on the GUI thread (Qt's image I/O on a worker thread once deadlocked
here), page by page with the event loop run between pages, painted on white (QPdfDocument renders transparent)
and fitted to the printer's page with its aspect ratio kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, Progress, format_size
from desk.errors import DeskError
from desk.reports.document import write_atomically
from desk.ui.errors import show_error
from desk.ui.tr_context import TrContext

PdfPrinting = TrContext("PdfPrinting")
RENDER_DPI_CAP = 300  # a 1200 dpi printer would need a 550 MB image per A4 page; 300 dpi prints text crisply
ZOOM_STEP = 1.25


# -- shared by the dialogs that make files (where they go: desk.ui.save_places) -----------------------------------


def keep_room_when_hidden(widget: QWidget) -> None:
    """A progress bar or a button that comes and goes keeps its room, so the dialog does not jump."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def open_folder_of(path: Path) -> bool:
    """Show the folder that holds `path` in the platform's file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the print dialog asked for, in printing order, each copy included when the print system
    does not make the copies itself."""
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.PageRange:
        pages = [
            page - 1
            for part in printer.pageRanges().toRangeList()
            for page in range(part.from_, part.to + 1)
            if 1 <= page <= page_count
        ]
    elif chosen == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)] if page_count else []
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def page_on_white(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """One page rendered at `size` pixels and flattened onto white paper."""
    rendered = document.render(page, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(QPoint(0, 0), rendered)
    painter.end()
    return paper


def fitted(page_points: QSize, area: QRect) -> QRect:
    """The largest rectangle of the page's proportions inside `area`, centred across and at the top."""
    scale = min(area.width() / max(page_points.width(), 1), area.height() / max(page_points.height(), 1))
    width, height = round(page_points.width() * scale), round(page_points.height() * scale)
    return QRect(area.x() + (area.width() - width) // 2, area.y(), width, height)


def print_pdf(
    path: Path,
    printer: QPrinter,
    progress: Progress | None = None,
    *,
    current_page: int = 0,
    cancelled: Cancelled | None = None,
) -> int:
    """Print the PDF at `path` on `printer` as its settings say (range, order, copies); returns the pages printed.
    Runs on the GUI thread and lets events through between pages."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise DeskError(PdfPrinting.tr("cannot read {0} as a PDF: {1}").format(path.name, document.error().name))
        pages = pages_to_print(printer, document.pageCount(), current_page)
        if not pages:
            none = PdfPrinting.tr("{0}: the chosen range has no pages (the file has %n)", "", document.pageCount())
            raise DeskError(none.format(path.name))
        painter = QPainter()
        if not painter.begin(printer):
            target = printer.outputFileName() or printer.printerName() or PdfPrinting.tr("the printer")
            raise DeskError(PdfPrinting.tr("cannot start printing on {0}").format(target))
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        area.moveTo(0, 0)  # the painter's origin is the printable area's corner
        scale_down = min(1.0, RENDER_DPI_CAP / max(printer.resolution(), 1))
        done = 0
        try:
            for number, page in enumerate(pages):
                if cancelled is not None and cancelled():
                    printer.abort()
                    break
                if number:
                    printer.newPage()
                points = document.pagePointSize(page).toSize()
                where = fitted(points, area)
                image = page_on_white(document, page, (where.size() * scale_down).expandedTo(QSize(1, 1)))
                painter.drawImage(where, image)
                done += 1
                if progress is not None:
                    progress(done, len(pages))
                QApplication.processEvents()
        finally:
            painter.end()
        return done
    finally:
        document.close()


class PdfPreview(QDialog):
    """The pages of one PDF (or of each part of a split packet), with Print…, Save As… and Open Folder."""

    def __init__(self, paths: Path | Sequence[Path], parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.paths = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
        if not self.paths:
            raise DeskError(self.tr("nothing to preview: no PDF was given"))
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title or self.tr("Preview — {0}").format(self.paths[0].name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.printer: QPrinter | None = None

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)

        self.part = QComboBox()
        self.part.setObjectName("partChooser")
        for number, path in enumerate(self.paths, start=1):
            size = format_size(path.stat().st_size) if path.exists() else self.tr("missing")
            self.part.addItem(self.tr("Part {0} of {1}: {2} ({3})").format(number, len(self.paths), path.name, size))
        self.part.setVisible(len(self.paths) > 1)
        self.part.currentIndexChanged.connect(self.show_part)
        self.page = QSpinBox()
        self.page.setObjectName("pageNumber")
        self.page.setKeyboardTracking(False)
        self.page.valueChanged.connect(self.go_to_page)
        self.page_count = QLabel()
        self.page_count.setObjectName("pageCount")
        self.status = QLabel()
        self.status.setObjectName("errorLabel")
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setWordWrap(True)
        self.status.hide()

        top = QHBoxLayout()
        top.addWidget(self.part, 1)
        top.addStretch(0 if len(self.paths) > 1 else 1)
        top.addWidget(QLabel(self.tr("Page")))
        top.addWidget(self.page)
        top.addWidget(self.page_count)
        for text, run in ((self.tr("−"), self.zoom_out), (self.tr("+"), self.zoom_in)):
            button = QPushButton(text)
            button.setFixedWidth(32)
            button.clicked.connect(run)
            top.addWidget(button)
        fit = QPushButton(self.tr("Fit Width"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        top.addWidget(fit)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(self.tr("Save As…"))
        self.save_button.clicked.connect(self.choose_save_path)
        self.folder_button = QPushButton(self.tr("Open Folder"))
        self.folder_button.clicked.connect(self.open_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(820, 900)
        geometry = QSettings().value("pdfPreview/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.show_part(0)

    @property
    def path(self) -> Path:
        """The file shown now."""
        return self.paths[max(self.part.currentIndex(), 0)]

    def show_part(self, index: int) -> None:
        self.document.close()
        error = self.document.load(str(self.paths[index]))
        ok = error == QPdfDocument.Error.None_
        self.status.setVisible(not ok)
        if not ok:
            self.status.setText(self.tr("{0} cannot be shown: {1}").format(self.paths[index].name, error.name))
        count = self.document.pageCount() if ok else 0
        self.page.blockSignals(True)
        self.page.setRange(1 if count else 0, max(count, 0))
        self.page.setValue(1 if count else 0)
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("of {0}").format(count))
        self.print_button.setEnabled(ok and count > 0)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def go_to_page(self, number: int) -> None:
        if 1 <= number <= self.document.pageCount():
            self.view.pageNavigator().jump(number - 1, self.view.pageNavigator().currentLocation())

    def _page_shown(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.25), 6.0))

    # -- print ------------------------------------------------------------------------------------------------

    def choose_printer(self) -> None:
        """Print…: the system's print dialog (its printers, page range, copies), then `print_to`."""
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.path.stem)
        dialog = QPrintDialog(self.printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the part shown on `printer` with a progress dialog; the pages printed (0 on a refusal)."""
        total = max(self.document.pageCount(), 1)
        waiting = QProgressDialog(self.tr("Printing {0}…").format(self.path.name), self.tr("Cancel"), 0, total, self)
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(400)

        def step(done: int, of: int) -> None:
            waiting.setMaximum(of)
            waiting.setValue(done)

        try:
            return print_pdf(
                self.path, printer, step, current_page=self.page.value() - 1, cancelled=waiting.wasCanceled
            )
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            return 0
        finally:
            waiting.reset()
            waiting.deleteLater()

    # -- save and show ---------------------------------------------------------------------------------------

    def choose_save_path(self) -> None:
        """Save As…: the platform's save dialog, opened beside the file shown (the folder just chosen for it),
        then `save_to`."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save As"), str(self.path), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> Path | None:
        """Copy the part shown to `target` (atomically: the old file or the whole new one). None on a refusal."""
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.resolve() != self.path.resolve():
                write_atomically(target, self.path.read_bytes())
        except OSError as exc:  # the part shown cannot be read, or the target cannot be written
            show_error(self, exc, self.tr("Save As"))
            return None
        return target

    def open_folder(self) -> bool:
        """Show the folder that holds the file in the platform's file manager."""
        return open_folder_of(self.path)

    def done(self, result: int) -> None:
        QSettings().setValue("pdfPreview/geometry", self.saveGeometry())
        self.document.close()
        super().done(result)


def show_pdf(parent: QWidget, paths: Path | Sequence[Path], title: str | None = None) -> PdfPreview:
    """Open the preview over `parent`'s window (window-modal, deleted when closed)."""
    preview = PdfPreview(paths, parent.window(), title)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
