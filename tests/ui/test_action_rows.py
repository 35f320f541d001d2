"""Every page fits a 1280×800 window (issue 12, point 5): each page's row of actions beside its search field shows
its main actions as buttons and the rarer ones in a More menu, so that no page makes the window wider than 1280
px. An action in the More menu keeps its shortcut, its place in the list's menu and the operations it leads to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QToolButton
from pytestqt.qtbot import QtBot

from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.pages import PAGE_NAMES
from desk.ui.reach import operations_of


def _every_page(qtbot: QtBot, window: MainWindow) -> dict[str, ListPage]:
    pages: dict[str, ListPage] = {}
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if isinstance(page, ListPage):
            qtbot.waitUntil(lambda page=page: page.loaded, timeout=30_000)
            pages[name] = page
    return pages


def test_every_page_built_the_window_still_fits_1280_pixels(qtbot: QtBot, window: MainWindow, artifacts: Path) -> None:
    pages = _every_page(qtbot, window)
    assert window.minimumSizeHint().width() <= 1280
    window.resize(1280, 800)
    for name, page in pages.items():
        window.show_page(name)
        qtbot.wait(20)  # the layout settles
        assert window.width() == 1280, name
        row = page.layout().itemAt(0)
        assert row is not None and row.minimumSize().width() <= page.contentsRect().width() - 32, name
        for button in _row(page):
            assert button.isVisible(), name
            right = button.mapTo(page, QPoint(button.width(), 0)).x()
            assert 0 < right <= page.width(), f"{name}: {button.text()} is cut"
        search_right = page.search.mapTo(page, QPoint(page.search.width(), 0)).x()
        assert search_right <= page.width(), name
    window.show_page("accounts")
    window.grab().save(str(artifacts / "action-row-accounts-1280.png"))


def _row(page: ListPage) -> list[QToolButton]:
    """The buttons beside the search field, in their order (More last)."""
    items = (page.actions_bar.itemAt(i) for i in range(page.actions_bar.count()))
    return [w for item in items if item is not None and isinstance(w := item.widget(), QToolButton)]


def _texts(page: ListPage) -> list[str]:
    return [b.defaultAction().text() if b.defaultAction() is not None else b.text() for b in _row(page)]


def _more(page: ListPage) -> QToolButton:
    found = page.findChild(QToolButton, "moreActions")
    assert isinstance(found, QToolButton)
    return found


def test_the_rarer_actions_are_in_the_more_menu_with_their_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("accounts")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert _texts(page) == ["New Account…", "Add Funds…", "Pay Order…", "Withdraw…", "More ▾"]
    more = _more(page)
    assert more.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup and more.isVisible()
    menu = more.menu()
    assert menu is not None
    rarer = {a.text(): a for a in menu.actions()}
    assert set(rarer) == {"Mark Withdrawal Done/Refused…", "Cost Return…", "Withdrawal Account…"}
    cost = rarer["Cost Return…"]
    assert cost.shortcut() == QKeySequence("Ctrl+Shift+T") and cost in page.actions()  # the list's menu offers it
    assert operations_of(cost) == ("accounts.return_cost",)

    # Its shortcut opens its dialog on the selected account, the menu shut.
    page.table.selectRow(0)
    opened: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, close_it)
            return
        opened.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(20, close_it)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert "cost" in opened[0].lower()


def test_the_orders_and_disputes_pages_keep_their_main_actions_as_buttons(qtbot: QtBot, window: MainWindow) -> None:
    wanted = {
        "orders": (["New Order…", "Edit Order…", "Open Dispute…", "Record Refund…"], {"Add Evidence…"}),
        "disputes": (
            ["Record Event…", "Record Refund…", "Claim Packet…", "Letter…"],
            {"Edit Dispute…", "Add Evidence…", "Save Bates Register…"},
        ),
    }
    for name, (main, rarer) in wanted.items():
        page = window.show_page(name)
        assert isinstance(page, ListPage)
        assert _texts(page) == [*main, "More ▾"], name
        menu = _more(page).menu()
        assert menu is not None and {a.text() for a in menu.actions()} == rarer, name
