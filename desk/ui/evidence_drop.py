"""Files dropped on a case, or chosen with Add Evidence…, become its evidence. `evidence.files.add_files` hashes and
copies them into the vault in a `BackgroundOp`, file by file, while a window-modal dialog shows the megabytes done
and offers Cancel; the same dialog then says what was added, what was already kept (and is now linked), and what
was not added and why.

    accept_file_drops(page.table, workspace, case_at, on_added)   # drop on a row: that row's case
    accept_file_drops(page, workspace, lambda _pos: None, page.load, needs_case=False)   # evidence of no case yet

A file too large for the vault (setting `evidence_max_mb`), or one that cannot be read, is reported and skipped:
the other files of the drop are still added. Cancel stops at the next chunk; every file reported added has its
bytes and its record (the core commits one file at a time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desk.common import format_size
from desk.db import describe_database_error
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.evidence.files import AddCancelled, Added, add_files, files_in
from desk.settings import get_int
from desk.ui.worker import BackgroundOp, CancelledFn, ProgressFn

if TYPE_CHECKING:
    from desk.workspace import Workspace

CaseAt = Callable[[QPoint], CaseRef | None]
ALERT = QColor("#b3261e")  # the alert colour of style.py (QLabel#tileValueAlert)
REPORT_ROWS = 12  # the report's list shows this many lines, and scrolls for more
KIB = 1024  # progress travels in KiB: a Qt signal's int stops at 2 GiB, a drop of videos does not


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag carries: none for text, web links or anything else."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def describe_case(case: CaseRef | None) -> str:
    if case is None:
        return "no case"
    return f"order {case.label}" if case.kind == "order" else case.label


# -- the work, on the worker thread ------------------------------------------------------------------------------


@dataclass
class Skipped:
    name: str
    reason: str


@dataclass
class AddOutcome:
    """What an add did: the files found in what was given, those added (with an e-mail's attachments), those
    skipped and why, and whether the user cancelled before the end."""

    files: int = 0
    added: list[Added] = field(default_factory=list)
    given: list[str] = field(default_factory=list)  # the name each of `added` had here (kept bytes keep theirs)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # a database problem that ended the add early (it would fail every file)

    @property
    def all_added(self) -> list[Added]:
        return [item for a in self.added for item in (a, *a.attachments)]

    @property
    def new(self) -> int:
        return sum(1 for a in self.all_added if a.new)

    @property
    def linked(self) -> int:
        return sum(1 for a in self.all_added if not a.new)


@dataclass
class Current:
    """Which file the worker is on (written there, read by the dialog: one assignment, so always whole)."""

    at: tuple[int, int, str] = (0, 0, "")


def add_in_background(
    ws: Workspace,
    paths: Sequence[Path],
    case: CaseRef | None,
    progress: ProgressFn,
    cancelled: CancelledFn,
    current: Current | None = None,
) -> AddOutcome:
    """Add `paths` (folders walked) to `case` one file at a time with `add_files`: a file that cannot be added is
    skipped and named; cancelling stops at the next chunk. Progress is in KiB."""
    files = files_in(paths)
    sizes = [f.stat().st_size for f in files]
    total = sum(sizes)
    with ws.read() as session:
        limit = get_int(session, "evidence_max_mb") * 1_000_000
        if case is not None:
            case.check(session)  # gone since it was shown: say so once, not once per file
    outcome = AddOutcome(files=len(files))
    before = 0
    progress(0, total // KIB)
    for number, (path, size) in enumerate(zip(files, sizes, strict=True), start=1):
        if current is not None:
            current.at = (number, len(files), path.name)
        if size > limit:  # said before a byte is copied (the core refuses it too, with the same limit)
            outcome.skipped.append(
                Skipped(path.name, f"{format_size(size)}, above the limit of {format_size(limit)} (evidence_max_mb)")
            )
        else:
            offset = before

            def step(done: int, _total: int, offset: int = offset) -> None:
                progress((offset + done) // KIB, total // KIB)

            try:
                for added in add_files(ws, [path], case, progress=step, cancelled=cancelled):
                    outcome.added.append(added)
                    outcome.given.append(path.name)
            except AddCancelled:
                outcome.cancelled = True
                return outcome
            except (DeskError, OSError) as exc:  # too large after all (it grew), unreadable, gone
                outcome.skipped.append(Skipped(path.name, str(exc)))
            except Exception as exc:
                known = describe_database_error(exc)
                if known is None:
                    raise  # a bug: reported as one
                outcome.stopped = known
                return outcome
        before += size
        progress(before // KIB, total // KIB)
    return outcome


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
        self.on_added = on_added
        self.outcome: AddOutcome | None = None
        self.error: str | None = None
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

        work_ws, work_paths, work_case, current = workspace, self.paths, case, self._current

        def work(progress: ProgressFn, cancelled: CancelledFn) -> AddOutcome:
            return add_in_background(work_ws, work_paths, work_case, progress, cancelled, current)

        self.op: BackgroundOp[AddOutcome] = BackgroundOp(self, work)
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

    def _show_outcome(self, outcome: AddOutcome) -> None:
        self.outcome = outcome
        where = describe_case(self.case)
        new, linked = outcome.new, outcome.linked
        parts = [self.tr("{0} added to {1}").format(new, where)]
        if linked:
            parts.append(self.tr("{0} already kept and now linked").format(linked))
        if outcome.skipped:
            parts.append(self.tr("{0} not added").format(len(outcome.skipped)))
        summary = ", ".join(parts)
        if outcome.cancelled or outcome.stopped:
            verb = self.tr("Cancelled") if outcome.cancelled else self.tr("Stopped")
            self.heading.setText(
                self.tr("{0}: {1} of {2} files were added to {3}; the rest were not.").format(
                    verb, len(outcome.added), outcome.files, where
                )
            )
        elif not outcome.files:
            self.heading.setText(self.tr("There were no files to add (hidden files are left out)."))
        else:
            self.heading.setText(summary + ".")
        for given, added in zip(outcome.given, outcome.added, strict=True):
            for item, name in [(added, given), *((a, a.name) for a in added.attachments)]:
                if item.new:
                    state = self.tr("added as {0}").format(item.kind.value.replace("_", " "))
                elif item.name == name:
                    state = self.tr("already kept, now linked")
                else:
                    state = self.tr("already kept as {0}, now linked").format(item.name)
                self._line(f"{name} — {state}", alert=False)
                if item.warning:
                    self._line(self.tr("{0} — warning: {1}").format(name, item.warning), alert=True)
        for skipped in outcome.skipped:
            self._line(self.tr("{0} — not added: {1}").format(skipped.name, skipped.reason), alert=True)
        if outcome.stopped:
            self._line(outcome.stopped, alert=True)
        self._finish()
        if outcome.added and self.on_added is not None:
            self.on_added()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DeskError | OSError):  # a folder that went away, a case deleted meanwhile
            message = str(error)
        else:
            known = describe_database_error(error)
            if known is None:
                self._finish()
                raise error  # a bug: let it be reported
            message = known
        self.error = message
        self.heading.setText(self.tr("Nothing was added."))
        self._line(message, alert=True)
        self._finish()

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


def add_evidence(
    parent: QWidget,
    workspace: Workspace,
    paths: Sequence[Path],
    case: CaseRef | None,
    on_added: Callable[[], None] | None = None,
) -> AddEvidenceDialog:
    """Add `paths` to `case` in the background with a window-modal progress dialog over `parent`'s window, which
    becomes the report; `on_added()` runs when anything was added (lists refresh)."""
    dialog = AddEvidenceDialog(workspace, paths, case, on_added, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog.start()


def choose_and_add(
    parent: QWidget, workspace: Workspace, case: CaseRef, on_added: Callable[[], None] | None = None
) -> AddEvidenceDialog | None:
    """Add Evidence…: the platform's file dialog, then `add_evidence`. None when nothing was chosen."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, parent.tr("Add Evidence to {0}").format(describe_case(case)), "", parent.tr("All files (*)")
    )
    if not names:
        return None
    return add_evidence(parent, workspace, [Path(n) for n in names], case, on_added)


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
        on_added: Callable[[], None] | None,
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
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
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
        paths = dropped_paths(event.mimeData())
        if not paths:  # text, a web link, a row of another list: not for us, and not for the view either
            event.ignore()
            return True
        pos = event.position().toPoint()
        case = self.case_at(pos)
        wanted = case is not None or not self.needs_case
        if kind == QEvent.Type.DragEnter:
            # Accepted wherever it enters: the moves that follow say where it may land (a refused enter would
            # get no moves at all).
            self._accept(event)
            self._hint_for(case, wanted)
            return True
        if kind == QEvent.Type.DragMove:
            if wanted:
                self._accept(event)
            else:
                event.ignore()
            self._hint_for(case, wanted)
            return True
        self._hint("")
        if not wanted:
            event.ignore()
            return True
        self._accept(event)
        self.dropped.emit(case)
        self.last = add_evidence(self.target, self.workspace, paths, case, self.on_added)
        return True

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
    none adds evidence of no case. `on_added()` runs after an add that added anything."""
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    if target is not widget:
        widget.setAcceptDrops(True)
    return FileDrops(target, workspace, case_at, on_added, needs_case=needs_case)
