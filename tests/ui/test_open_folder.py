"""File → Open Data Folder… and Open Recent (desk/ui/open_folder.py): another folder opens in a new window state,
the one before is closed and Undo cannot reach it; a folder without Desk data is asked about; a folder that cannot
be opened leaves the open one as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import factories
import pytest
import shiboken6
from driving import when_shown
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.logs import data_folder
from desk.models import Dispute, Order
from desk.operations.disputes import EditDispute, edit_dispute
from desk.ui.changes import announce
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.open_folder import OpenFolder
from desk.ui.recent_folders import recent_folders
from desk.workspace import Workspace


@pytest.fixture
def second(data_folder: Path) -> Path:
    """Another data folder, with one order the demo has not."""
    with Workspace.open(data_folder, actor="tester") as ws, ws.write() as s:
        factories.order(s, order_no="SECOND-77")
    return data_folder


def _texts(page: ListPage) -> set[str]:
    model = page.model
    return {str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())}


def test_another_folder_opens_from_the_file_menu_and_undo_cannot_reach_the_first(
    qtbot: QtBot, opened: OpenFolder, demo_folder: Path, second: Path
) -> None:
    first_window, first_ws = opened.window, opened.workspace
    assert first_ws is not None
    assert recent_folders() == [demo_folder.resolve()]  # remembered at start too
    action = first_window.open_folder_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    with first_ws.read() as s:
        dispute_id = s.scalars(select(Dispute.id).order_by(Dispute.id)).first()
    assert dispute_id is not None
    announce(edit_dispute(first_ws, EditDispute(dispute_id, case_no="FIRST-1")))
    assert first_window.undo_stack.undo_action.isEnabled()

    with qtbot.waitSignal(opened.switched, timeout=30_000):
        first_window.open_data_folder(second)  # what the action does with the folder chosen

    window = opened.window
    assert window is not first_window and opened.workspace is not first_ws
    assert window.windowTitle() == f"Desk — {second.name}"
    assert window.folder_label.text() == f"Data folder: {second.resolve()}"
    assert data_folder() == second.resolve()  # the log moved with it
    assert not (demo_folder / "desk.sqlite3-wal").exists()  # the first folder's database was closed (WAL merged)
    qtbot.waitUntil(lambda: not shiboken6.isValid(first_window))  # its pages and Undo went with its window
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() > 0, timeout=30_000)
    assert any("SECOND-77" in text for text in _texts(page))
    stack = window.undo_stack
    assert not stack.undo_action.isEnabled() and not stack.redo_action.isEnabled()
    stack.undo()  # nothing to undo here: the first folder's step is not this window's
    with Workspace.open(demo_folder) as again, again.read() as s:
        assert s.get(Dispute, dispute_id).platform_case_no == "FIRST-1"  # type: ignore[union-attr]
    assert recent_folders() == [second.resolve(), demo_folder.resolve()]


def test_open_recent_lists_the_folders_most_recent_first_and_opens_one(
    qtbot: QtBot, opened: OpenFolder, demo_folder: Path, second: Path
) -> None:
    opened.window.select_page("disputes")
    with qtbot.waitSignal(opened.switched, timeout=30_000):
        opened.window.open_data_folder(second)
    assert opened.window.current_page_name() == "disputes"  # the window's state went on to the new folder's
    menu = opened.window.recent_menu
    menu.rebuild()
    folders = [a for a in menu.actions() if a.toolTip() and not a.isSeparator()]
    assert [a.text() for a in folders[:2]] == [f"&1 {second.resolve()}", f"&2 {demo_folder.resolve()}"]
    with qtbot.waitSignal(opened.switched, timeout=30_000):
        folders[1].trigger()
    assert opened.workspace is not None and opened.workspace.root == demo_folder.resolve()
    assert opened.window.windowTitle() == f"Desk — {demo_folder.name}"
    assert recent_folders()[:2] == [demo_folder.resolve(), second.resolve()]


def test_a_folder_without_desk_data_asks_and_enter_means_no(qtbot: QtBot, opened: OpenFolder, tmp_path: Path) -> None:
    empty = tmp_path / "Documents"
    empty.mkdir()
    (empty / "notes.txt").write_text("mine")
    window, workspace = opened.window, opened.workspace
    asked = when_shown(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    window.open_data_folder(empty)
    assert asked and asked[0] == f"{empty.resolve()} has no Desk data. Start a new data folder there?"
    assert opened.window is window and opened.workspace is workspace
    assert sorted(p.name for p in empty.iterdir()) == ["notes.txt"]  # nothing made there
    assert recent_folders() == [workspace.root]  # type: ignore[union-attr]


def test_a_folder_without_desk_data_becomes_one_when_the_user_says_so(
    qtbot: QtBot, opened: OpenFolder, tmp_path: Path
) -> None:
    new = tmp_path / "Shop two"
    new.mkdir()

    def start(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.grab().save("/tmp/folders_start_new.png")
        box.button(QMessageBox.StandardButton.Yes).click()

    when_shown(QMessageBox, start)
    shown: list[MainWindow] = []
    opened.switched.connect(shown.append)
    with qtbot.waitSignal(opened.switched, timeout=30_000):
        assert opened.switch_to(new)
    assert (new / "desk.sqlite3").is_file()
    window = opened.window
    assert shown == [window] and window.windowTitle() == "Desk — Shop two"
    qtbot.waitUntil(lambda: all(page.loaded and not page.busy for page in window.pages.values()), timeout=30_000)
    window.grab().save("/tmp/folders_new_folder_window.png")
    assert recent_folders()[0] == new.resolve()


def test_a_broken_folder_keeps_the_open_one_and_says_why(qtbot: QtBot, opened: OpenFolder, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "desk.sqlite3").write_bytes(b"this is not a database\n" * 200)
    window, workspace = opened.window, opened.workspace
    assert workspace is not None

    with qtbot.waitSignal(opened.open_ended, timeout=30_000) as ended:
        assert opened.switch_to(broken)  # started; the open fails on the worker
    assert ended.args == [False]

    box = window.findChild(QMessageBox, "openFolderRefused")
    assert box is not None and box.windowTitle() == "Desk cannot open the data folder"
    assert box.text() == f"{broken.resolve() / 'desk.sqlite3'} is not a Desk database: file is not a database"
    assert [p.name for p in broken.iterdir()] == ["desk.sqlite3"]  # nothing made or changed there
    box.grab().save("/tmp/folders_refused.png")
    box.close()
    assert opened.window is window and opened.workspace is workspace
    with workspace.read() as s:  # still open and readable
        assert (s.scalar(select(func.count()).select_from(Order)) or 0) > 0
    assert data_folder() == workspace.root
    assert recent_folders() == [workspace.root]


def test_the_folder_already_open_stays_open(qtbot: QtBot, opened: OpenFolder, demo_folder: Path) -> None:
    window, workspace = opened.window, opened.workspace
    assert opened.switch_to(demo_folder / ".")
    assert opened.window is window and opened.workspace is workspace
    assert window.statusBar().currentMessage() == "That data folder is already open."


def test_a_recent_folder_that_is_gone_is_listed_but_cannot_be_chosen(
    qtbot: QtBot, opened: OpenFolder, tmp_path: Path
) -> None:
    from desk.ui.recent_folders import remember_folder

    gone = tmp_path / "unplugged"
    remember_folder(gone)
    menu = opened.window.recent_menu
    menu.rebuild()
    first = menu.actions()[0]
    assert first.text() == f"&1 {gone.resolve()} (not found)" and not first.isEnabled()


def test_another_folder_waits_for_an_open_dialog_to_close(qtbot: QtBot, opened: OpenFolder, second: Path) -> None:
    window = opened.window
    dialog = QDialog(window.pages["dashboard"])
    dialog.show()
    assert not opened.switch_to(second)
    box = window.findChild(QMessageBox, "openFolderRefused")
    assert box is not None and "Close the open dialog first" in box.text()
    box.close()
    dialog.close()
    assert opened.window is window
    with qtbot.waitSignal(opened.switched, timeout=30_000):
        assert opened.switch_to(second)


def test_the_file_menu_offers_open_and_open_recent(qtbot: QtBot, opened: OpenFolder) -> None:
    menu = opened.window.open_folder_action.associatedObjects()[0]
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["&Open Data Folder…", "Open &Recent", "Connect to &Team Server…"]
    menu.adjustSize()
    menu.grab().save("/tmp/folders_file_menu.png")
    recent = opened.window.recent_menu
    recent.rebuild()  # as it does each time it opens
    assert recent.actions()[0].text() == f"&1 {opened.window.data_dir.resolve()}"
    recent.adjustSize()
    recent.grab().save("/tmp/folders_recent_menu.png")


def test_background_work_of_the_folder_ends_before_it_closes(
    qtbot: QtBot, opened: OpenFolder, second: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.ui import open_folder
    from desk.ui.worker import BackgroundOp

    window, workspace = opened.window, opened.workspace
    assert workspace is not None
    release = threading.Event()

    def read(_progress: object, _cancelled: object) -> int:
        release.wait(5)
        with workspace.read() as s:  # the folder must still be open
            return s.scalar(select(func.count()).select_from(Order)) or 0

    monkeypatch.setattr(open_folder, "WAIT_SECONDS", 0.2)
    stuck = BackgroundOp(window, read).run_in_background()
    assert not opened.switch_to(second)  # it did not end in time: refused, nothing closed
    box = window.findChild(QMessageBox, "openFolderRefused")
    assert box is not None and "still working" in box.text()
    box.close()
    assert opened.window is window and opened.workspace is workspace
    release.set()
    qtbot.waitUntil(lambda: not stuck.running, timeout=10_000)

    monkeypatch.setattr(open_folder, "WAIT_SECONDS", 10.0)
    release.clear()
    QTimer.singleShot(100, release.set)  # ends while the switch waits
    counted: list[int] = []
    BackgroundOp(window, read).on_success(counted.append).run_in_background()
    with qtbot.waitSignal(opened.switched, timeout=30_000):
        assert opened.switch_to(second)  # waited for it
    assert counted and counted[0] > 0


def test_the_old_window_takes_no_step_of_the_new_folder(qtbot: QtBot, opened: OpenFolder, second: Path) -> None:
    with Workspace.open(second, actor="tester") as ws, ws.write() as s:
        line = s.scalars(select(Order)).one().lines[0]
        factories.dispute(s, line)
    old = opened.window
    with qtbot.waitSignal(opened.switched, timeout=30_000):
        assert opened.switch_to(second)
    assert shiboken6.isValid(old)  # not yet deleted: its Undo is still connected, and must not listen
    new_ws = opened.workspace
    assert new_ws is not None
    with new_ws.read() as s:
        dispute_id = s.scalars(select(Dispute.id)).one()
    announce(edit_dispute(new_ws, EditDispute(dispute_id, case_no="NEW-1")))
    assert old.undo_stack.undo_steps == []
    assert [step.name for step in opened.window.undo_stack.undo_steps] == ["Edit Dispute"]
