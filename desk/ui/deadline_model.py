"""A table of deadlines (from `desk.overview.deadlines`): when, how urgent, what, for which case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desk.overview.deadlines import KIND_WORDS, STATE_WORDS, Deadline
from desk.ui.locale_text import date_text, dated_text
from desk.ui.tr_context import QT_TRANSLATE_NOOP

KIND_TITLES = KIND_WORDS
COLUMNS = (
    QT_TRANSLATE_NOOP("DeadlineModel", "Due"),
    QT_TRANSLATE_NOOP("DeadlineModel", "State"),
    QT_TRANSLATE_NOOP("DeadlineModel", "What"),
    QT_TRANSLATE_NOOP("DeadlineModel", "Case"),
    QT_TRANSLATE_NOOP("DeadlineModel", "Details"),
)
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
            # The words of each kind come from the core (desk.overview.deadlines), translated under "DeadlineKinds" once
            # they are marked there.
            kind = QCoreApplication.translate("words", KIND_TITLES.get(d.kind, d.kind))
            state = QCoreApplication.translate("words", STATE_WORDS.get(d.state, d.state))
            values = (date_text(d.due), state, kind, dated_text(d.name) or d.case, detail)
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return dated_text(d.rule)
        if role == Qt.ItemDataRole.ForegroundRole and d.state == "overdue":
            return QBrush(OVERDUE)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(COLUMNS):
            return QCoreApplication.translate("DeadlineModel", COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
