"""The audit log opens the record an entry is about (Enter or double-click), or says plainly that it has no page;
the Dashboard's tiles show which one has the keyboard's focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import AuditEntry, Order
from desk.operations.settings import ChangeSetting, change_setting
from desk.ui.changes import announce
from desk.ui.dashboard import DashboardPage
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


def _audit(qtbot: QtBot, window: MainWindow) -> ListPage:
    page = window.show_page("audit")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded and not page.busy, timeout=30_000)
    return page


def _row_of_entry(page: ListPage, entry_id: int) -> int:
    root = page.model.index(0, 0).parent()
    while True:
        for row in range(page.model.rowCount()):
            if page.model.row_at(row).id == entry_id:
                return row
        assert page.model.canFetchMore(root), f"audit entry {entry_id} is not listed"
        page.model.fetchMore(root)


def _enter_on(qtbot: QtBot, window: MainWindow, page: ListPage, row: int) -> None:
    page.table.selectRow(row)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)


def test_enter_on_an_audit_entry_opens_the_order_it_is_about(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        entry_id, order_id = s.execute(
            select(AuditEntry.id, AuditEntry.row_id)
            .where(AuditEntry.table_name == Order.__tablename__)
            .order_by(AuditEntry.id.desc())
        ).first()  # type: ignore[misc]
    page = _audit(qtbot, window)
    _enter_on(qtbot, window, page, _row_of_entry(page, entry_id))
    qtbot.waitUntil(lambda: window.current_page_name() == "orders")
    orders = window.pages["orders"]
    assert isinstance(orders, ListPage)
    qtbot.waitUntil(lambda: orders.selected_id() == order_id, timeout=30_000)


def test_an_entry_about_a_setting_says_it_has_no_page(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    announce(change_setting(demo_workspace, ChangeSetting("business_name", "Anna's Resale")))
    with demo_workspace.read() as s:
        entry_id = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()))
    assert entry_id is not None
    page = _audit(qtbot, window)
    page.reload_keeping()
    qtbot.waitUntil(lambda: not page.busy)
    _enter_on(qtbot, window, page, _row_of_entry(page, entry_id))
    said = window.statusBar().currentMessage()
    assert said == "Setting 'business name' has no page of its own."
    assert window.current_page_name() == "audit"


def test_an_entry_about_a_record_taken_back_says_it_is_no_longer_there(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from datetime import date

    from desk.models import ExchangeRate
    from desk.operations.rates import SetExchangeRate, set_exchange_rate

    announce(set_exchange_rate(demo_workspace, SetExchangeRate("USD", "SEK", date(2026, 11, 2), "10.50")))
    with demo_workspace.read() as s:
        entry_id, rate_id = s.execute(
            select(AuditEntry.id, AuditEntry.row_id)
            .where(AuditEntry.table_name == ExchangeRate.__tablename__)
            .order_by(AuditEntry.id.desc())
        ).first()  # type: ignore[misc]
    window.undo_stack.undo()  # the rate is taken back: its row is gone, its entries stay
    with demo_workspace.read() as s:
        assert s.get(ExchangeRate, rate_id) is None
    page = _audit(qtbot, window)
    page.reload_keeping()
    qtbot.waitUntil(lambda: not page.busy)
    _enter_on(qtbot, window, page, _row_of_entry(page, entry_id))
    assert window.statusBar().currentMessage() == f"Exchange rate {rate_id} is no longer there."
    assert window.current_page_name() == "audit"


def test_a_tile_with_the_keyboards_focus_shows_a_frame(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    tile, other = page.tiles["overdue"], page.tiles["week"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus)
    focused = tile.grab().toImage()
    unfocused = other.grab().toImage()
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

    def border_has_highlight(image: object) -> bool:
        y = image.height() // 2  # type: ignore[attr-defined]
        return any(QColor(image.pixel(x, y)) == highlight for x in range(3))  # type: ignore[attr-defined]

    assert border_has_highlight(focused)
    assert not border_has_highlight(unfocused)
    tile.grab().save("/tmp/dashboard_tile_focused.png")
    page.grab().save("/tmp/dashboard_focused_tile_page.png")
