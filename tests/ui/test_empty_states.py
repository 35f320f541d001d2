"""A new data folder teaches its first steps: each empty page says what belongs on it with the buttons to start,
the Dashboard lists what the folder still lacks, and nothing is red while nothing is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import order
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.operations import Record, changed
from desk.ui.changes import announce
from desk.ui.dashboard import DashboardPage
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.preferences import PreferencesDialog
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


# Buttons that need no chosen record: all others are off on an empty folder (issue 12: "per-record buttons stay
# enabled on empty lists and with nothing selected").
NEEDS_NO_ROW = {
    "orders": {"New Order…"},
    "disputes": {"Save Bates Register…"},  # every packet made, whichever case
    "refunds": set(),
    "deposits": {"New Application…"},
    "accounts": {"New Account…"},
    "evidence": {"Add Evidence…"},
    "rates": {"Add Rate…"},
}


def _enabled_buttons(page: ListPage) -> set[str]:
    return {a.text() for a in page.actions() if a.text() and a.isEnabled()}


def test_on_an_empty_folder_no_button_acts_on_a_record(qtbot: QtBot, fresh_window: MainWindow) -> None:
    for name, expected in NEEDS_NO_ROW.items():
        page = _list(fresh_window, name)
        assert len(page.actions()) > len(expected) or name == "rates", name  # there are buttons to switch off
        assert _enabled_buttons(page) == expected, name
    # The Evidence page offers its own Add Evidence… (files of no case yet), not an order's, which is off.
    evidence = _list(fresh_window, "evidence")
    assert evidence.empty_state is not None and evidence.empty_state.offered() == ["Add Evidence…"]
    assert evidence.empty_state.buttons[0].isEnabled()


def test_choosing_a_row_switches_on_the_buttons_that_act_on_it(qtbot: QtBot, window: MainWindow) -> None:
    page = _list(window, "disputes")
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)
    per_record = {"Record Event…", "Edit Dispute…", "Claim Packet…", "Letter…", "Record Refund…", "Add Evidence…"}
    page.table.clearSelection()
    assert not _enabled_buttons(page) & per_record
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_id() == page.model.row_at(1).id
    assert per_record <= _enabled_buttons(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Space: unselects it
    assert page.selected_id() is None and not _enabled_buttons(page) & per_record


def test_the_dashboard_offers_to_add_rates_and_says_nothing_needs_attention(
    qtbot: QtBot, fresh_window: MainWindow, artifacts: Path
) -> None:
    page = fresh_window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.attention.showing_note and page.attention.label.isVisible()
    assert page.attention.label.text() == (
        "Nothing needs attention. Deadlines appear here once you open disputes or expect refunds."
    )
    page.show_deadlines("overdue")
    assert page.attention.label.text() == "Nothing is overdue."
    page.show_deadlines(None)
    assert page.latest.showing_note and page.latest.label.text().startswith("No disputes yet.")
    fresh_window.grab().save(str(artifacts / "empty_dashboard_rates.png"))
    button = page.first_steps.buttons["has_rates"]
    assert button.isVisible() and button.text() == "Add Exchange Rate…" and button.isEnabled()
    button.click()
    preferences = fresh_window.findChild(PreferencesDialog)
    assert preferences is not None and preferences.isVisible()
    assert preferences.tabs.currentWidget() is preferences.rates_tab
    preferences.close()


def test_the_demo_dashboard_lists_what_needs_attention(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.deadlines.rowCount() and not page.attention.showing_note
    assert page.disputes.rowCount() and not page.latest.showing_note


def test_the_exchange_rates_page_adds_a_rate_from_its_empty_state(
    qtbot: QtBot, fresh_window: MainWindow, artifacts: Path
) -> None:
    rates = _list(fresh_window, "rates")
    state = rates.empty_state
    assert state is not None and rates.body.currentWidget() is state
    assert state.heading.text() == "No exchange rates yet" and state.offered() == ["Add Rate…"]
    fresh_window.grab().save(str(artifacts / "empty_rates.png"))
    state.buttons[0].click()
    preferences = fresh_window.findChild(PreferencesDialog)
    assert preferences is not None and preferences.tabs.currentWidget() is preferences.rates_tab
    preferences.close()
