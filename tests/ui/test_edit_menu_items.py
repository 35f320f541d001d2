"""The Edit menu (desk/ui/edit_menu.py): its entries in the platform's order, each enabled only when it can act on
what has the focus; Copy from a list is the list's own Copy; Ctrl+C in a text field still copies its text and Delete
in a list still voids; Find goes to the search field; Edit… opens the selected record's dialog; Void… asks first;
several voided rows restored at once are one step to undo."""

from __future__ import annotations

from collections.abc import Callable

from driving import all_ids, list_page, when_modal
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Order
from desk.models.voided import INCLUDE_VOIDED
from desk.operations.voiding import VoidKind, VoidRecords, void_records
from desk.ui.changes import announce
from desk.ui.edit_menu import EditMenu
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.order_dialog import OrderDialog
from desk.ui.void_actions import VoidDialog
from desk.workspace import Workspace


def _select_rows(page: ListPage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)
    selection.setCurrentIndex(page.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def _focus(qtbot: QtBot, window: MainWindow, widget: object) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)



def _enabled(menu: EditMenu) -> dict[str, bool]:
    menu.update_actions()
    return {
        "cut": menu.cut_action.isEnabled(),
        "copy": menu.copy_action.isEnabled(),
        "paste": menu.paste_action.isEnabled(),
        "select all": menu.select_all_action.isEnabled(),
        "edit": menu.edit_action.isEnabled(),
        "void": menu.void_action.isEnabled(),
        "restore": menu.restore_action.isEnabled(),
        "find": menu.find_action.isEnabled(),
    }


def _free_orders(ws: Workspace, n: int) -> list[int]:
    with ws.read() as s:
        return [
            o.id
            for o in s.scalars(select(Order).order_by(Order.id))
            if not o.refunds and not any(line.disputes for line in o.lines)
        ][:n]


def test_the_entries_are_in_the_platforms_order_and_preferences_is_under_edit(window: MainWindow) -> None:
    menu = window.edit_menu
    texts = [a.text() if not a.isSeparator() else "—" for a in menu.actions()]
    assert texts == [
        "Undo", "Redo", "—", "Cu&t", "&Copy", "&Paste", "Select &All", "—",
        "Edit…", "&Void…", "&Restore", "—", "&Find", "—", "&Preferences…",
    ]  # fmt: skip
    preferences = menu.actions()[-1]
    assert preferences.menuRole() == QAction.MenuRole.PreferencesRole
    assert preferences not in window.tools_menu.actions()
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert menu.copy_action.shortcut().toString() == "Ctrl+C"
    assert menu.void_action.shortcut().toString() == "Del"
    assert menu.find_action.shortcut().toString() == "Ctrl+F"


def test_the_entries_follow_the_focus_and_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.edit_menu
    assert _enabled(menu) == dict.fromkeys(_enabled(menu), False)  # the Dashboard: nothing to act on
    page = list_page(qtbot, window, "orders")
    page.table.selectRow(1)
    _focus(qtbot, window, page.table)
    assert _enabled(menu) == {
        "cut": False, "copy": True, "paste": False, "select all": True,
        "edit": True, "void": True, "restore": False, "find": True,
    }  # fmt: skip
    assert menu.edit_action.text() == "Edit Order…"

    _select_rows(page, [0, 2])
    assert _enabled(menu)["edit"] is False  # one record at a time
    assert _enabled(menu)["void"] and _enabled(menu)["copy"]

    QGuiApplication.clipboard().setText("pasted")
    _focus(qtbot, window, page.search)
    assert _enabled(menu) == {
        "cut": False, "copy": False, "paste": True, "select all": True,
        "edit": False, "void": False, "restore": False, "find": True,
    }  # fmt: skip
    qtbot.keyClicks(page.search, "abc")
    page.search.selectAll()
    assert _enabled(menu)["cut"] and _enabled(menu)["copy"]

    page.table.clearSelection()
    _focus(qtbot, window, page.table)
    assert not _enabled(menu)["copy"] and not _enabled(menu)["void"]

    window.show_page("dashboard")
    assert _enabled(menu) == dict.fromkeys(_enabled(menu), False)


def test_copy_from_a_list_is_the_lists_own_copy(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "orders")
    _select_rows(page, [0, 2])
    _focus(qtbot, window, page.table)
    QGuiApplication.clipboard().clear()
    window.edit_menu.update_actions()
    window.edit_menu.copy_action.trigger()
    from_menu = QGuiApplication.clipboard().text()
    assert from_menu.count("\n") == 1 and "\t" in from_menu

    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == from_menu
    habits = next(h for h in page.list_habits if h.view is page.table)
    assert habits.copy() == from_menu


def test_ctrl_c_in_a_text_field_copies_its_text_and_ctrl_v_pastes(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "orders")
    page.table.selectRow(0)
    _focus(qtbot, window, page.search)
    qtbot.keyClicks(page.search, "word")
    page.search.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "word"  # the field's text, not the selected row
    page.search.end(False)
    qtbot.keyClick(page.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.search.text() == "wordword"
    page.search.selectAll()
    window.edit_menu.update_actions()
    window.edit_menu.cut_action.trigger()  # from the menu: the field cuts
    assert page.search.text() == "" and QGuiApplication.clipboard().text() == "wordword"


def test_ctrl_f_goes_to_the_search_field_with_its_text_selected(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "disputes")
    page.search.setText("refund")
    page.table.selectRow(0)
    _focus(qtbot, window, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert page.search.selectedText() == "refund"


def test_edit_opens_the_selected_records_dialog(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "orders")
    page.table.selectRow(1)
    order_id = page.selected_id()
    seen: list[object] = []

    def look(dialog: object) -> None:
        seen.append(dialog)
        assert isinstance(dialog, OrderDialog)
        seen.append(dialog.order_id)
        dialog.reject()

    done = when_modal(look)
    window.edit_menu.update_actions()
    assert window.edit_menu.edit_action.text() == "Edit Order…"
    window.edit_menu.edit_action.trigger()
    qtbot.waitUntil(lambda: bool(done))
    assert isinstance(seen[0], OrderDialog) and seen[1] == order_id


def test_void_from_the_menu_asks_then_voids_and_delete_in_a_list_still_does(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    first, second = _free_orders(demo_workspace, 2)
    page = list_page(qtbot, window, "orders")
    page.table.selectRow(all_ids(page).index(first))
    _focus(qtbot, window, page.table)

    def confirm(reason: str) -> Callable[[object], None]:
        def handle(dialog: object) -> None:
            assert isinstance(dialog, VoidDialog)
            qtbot.keyClicks(dialog.reason, reason)
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

        return handle

    done = when_modal(confirm("from the menu"))
    window.edit_menu.update_actions()
    window.edit_menu.void_action.trigger()
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: first not in all_ids(page))

    page.table.selectRow(all_ids(page).index(second))
    _focus(qtbot, window, page.table)
    done = when_modal(confirm("with the key"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: second not in all_ids(page))
    with demo_workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        reasons = {i: s.get_one(Order, i).void_reason for i in (first, second)}
    assert reasons == {first: "from the menu", second: "with the key"}


def test_several_rows_restored_from_the_menu_are_one_step_to_undo(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    ids = _free_orders(demo_workspace, 3)
    page = list_page(qtbot, window, "orders")
    announce(void_records(demo_workspace, VoidRecords(VoidKind.ORDER, tuple(ids), "test orders")))
    qtbot.waitUntil(lambda: not set(ids) & set(all_ids(page)))
    assert page.filter_bar is not None
    qtbot.mouseClick(page.filter_bar.flags["voided"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(ids) <= set(all_ids(page)))
    shown = all_ids(page)
    _select_rows(page, [shown.index(i) for i in ids])
    _focus(qtbot, window, page.table)
    menu = window.edit_menu
    assert _enabled(menu)["restore"] and not _enabled(menu)["void"]
    menu.restore_action.trigger()

    def voided() -> list[bool]:
        with demo_workspace.read() as s:
            s.info[INCLUDE_VOIDED] = True
            return [s.get_one(Order, i).voided_at is not None for i in ids]

    assert voided() == [False, False, False]
    assert window.undo_stack.undo_action.text() == "Undo Restore Order"
    window.undo_stack.undo_action.trigger()
    assert voided() == [True, True, True]  # one Undo: all three voided again
    assert window.undo_stack.undo_action.text() == "Undo Void Order"


def test_a_screenshot_of_the_edit_menu_open(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "disputes")
    page.table.selectRow(0)
    _focus(qtbot, window, page.table)
    menu = window.edit_menu
    menu.update_actions()
    menu.adjustSize()
    menu.grab().save("/tmp/edit_menu_open.png")


def test_edit_names_each_pages_own_edit_and_is_off_where_there_is_none(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.edit_menu
    for name, text in (
        ("orders", "Edit Order…"),
        ("disputes", "Edit Dispute…"),
        ("evidence", "Edit Evidence…"),
        ("deposits", "Edit…"),
    ):
        page = list_page(qtbot, window, name)
        page.table.selectRow(0)
        assert page.model.rowCount() > 0, name
        menu.update_actions()
        assert (menu.edit_action.text(), menu.edit_action.isEnabled()) == (text, text != "Edit…"), name
