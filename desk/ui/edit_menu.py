"""The Edit menu, in the platform's order: Undo and Redo; Cut, Copy, Paste and Select All; the page's own Edit… for
the selected record, Void… (Delete) and Restore for the selected rows; Find (the page's search field); Preferences…
(which macOS moves to the application menu).

The menu owns the standard keys, and what they act on follows the keyboard focus. A text field cuts, copies, pastes
and selects its own text (it takes those keys before any menu does, so typing never triggers an entry). A list
copies its selected rows, selects all its rows, voids and restores them through its own habits
(desk.ui.list_menu.TableHabits, one implementation), whose keys the menu takes over so that no key has two owners.
Each entry is enabled only when it can act, updated as the focus, the page and the selection change, so a shortcut
never fires into nothing.

Qt only at import: the window's frame builds this menu before the database layer is loaded."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from desk.ui.list_menu import TableHabits
    from desk.ui.list_page import ListPage
    from desk.ui.undo_stack import UndoStack

TextField = QLineEdit | QTextEdit | QPlainTextEdit
Keys = QKeySequence.StandardKey | list[QKeySequence] | None


def text_field(widget: QWidget | None) -> TextField | None:
    """The text field the keyboard is in: a line edit, a text box, or the one inside a spin box or combo box."""
    if isinstance(widget, QComboBox):
        return widget.lineEdit()  # None when the combo box is not editable
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return widget if isinstance(widget, TextField) else None


def _has_selected_text(field: TextField) -> bool:
    if isinstance(field, QLineEdit):
        return field.hasSelectedText()
    return field.textCursor().hasSelection()


def _writable(field: TextField) -> bool:
    return not field.isReadOnly() and field.isEnabled()


class EditMenu(QMenu):
    def __init__(
        self,
        window: QWidget,
        undo_stack: UndoStack,
        preferences: QAction,
        shown_page: Callable[[], QWidget | None],
    ) -> None:
        super().__init__(self.tr("&Edit"), window)
        self.window_ = window
        self.shown_page = shown_page
        self.addAction(undo_stack.undo_action)
        self.addAction(undo_stack.redo_action)
        self.addSeparator()
        self.cut_action = self._add(self.tr("Cu&t"), QKeySequence.StandardKey.Cut, self.cut)
        self.copy_action = self._add(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy)
        self.paste_action = self._add(self.tr("&Paste"), QKeySequence.StandardKey.Paste, self.paste)
        select_all = QKeySequence.StandardKey.SelectAll
        self.select_all_action = self._add(self.tr("Select &All"), select_all, self.select_all)
        self.addSeparator()
        self.edit_action = self._add(self.tr("Edit…"), None, self.edit)
        void_keys = [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Ctrl+Backspace")]
        self.void_action = self._add(self.tr("&Void…"), void_keys, self.void)
        self.restore_action = self._add(self.tr("&Restore"), None, self.restore)
        self.addSeparator()
        self.find_action = self._add(self.tr("&Find"), QKeySequence.StandardKey.Find, self.search)
        self.addSeparator()
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu
        self.addAction(preferences)
        self.aboutToShow.connect(self.update_actions)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)  # a method: disconnected when the menu goes
        QGuiApplication.clipboard().dataChanged.connect(self.update_actions)
        self.update_actions()

    def _add(self, text: str, keys: Keys, run: Callable[[], object]) -> QAction:
        action = QAction(text, self.window_)  # the window's: its keys work wherever the focus is in it
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: run())
        self.window_.addAction(action)
        self.addAction(action)
        return action

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_actions()

    def watch(self, page: QWidget) -> None:
        """A page just built: its lists' keys become the menu's, and its selections keep the entries up to date."""
        for habits in self._habits(page):
            habits.leave_keys()
            habits.view.selectionModel().selectionChanged.connect(self.update_actions)
            habits.model.modelReset.connect(self.update_actions)
        settled = getattr(page, "settled", None)
        if settled is not None:
            settled.connect(self.update_actions)

    # -- what the entries act on -------------------------------------------------------------------------------

    def _page(self) -> ListPage | None:
        page = self.shown_page()
        return page if page is not None and hasattr(page, "list_habits") else None  # type: ignore[return-value]

    @staticmethod
    def _habits(page: QWidget | None) -> list[TableHabits]:
        return list(getattr(page, "list_habits", []))

    def _field(self) -> TextField | None:
        return text_field(QApplication.focusWidget())

    def _list(self) -> TableHabits | None:
        """The list the keys act on: the one with the focus; the page's main list while the focus is elsewhere
        than in a list, a field or another view (a button, or nothing)."""
        page = self._page()
        if page is None:
            return None
        habits = self._habits(page)
        focus = QApplication.focusWidget()
        for each in habits:
            if focus is each.view:
                return each
        if isinstance(focus, QAbstractItemView | QAbstractSpinBox | QComboBox | TextField):
            return None
        return next((each for each in habits if each.main), None)

    def _page_edit(self) -> QAction | None:
        page = self._page()
        if page is None:
            return None
        from desk.ui.list_menu import edit_action  # loaded with the pages, after the frame

        return edit_action(page)

    # -- enabled when it can act -------------------------------------------------------------------------------

    def update_actions(self) -> None:
        field = self._field()
        listed = None if field is not None else self._list()
        rows: list[Any] = listed.rows() if listed is not None else []
        clipboard = bool(QGuiApplication.clipboard().text())
        self.cut_action.setEnabled(field is not None and _writable(field) and _has_selected_text(field))
        self.copy_action.setEnabled((field is not None and _has_selected_text(field)) or bool(rows))
        self.paste_action.setEnabled(field is not None and _writable(field) and clipboard)
        all_rows = listed is not None and listed.model.rowCount() > 0
        self.select_all_action.setEnabled(field is not None or all_rows)

        page, page_edit = self._page(), self._page_edit()
        self.edit_action.setText(page_edit.text() if page_edit is not None else self.tr("Edit…"))
        one = page is not None and len(page.table.selectionModel().selectedRows()) == 1
        self.edit_action.setEnabled(page_edit is not None and one)
        voidable = listed is not None and listed.voidable
        self.void_action.setEnabled(voidable and any(not row.voided for row in rows))
        self.restore_action.setEnabled(voidable and any(row.voided for row in rows))
        self.find_action.setEnabled(page is not None)

    # -- what the entries do -----------------------------------------------------------------------------------

    def cut(self) -> None:
        field = self._field()
        if field is not None:
            field.cut()

    def copy(self) -> None:
        field = self._field()
        if field is not None:
            field.copy()
            return
        listed = self._list()
        if listed is not None:
            listed.copy()

    def paste(self) -> None:
        field = self._field()
        if field is not None:
            field.paste()

    def select_all(self) -> None:
        field = self._field()
        if field is not None:
            field.selectAll()
            return
        listed = self._list()
        if listed is not None:
            listed.view.selectAll()

    def edit(self) -> None:
        page_edit = self._page_edit()
        if page_edit is not None:
            page_edit.trigger()

    def void(self) -> None:
        listed = self._list()
        if listed is not None:
            listed.void()
        self.update_actions()

    def restore(self) -> None:
        listed = self._list()
        if listed is not None:
            listed.restore()
        self.update_actions()

    def search(self) -> None:
        page = self._page()
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()
