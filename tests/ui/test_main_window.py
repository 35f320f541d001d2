"""The main window over a demo data folder: every page lists its rows, navigation works, state is kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desk.overview.attention import attention
from desk.overview.summary import summarize
from desk.ui.about import about_text
from desk.ui.dashboard import DashboardPage
from desk.ui.list_page import ListPage
from desk.ui.locale_text import money_text
from desk.ui.main_window import MainWindow
from desk.ui.pages import PAGE_NAMES, PAGES
from desk.workspace import Workspace


def test_window_opens_on_the_dashboard_with_the_money_in_view(window: MainWindow) -> None:
    """What is due and where the money stands, as the core computes it (issue 3, point 3)."""
    assert window.current_page_name() == "dashboard"
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    with window.workspace.read() as session:  # type: ignore[union-attr]
        summary = summarize(session)
        needs = attention(session, date.today())
    assert summary.open_disputes > 0
    assert page.tiles["disputes"].value.text() == str(summary.open_disputes)
    assert page.tiles["overdue"].value.text() == str(len(needs.overdue))
    assert page.tiles["week"].value.text() == str(len(needs.this_week))
    assert page.tiles["in_flight"].value.text() == money_text(needs.flow.in_flight)
    assert page.tiles["lost"].value.text() == money_text(needs.flow.lost)
    assert page.deadlines.rowCount() == len(needs.deadlines)
    assert page.disputes.rowCount() > 0
    assert str(window.data_dir) in window.folder_label.text()


@pytest.mark.parametrize("name", [n for n in PAGE_NAMES if n != "dashboard"])
def test_every_page_lists_its_rows(window: MainWindow, name: str) -> None:
    page = window.show_page(name)
    assert window.stack.currentWidget() is page
    assert isinstance(page, ListPage)
    assert page.model.rowCount() > 0, f"{name} shows no rows"
    first = page.model.index(0, 0)
    assert page.model.data(first, Qt.ItemDataRole.DisplayRole) is not None
    assert page.count_label.text().endswith("shown")


def test_a_page_is_built_and_read_only_when_first_shown(window: MainWindow) -> None:
    assert set(window.pages) == {"dashboard"}
    orders = window.show_page("orders")
    assert isinstance(orders, ListPage) and orders.loaded
    assert orders.model.rowCount() > 0
    assert window.show_page("orders") is orders  # built once


def test_the_window_frame_shows_before_the_data_folder_is_open(qtbot: QtBot, demo_workspace: Workspace) -> None:
    win = MainWindow(demo_workspace.root)
    qtbot.addWidget(win)
    win.show()
    assert win.stack.currentWidget() is win.opening and str(demo_workspace.root) in win.opening.text()
    assert win.pages == {}
    with qtbot.waitSignal(win.page_loaded) as loaded:
        win.attach(demo_workspace)
    assert loaded.args == ["dashboard"]
    assert win.stack.currentWidget() is win.pages["dashboard"]


def test_the_window_frame_needs_no_database_layer() -> None:
    """What shows first imports only Qt: the database layer would double the time to a visible window."""
    import subprocess
    import sys

    code = (
        "import sys, desk.cli, desk.ui.app; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'babel', 'holidays'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_navigation_list_and_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert "Disputes" in names and "CASES" in names
    # A section heading cannot be chosen.
    heading = window.navigation.item(names.index("RECORDS"))
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    window.navigation.setCurrentRow(names.index("Evidence"))
    assert window.current_page_name() == "evidence"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == PAGES[2].name == "disputes"


def test_selecting_an_order_shows_its_lines_and_payments(window: MainWindow) -> None:
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    page.table.selectRow(1)
    chosen = page.model.row_at(1)
    lines, payments, _coupons, _tracking, _account_entries = page.detail_models
    assert lines.rowCount() == chosen["lines"]
    paid = sum(payments.row_at(r)["amount"].minor for r in range(payments.rowCount()))
    assert paid == chosen["paid"].minor


def test_search_narrows_the_list_in_the_database(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("suppliers")
    assert isinstance(page, ListPage)
    everyone = page.model.rowCount()
    name = page.model.row_at(0)["name"]
    page.search.setText(name)
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone or everyone == 1)
    assert all(name in page.model.row_at(r)["name"] for r in range(page.model.rowCount()))


def test_clicking_a_header_sorts_by_that_column(window: MainWindow) -> None:
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    column = [c.key for c in page.spec.columns].index("order_no")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    numbers = [page.model.row_at(r)["order_no"] for r in range(page.model.rowCount())]
    assert numbers == sorted(numbers)
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert [page.model.row_at(r)["order_no"] for r in range(page.model.rowCount())] == sorted(numbers, reverse=True)


def test_window_geometry_and_page_are_kept_in_settings(qtbot: QtBot, demo_workspace: Workspace) -> None:
    first = MainWindow(demo_workspace.root)
    qtbot.addWidget(first)
    first.show()
    first.attach(demo_workspace)
    first.resize(700, 560)  # inside the offscreen screen (800×800); the layout may widen it to its minimum
    first.show_page("deposits")
    QApplication.processEvents()
    kept = first.size()
    first.close()
    assert QSettings().value("window/page") == "deposits"

    second = MainWindow(demo_workspace.root)
    qtbot.addWidget(second)
    second.show()
    second.attach(demo_workspace)
    assert second.current_page_name() == "deposits"
    assert second.size() == kept and kept.height() == 560


def test_about_names_the_version_and_the_data_folder(demo_workspace: Workspace) -> None:
    from desk import __version__

    text = about_text(demo_workspace.root)
    assert f"Desk {__version__}" in text and str(demo_workspace.root) in text


def test_every_table_in_the_window_is_a_well_behaved_model(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for name in PAGE_NAMES:
        page = window.show_page(name)
        models = (
            [page.disputes, page.deadlines] if isinstance(page, DashboardPage) else [page.model, *page.detail_models]
        )
        for model in models:
            qtmodeltester.check(model, force_py=True)


def test_long_lists_load_more_rows_as_the_view_scrolls(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("audit")  # the demo writes hundreds of audit entries
    assert isinstance(page, ListPage)
    page.model.PAGE = 25
    page.model.reload()
    assert page.model.rowCount() == 25 and page.model.canFetchMore(QModelIndex())
    view: QTableView = page.table
    view.scrollToBottom()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.model.rowCount() > 25)


def test_a_closed_window_hears_no_more_changes(qtbot: QtBot, workspace: Workspace) -> None:
    """Closing the window lets go of its folder: what another window's operation announces afterwards is no step
    of its Undo (read from a folder that may be closed by then) and reloads none of its pages."""
    from desk.operations.rates import SetExchangeRate, set_exchange_rate
    from desk.ui.changes import announce

    window = MainWindow(workspace.root, remember=False)
    qtbot.addWidget(window)
    window.attach(workspace)
    window.show()
    announce(set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", date(2026, 12, 1), "7.20")))
    assert window.undo_stack.undo_steps, "an open window takes the step"
    window.close()
    announce(set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", date(2026, 12, 2), "7.21")))
    assert len(window.undo_stack.undo_steps) == 1 and window.workspace is None
