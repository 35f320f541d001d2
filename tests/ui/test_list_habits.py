"""The habits of every list (desk/ui/list_menu.py): Delete voids after asking why, Restore brings a record back,
several rows voided at once are one step to undo, Ctrl+C copies rows, Export List writes the rows shown as CSV or
XLSX, and the columns keep the widths and order the user gave them."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from driving import all_ids, list_page, when_modal
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Dispute, Order
from desk.models.voided import INCLUDE_VOIDED
from desk.ui.list_menu import TableHabits
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.void_actions import VoidDialog
from desk.workspace import Workspace


def _row_of(page: ListPage, row_id: int) -> int:
    return all_ids(page).index(row_id)


def _habits(page: ListPage) -> TableHabits:
    return next(h for h in page.list_habits if h.view is page.table)



def _unsettled_dispute(ws: Workspace) -> int:
    with ws.read() as s:
        return next(d.id for d in s.scalars(select(Dispute).order_by(Dispute.id)) if not d.refunds)


def test_delete_on_a_dispute_asks_why_voids_it_and_restore_brings_it_back(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = list_page(qtbot, window, "disputes")
    dispute_id = _unsettled_dispute(demo_workspace)
    page.table.selectRow(_row_of(page, dispute_id))
    page.table.setFocus()
    seen: dict[str, object] = {}

    def confirm(dialog: object) -> None:
        assert isinstance(dialog, VoidDialog)
        seen["names"] = list(dialog.names)
        seen["enabled_before"] = dialog.void_button.isEnabled()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter with no reason does nothing
        seen["open_after_enter"] = dialog.isVisible()
        qtbot.keyClicks(dialog.reason, "entered twice")
        dialog.grab().save("/tmp/list_habits_void_confirmation.png")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    done = when_modal(confirm, popups=True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(done))
    names = seen["names"]
    assert isinstance(names, list) and len(names) == 1 and names[0].startswith(f"Dispute {dispute_id} (")
    assert seen["enabled_before"] is False and seen["open_after_enter"] is True
    with demo_workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        dispute = s.get_one(Dispute, dispute_id)
        assert dispute.voided_at is not None and dispute.void_reason == "entered twice"
    qtbot.waitUntil(lambda: dispute_id not in all_ids(page))

    assert page.filter_bar is not None
    qtbot.mouseClick(page.filter_bar.flags["voided"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dispute_id in all_ids(page))
    row = _row_of(page, dispute_id)
    assert page.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()

    page.table.selectRow(row)
    habits = _habits(page)
    menu = habits.menu()
    entries = {a.text(): a for a in menu.actions() if a.text()}
    assert entries["Restore"].isEnabled() and not entries["Void…"].isEnabled()
    entries["Restore"].trigger()
    qtbot.waitUntil(lambda: not page.model.index(_row_of(page, dispute_id), 0).data(Qt.ItemDataRole.FontRole))
    with demo_workspace.read() as s:
        assert s.get_one(Dispute, dispute_id).voided_at is None


def test_escape_in_the_confirmation_changes_nothing(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = list_page(qtbot, window, "disputes")
    dispute_id = _unsettled_dispute(demo_workspace)
    page.table.selectRow(_row_of(page, dispute_id))
    page.table.setFocus()

    def escape(dialog: object) -> None:
        assert isinstance(dialog, VoidDialog)
        qtbot.keyClicks(dialog.reason, "typed, then changed my mind")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    done = when_modal(escape, popups=True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(done))
    with demo_workspace.read() as s:
        assert s.get_one(Dispute, dispute_id).voided_at is None
    assert dispute_id in all_ids(page)
    assert not window.undo_stack.undo_action.isEnabled()


def _select_rows(page: ListPage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)
    selection.setCurrentIndex(page.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_two_orders_voided_at_once_come_back_with_one_ctrl_z(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        free = [
            o.id
            for o in s.scalars(select(Order).order_by(Order.id))
            if not o.refunds and not any(line.disputes for line in o.lines)
        ][:2]
    page = list_page(qtbot, window, "orders")
    _select_rows(page, [_row_of(page, i) for i in free])
    page.table.setFocus()
    seen: list[list[str]] = []

    def confirm(dialog: object) -> None:
        assert isinstance(dialog, VoidDialog)
        seen.append(list(dialog.names))
        dialog.grab().save("/tmp/list_habits_void_two.png")
        assert dialog.windowTitle() == "Void 2 records"
        qtbot.keyClicks(dialog.reason, "test orders")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    done = when_modal(confirm, popups=True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(done))
    assert len(seen[0]) == 2 and all(name.startswith("order ") for name in seen[0])
    qtbot.waitUntil(lambda: not set(free) & set(all_ids(page)))
    assert window.undo_stack.undo_action.text() == "Undo Void Order"

    window.activateWindow()  # the confirmation has closed: the window is active again
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: set(free) <= set(all_ids(page)))
    with demo_workspace.read() as s:
        assert all(s.get_one(Order, i).voided_at is None for i in free)
    assert not window.undo_stack.undo_action.isEnabled()


def test_ctrl_c_copies_the_selected_rows_as_the_list_shows_them(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "orders")
    _select_rows(page, [0, 2])
    page.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    columns = page.model.columnCount()
    expected = [
        "\t".join(" ".join(str(page.model.index(row, c).data() or "").split()) for c in range(columns))
        for row in (0, 2)
    ]
    assert lines == expected
    assert "\t" in lines[0] and lines[0] != lines[1]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # a popup, offscreen
def test_the_context_menu_offers_the_pages_actions_for_the_row_clicked(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(qtbot, window, "orders")
    shown: dict[str, bool] = {}

    def look(menu: object) -> None:
        assert isinstance(menu, QMenu)
        shown.update({a.text(): a.isEnabled() for a in menu.actions() if a.text()})
        menu.grab().save("/tmp/list_habits_context_menu.png")
        menu.close()

    done = when_modal(look, popups=True)
    rect = page.table.visualRect(page.model.index(1, 1))
    page.table.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: bool(done))
    assert page.table.selectionModel().selectedRows()[0].row() == 1  # the row clicked
    for entry in ("Open", "New Order…", "Edit Order…", "Open Dispute…", "Add Evidence…", "Copy", "Void…"):
        assert shown[entry], entry
    assert "Restore" in shown and not shown["Restore"]
    assert shown["Export List…"] and shown["Export Selected…"]

    _select_rows(page, [0, 1])
    several = {a.text(): a.isEnabled() for a in _habits(page).menu().actions() if a.text()}
    assert several["New Order…"] and several["Void…"] and several["Copy"]
    assert not several["Edit Order…"] and not several["Open"]  # one record at a time


def _export_to(qtbot: QtBot, page: ListPage, path: Path) -> None:
    def choose(dialog: object) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    path.parent.mkdir(exist_ok=True)
    done = when_modal(choose, popups=True)
    window = page.window()
    assert isinstance(window, MainWindow)
    file_menu = next(m for m in window.export_list_action.associatedObjects() if isinstance(m, QMenu))
    file_menu.aboutToShow.emit()  # the File menu opens: Export List… is offered on a list
    assert window.export_list_action.isEnabled()
    window.export_list_action.trigger()  # File → Export List…, as the context menu's entry does
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: path.exists(), timeout=30_000)


def _shown_rows(page: ListPage) -> list[list[str]]:
    all_ids(page)
    return [
        [str(page.model.index(row, c).data() or "") for c in range(page.model.columnCount())]
        for row in range(page.model.rowCount())
    ]


def test_export_list_writes_the_rows_the_list_shows_as_csv_and_xlsx(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    page = list_page(qtbot, window, "orders")
    page.search.setText("a")
    qtbot.waitUntil(lambda: page.model.search_text == "a")
    shown = _shown_rows(page)
    assert len(shown) > 0
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    columns = page.model.spec.columns
    dates = [c for c, col in enumerate(columns) if col.kind.value in ("date", "datetime")]
    # Dates are written in ISO form in a file, in the locale's on screen: the date columns and the next deadline's.
    differ = dates + [c for c, col in enumerate(columns) if col.key == "next_deadline"]

    csv_path = tmp_path / "out" / "orders.csv"
    _export_to(qtbot, page, csv_path)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == headers and len(rows) - 1 == len(shown)
    for written, on_screen in zip(rows[1:], shown, strict=True):
        assert [v for c, v in enumerate(written) if c not in differ] == [
            v for c, v in enumerate(on_screen) if c not in differ
        ]

    # the file is there before the window hears the work is done
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Saved the list as {csv_path}")

    xlsx_path = tmp_path / "out" / "orders.xlsx"
    _export_to(qtbot, page, xlsx_path)
    sheet = load_workbook(xlsx_path).active
    cells = [[("" if v is None else v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == headers and len(cells) - 1 == len(shown)
    for written, on_screen in zip(cells[1:], shown, strict=True):
        assert [v for c, v in enumerate(written) if c not in differ] == [
            v for c, v in enumerate(on_screen) if c not in differ
        ]
        assert all(isinstance(written[c], date) or written[c] == "" for c in dates)


def test_column_widths_and_order_survive_closing_and_reopening_the_window(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = list_page(qtbot, window, "disputes")
    header = page.table.horizontalHeader()
    assert header.sectionsMovable()
    header.moveSection(3, 0)  # what dragging a column's title does
    header.resizeSection(1, 233)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton)  # the drag ends: the state is kept
    qtbot.wait(50)
    order = [header.logicalIndex(v) for v in range(header.count())]
    window.close()

    again = MainWindow(demo_workspace.root)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.page_loaded):
        again.attach(demo_workspace)
    page = list_page(qtbot, again, "disputes")
    header = page.table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(header.count())] == order
    assert header.logicalIndex(0) == 3
    assert header.sectionSize(1) == 233


def test_delete_in_a_detail_list_voids_the_event_and_voided_too_shows_it_there(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from desk.models import DisputeEvent

    page = list_page(qtbot, window, "disputes")
    with demo_workspace.read() as s:
        event = s.scalars(select(DisputeEvent).order_by(DisputeEvent.id.desc())).first()
        assert event is not None
        event_id, dispute_id = event.id, event.dispute_id
    page.table.selectRow(_row_of(page, dispute_id))
    events = next(h for h in page.list_habits if h.model.spec.name == "dispute_events")
    qtbot.waitUntil(lambda: events.model.parent_id == dispute_id)
    row = next(r for r in range(events.model.rowCount()) if events.model.row_at(r).id == event_id)
    page.detail_tabs.setCurrentWidget(events.view)
    events.view.selectRow(row)
    events.view.setFocus()

    def confirm(dialog: object) -> None:
        assert isinstance(dialog, VoidDialog) and len(dialog.names) == 1
        qtbot.keyClicks(dialog.reason, "recorded on the wrong dispute")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    done = when_modal(confirm, popups=True)
    qtbot.keyClick(events.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(done))
    ids = lambda: [events.model.row_at(r).id for r in range(events.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: event_id not in ids())

    assert page.filter_bar is not None
    qtbot.mouseClick(page.filter_bar.flags["voided"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.model.filters.get("voided")) and not page.busy)
    page.table.selectRow(_row_of(page, dispute_id))
    qtbot.waitUntil(lambda: event_id in ids())
    row = ids().index(event_id)
    assert events.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    events.view.selectRow(row)
    assert events.restore() == 1
    with demo_workspace.read() as s:
        assert s.get_one(DisputeEvent, event_id).voided_at is None
