"""The open data folder: its workspace and the main window that shows it, and the switch to another folder
(File → Open Data Folder…, File → Open Recent).

One folder is open at a time. Opening one — at start or in place of another — runs on a worker (`BackgroundOp`):
a big upgrade takes minutes (a backup, then the migration), and the window must go on painting meanwhile. The
window's menus and pages are off until the open ends, so that nothing else can start; `OpeningDialog` shows the
steps and offers Cancel while stopping is safe.

The other folder is opened first, while the current one stays open, so that a folder that cannot be opened (not
writable, written by a newer Desk, a broken file) leaves everything as it was. Only then is the current one closed:
its background work finished, its window state saved, its window — pages, dialogs and the Undo history with them —
closed and deleted, its workspace closed. The new folder gets a new window: nothing of the old one, Undo least of
all, can reach into it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk.common import Cancelled, OperationCancelled, Progress
from desk.errors import ServerSchemaOlderError, classify
from desk.logs import use_data_folder
from desk.paths import DB_NAME
from desk.team_link import LINK_NAME
from desk.ui.errors import show_bug
from desk.ui.main_window import MainWindow
from desk.ui.recent_folders import remember_folder
from desk.ui.worker import BackgroundOp, operations_running

if TYPE_CHECKING:
    from desk.opening import OpenedFolder
    from desk.ui.opening_dialog import OpeningDialog
    from desk.workspace import Workspace

WAIT_SECONDS = 10.0  # for the current folder's background work to end before another folder is opened


class _Steps(QObject):
    """Carries the open's steps from the worker to the GUI thread (it lives there: signals to it are queued)."""

    stepped = Signal(str, "qint64", "qint64")  # type: ignore[arg-type]  # bytes: int is 32 bits to Qt


class _Opening(QObject):
    """One open under way: its operation, its dialog, and the window it keeps quiet meanwhile. The window may not
    close while the open can no longer be stopped; before that, closing it cancels the open."""

    def __init__(
        self, window: MainWindow, op: BackgroundOp[OpenedFolder], dialog: OpeningDialog, steps: _Steps
    ) -> None:
        super().__init__()
        self.window, self.op, self.dialog, self.steps = window, op, dialog, steps
        steps.stepped.connect(dialog.show_step)
        dialog.cancel_asked.connect(op.cancel)
        self._quiet(True)
        window.installEventFilter(self)

    def end(self) -> None:
        self.window.removeEventFilter(self)
        self._quiet(False)
        self.dialog.finish()

    def _quiet(self, quiet: bool) -> None:
        # The menu bar as a whole: a shortcut of a menu's item still works while only the menu's title is disabled.
        for part in (self.window.menuBar(), self.window.centralWidget()):
            if part is not None:
                part.setEnabled(not quiet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            if self.dialog.changing:
                event.ignore()
                self.dialog.show()  # its note says why the open cannot be stopped
                return True
            self.op.cancel()  # and the window closes
        return False


class OpenFolder(QObject):
    """Owns the open data folder and its window; `run_gui` holds one for the application's life."""

    switched = Signal(object)  # the new MainWindow, its folder open and attached
    open_ended = Signal(bool)  # an open (at start or a switch) has ended: whether its folder is now the open one

    def __init__(self, data_dir: Path, *, remember: bool = True) -> None:
        super().__init__()
        self.remember = remember  # window state and Open Recent in QSettings (not for screenshots)
        self.workspace: Workspace | None = None
        self.window = self._new_window(data_dir)
        self._opening: _Opening | None = None

    def _new_window(self, data_dir: Path) -> MainWindow:
        window = MainWindow(data_dir, remember=self.remember)
        window.folder_wanted.connect(self.switch_to)
        window.language_wanted.connect(self.change_language, Qt.ConnectionType.QueuedConnection)
        return window

    @property
    def opening(self) -> bool:
        """Whether a folder is being opened."""
        return self._opening is not None

    # -- at start -----------------------------------------------------------------------------------------------

    def open_first(self, on_failure: Callable[[], None] | None = None) -> None:
        """Open the window's folder (at start, once the window shows). When it cannot be opened, say why, then
        call `on_failure`; when the user stops it, the window stays, with no folder open."""
        window = self.window

        def failed(exc: BaseException) -> None:
            problem = classify(exc, database=window.data_dir / DB_NAME)
            if isinstance(exc, OperationCancelled):
                window.opening.setText(self.tr("No data folder is open. Choose one with File → Open Data Folder…"))
                window.folder_label.setText(self.tr("No data folder open"))
                window.statusBar().showMessage(problem.message)
                return
            if isinstance(exc, ServerSchemaOlderError):
                self.offer_upgrade(window.data_dir, problem.message, lambda: self.open_first(on_failure))
                return
            if problem.is_bug:
                show_bug(exc, window, wait=True)
            else:
                QMessageBox.critical(window, self.tr("Desk cannot open the data folder"), problem.message)
            if on_failure is not None:
                on_failure()

        def attach(opened: OpenedFolder) -> bool:
            self._attach(window, opened)
            return True

        self._start(window.data_dir, attach, failed)

    # -- switching ------------------------------------------------------------------------------------------------

    def switch_to(self, folder: Path) -> bool:
        """Start opening `folder` in place of the current one: whether it is open or being opened (`open_ended`
        says how that ends; `switched` gives the new window); False after saying why not."""
        window = self.window
        folder = folder.expanduser().resolve()
        if self.workspace is not None and folder == self.workspace.root:
            window.statusBar().showMessage(self.tr("That data folder is already open."), 5000)
            return True
        if self._opening is not None:
            self._say(self.tr("Another data folder is being opened. Try again when it is open."))
            return False
        if self._dialog_open():
            self._say(self.tr("Close the open dialog first, then open the other data folder."))
            return False
        linked = (folder / LINK_NAME).exists()  # a team folder: its records are on the server
        if not (folder / DB_NAME).exists() and not linked and not self._start_new_there(folder):
            return False
        if not self._background_work_ended():
            self._say(self.tr("Desk is still working in this data folder. Try again when it has finished."))
            return False
        self._start(folder, lambda opened: self._replace(window, opened), lambda exc: self._refused(exc, folder))
        return True

    def _replace(self, window: MainWindow, opened: OpenedFolder) -> bool:
        """The new folder is open: the current one closes, and a new window shows the new one (False: it could
        not, the new one was closed again)."""
        if not self._background_work_ended():  # started while the folder opened (a page's timer)
            opened.workspace.close()
            self._say(self.tr("Desk is still working in this data folder. Try again when it has finished."))
            return False
        self._close_current()
        self.window = self._new_window(opened.workspace.root)
        self.window.show()
        window.close()  # after the new one shows: closing the last window would end the application
        window.deleteLater()
        self._attach(self.window, opened)
        self.switched.emit(self.window)
        return True

    # -- the window's language -----------------------------------------------------------------------------------

    def change_language(self, choice: str) -> None:
        """Speak `choice` (from Preferences): the window is built again in it, on the same folder, page and record,
        its size and place kept. Texts set when a widget was made are only right in a widget made afresh."""
        from desk.ui.language import switch

        app = QCoreApplication.instance()
        assert app is not None
        switch(app, choice)
        old, workspace = self.window, self.workspace
        if workspace is None or self._opening is not None:
            return  # nothing open yet: the next window opens in the new language
        place = old.place()
        if self.remember:
            old.save_state()
        old.detach()
        new = self._new_window(workspace.root)
        new.resize(old.size())  # where it was and as big: not through saved geometry, which a screen may trim
        new.move(old.pos())
        self.window = new
        new.showMaximized() if old.isMaximized() else new.show()
        old.quitting = True  # gone, not kept in the notification area
        old.close()
        old.deleteLater()
        new.attach(workspace)
        new.go_to(place)
        self.switched.emit(new)

    def _start_new_there(self, folder: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open Data Folder"),
            self.tr("{0} has no Desk data. Start a new data folder there?").format(folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("startDataFolder")
        box.setInformativeText(self.tr("Desk will keep its database, evidence files, backups and log there."))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter alone must not make a folder
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Start New Data Folder"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _dialog_open(self) -> bool:
        """Whether a dialog of the current window is open (what was typed in it would be lost)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._belongs(widget):
                return True
        return False

    def _belongs(self, widget: QObject) -> bool:
        parent = widget.parent()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parent()
        return False

    def _background_work_ended(self) -> bool:
        """Let the current folder's background work end (a page still reading, a list being exported), the
        window disabled meanwhile; False when it has not ended within WAIT_SECONDS."""
        if operations_running():
            deadline = time.monotonic() + WAIT_SECONDS
            wait, timer = QEventLoop(), QTimer()
            timer.setInterval(20)
            timer.timeout.connect(lambda: None if operations_running() and time.monotonic() < deadline else wait.quit())
            self.window.setEnabled(False)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                timer.start()
                wait.exec()
                timer.stop()
            finally:
                QApplication.restoreOverrideCursor()
                self.window.setEnabled(True)
        if operations_running():
            return False
        QThreadPool.globalInstance().waitForDone()  # a worker that has delivered may still be returning
        return True

    def offer_upgrade(self, folder: Path, message: str, then: Callable[[], object]) -> None:
        """A team server older than this Desk: its owner may upgrade it from here (`desk team upgrade`: a copy by
        pg_dump first), after which `then` opens it. Enter means Cancel: an upgrade is never one stray key away."""
        title = self.tr("The team server needs an upgrade")
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.window)
        box.setObjectName("upgradeServer")
        box.setInformativeText(
            self.tr(
                "If you are the team's owner and the other desks have closed Desk, you can upgrade the server now."
            )
        )
        upgrade = box.addButton(self.tr("&Upgrade the Server"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not upgrade:
            return
        from desk.operations.team import upgrade_team_server

        def upgraded(result: object) -> None:
            self.window.statusBar().showMessage(
                self.tr("The team server was upgraded; the copy from before is {0}.").format(
                    getattr(result, "backup", "")
                ),
                15_000,
            )
            then()

        def refused(error: BaseException) -> None:
            told = classify(error)
            if told.is_bug:
                show_bug(error, self.window)
            else:
                self._say(told.message, title=self.tr("The team server was not upgraded"))

        self.window.statusBar().showMessage(self.tr("Copying the team server's database, then upgrading it…"))
        op = BackgroundOp(self.window, lambda _progress, _cancelled: upgrade_team_server(folder))
        op.on_success(upgraded).on_failure(refused).run_in_background()

    def _refused(self, exc: BaseException, folder: Path) -> None:
        problem = classify(exc, database=folder / DB_NAME)
        if isinstance(exc, ServerSchemaOlderError):
            self.offer_upgrade(folder, problem.message, lambda: self.switch_to(folder))
        elif isinstance(exc, OperationCancelled):
            self.window.statusBar().showMessage(problem.message, 10_000)
        elif problem.is_bug:
            show_bug(exc, self.window)
        else:
            self._say(problem.message, title=self.tr("Desk cannot open the data folder"))

    def _say(self, message: str, *, title: str | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title or self.tr("Open Data Folder"), message, parent=self.window)
        box.setObjectName("openFolderRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- opening, on a worker -------------------------------------------------------------------------------------

    def _start(
        self, folder: Path, opened: Callable[[OpenedFolder], bool], failed: Callable[[BaseException], None]
    ) -> None:
        """Open `folder` on a worker, the window quiet and the steps shown meanwhile; then `opened` (whether the
        folder took its place) or `failed`."""
        from desk.ui.opening_dialog import OpeningDialog

        window = self.window
        steps = _Steps()

        def work(_progress: Progress, cancelled: Cancelled) -> OpenedFolder:
            from desk.opening import open_folder  # the database layer: loaded here, off the GUI thread

            return open_folder(folder, progress=steps.stepped.emit, cancelled=cancelled)

        op: BackgroundOp[OpenedFolder] = BackgroundOp(window, work)
        opening = _Opening(window, op, OpeningDialog(window, folder), steps)
        self._opening = opening

        def succeeded(result: OpenedFolder) -> None:
            self._end(opening)
            took = False
            try:
                took = opened(result)
            finally:
                self.open_ended.emit(took)

        def refused(exc: BaseException) -> None:
            self._end(opening)
            failed(exc)
            self.open_ended.emit(False)

        op.on_success(succeeded).on_failure(refused)
        op.finished.connect(lambda: self._end(opening))  # also when a callback raised
        op.run_in_background()
        opening.dialog.start()

    def _end(self, opening: _Opening) -> None:
        if self._opening is opening:
            self._opening = None
            opening.end()

    # -- the open folder ------------------------------------------------------------------------------------------

    def _attach(self, window: MainWindow, opened: OpenedFolder) -> None:
        workspace = opened.workspace
        self.workspace = workspace
        use_data_folder(workspace.root)
        if self.remember:
            remember_folder(workspace.root)
        window.attach(workspace)
        if opened.notes or opened.warnings:  # until another message
            window.statusBar().showMessage(" ".join((*opened.warnings, *opened.notes)))
        if opened.warnings:  # the database may be damaged where it is: said where it cannot slip by
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data folder"), "\n\n".join(opened.warnings),
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("folderWarning")
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the window goes on loading its page behind it

    def _close_current(self) -> None:
        """Close the open folder: its window stops listening (and keeps its state), its workspace closes."""
        if self.remember:
            self.window.save_state()  # before the new window reads it
        self.window.detach()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def close(self) -> None:
        """At the application's end: the open folder's workspace closed."""
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
