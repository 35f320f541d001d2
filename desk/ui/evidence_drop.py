"""Files dropped on a case, or chosen with Add Evidence…, become its evidence. The `add_evidence` operation runs in
a `BackgroundOp` while a window-modal dialog shows the megabytes done and the file being added, and offers Cancel;
the same dialog then says what was added and what was already kept (and is now linked). The dialog announces what
changed (`desk.ui.changes`): the pages that show evidence reload.

    accept_file_drops(page.table, workspace, case_at)   # drop on a row: that row's case
    accept_file_drops(page, workspace, lambda _pos: None, needs_case=False)   # evidence of no case yet

Every file is checked before any is added, as `desk evidence add` does: when one is missing, unreadable or too
large for the vault (setting `evidence_max_mb`), the report names every such file and why, and nothing is added;
such a file found inside a dropped folder is skipped instead, named in the report, and the rest are added.
Cancel stops at the next chunk; every file added before has its bytes and its record (the operation commits one
file at a time).

Messages dragged from Outlook are files with no path (desk.ui.mail_drags): they are saved to a temporary folder,
added from there, and the folder is removed when the add ends. Apple Mail's drags hold no file Qt can read: the drop
is taken, and Desk says how to add the message instead."""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desk.apple_mail import MailMessage, MailUnavailable, dragged_ids
from desk.apple_mail import fetch as fetch_from_mail
from desk.common import Cancelled, OperationCancelled, Progress, format_size, words
from desk.errors import classify
from desk.evidence.cases import CaseRef
from desk.evidence.intake import FilesRefused, gather
from desk.operations import Record, changed
from desk.operations.evidence import AddEvidence, EvidenceAdded, add_evidence
from desk.ui.changes import announce
from desk.ui.mail_drags import Saved, has_virtual_files, is_mail_drag, save_files, save_virtual_files
from desk.ui.tr_context import TrContext
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.workspace import Workspace

CaseAt = Callable[[QPoint], CaseRef | None]
ALERT = QColor("#b3261e")  # the alert colour of style.py (QLabel#tileValueAlert)
REPORT_ROWS = 12  # the report's list shows this many lines, and scrolls for more
KIB = 1024  # progress travels in KiB: a progress bar's int stops at 2 GiB, a drop of videos does not


EvidenceDrop = TrContext("EvidenceDrop")


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag carries: none for text, web links or anything else."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def describe_case(case: CaseRef | None) -> str:
    return case.named if case is not None else EvidenceDrop.tr("no case")


class Current:
    """Which file the add is on, from the bytes done: written on the worker thread, read by the dialog (one
    assignment, so always whole)."""

    def __init__(self) -> None:
        self.at: tuple[int, int, str] = (0, 0, "")
        self._files: list[Path] = []
        self._ends: list[int] = []

    def learn(self, paths: Sequence[Path]) -> None:
        """The files the add takes (the operation walks the folders again), for naming the one being copied."""
        files, _problems = gather(paths)
        sizes = []
        for path in files:
            try:
                sizes.append(path.stat().st_size)
            except OSError:  # the operation names it
                sizes.append(0)
        self._files, self._ends = files, list(accumulate(sizes))

    def move_to(self, done: int) -> None:
        if self._files:
            number = min(bisect_right(self._ends, done), len(self._files) - 1)
            self.at = (number + 1, len(self._files), self._files[number].name)


# -- the dialog --------------------------------------------------------------------------------------------------


class AddEvidenceDialog(QDialog):
    """Progress (megabytes, the file being added) and Cancel while the files are added; then the report."""

    ended = Signal()  # the add has ended (added, cancelled or failed) and the report is shown

    def __init__(
        self,
        workspace: Workspace,
        paths: Sequence[Path],
        case: CaseRef | None,
        on_added: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.paths = list(paths)
        self.case = case
        self.on_added = on_added  # a widget's own refresh (the pages reload from the announcement)
        self.outcome: EvidenceAdded | None = None
        self.error: str | None = None  # what stopped the add: a refusal, a cancel, a known problem
        self.cancelled = False
        self._current = Current()
        self.setObjectName("addEvidenceDialog")
        self.setWindowTitle(self.tr("Add Evidence"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)

        self.heading = QLabel(self.tr("Adding files to {0}").format(describe_case(case)))
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.file_label = QLabel(self.tr("Looking through what was given…"))
        self.file_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress arrives
        self.bar.setTextVisible(False)
        self.amount = QLabel()
        self.amount.setObjectName("countLabel")
        self.report = QListWidget()
        self.report.setObjectName("addReport")
        self.report.setWordWrap(True)
        self.report.setVisible(False)
        self.report.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.amount)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)

        request = AddEvidence(tuple(self.paths), case)
        current = self._current

        def work(progress: Progress, cancelled: Cancelled) -> EvidenceAdded:
            current.learn(request.paths)

            def in_kib(done: int, total: int) -> None:
                current.move_to(done)
                progress(done // KIB, total // KIB)

            return add_evidence(workspace, request, progress=in_kib, cancelled=cancelled)

        self.op: BackgroundOp[EvidenceAdded] = BackgroundOp(self, work)
        self.op.on_progress(self._progressed).on_success(self._show_outcome).on_failure(self._failed)
        self.op.finished.connect(self.ended)
        self._window = parent.window() if parent is not None else None
        if self._window is not None:
            self._window.installEventFilter(self)  # the window closing cancels the add

    def start(self) -> AddEvidenceDialog:
        self.op.run_in_background()
        return self

    @property
    def busy(self) -> bool:
        return self.op.running

    def _progressed(self, done_kib: int, total_kib: int) -> None:
        number, count, name = self._current.at
        if count:
            self.file_label.setText(self.tr("{0} ({1} of {2})").format(name, number, count))
        self.bar.setRange(0, max(total_kib, 1))
        self.bar.setValue(min(done_kib, total_kib))
        self.amount.setText(self.tr("{0} of {1}").format(format_size(done_kib * KIB), format_size(total_kib * KIB)))

    def _show_outcome(self, outcome: EvidenceAdded) -> None:
        self.outcome = outcome
        where = describe_case(self.case)
        if not outcome.files and not outcome.skipped:
            self.heading.setText(self.tr("There were no files to add (hidden files are left out)."))
        else:
            parts = [self.tr("{0} added to {1}").format(outcome.new, where)]
            if outcome.linked:
                parts.append(self.tr("{0} already kept and now linked").format(outcome.linked))
            if outcome.skipped:
                parts.append(self.tr("{0} not added").format(len(outcome.skipped)))
            self.heading.setText(", ".join(parts) + ".")
        for problem in outcome.skipped:  # found in a folder and skipped: the rest were added
            self._line(self.tr("{0} — not added: {1}").format(problem.path.name, problem.reason), alert=True)
        for added in outcome.added:
            for item, name in ((a, a.given) for a in added.with_all()):
                if item.new:
                    state = self.tr("added as {0}").format(words(item.kind).lower())
                elif item.name == name:
                    state = self.tr("already kept, now linked")
                else:
                    state = self.tr("already kept as {0}, now linked").format(item.name)
                self._line(f"{name} — {state}", alert=False)
                if item.warning:
                    self._line(self.tr("{0} — warning: {1}").format(name, item.warning), alert=True)
        self._finish()
        announce(outcome)
        if outcome.added and self.on_added is not None:
            self.on_added()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, FilesRefused):  # checked before anything was added: nothing was
            self.error = str(error)
            count = len(error.problems)
            self.heading.setText(self.tr("Nothing was added: %n file(s) cannot be added.", "", count))
            for problem in error.problems:
                self._line(f"{problem.path.name} — {problem.reason}", alert=True)
            self._finish()
            return
        if isinstance(error, OperationCancelled):
            self.cancelled = True
            self.error = str(error)
            self.heading.setText(str(error))  # it says how many files were added before the stop
            self._finish()
            announce(changed(Record.EVIDENCE))  # the files added before the stop
            return
        told = classify(error, database=self.workspace.db_path)
        if told.is_bug:
            self._finish()
            raise error  # a bug: let it be reported
        message = told.message
        self.error = message
        kept = getattr(error, "__notes__", [])  # the operation notes the files added before an error
        self.heading.setText(kept[0] if kept else self.tr("Nothing was added."))
        self._line(message, alert=True)
        self._finish()
        if kept:
            announce(changed(Record.EVIDENCE))

    def _line(self, text: str, *, alert: bool) -> None:
        item = QListWidgetItem(text)
        if alert:
            item.setForeground(QBrush(ALERT))
        self.report.addItem(item)

    def _finish(self) -> None:
        self.bar.setVisible(False)
        self.file_label.setVisible(False)
        self.amount.setVisible(False)
        shown = min(self.report.count(), REPORT_ROWS)
        height = sum(self.report.sizeHintForRow(row) for row in range(shown)) + 2 * self.report.frameWidth() + 4
        self.report.setFixedHeight(height)
        self.report.setVisible(self.report.count() > 0)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
        self.adjustSize()

    def reject(self) -> None:
        """Cancel (the button, Escape, the window's close button) stops the add; the report then says what was
        added. Once it has ended, Close closes."""
        if self.busy:
            self.op.cancel()
            self.amount.setText(self.tr("Cancelling…"))
            self.buttons.setEnabled(False)  # until the report shows
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._cancel_if_window_closed)
        return False

    def _cancel_if_window_closed(self) -> None:
        if self._window is not None and not self._window.isVisible() and self.busy:
            self.op.cancel()


def add_evidence_from(
    parent: QWidget,
    workspace: Workspace,
    paths: Sequence[Path],
    case: CaseRef | None,
    on_added: Callable[[], None] | None = None,
) -> AddEvidenceDialog:
    """Add `paths` to `case` in the background with a window-modal progress dialog over `parent`'s window, which
    becomes the report; `on_added()` runs when anything was added, for a widget's own refresh."""
    dialog = AddEvidenceDialog(workspace, paths, case, on_added, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog.start()


def choose_and_add(parent: QWidget, workspace: Workspace, case: CaseRef | None) -> AddEvidenceDialog | None:
    """Add Evidence…: the platform's file dialog, then `add_evidence_from`; `case` None: evidence of no case yet
    (the Evidence page). None when nothing was chosen."""
    title = (
        EvidenceDrop.tr("Add Evidence to {0}").format(describe_case(case)) if case else EvidenceDrop.tr("Add Evidence")
    )
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", EvidenceDrop.tr("All files (*)"))
    if not names:
        return None
    return add_evidence_from(parent, workspace, [Path(n) for n in names], case)


# -- drops -----------------------------------------------------------------------------------------------------


class FileDrops(QObject):
    """Takes drops of local files and folders on a widget (a view's viewport): accepted where `case_at(pos)` names
    a case, or anywhere when no case is needed; anything but files is refused."""

    dropped = Signal(object)  # the CaseRef (or None) the files were dropped on, before the add starts

    def __init__(
        self,
        target: QWidget,
        workspace: Workspace,
        case_at: CaseAt,
        on_added: Callable[[], None] | None = None,
        *,
        needs_case: bool = True,
    ) -> None:
        super().__init__(target)
        self.target = target
        self.workspace = workspace
        self.case_at = case_at
        self.on_added = on_added
        self.needs_case = needs_case
        self.last: AddEvidenceDialog | None = None  # the dialog of the latest drop (tests wait on it)
        self.notice: QMessageBox | None = None  # what the latest drop that added nothing said instead
        self.asking_mail: BackgroundOp[tuple[list[MailMessage], list[str]]] | None = None  # the latest drop from Mail
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self.target:
            take_outlook_messages(self.target.window())
            return False
        if watched is not self.target or kind not in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.DragLeave,
            QEvent.Type.Drop,
        ):
            return False
        if kind == QEvent.Type.DragLeave:
            self._hint("")
            return False
        assert isinstance(event, QDropEvent)  # DragEnter and DragMove events are drop events too
        mime = event.mimeData()
        paths = dropped_paths(mime)
        virtual = not paths and has_virtual_files(mime)  # messages dragged from Outlook
        from_mail = not paths and not virtual and is_mail_drag(mime)  # Apple Mail's, which Qt cannot read
        if not (paths or virtual or from_mail):  # text, a web link, a row of another list: not for us, nor the view
            event.ignore()
            return True
        pos = event.position().toPoint()
        case = self.case_at(pos)
        # The messages a drag from Mail names can be asked of Mail (desk.apple_mail)
        mail_ids = dragged_ids(url.toString() for url in mime.urls()) if from_mail else []
        # A drag from Mail that names none is taken anywhere: dropping it is how the user learns what to do instead.
        untold = from_mail and not mail_ids
        wanted = untold or case is not None or not self.needs_case
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            # Accepted wherever it enters: the moves that follow say where it may land (a refused enter would
            # get no moves at all).
            if wanted or kind == QEvent.Type.DragEnter:
                self._accept(event)
            else:
                event.ignore()
            if untold:
                self._hint(self.tr("Messages cannot be added straight from Mail: drop to see how"))
            else:
                self._hint_for(case, wanted)
            return True
        self._hint("")
        if not wanted:
            event.ignore()
            return True
        self._accept(event)
        if mail_ids:
            QTimer.singleShot(0, self, lambda: self._ask_mail(mail_ids, case))  # Mail answers once its drag ended
            return True
        if from_mail:
            self._tell(self.tr("Adding a message from Mail"), self._mail_advice())
            return True
        saved = self._save_dragged(mime) if virtual else None
        if saved is not None:
            paths = saved.paths
        if paths:
            self._add(paths, case, saved)
        return True

    def _add(self, paths: list[Path], case: CaseRef | None, saved: Saved | None) -> None:
        """Add `paths` as evidence of `case`; the temporary copies in `saved` go once the add has ended."""
        self.dropped.emit(case)
        self.last = add_evidence_from(self.target, self.workspace, paths, case, self.on_added)
        if saved is not None:
            # The vault has its own copies by then. A lambda: a plain object's bound method would be held weakly.
            self.last.ended.connect(lambda: saved.discard())

    def _mail_advice(self) -> str:
        return self.tr(
            "Mail does not hand its messages to other programs. Drag the message from Mail to the desktop "
            "or a Finder window first (Mail saves it there as an .eml file), then drag that file onto Desk."
        )

    def _ask_mail(self, message_ids: list[str], case: CaseRef | None) -> None:
        """Ask Mail for the dropped messages' sources, on a worker (the first time, macOS asks the user first)."""
        self._hint(self.tr("Asking Mail for the message…"))
        op: BackgroundOp[tuple[list[MailMessage], list[str]]] = BackgroundOp(
            self, lambda _progress, _cancelled: fetch_from_mail(message_ids)
        )
        op.on_success(lambda got: self._add_from_mail(*got, case)).on_failure(self._mail_failed)
        self.asking_mail = op.run_in_background()

    def _add_from_mail(self, messages: list[MailMessage], missing: list[str], case: CaseRef | None) -> None:
        self._hint("")
        if missing:
            self._tell(
                self.tr("Adding a message from Mail"),
                self.tr(
                    "Mail did not hand over {0} of the dragged messages: select them in Mail, then drag them again. "
                    "{1}"
                ).format(len(missing), self._mail_advice()),
            )
        if not messages:
            return
        saved = self._written(lambda: save_files((message.name, message.source, None) for message in messages))
        if saved is not None:
            self._add(saved.paths, case, saved)

    def _mail_failed(self, error: BaseException) -> None:
        self._hint("")
        if not isinstance(error, MailUnavailable):
            raise error
        self._tell(self.tr("Adding a message from Mail"), f"{error}. {self._mail_advice()}")

    def _save_dragged(self, mime: QMimeData) -> Saved | None:
        """The drag's files written where they can be added from; what could not be is said."""
        saved = self._written(lambda: save_virtual_files(mime))
        if saved is None:
            return None
        if saved.missing:
            self._tell(
                self.tr("Adding a message from Outlook"),
                self.tr(
                    "Outlook did not hand over {0}. Drag the message from Outlook to the desktop or a folder first "
                    "(Outlook saves it there as a .msg file), then drag that file onto Desk."
                ).format(", ".join(saved.missing)),
            )
        if not saved.paths:
            saved.discard()
        return saved

    def _written(self, write: Callable[[], Saved]) -> Saved | None:
        """`write()`, the dragged files kept in a temporary folder; None, said to the user, when they could not be."""
        try:
            return write()
        except OSError as error:
            told = classify(error, database=self.workspace.db_path)
            if told.is_bug:
                raise
            why = self.tr("Desk could not keep the dragged files: {0}").format(told.message)
            self._tell(self.tr("Adding dragged files"), why)
            return None

    def _tell(self, title: str, text: str) -> None:
        """Say it in a window-modal message that does not hold up the drop (the other program waits for it)."""
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Information, title, text, ok, self.target.window())
        box.setObjectName("dropNotice")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notice = box

    @staticmethod
    def _accept(event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)  # the user's file stays where it is
        event.accept()

    def _hint_for(self, case: CaseRef | None, wanted: bool) -> None:
        if case is not None:
            self._hint(self.tr("Drop to add the files as evidence to {0}").format(describe_case(case)))
        elif wanted:
            self._hint(self.tr("Drop to add the files as evidence"))
        else:
            self._hint(self.tr("Drop the files on a row to add them as its evidence"))

    def _hint(self, text: str) -> None:
        window = self.target.window()
        if isinstance(window, QMainWindow):
            if text:
                window.statusBar().showMessage(text)
            else:
                window.statusBar().clearMessage()


def accept_file_drops(
    widget: QWidget,
    workspace: Workspace,
    case_at: CaseAt,
    on_added: Callable[[], None] | None = None,
    *,
    needs_case: bool = True,
) -> FileDrops:
    """Let files and folders be dropped on `widget` (on its viewport, for a table or other scroll area) to add them
    as evidence for the case `case_at(pos)` names (`pos` in the viewport's coordinates, as `indexAt` wants).
    With `needs_case`, a drop is accepted only where `case_at` names a case; without it, a drop where it names
    none adds evidence of no case. The add announces what changed, so pages reload; `on_added()` is for a widget
    that shows the evidence and is no page (the Deposits page's documents)."""
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    if target is not widget:
        widget.setAcceptDrops(True)
    return FileDrops(target, workspace, case_at, on_added, needs_case=needs_case)


def take_outlook_messages(window: QWidget) -> None:
    """On Windows, let the window read the messages Outlook drags (desk.ui.ole_drops): Qt's own drop target gets
    them empty. Once a window is shown, Qt has registered its target; doing it again does nothing."""
    if sys.platform == "win32" and QGuiApplication.platformName() == "windows":
        from desk.ui import ole_drops

        ole_drops.put_in_front(int(window.winId()))
