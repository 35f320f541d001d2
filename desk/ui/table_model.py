"""A read-only table model over a `ListSpec` that pages rows in from the database as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session

from desk.listing import ListSpec, Row, display, fetch_page, sort_value
from desk.money import Money

SortRole = Qt.ItemDataRole.UserRole + 1  # the raw value: money by minor units, dates as dates
RowIdRole = Qt.ItemDataRole.UserRole + 2  # the database id of the row
RowRole = Qt.ItemDataRole.UserRole + 3  # the whole `Row`

Index = QModelIndex | QPersistentModelIndex
SessionFactory = Callable[[], AbstractContextManager[Session]]


class ListModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, spec: ListSpec, sessions: SessionFactory, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._sessions = sessions
        self._rows: list[Row] = []
        self._exhausted = True
        self._sort: tuple[str, bool] = spec.default_sort
        self._search = ""
        self._parent_id: int | None = None
        self._active = False  # nothing is read before the first reload (pages load when first shown)

    # -- what is shown ---------------------------------------------------------------------------------------

    def reload(self, *, search: str | None = None, parent_id: int | None = None, clear: bool = False) -> None:
        """Start again from the first page (after a new search, sort or parent)."""
        if search is not None:
            self._search = search
        if parent_id is not None or clear:
            self._parent_id = parent_id
        self._active = True
        self.beginResetModel()
        self._rows = []
        self._exhausted = self.spec.parent is not None and self._parent_id is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @property
    def loaded(self) -> int:
        return len(self._rows)

    @property
    def complete(self) -> bool:
        return self._exhausted

    # -- QAbstractTableModel -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        with self._sessions() as session:
            page = fetch_page(
                session,
                self.spec,
                offset=len(self._rows),
                limit=self.PAGE,
                sort=self._sort,
                search=self._search,
                parent_id=self._parent_id,
            )
        self._exhausted = len(page) < self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.spec.columns[index.column()]
        value = row.values[column.key]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display(value, column)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return sort_value(value)
        if role == RowIdRole:
            return row.id
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole and isinstance(value, Money):
            return str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            column = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
                return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting asks the database again: only loaded rows could be sorted here."""
        if not 0 <= column < len(self.spec.columns):
            return
        key = self.spec.columns[column].key
        if key not in self.spec.sort_exprs:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        if self._active:
            self.reload()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        key, descending = self._sort
        keys = [c.key for c in self.spec.columns]
        column = keys.index(key) if key in keys else -1
        return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
