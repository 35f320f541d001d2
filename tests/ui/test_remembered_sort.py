"""A list's sort (desk/ui/column_memory.py): the column a user sorted by, and which way, is kept with the list's
widths and order and put back when the page is built again, read once in that order."""

from __future__ import annotations

from driving import list_page
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


def _click_title(qtbot: QtBot, page: ListPage, key: str) -> None:
    header = page.table.horizontalHeader()
    section = [c.key for c in page.spec.columns].index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.wait(50)  # the state is kept just after the click


def _reopened(qtbot: QtBot, window: MainWindow, workspace: Workspace, name: str) -> ListPage:
    window.close()
    again = MainWindow(workspace.root)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.page_loaded):
        again.attach(workspace)
    return list_page(qtbot, again, name)


def test_the_sort_a_user_chose_survives_building_the_page_again(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = list_page(qtbot, window, "orders")
    assert page.model.sort_order != ("order_no", False)
    _click_title(qtbot, page, "order_no")
    if page.model.sort_order != ("order_no", True):  # the first click may sort either way: make it descending
        _click_title(qtbot, page, "order_no")
    assert page.model.sort_order == ("order_no", True)
    numbers = [page.model.row_at(r)["order_no"] for r in range(page.model.rowCount())]

    page = _reopened(qtbot, window, demo_workspace, "orders")
    assert page.model.sort_order == ("order_no", True)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == [c.key for c in page.spec.columns].index("order_no")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [page.model.row_at(r)["order_no"] for r in range(page.model.rowCount())] == numbers
    assert numbers == sorted(numbers, reverse=True)


def test_a_list_never_sorted_by_the_user_keeps_its_default_sort(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = list_page(qtbot, window, "disputes")
    default = page.spec.default_sort
    page = _reopened(qtbot, window, demo_workspace, "disputes")
    assert page.model.sort_order == default


def test_the_dashboards_latest_disputes_keep_their_order_when_the_disputes_list_is_sorted(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from desk.ui.dashboard import DashboardPage

    latest = window.pages["dashboard"]
    assert isinstance(latest, DashboardPage)
    default = latest.disputes.sort_order
    page = list_page(qtbot, window, "disputes")
    key = next(c.key for c in page.spec.columns if c.key in page.spec.sort_exprs and c.key != default[0])
    _click_title(qtbot, page, key)
    assert page.model.sort_order[0] == key

    again = _reopened(qtbot, window, demo_workspace, "disputes")
    assert again.model.sort_order[0] == key
    reopened = again.window()
    assert isinstance(reopened, MainWindow)
    dashboard = reopened.show_page("dashboard")  # built, and shown, after the Disputes list
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.disputes.sort_order == default
