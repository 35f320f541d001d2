"""A new data folder teaches its first steps: each empty page says what belongs on it with the buttons to start,
the Dashboard lists what the folder still lacks, and nothing is red while nothing is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import order
from pytestqt.qtbot import QtBot

from desk.operations import Record, changed
from desk.ui.changes import announce
from desk.ui.dashboard import DashboardPage
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


@pytest.fixture
def fresh_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    win = MainWindow(workspace.root)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.page_loaded):
        win.attach(workspace)
    return win


def _list(window: MainWindow, name: str) -> ListPage:
    page = window.show_page(name)
    assert isinstance(page, ListPage)
    return page


def test_an_empty_page_says_what_to_do_with_the_buttons_to_do_it(
    qtbot: QtBot, fresh_window: MainWindow, workspace: Workspace, artifacts: Path
) -> None:
    orders = _list(fresh_window, "orders")
    state = orders.empty_state
    assert state is not None and orders.body.currentWidget() is state and state.isVisible()
    assert state.heading.text() == "No orders yet"
    assert state.offered() == ["Import Orders…", "New Order…"]
    fresh_window.grab().save(str(artifacts / "empty_orders.png"))
    with qtbot.waitSignal(fresh_window.import_action.triggered):  # the button is the menu's own action
        fresh_window.import_action.setEnabled(True)
        state.buttons[0].click()
    disputes = _list(fresh_window, "disputes")
    assert disputes.empty_state is not None and disputes.empty_state.offered() == ["Go to Orders"]
    disputes.empty_state.buttons[0].click()
    assert fresh_window.current_page_name() == "orders"

    # The first order makes the list itself appear.
    with workspace.write() as session:
        order(session, order_no="8100001")
    announce(changed(Record.ORDER))
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1)
    assert orders.body.currentWidget() is orders.splitter


def test_a_search_that_finds_nothing_is_not_an_empty_folder(qtbot: QtBot, window: MainWindow) -> None:
    orders = _list(window, "orders")
    orders.search.setText("no order is called this")
    qtbot.waitUntil(lambda: orders.model.rowCount() == 0)
    assert orders.body.currentWidget() is orders.splitter  # the empty table under its search, not the guide


def test_the_dashboard_of_a_new_folder_lists_its_first_steps_and_nothing_is_red(
    qtbot: QtBot, fresh_window: MainWindow, artifacts: Path
) -> None:
    page = fresh_window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.first_steps.isVisible()
    assert [page.first_steps.marks[k].text() for k in ("business_named", "has_orders", "has_rates")] == ["○"] * 3
    assert page.first_steps.buttons["has_orders"].text() == "Import Orders…"
    assert page.tiles["overdue"].value.text() == "0" and page.tiles["overdue"].value.objectName() == "tileValue"
    fresh_window.grab().save(str(artifacts / "empty_dashboard.png"))


def test_overdue_cases_are_red_on_the_demo(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.busy)
    overdue = int(page.tiles["overdue"].value.text())
    assert page.tiles["overdue"].value.objectName() == ("tileValueAlert" if overdue else "tileValue")
