"""Double-click or Enter opens a case from the Dashboard; recent data folders are remembered (issue 12, point 5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.lists.locate import place_of_case
from desk.ui.dashboard import DashboardPage
from desk.ui.main_window import MainWindow
from desk.ui.recent_folders import forget_folders, recent_folders, remember_folder


def test_enter_on_a_deadline_asks_for_its_case(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage) and page.deadlines.rowCount() > 0
    page.show_deadlines("overdue")
    assert all(
        page.deadlines.deadline_at(page.shown_deadlines.mapToSource(page.shown_deadlines.index(r, 0)).row()).state
        == "overdue"
        for r in range(page.shown_deadlines.rowCount())
    )
    page.show_deadlines(None)
    assert page.shown_deadlines.rowCount() == page.deadlines.rowCount()
    page.deadline_table.selectRow(0)
    with qtbot.waitSignal(page.case_wanted) as wanted:
        qtbot.keyClick(page.deadline_table, Qt.Key.Key_Return)
    key = wanted.args[0]
    assert key == page.deadlines.deadline_at(0).case
    with window.workspace.read() as session:  # type: ignore[union-attr]
        assert place_of_case(session, key) is not None


def test_a_tile_opens_its_page_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    with qtbot.waitSignal(page.page_wanted) as wanted:
        qtbot.keyClick(page.tiles["deposits"], Qt.Key.Key_Return)
    assert wanted.args == ["deposits"]


def test_recent_folders_most_recent_first_and_at_most_eight(tmp_path: Path) -> None:
    for n in range(10):
        remember_folder(tmp_path / f"f{n}")
    remember_folder(tmp_path / "f5")
    assert recent_folders()[0] == (tmp_path / "f5").resolve()
    assert len(recent_folders()) == 8 and len(set(recent_folders())) == 8
    forget_folders()
    assert recent_folders() == []


def test_enter_on_a_deadline_opens_its_case_selected(qtbot: QtBot, window: MainWindow) -> None:
    from desk.ui.list_page import ListPage

    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    deadline = page.deadlines.deadline_at(0)
    with window.workspace.read() as session:  # type: ignore[union-attr]
        place = place_of_case(session, deadline.case)
    assert place is not None
    page.deadline_table.selectRow(0)
    qtbot.keyClick(page.deadline_table, Qt.Key.Key_Return)
    assert window.current_page_name() == place.list_name
    shown = window.pages[place.list_name]
    assert isinstance(shown, ListPage)
    qtbot.waitUntil(lambda: shown.selected_id() == place.row_id)
