"""A table that says something when it has no rows: a note in its place ("Nothing needs attention…") instead of a
blank grid, which reads as "still loading" or "broken". The note follows the model's rows as they come and go."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QWidget


class TableOrNote(QStackedWidget):
    def __init__(self, table: QAbstractItemView, note: Callable[[], str], parent: QWidget | None = None) -> None:
        """`note`: what to say while `table`'s model has no rows (asked each time, so it can follow a filter)."""
        super().__init__(parent)
        self.table = table
        self._note = note
        self.label = QLabel()
        self.label.setObjectName("emptyNote")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(table)
        self.addWidget(self.label)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.follow)
        self.follow()

    def follow(self, *_args: object) -> None:
        empty = self.table.model().rowCount() == 0
        if empty:
            self.label.setText(self._note())
        self.setCurrentWidget(self.label if empty else self.table)

    @property
    def showing_note(self) -> bool:
        return self.currentWidget() is self.label
