"""A file dropped on the Orders page opens the Import dialog on it, as File › Import Orders… opens it (window-modal
over the main window; nothing is written until the user imports). A drop on an order's row stays what it was: the
files become that order's evidence (`desk.ui.evidence_drop`). Anything that is not one export file (a folder, a
PDF, several files) is refused: the status bar says why while the drag is over the page, and again when it is
dropped; nothing opens.

    drops = accept_import_drops(page, workspace)   # after the page's evidence drops (its filter must come first)"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMainWindow

from desk.ui.evidence_drop import dropped_paths
from desk.ui.import_dialog import SUFFIXES, ImportDialog, open_import_dialog
from desk.ui.tr_context import TrContext

if TYPE_CHECKING:
    from desk.ui.list_page import ListPage
    from desk.workspace import Workspace

REFUSAL_MS = 15_000  # how long a refusal stays in the status bar after the drop


ImportDropTexts = TrContext("ImportDropTexts")


def refusal(paths: list[Path]) -> str | None:
    """Why `paths` cannot be imported, in plain words; None when they are one file the Import dialog reads."""
    if len(paths) > 1:
        return ImportDropTexts.tr("%n file(s): drop one export at a time to import its orders.", "", len(paths))
    path = paths[0]
    if path.is_dir():
        folder = ImportDropTexts.tr('"{0}" is a folder: drop the export file itself (CSV, TSV, TXT, XLSX or XLSM).')
        return folder.format(path.name)
    if path.suffix.casefold() not in SUFFIXES:
        return ImportDropTexts.tr(
            '"{0}" is not an order export: Desk imports CSV, TSV, TXT, XLSX and XLSM files. To keep it as '
            "evidence, drop it on the order's row."
        ).format(path.name)
    return None


class ImportDrops(QObject):
    """Takes drops of one export file on the Orders page (anywhere but on a row of its list) and opens the Import
    dialog on it; `opened(dialog)` then."""

    opened = Signal(object)

    def __init__(self, page: ListPage, workspace: Workspace) -> None:
        super().__init__(page)
        self.page = page
        self.workspace = workspace
        self.viewport = page.table.viewport()
        self.last: ImportDialog | None = None  # the dialog the latest drop opened
        self.refused: str | None = None  # what the status bar says about the drag over the page now
        for target in (page, self.viewport):
            target.setAcceptDrops(True)
            target.installEventFilter(self)  # after the evidence drops' filter: this one sees the events first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            if self.refused is not None:  # said; it stays a while after the drag has gone
                self._say(self.refused, REFUSAL_MS)
                self.refused = None
                return watched is self.viewport  # the evidence drops would clear the status bar
            if watched is self.page:
                self._say("")
            return False
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)
        paths = dropped_paths(event.mimeData())
        if not paths:
            return False  # text, a link, a row of a list: not a file for this page
        if watched is self.viewport and self.page.table.indexAt(event.position().toPoint()).isValid():
            self.refused = None
            return False  # on a row: the files are that order's evidence
        why = refusal(paths)
        if kind == QEvent.Type.Drop:
            self.refused = None
            if why is not None:
                event.ignore()
                self._say(why, REFUSAL_MS)
                return True
            self._say("")
            event.setDropAction(Qt.DropAction.CopyAction)  # the user's file stays where it is
            event.accept()
            self._open(paths[0])
            return True
        if why is None or kind == QEvent.Type.DragEnter:
            # Accepted wherever it enters (a refused enter would get no moves), but only dropped where it may be.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        if why is not None and kind == QEvent.Type.DragMove:
            event.ignore()
        self.refused = why
        self._say(why or self.tr("Drop to import the orders in {0}").format(paths[0].name))
        return True

    def _open(self, path: Path) -> None:
        self.last = open_import_dialog(self.page.window(), self.workspace, path)
        self.opened.emit(self.last)

    def _say(self, text: str, timeout: int = 0) -> None:
        window = self.page.window()
        if isinstance(window, QMainWindow):
            if text:
                window.statusBar().showMessage(text, timeout)
            else:
                window.statusBar().clearMessage()


def accept_import_drops(page: ListPage, workspace: Workspace) -> ImportDrops:
    """Let an export file dropped on `page` (the Orders page) open the Import dialog on it."""
    return ImportDrops(page, workspace)

