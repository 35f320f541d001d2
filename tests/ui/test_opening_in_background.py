"""Opening a data folder from the window runs on a worker (desk/ui/open_folder.py): an old folder that needs a backup
and an upgrade opens while the window goes on painting, its steps in a progress dialog, the window's menus and pages
off meanwhile; a folder that cannot be opened, or an open that is cancelled, leaves the folder open before as it
was. The old folders are real ones, written by earlier Desks (tests/data/upgrade/)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from driving import list_page, when_shown
from old_folders import old_folder, schema_version
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.models import Order
from desk.ui.main_window import MainWindow
from desk.ui.open_folder import OpenFolder
from desk.ui.recent_folders import recent_folders


@dataclass
class Watch:
    """What a timer on the GUI thread saw, every 10 ms, while a folder opened: each tick is one turn of the event
    loop, which a window that freezes does not take."""

    window: MainWindow
    ticks: int = 0
    steps: list[str] = field(default_factory=list)  # the dialog's step line, each time it changed
    menus_off: bool = False
    cancel_while_upgrading: list[bool] = field(default_factory=list)
    note_while_upgrading: str = ""
    stayed_open_when_closed: bool | None = None  # the window, asked to close while the upgrade ran

    def tick(self) -> None:
        self.ticks += 1
        if not shiboken6.isValid(self.window):  # closed for the new folder's window
            return
        dialog = self.window.findChild(QDialog, "openingFolder")
        if dialog is None:
            return
        self.menus_off = self.menus_off or not self.window.menuBar().isEnabled()
        step = dialog.findChild(QLabel, "openingStep").text()
        if not self.steps or self.steps[-1] != step:
            self.steps.append(step)
        if step.startswith("Upgrading"):
            cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
            self.cancel_while_upgrading.append(cancel.isEnabled())
            if self.stayed_open_when_closed is None:
                self.window.close()
                self.stayed_open_when_closed = self.window.isVisible()
                self.note_while_upgrading = dialog.findChild(QLabel, "openingNote").text()
                dialog.grab().save(str(Path(__file__).parents[1] / "artifacts" / "opening-upgrade.png"))


@pytest.fixture
def watching(qtbot: QtBot) -> Iterator[list[Watch]]:
    watches: list[Watch] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: [watch.tick() for watch in watches])
    timer.start()
    yield watches
    timer.stop()


def test_an_old_folder_is_backed_up_and_upgraded_on_a_worker_while_the_window_paints(
    qtbot: QtBot, opened: OpenFolder, watching: list[Watch], tmp_path: Path, artifacts: Path
) -> None:
    old = old_folder(tmp_path)
    with closing(sqlite3.connect(old / "desk.sqlite3")) as conn:
        order_no = str(conn.execute("SELECT order_no FROM orders ORDER BY id LIMIT 1").fetchone()[0])
    first_window, first_ws = opened.window, opened.workspace
    watch = Watch(first_window)
    watching.append(watch)

    with qtbot.waitSignal(opened.switched, timeout=60_000):
        first_window.open_data_folder(old)  # as File → Open Data Folder… does with the folder chosen
        # The call came back before the folder was open: the open runs on a worker, and nothing else can start.
        assert opened.opening and opened.workspace is first_ws
        assert not first_window.menuBar().isEnabled() and not first_window.centralWidget().isEnabled()  # type: ignore[union-attr]

    # The GUI thread went on turning while the folder was upgraded (the backup of this small folder takes a few
    # milliseconds: test_backup_steps_show_bytes_and_may_be_cancelled shows its step), and showed each step.
    assert watch.ticks > 5 and watch.menus_off
    upgrading = watch.steps.index("Upgrading the database for this version of Desk…")
    assert watch.steps[upgrading:] in (
        ["Upgrading the database for this version of Desk…"],
        ["Upgrading the database for this version of Desk…", "Opening…"],
    )
    # Cancel is not offered once the database is being changed, the window does not close, and the dialog says why.
    assert watch.cancel_while_upgrading and not any(watch.cancel_while_upgrading)
    assert watch.stayed_open_when_closed is True
    assert watch.note_while_upgrading.startswith("The upgrade cannot be stopped once it has started")

    window = opened.window
    assert window is not first_window and opened.workspace is not first_ws and not opened.opening
    assert window.windowTitle() == f"Desk — {old.name}" and window.menuBar().isEnabled()
    assert schema_version(old) != "0001"
    backups = list((old / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and not list((old / "backups").glob("*.partial"))
    assert window.statusBar().currentMessage() == (
        f"The data folder was upgraded for this version of Desk; the copy from before is {backups[0]}."
    )
    page = list_page(qtbot, window, "orders")
    texts = {str(page.model.index(r, c).data() or "") for r in range(page.model.rowCount()) for c in range(3)}
    assert order_no in texts
    window.grab().save(str(artifacts / "opening-upgraded-window.png"))
    assert recent_folders()[0] == old.resolve()


def test_at_start_an_old_folder_opens_on_a_worker_behind_the_painted_window(
    qtbot: QtBot, watching: list[Watch], tmp_path: Path
) -> None:
    old = old_folder(tmp_path, "0005")
    folder = OpenFolder(old)
    window = folder.window
    window.show()
    qtbot.waitExposed(window)
    watch = Watch(window)
    watching.append(watch)
    ended: list[bool] = []
    folder.open_ended.connect(ended.append)

    with qtbot.waitSignal(window.page_loaded, timeout=60_000):
        folder.open_first(on_failure=lambda: ended.append(False))
        assert folder.opening and folder.workspace is None

    assert ended == [True] and watch.ticks > 5
    assert "Upgrading the database for this version of Desk…" in watch.steps
    assert folder.workspace is not None and folder.workspace.root == old.resolve()
    assert schema_version(old) != "0005"
    window.close()
    folder.close()


def test_at_start_a_folder_that_cannot_be_opened_says_why_and_ends(qtbot: QtBot, tmp_path: Path) -> None:
    newer = old_folder(tmp_path)
    with closing(sqlite3.connect(newer / "desk.sqlite3")) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    folder = OpenFolder(newer)
    folder.window.show()
    qtbot.waitExposed(folder.window)
    ended: list[str] = []
    said = when_shown(QMessageBox, lambda box: box.close())

    with qtbot.waitSignal(folder.open_ended, timeout=30_000):
        folder.open_first(on_failure=lambda: ended.append("desk ends"))

    assert ended == ["desk ends"] and len(said) == 1 and "was written by a newer Desk" in said[0]
    assert folder.workspace is None and schema_version(newer) == "9999_from_the_future"
    folder.window.close()


def test_at_start_a_cancelled_open_leaves_the_window_with_no_folder(qtbot: QtBot, tmp_path: Path) -> None:
    old = old_folder(tmp_path)
    folder = OpenFolder(old)
    window = folder.window
    window.show()
    qtbot.waitExposed(window)
    ended: list[str] = []

    with qtbot.waitSignal(folder.open_ended, timeout=30_000) as opened:
        folder.open_first(on_failure=lambda: ended.append("desk ends"))
        dialog = window.findChild(QDialog, "openingFolder")
        assert dialog is not None
        dialog.reject()  # before the backup: see test_cancel_before_the_backup_leaves_both_folders_as_they_were
    assert opened.args == [False] and ended == []  # Desk stays, to open another folder

    assert folder.workspace is None and schema_version(old) == "0001" and not (old / "backups").exists()
    assert window.opening.text() == "No data folder is open. Choose one with File → Open Data Folder…"
    assert window.folder_label.text() == "No data folder open"
    assert window.menuBar().isEnabled() and window.open_folder_action.isEnabled()
    assert not window.import_action.isEnabled()  # nothing to import into
    window.close()


def test_a_folder_that_cannot_be_opened_leaves_the_open_one_usable(
    qtbot: QtBot, opened: OpenFolder, tmp_path: Path
) -> None:
    newer = old_folder(tmp_path)
    with closing(sqlite3.connect(newer / "desk.sqlite3")) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    window, workspace = opened.window, opened.workspace
    assert workspace is not None

    with qtbot.waitSignal(opened.open_ended, timeout=30_000) as ended:
        window.open_data_folder(newer)
    assert ended.args == [False]

    box = window.findChild(QMessageBox, "openFolderRefused")
    assert box is not None and box.windowTitle() == "Desk cannot open the data folder"
    assert box.text() == (
        f"{newer.resolve() / 'desk.sqlite3'} was written by a newer Desk (schema 9999_from_the_future); this Desk "
        f"knows schemas up to {_head()}. Update Desk to open it. Nothing was changed."
    )
    box.close()
    assert not (newer / "backups").exists() and schema_version(newer) == "9999_from_the_future"
    # The folder open before is still open, its window whole and usable again.
    assert opened.window is window and opened.workspace is workspace and not opened.opening
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled()  # type: ignore[union-attr]
    opening = window.findChild(QDialog, "openingFolder")
    assert window.import_action.isEnabled() and (opening is None or not opening.isVisible())
    with workspace.read() as s:
        assert (s.scalar(select(func.count()).select_from(Order)) or 0) > 0
    page = list_page(qtbot, window, "orders")
    assert page.model.rowCount() > 0
    assert recent_folders() == [workspace.root]


def test_cancel_before_the_backup_leaves_both_folders_as_they_were(
    qtbot: QtBot, opened: OpenFolder, tmp_path: Path
) -> None:
    old = old_folder(tmp_path)
    window, workspace = opened.window, opened.workspace

    with qtbot.waitSignal(opened.open_ended, timeout=30_000) as ended:
        window.open_data_folder(old)
        dialog = window.findChild(QDialog, "openingFolder")
        assert dialog is not None
        assert dialog.findChild(QLabel, "openingStep").text() == "Checking the database…"
        # Cancel (or Esc) while the folder is still being checked: the worker has yet to read the migration scripts
        # (tens of milliseconds, holding the GIL) before it gets to the backup, where it stops.
        dialog.reject()
    assert ended.args == [False]

    assert schema_version(old) == "0001" and not (old / "backups").exists()
    assert opened.window is window and opened.workspace is workspace and window.menuBar().isEnabled()
    assert window.statusBar().currentMessage() == f"{old.resolve()} was not opened; nothing in it was changed"


def _head() -> str:
    from desk.migrations import HEAD

    return HEAD


def test_backup_steps_show_bytes_and_may_be_cancelled_the_upgrade_not(qtbot: QtBot, tmp_path: Path) -> None:
    from desk.common import BACKING_UP, OPENING, UPGRADING
    from desk.ui.opening_dialog import OpeningDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = OpeningDialog(parent, tmp_path / "Shop")
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    step = dialog.findChild(QLabel, "openingStep")
    assert step.text() == "Checking the database…" and cancel.isEnabled()
    dialog.start()
    assert not dialog.isVisible()  # a folder that opens at once flashes no dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)

    dialog.show_step(BACKING_UP, 1_500_000_000, 6_000_000_000)  # bytes past what a Qt int holds
    assert step.text() == "Backing up the database before the upgrade: 1.5 GB of 6 GB (25%)"
    assert (dialog.bar.minimum(), dialog.bar.maximum(), dialog.bar.value()) == (0, 1000, 250)
    assert cancel.isEnabled() and dialog.cancellable
    dialog.grab().save(str(Path(__file__).parents[1] / "artifacts" / "opening-backup.png"))

    dialog.show_step(UPGRADING, 0, 0)
    assert step.text() == "Upgrading the database for this version of Desk…"
    assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0)  # busy: the migration cannot say how far it is
    assert not cancel.isEnabled() and not dialog.cancellable
    asked: list[bool] = []
    dialog.cancel_asked.connect(lambda: asked.append(True))
    dialog.reject()  # Esc, or the window's close button
    assert asked == [] and dialog.isVisible()
    dialog.show_step(OPENING, 0, 0)
    assert step.text() == "Opening…" and not cancel.isEnabled()  # still: the folder was changed on the way
