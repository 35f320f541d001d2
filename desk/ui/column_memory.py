"""A list's columns as the user left them: widths, order and the column it is sorted by, per list, kept in QSettings
and put back when the list is built again. Columns can be dragged to another place.

Only what the user did is kept: the state is saved when a mouse button is let go on the header (a drag that resized
or moved a column, a double-click that fitted one), never after Desk's own sizing of columns to their content. A
list whose columns changed since (another release) starts again from its default widths; its sort is kept while the
column it sorts by is still there, by the column's name. Only a list the user can sort keeps one (the Dashboard's
"Latest disputes" shares the Disputes list's widths, never its order); it is put back when the list is first shown,
before its rows are read, so they are read once, in that order."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QTableView

from desk.ui.table_model import ListModel


def _key(model: ListModel) -> str:
    return f"lists/{model.spec.name}"


def _columns(model: ListModel) -> str:
    return ",".join(c.key for c in model.spec.columns)


class ColumnMemory(QObject):
    """Keeps `view`'s header state. `restored` says whether the user's widths were put back (the list then does not
    fit its columns to their content)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        model = view.model()
        assert isinstance(model, ListModel)
        self.model = model
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.viewport().installEventFilter(self)
        view.installEventFilter(self)  # its first Show puts the sort back (the page enables sorting after this)
        self._sort_restored = False
        self.restored = self._restore()

    def _restore_sort(self) -> None:
        self._sort_restored = True
        self.view.removeEventFilter(self)
        if not self.view.isSortingEnabled():
            return
        key, _, order = str(QSettings().value(f"{_key(self.model)}/sort", "")).partition(":")
        keys = [c.key for c in self.model.spec.columns]
        if key in self.model.spec.sort_exprs and key in keys and order in ("asc", "desc"):
            descending = Qt.SortOrder.DescendingOrder if order == "desc" else Qt.SortOrder.AscendingOrder
            self.view.sortByColumn(keys.index(key), descending)  # the arrow and the model; rows not read yet

    def _restore(self) -> bool:
        settings = QSettings()
        state = settings.value(f"{_key(self.model)}/header")
        if settings.value(f"{_key(self.model)}/columns") != _columns(self.model):
            return False
        if not isinstance(state, QByteArray | bytes):
            return False
        return bool(self.view.horizontalHeader().restoreState(QByteArray(state)))

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(f"{_key(self.model)}/header", self.view.horizontalHeader().saveState())
        settings.setValue(f"{_key(self.model)}/columns", _columns(self.model))
        if self.view.isSortingEnabled():
            key, descending = self.model.sort_order
            settings.setValue(f"{_key(self.model)}/sort", f"{key}:{'desc' if descending else 'asc'}")
        self.restored = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view:
            if event.type() == QEvent.Type.Show and not self._sort_restored:
                self._restore_sort()
            return False
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            QTimer.singleShot(0, self, self.save)  # after the header has done what the click does
        return False


def forget_columns(model: ListModel) -> None:
    """Back to the list's default widths and order the next time it is built."""
    QSettings().remove(_key(model))
