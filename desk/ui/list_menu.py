"""The habits every list has: a context menu (the page's own actions, Open, Copy, Void…/Restore, Export List…),
Delete to void with confirmation, Ctrl+C to copy the selected rows as tab-separated text, and the list's rows
exported as CSV or XLSX. The main table and each detail table of a page get them.

An entry that does not apply to the rows clicked is shown disabled: an action on one record when several are
selected, Void on rows voided already, Restore on rows that are not. The page's own actions keep their buttons:
the menu offers them through entries of its own, so disabling one here leaves the button as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from desk.lists.listing import Row
from desk.ui.list_export import export_list, shown_columns
from desk.ui.list_page import ListPage
from desk.ui.reach import runs
from desk.ui.table_model import ListModel
from desk.ui.tr_context import TrContext
from desk.ui.void_actions import ask_and_void, restore, void_kind
from desk.workspace import Workspace

# A page action that needs no chosen record (New Order…) says so in this property (desk.ui.page_actions): the menu
# keeps it enabled on empty space and with several rows. Its text cannot say it: it is translated.
NEEDS_ROW = "needsRow"


ListMenu = TrContext("ListMenu")


class TableHabits:
    """The menu, Delete and Ctrl+C of one table of `page`."""

    def __init__(self, page: ListPage, view: QTableView, workspace: Workspace, *, main: bool) -> None:
        self.page, self.view, self.workspace, self.main = page, view, workspace, main
        model = view.model()
        assert isinstance(model, ListModel)
        self.model = model
        self.voidable = void_kind(model.spec) is not None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)

        self.copy_action = self._shortcut(ListMenu.tr("Copy"), QKeySequence.StandardKey.Copy, self.copy)
        self.void_action = self._shortcut(ListMenu.tr("Void…"), QKeySequence.StandardKey.Delete, self.void)
        self.void_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Ctrl+Backspace")])
        self.void_action.setEnabled(self.voidable)
        self.restore_action = QAction(ListMenu.tr("Restore"), view)
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())
        if self.voidable:
            runs(self.void_action, "voiding.void_record", "voiding.void_records")
            runs(self.restore_action, "voiding.restore_record", "voiding.restore_records")
        self.export_action = QAction(ListMenu.tr("Export List…"), view)
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        self.export_selected_action = QAction(ListMenu.tr("Export Selected…"), view)
        self.export_selected_action.triggered.connect(lambda _checked=False: self.export(selected=True))

    def leave_keys(self) -> None:
        """The window's Edit menu takes Ctrl+C and Delete over (acting on this list when it has the focus): two
        owners of one key would make Qt run neither. The menu entries still show the keys."""
        self.view.removeAction(self.copy_action)
        self.view.removeAction(self.void_action)

    def _shortcut(self, text: str, key: QKeySequence.StandardKey, run: Callable[[], object]) -> QAction:
        """An action whose key works while the table has the focus (Delete in the search field deletes text)."""
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: run())
        self.view.addAction(action)
        return action

    # -- what is selected --------------------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        selected = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in selected]

    def _choose_at(self, pos: QPoint) -> None:
        """A right-click on a row outside the selection selects that row alone; on empty space, nothing."""
        index = self.view.indexAt(pos)
        selection = self.view.selectionModel()
        if not index.isValid():
            selection.clearSelection()
        elif not selection.isRowSelected(index.row()):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)

    # -- the menu ----------------------------------------------------------------------------------------------

    def menu(self) -> QMenu:
        rows = self.rows()
        menu = QMenu(self.view)
        if self.main:
            opening = menu.addAction(ListMenu.tr("Open"))
            opening.setEnabled(len(rows) == 1 and can_open(self.page))
            opening.triggered.connect(lambda _checked=False: self.page.open_current())
            menu.setDefaultAction(opening)
            page_actions = [a for a in self.page.actions() if a.text() and not a.isSeparator()]
            if page_actions:
                menu.addSeparator()
            for action in page_actions:
                menu.addAction(self._offer(action, rows))
        menu.addSeparator()
        self.copy_action.setEnabled(bool(rows))
        menu.addAction(self.copy_action)
        if self.voidable:
            self.void_action.setEnabled(any(not r.voided for r in rows))
            self.restore_action.setEnabled(any(r.voided for r in rows))
            menu.addSeparator()
            menu.addAction(self.void_action)
            menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        self.export_selected_action.setEnabled(bool(rows))
        menu.addAction(self.export_selected_action)
        return menu

    def _offer(self, action: QAction, rows: list[Row]) -> QAction:
        """An entry of the menu that runs the page's `action`, enabled when it applies to `rows`."""
        entry = QAction(action.text(), self.view)
        entry.setShortcut(action.shortcut())
        entry.setToolTip(action.toolTip())
        needs_row = action.property(NEEDS_ROW) is not False
        entry.setEnabled(action.isEnabled() and (len(rows) == 1 or not needs_row))
        entry.triggered.connect(lambda _checked=False: action.trigger())
        return entry

    def show_menu(self, pos: QPoint) -> None:
        self._choose_at(pos)
        self.menu().exec(self.view.viewport().mapToGlobal(pos))

    # -- what the entries do -----------------------------------------------------------------------------------

    def copy(self) -> str:
        """The selected rows as the list shows them, tab-separated, one a line (a spreadsheet pastes them as is)."""
        columns = shown_columns(self.view)
        keys = [c.key for c in self.model.spec.columns]
        lines = []
        for row in sorted(index.row() for index in self.view.selectionModel().selectedRows()):
            texts = [self.model.index(row, keys.index(c.key)).data() or "" for c in columns]
            lines.append("\t".join(" ".join(str(t).split()) for t in texts))
        text = "\n".join(lines)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def void(self) -> bool:
        ids = [r.id for r in self.rows() if not r.voided]
        if not self.voidable or not ids:
            return False
        return ask_and_void(self.workspace, self.model.spec, ids, self.page)

    def restore(self) -> int:
        ids = [r.id for r in self.rows() if r.voided]
        return restore(self.workspace, self.model.spec, ids, self.page) if ids else 0

    def export(self, *, selected: bool = False) -> None:
        export_list(self.view, self.workspace.read, self.page, [r.id for r in self.rows()] if selected else None)


def install_list_habits(page: ListPage, workspace: Workspace) -> list[TableHabits]:
    """Give the page's main table and each of its detail tables their menu, Delete and Ctrl+C; Export List… is
    also one of the page's actions (`page.export_action`), for the window's menus."""
    habits = [TableHabits(page, page.table, workspace, main=True)]
    for index in range(page.detail_tabs.count()):
        widget = page.detail_tabs.widget(index)
        if isinstance(widget, QTableView) and isinstance(widget.model(), ListModel):
            habits.append(TableHabits(page, widget, workspace, main=False))
    page.table.activated.connect(lambda _index: page.open_current())
    page.opened.connect(lambda _row_id: open_default(page))
    page.export_action = habits[0].export_action  # for the window's menus
    page.list_habits = habits
    return habits


def edit_action(page: ListPage) -> QAction | None:
    """The page's own Edit… (Edit Order…, Edit Dispute…, Edit Evidence…), when it has one."""
    return next((a for a in page.actions() if a.text().startswith("Edit ") and a.isEnabled()), None)


def can_open(page: ListPage) -> bool:
    """Whether opening a record of `page` shows more than its row: an Edit… dialog, details below the list, or (an
    entry of the audit log) the record it is about."""
    return edit_action(page) is not None or page.detail_tabs.count() > 0 or page.spec.name == "audit"


def open_default(page: ListPage) -> None:
    """Opening a record: its Edit… dialog where the page has one, else its details (the tabs below the list)."""
    edit = edit_action(page)
    if edit is not None:
        edit.trigger()
        return
    details = page.detail_tabs.currentWidget()
    if details is not None:
        details.setFocus(Qt.FocusReason.OtherFocusReason)
