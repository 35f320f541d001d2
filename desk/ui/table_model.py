"""A read-only table model over a `ListSpec` that pages rows in from the database as the view scrolls, with the
list's search, filters and sort applied by the database. Values that read as words (`Phrased`: a next deadline, a
refund's arrival) are written with the locale's money and dates, explained in their tooltip, and coloured as the
Dashboard colours overdue deadlines when they need doing now."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from sqlalchemy.orm import Session

from desk.lists.listing import ListSpec, Phrased, Row, fetch_page, sort_value
from desk.money import Money
from desk.ui.deadline_model import OVERDUE
from desk.ui.locale_text import date_text, money_text, shown

SortRole = Qt.ItemDataRole.UserRole + 1  # the raw value: money by minor units, dates as dates
RowIdRole = Qt.ItemDataRole.UserRole + 2  # the database id of the row
RowRole = Qt.ItemDataRole.UserRole + 3  # the whole `Row`
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        SortRole,
        RowIdRole,
        RowRole,
    }
)

Index = QModelIndex | QPersistentModelIndex
SessionFactory = Callable[[], AbstractContextManager[Session]]


class ListModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, spec: ListSpec, sessions: SessionFactory, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._sessions = sessions
        self._rows: list[Row] = []
        self._texts: dict[tuple[int, int], str] = {}  # display texts already made: the view asks again and again
        self._exhausted = True
        self._sort: tuple[str, bool] = spec.default_sort
        self._search = ""
        self._filters: dict[str, Any] = {}
        self._parent_id: int | None = None
        self._active = False  # nothing is read before the first reload (pages load when first shown)
        self._alignments = [_alignment(c.numeric) for c in spec.columns]

    # -- what is shown ---------------------------------------------------------------------------------------

    def reload(
        self,
        *,
        search: str | None = None,
        parent_id: int | None = None,
        clear: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> None:
        """Start again from the first page (after a new search, filter, sort or parent); what is not given stays."""
        if search is not None:
            self._search = search
        if filters is not None:
            self._filters = dict(filters)
        if parent_id is not None or clear:
            self._parent_id = parent_id
        self._active = True
        # The first page is read before the reset, and shown by it: one change for the view (not a reset, then
        # rows inserted), and a query that fails leaves the rows shown so far.
        waiting = self.spec.parent is not None and self._parent_id is None  # a detail list with no parent chosen
        page = [] if waiting else self._read(after=None)
        self.beginResetModel()
        self._rows = page
        self._texts = {}
        self._exhausted = waiting or len(page) < self.PAGE
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @property
    def loaded(self) -> int:
        return len(self._rows)

    @property
    def complete(self) -> bool:
        return self._exhausted

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    @property
    def sort_order(self) -> tuple[str, bool]:
        """(column key, descending), as the database sorts the list now."""
        return self._sort

    @property
    def parent_id(self) -> int | None:
        """The record a detail list shows the rows of."""
        return self._parent_id

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
        page = self._read(after=self._rows[-1] if self._rows else None)
        self._exhausted = len(page) < self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _read(self, after: Row | None) -> list[Row]:
        """The page after `after` (the last row shown: keyset paging) or, for lists that page by offset, after
        the rows shown."""
        with self._sessions() as session:
            return fetch_page(
                session,
                self.spec,
                offset=len(self._rows) if after is not None else 0,
                after=after,
                limit=self.PAGE,
                sort=self._sort,
                search=self._search,
                parent_id=self._parent_id,
                filters=self._filters,
            )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every paint and most are not ours: answer those first, cheaply.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            return _struck_through() if row.voided else None  # a voided row, shown by the "voided" filter
        if role == RowIdRole:
            return row.id
        if role == RowRole:
            return row
        value = row.values[self.spec.columns[index.column()].key]
        if role == Qt.ItemDataRole.ToolTipRole:
            explained = value.explain(money_text, date_text) if isinstance(value, Phrased) else ""
            if explained:
                return explained
            text = self._text(index.row(), index.column())  # a long text, cut by the column: whole
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE) if isinstance(value, Phrased) and value.alert else None
        if role == SortRole:
            return sort_value(value)
        if isinstance(value, Phrased):  # AccessibleTextRole: the words and their explanation
            said = (self._text(index.row(), index.column()), value.explain(money_text, date_text))
            return ". ".join(text for text in said if text)
        return str(value) if isinstance(value, Money) else None  # AccessibleTextRole: "12.50 USD", not "$12.50"

    def _text(self, row: int, column: int) -> str:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            spec_column = self.spec.columns[column]
            value = self._rows[row].values[spec_column.key]
            phrased = isinstance(value, Phrased)
            text = self._texts[key] = value.words(money_text, date_text) if phrased else shown(value, spec_column)
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            column = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:  # the core's title (desk.lists), translated once marked there
                return QCoreApplication.translate("words", column.title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _alignment(column.numeric)
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


def _struck_through() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


def _alignment(numeric: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
