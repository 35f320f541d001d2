"""The PayPal payments dialog's two tables: the payments and refunds matched to an order (what Import records, or
recorded), and the totals by currency. Rows are set in one place (`show`); a money column sorts by minor units and
a role gives each row's `Entry`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desk.importing.activity.matching import Action
from desk.importing.activity.report import Entry, PaymentReport
from desk.money import Money
from desk.ui.locale_text import date_text, money_text
from desk.ui.payments_words import kind_text, matched_by, what_import_does

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW, DATE, KIND, NAME, AMOUNT, ORDER, BY, DOES = range(8)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MatchedModel(QAbstractTableModel):
    """Each payment and refund of the file that has its order: row, date, supplier, amount, the order, how it was
    matched and what Import does with it (or did, once `written`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._written = False

    def show(self, report: PaymentReport | None) -> None:
        self.beginResetModel()
        self._entries = sorted(report.payments + report.refunds, key=lambda e: e.row) if report is not None else []
        self._written = report is not None and report.written
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, DOES, DOES)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DOES + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return entry.amount.minor if column == AMOUNT else self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("PayPal transaction {0}").format(entry.transaction_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROW, AMOUNT):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and entry.action == Action.ALREADY.value:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # nothing to do: quiet
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == ROW:
            return str(entry.row)
        if column == DATE:
            return date_text(entry.on)
        if column == KIND:
            return kind_text(entry)
        if column == NAME:
            return entry.name
        if column == AMOUNT:
            return money_text(entry.amount)
        if column == ORDER:
            return entry.order or ""
        if column == BY:
            return matched_by(entry)
        return what_import_does(entry, written=self._written)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == DOES:
            return self.tr("What was done") if self._written else self.tr("What Import does")
        names = (
            self.tr("Row"),
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Paid to or refunded by"),
            self.tr("Amount"),
            self.tr("Order"),
            self.tr("Matched by"),
        )
        return names[section] if 0 <= section < len(names) else None


class TotalsModel(QAbstractTableModel):
    """By currency: the payments and refunds in the file, and how much of each is matched to an order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Money, Money, Money, Money]] = []

    def show(self, report: PaymentReport | None) -> None:
        self.beginResetModel()
        self._rows = _totals(report) if report is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return money_text(value) if isinstance(value, Money) else value
        if role == SORT_ROLE:
            return value.minor if isinstance(value, Money) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            self.tr("Currency"),
            self.tr("Payments in the file"),
            self.tr("Matched"),
            self.tr("Refunds in the file"),
            self.tr("Matched"),
        )
        return names[section] if 0 <= section < len(names) else None


def _totals(report: PaymentReport) -> list[tuple[str, Money, Money, Money, Money]]:
    def matched(entries: list[Entry], currency: str) -> Money:
        return Money(sum(e.amount.minor for e in entries if e.amount.currency == currency), currency)

    return [
        (c, Money(sums["payments"], c), matched(report.payments, c), Money(sums["refunds"], c),
         matched(report.refunds, c))
        for c, sums in sorted(report.in_file.items())
    ]
