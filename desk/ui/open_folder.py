"""The open data folder: its workspace and the main window that shows it, and the switch to another folder
(File → Open Data Folder…, File → Open Recent).

One folder is open at a time. The other folder is opened first, while the current one stays open, so that a folder
that cannot be opened (not writable, written by a newer Desk, a broken file) leaves everything as it was. Only then
is the current one closed: its background work finished, its window state saved, its window — pages, dialogs and
the Undo history with them — closed and deleted, its workspace closed. The new folder gets a new window: nothing of
the old one, Undo least of all, can reach into it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk.errors import classify
from desk.logs import use_data_folder
from desk.paths import DB_NAME
from desk.ui.errors import show_bug
from desk.ui.main_window import MainWindow
from desk.ui.recent_folders import remember_folder
from desk.ui.worker import operations_running

if TYPE_CHECKING:
    from desk.workspace import Workspace

WAIT_SECONDS = 10.0  # for the current folder's background work to end before another folder is opened


class OpenFolder(QObject):
    """Owns the open data folder and its window; `run_gui` holds one for the application's life."""

    switched = Signal(object)  # the new MainWindow, its folder open and attached

    def __init__(self, data_dir: Path, *, remember: bool = True) -> None:
        super().__init__()
        self.remember = remember  # window state and Open Recent in QSettings (not for screenshots)
        self.workspace: Workspace | None = None
        self.window = self._new_window(data_dir)

    def _new_window(self, data_dir: Path) -> MainWindow:
        window = MainWindow(data_dir, remember=self.remember)
        window.folder_wanted.connect(self.switch_to)
        return window

    # -- at start -----------------------------------------------------------------------------------------------

    def open_first(self) -> bool:
        """Open the window's folder (at start, once the window shows); False, after saying why, when it cannot."""
        from desk.workspace import Workspace  # the database layer loads after the window shows

        folder = self.window.data_dir
        try:
            workspace = Workspace.open(folder)
        except Exception as exc:
            problem = classify(exc, database=folder / DB_NAME)
            if problem.is_bug:
                show_bug(exc, self.window, wait=True)
            else:
                QMessageBox.critical(self.window, self.tr("Desk cannot open the data folder"), problem.message)
            return False
        self._attach(self.window, workspace)
        return True

    # -- switching ------------------------------------------------------------------------------------------------

    def switch_to(self, folder: Path) -> bool:
        """Open `folder` in place of the current one: whether it is now the open folder."""
        window = self.window
        folder = folder.expanduser().resolve()
        if self.workspace is not None and folder == self.workspace.root:
            window.statusBar().showMessage(self.tr("That data folder is already open."), 5000)
            return True
        if self._dialog_open():
            self._say(self.tr("Close the open dialog first, then open the other data folder."))
            return False
        if not (folder / DB_NAME).exists() and not self._start_new_there(folder):
            return False
        if not self._background_work_ended():
            self._say(self.tr("Desk is still working in this data folder. Try again when it has finished."))
            return False
        from desk.workspace import Workspace

        try:
            workspace = Workspace.open(folder)
        except Exception as exc:
            self._refused(exc, folder)
            return False
        self._close_current()
        self.window = self._new_window(workspace.root)
        self.window.show()
        window.close()  # after the new one shows: closing the last window would end the application
        window.deleteLater()
        self._attach(self.window, workspace)
        self.switched.emit(self.window)
        return True

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

    def _refused(self, exc: BaseException, folder: Path) -> None:
        problem = classify(exc, database=folder / DB_NAME)
        if problem.is_bug:
            show_bug(exc, self.window)
        else:
            self._say(problem.message, title=self.tr("Desk cannot open the data folder"))

    def _say(self, message: str, *, title: str | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title or self.tr("Open Data Folder"), message, parent=self.window)
        box.setObjectName("openFolderRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the open folder ------------------------------------------------------------------------------------------

    def _attach(self, window: MainWindow, workspace: Workspace) -> None:
        self.workspace = workspace
        use_data_folder(workspace.root)
        if self.remember:
            remember_folder(workspace.root)
        window.attach(workspace)

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
