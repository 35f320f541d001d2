"""The PayPal payments dialog's rows that need the user: a payment or refund that more than one order could be for
(a combo of those orders) or that no order fits (an editable combo over the orders in its currency: type part of
an order number, a supplier or an amount, or pick from the list). Each choice is said by `chosen`; the dialog
checks the file again with it. A row stays where it is once chosen, so that the choice can be changed or left for
later ("Leave it for now"), and Tab goes from one row's order to the next.

    rows = ChoiceRows()
    rows.chosen.connect(lambda txn, key: ...)  # key: PLATFORM:ORDER_NO, or None to leave it for now
    rows.add(entry, ambiguous=False)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from desk.importing.activity.report import Entry
from desk.models import Order
from desk.money import Money
from desk.orders.amounts import OrderAmounts
from desk.ui.locale_text import date_text, money_text
from desk.ui.operation_dialog import ALERT_STYLE
from desk.ui.required import unchosen
from desk.ui.tr_context import QT_TRANSLATE_NOOP, TrContext

if TYPE_CHECKING:
    from desk.workspace import Workspace

LIMIT = 2000  # orders listed per currency, newest first; an older one can still be typed as the Orders page names it
KEY_ROLE = Qt.ItemDataRole.UserRole
HEADINGS = (
    QT_TRANSLATE_NOOP("ChoiceRows", "Row"),
    QT_TRANSLATE_NOOP("ChoiceRows", "Date"),
    QT_TRANSLATE_NOOP("ChoiceRows", "Paid to or refunded by"),
    QT_TRANSLATE_NOOP("ChoiceRows", "Amount"),
    QT_TRANSLATE_NOOP("ChoiceRows", "Order"),
    "",
)
ORDER_COLUMN, STATE_COLUMN = 4, 5
POPUP_CHARS = 72


PaymentsChoice = TrContext("PaymentsChoice")


@dataclass(frozen=True)
class OrderOption:
    """An order the user may choose, as the list shows it."""

    key: str  # PLATFORM:ORDER_NO
    order_no: str
    supplier: str
    placed_on: date
    unpaid: Money


def order_options(workspace: Workspace, currencies: set[str]) -> dict[str, list[OrderOption]]:
    """The orders in each currency, newest first (read in the worker: a folder may hold thousands)."""
    found: dict[str, list[OrderOption]] = {}
    with workspace.read() as session:
        for currency in sorted(currencies):
            query = (
                select(Order).where(Order.currency == currency)
                .options(selectinload(Order.lines), selectinload(Order.payments), joinedload(Order.supplier))
                .order_by(Order.placed_on.desc(), Order.id.desc()).limit(LIMIT)
            )
            found[currency] = [
                OrderOption(o.key, o.order_no, o.supplier.name, o.placed_on,
                            Money(OrderAmounts.of(o).total_minor - o.paid.minor, currency))
                for o in session.scalars(query)
            ]
    return found


class ChoiceRows(QWidget):
    """One row per payment or refund waiting for its order: row, date, supplier, amount, the order, and what
    becomes of it (`show_state`)."""

    chosen = Signal(str, object)  # transaction id; PLATFORM:ORDER_NO, or None: leave it for now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: dict[str, Entry] = {}
        self.combos: dict[str, QComboBox] = {}
        self.states: dict[str, QLabel] = {}
        self.options: dict[str, dict[str, OrderOption]] = {}  # currency -> key -> option
        self.models: dict[str, QStandardItemModel] = {}  # currency -> the list every editable combo in it shares
        self.wrong: dict[str, str] = {}  # transaction id -> what was typed that names no order, as said
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(STATE_COLUMN, 1)
        for column, heading in enumerate(HEADINGS):
            label = QLabel(QCoreApplication.translate("ChoiceRows", heading) if heading else "")
            label.setObjectName("countLabel")
            self.grid.addWidget(label, 0, column)

    def __len__(self) -> int:
        return len(self.entries)

    def currencies(self) -> set[str]:
        return {e.amount.currency for e in self.entries.values()}

    def add(self, entry: Entry, *, ambiguous: bool) -> None:
        """A row for `entry`, unless it has one (a row stays once shown, chosen or not)."""
        txn = entry.transaction_id
        if txn in self.entries:
            return
        self.entries[txn] = entry
        row = len(self.entries)
        texts = (str(entry.row), date_text(entry.on), entry.name, money_text(entry.amount))
        for column, text in enumerate(texts):
            label = QLabel(text)
            label.setToolTip(self.tr("PayPal transaction {0}").format(txn))
            if column in (0, 3):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, column)
        combo = self._candidates(entry) if ambiguous else self._any_order(entry)
        combo.setObjectName(f"order-for-row-{entry.row}")
        combo.setMinimumContentsLength(52)
        combo.currentTextChanged.connect(combo.setToolTip)  # the whole label, when the field shows only its start
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        state = QLabel()
        state.setWordWrap(True)
        state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        state.setMinimumWidth(220)
        self.grid.addWidget(combo, row, ORDER_COLUMN)
        self.grid.addWidget(state, row, STATE_COLUMN)
        self.combos[txn], self.states[txn] = combo, state
        # The list shows each order whole: number, supplier, date and what is unpaid (the field shows the start).
        combo.view().setMinimumWidth(combo.fontMetrics().averageCharWidth() * POPUP_CHARS)

    def _candidates(self, entry: Entry) -> QComboBox:
        """The orders that could be the one, to choose from (arrow keys choose too)."""
        combo = QComboBox()
        known = self.options.get(entry.amount.currency, {})
        for key in entry.candidates:
            option = known.get(key)
            combo.addItem(_label(option, self) if option is not None else key, key)
        combo.addItem(self.tr("Leave it for now"), None)
        unchosen(combo, self.tr("Choose one of {0} orders").format(len(entry.candidates)))
        combo.activated.connect(lambda index, txn=entry.transaction_id: self._picked(txn, index))
        return combo

    def _any_order(self, entry: Entry) -> QComboBox:
        """Any order in the entry's currency: typed (part of its number, supplier or amount finds it) or picked."""
        combo = QComboBox()
        line = QLineEdit(combo)
        line.setPlaceholderText(self.tr("Type or choose an order in {0}").format(entry.amount.currency))
        combo.setLineEdit(line)  # editable
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = self._model(entry.amount.currency)
        combo.setModel(model)
        completer = QCompleter(model, combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(-1)
        txn = entry.transaction_id
        combo.activated.connect(lambda index: self._picked(txn, index))
        line.editingFinished.connect(lambda: self._typed(txn))
        line.textEdited.connect(lambda _text: self.wrong.pop(txn, None))
        return combo

    def _model(self, currency: str) -> QStandardItemModel:
        model = self.models.get(currency)
        if model is None:
            model = self.models[currency] = QStandardItemModel(self)
            leave = QStandardItem(self.tr("Leave it for now"))
            leave.setData(None, KEY_ROLE)
            model.appendRow(leave)
            self._fill(currency)
        return model

    def set_options(self, options: dict[str, list[OrderOption]]) -> None:
        """The orders to choose from, as they are now (what is unpaid changes with each import)."""
        for currency, listed in options.items():
            self.options[currency] = {o.key: o for o in listed}
            if currency in self.models:
                self._fill(currency)
        for txn, combo in self.combos.items():  # the candidates' labels, once their orders are known
            known = self.options.get(self.entries[txn].amount.currency, {})
            if not combo.isEditable():
                for index in range(combo.count()):
                    option = known.get(combo.itemData(index))
                    if option is not None:
                        combo.setItemText(index, _label(option, self))

    def _fill(self, currency: str) -> None:
        """The shared list of `currency`'s orders: labels updated in place, new orders added, none removed (a
        combo may show one)."""
        model = self.models[currency]
        rows = {model.item(r).data(KEY_ROLE): model.item(r) for r in range(1, model.rowCount())}
        for option in self.options.get(currency, {}).values():
            item = rows.get(option.key)
            if item is None:
                item = QStandardItem()
                item.setData(option.key, KEY_ROLE)
                model.appendRow(item)
            item.setText(_label(option, self))

    # -- the user's choice -------------------------------------------------------------------------------------

    def _picked(self, txn: str, index: int) -> None:
        combo = self.combos[txn]
        key = combo.itemData(index, KEY_ROLE) if index >= 0 else None
        self.wrong.pop(txn, None)
        if key is None and combo.isEditable():
            combo.setCurrentIndex(-1)
            combo.clearEditText()
        _show_start(combo)
        self.chosen.emit(txn, key)

    def _typed(self, txn: str) -> None:
        """What was typed, once Enter is pressed or the focus leaves: a listed order's label, number or key."""
        combo = self.combos[txn]
        text = combo.currentText().strip()
        if not text:
            self.chosen.emit(txn, None)
            return
        index = combo.findText(text)
        if index >= 0:
            self.chosen.emit(txn, combo.itemData(index, KEY_ROLE))
            return
        currency = self.entries[txn].amount.currency
        known = self.options.get(currency, {}).values()
        named = [o.key for o in known if text.casefold() in (o.key.casefold(), o.order_no.casefold())]
        if len(named) == 1:
            combo.setCurrentIndex(combo.findData(named[0], KEY_ROLE))  # shown as the list shows it
            _show_start(combo)
            self.chosen.emit(txn, named[0])
        elif ":" in text:  # an order as the Orders page names it, older than the list: the check says if it is one
            self.chosen.emit(txn, text)
        else:
            self.wrong[txn] = self.tr("No order {0} in {1}: choose one from the list, or leave it for now").format(
                text, currency
            )
            self.states[txn].setStyleSheet(ALERT_STYLE)
            self.states[txn].setText(self.wrong[txn])
            self.chosen.emit(txn, None)

    def show_state(self, txn: str, text: str, *, alert: bool = False, settled: bool = False) -> None:
        """What becomes of the row's payment or refund; `settled`: recorded, nothing left to choose."""
        label = self.states[txn]
        if txn in self.wrong:
            text, alert = self.wrong[txn], True
        label.setStyleSheet(ALERT_STYLE if alert else "")
        label.setText(text)
        if settled:
            self.combos[txn].setProperty("settled", True)
            self.combos[txn].setEnabled(False)

    def set_choosing(self, on: bool) -> None:
        """Whether the orders can be chosen (not while the import writes); a row recorded stays settled."""
        for combo in self.combos.values():
            combo.setEnabled(on and not combo.property("settled"))

    def first_combo(self) -> QComboBox | None:
        return next((c for c in self.combos.values() if c.isEnabled()), None)


def _label(option: OrderOption, widget: QWidget) -> str:
    unpaid = (
        PaymentsChoice.tr("{0} unpaid").format(money_text(option.unpaid)) if option.unpaid.minor > 0
        else PaymentsChoice.tr("paid in full")
    )
    return PaymentsChoice.tr("{0} · {1} · {2} · {3}").format(
        option.key, option.supplier, date_text(option.placed_on), unpaid
    )


def _show_start(combo: QComboBox) -> None:
    """An editable combo shows the start of its text (the order's number), not the end."""
    line = combo.lineEdit()
    if line is not None:
        line.setCursorPosition(0)
