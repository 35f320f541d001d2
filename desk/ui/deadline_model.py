"""A table of deadlines (from `desk.overview.deadlines`): when, how urgent, what, for which case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.overview.deadlines import KIND_WORDS, Deadline
from desk.ui.locale_text import date_text, dated_text

KIND_TITLES = KIND_WORDS
COLUMNS = ("Due", "State", "What", "Case", "Details")
OVERDUE = QColor("#b3261e")


class DeadlineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Deadline] = []

    def set_deadlines(self, deadlines: list[Deadline]) -> None:
        self.beginResetModel()
        self._rows = list(deadlines)
        self.endResetModel()

    def deadline_at(self, row: int) -> Deadline:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        d = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = dated_text(d.detail)  # its dates in the user's locale, like the Due column
            kind = self.tr(KIND_TITLES.get(d.kind, d.kind))
            values = (date_text(d.due), d.state, kind, dated_text(d.name) or d.case, detail)
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return dated_text(d.rule)
        if role == Qt.ItemDataRole.ForegroundRole and d.state == "overdue":
            return QBrush(OVERDUE)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
