"""Entering or editing an order by hand, lines and payments included: New Order… and Edit Order… on the Orders
page. The rules are the operation's (`desk.operations.orders`); this dialog gathers the fields into a draft, shows
each refusal (naming field and row) and keeps what was typed. Each row remembers the line or payment it is, so an
edit keeps the line's disputes, refunds and evidence on its item."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.common import words
from desk.errors import DeskError
from desk.models import Order, OrderStatus, PaymentMethod, Platform
from desk.money import Money, parse_money
from desk.operations.orders import EditOrder, LineDraft, OrderDraft, PaymentDraft, create_order, edit_order
from desk.orders.view import order_draft, supplier_names
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import money_text
from desk.ui.required import unchosen
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.workspace import Workspace

LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("OrderDialog", "Item"),
    QT_TRANSLATE_NOOP("OrderDialog", "SKU"),
    QT_TRANSLATE_NOOP("OrderDialog", "Qty"),
    QT_TRANSLATE_NOOP("OrderDialog", "Unit price"),
)
ID_ROLE = Qt.ItemDataRole.UserRole  # on a row's first cell: the id of the line or payment it is (None for a new one)


class OrderDialog(CaseDialog):
    def __init__(self, workspace: Workspace, order_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New order") if order_id is None else self.tr("Edit order"), parent)
        self.setMinimumWidth(720)
        self.workspace = workspace
        self.order_id = order_id
        self.platform = unchosen(QComboBox(), self.tr("Choose the platform"))
        for platform in Platform:
            self.platform.addItem(words(platform), platform.value)
        self.platform.setCurrentIndex(-1)
        self.order_no = QLineEdit()
        self.supplier = QComboBox()
        self.supplier.setEditable(True)
        self.currency = QLineEdit("CNY")
        self.currency.setMaxLength(3)
        self.placed_on = date_edit(date.today())
        self.status = unchosen(QComboBox(), self.tr("Choose where the order is"))
        for status in OrderStatus:
            self.status.addItem(words(status), status.value)
        self.status.setCurrentIndex(-1)
        self.shipping = QLineEdit()
        self.discount = QLineEdit()
        self.tax = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the note for the next field, as in a form
        self.notes.setFixedHeight(60)
        for name, widget in (
            (self.tr("Platform"), self.platform),
            (self.tr("Order no."), self.order_no),
            (self.tr("Supplier"), self.supplier),
            (self.tr("Currency"), self.currency),
            (self.tr("Placed on"), self.placed_on),
            (self.tr("Status"), self.status),
            (self.tr("Shipping"), self.shipping),
            (self.tr("Discount (coupons included)"), self.discount),
            (self.tr("Tax (sales tax or VAT)"), self.tax),
            (self.tr("Notes"), self.notes),
        ):
            self.form.addRow(name, widget)

        self.lines = self._table([QCoreApplication.translate("OrderDialog", c) for c in LINE_COLUMNS])
        self.payments = self._table([self.tr("Method"), self.tr("Amount")])
        self.total = QLabel()
        self.total.setObjectName("countLabel")
        extra = QVBoxLayout()
        extra.addLayout(self._titled(self.tr("Lines"), self.lines, self.add_line))
        extra.addLayout(self._titled(self.tr("Payments"), self.payments, self.add_payment))
        extra.addWidget(self.total)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(1, extra)
        for edit in (self.shipping, self.discount, self.tax, self.currency):
            edit.textChanged.connect(self.show_total)
        self.lines.itemChanged.connect(self.show_total)
        self.payments.itemChanged.connect(self.show_total)
        self._fill(order_id)
        for widget, name in (
            (self.platform, self.tr("the platform")),
            (self.order_no, self.tr("the order number")),
            (self.supplier, self.tr("the supplier")),
            (self.currency, self.tr("the currency")),
            (self.status, self.tr("the status")),
        ):
            self.required.need(widget, name)
        self.required.also(self._line_missing)
        self.lines.itemChanged.connect(self.required.update)
        self.lines.model().rowsRemoved.connect(self.required.update)
        self.show_total()

    def _line_missing(self) -> str | None:
        items = (self._text(self.lines, row, 0) for row in range(self.lines.rowCount()))
        return None if any(items) else self.tr("a line's item")

    # -- building ---------------------------------------------------------------------------------------------

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(110)
        return table

    def _titled(self, title: str, table: QTableWidget, add: object) -> QVBoxLayout:
        head = QHBoxLayout()
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        head.addWidget(label)
        head.addStretch(1)
        plus, minus = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        plus.clicked.connect(lambda: add())  # type: ignore[operator]
        minus.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        head.addWidget(plus)
        head.addWidget(minus)
        box = QVBoxLayout()
        box.addLayout(head)
        box.addWidget(table)
        return box

    def add_line(
        self, item: str = "", sku: str = "", qty: str = "1", price: str = "", line_id: int | None = None
    ) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        cells = [QTableWidgetItem(text) for text in (item, sku, qty, price)]
        cells[0].setData(ID_ROLE, line_id)
        for column, cell in enumerate(cells):
            self.lines.setItem(row, column, cell)

    def add_payment(
        self, method: str = PaymentMethod.CARD.value, amount: str = "", payment_id: int | None = None
    ) -> None:
        row = self.payments.rowCount()
        self.payments.insertRow(row)
        choice = QComboBox()
        for m in PaymentMethod:
            choice.addItem(words(m), m.value)
        choice.setCurrentIndex(max(0, choice.findData(method)))
        self.payments.setCellWidget(row, 0, choice)
        amount_item = QTableWidgetItem(amount)
        amount_item.setData(ID_ROLE, payment_id)
        self.payments.setItem(row, 1, amount_item)

    def _fill(self, order_id: int | None) -> None:
        with self.workspace.read() as session:
            self.supplier.addItems(supplier_names(session))
            draft = None if order_id is None else order_draft(session, order_id)
            if order_id is not None:
                self.version = session.get_one(Order, order_id).version
        self.shown = draft  # what the form opened with: an edit names it (desk.operations.conflicts)
        self.supplier.setCurrentText("")
        if draft is None:
            self.add_line()
            return
        self.platform.setCurrentIndex(self.platform.findData(draft.platform.value))
        self.order_no.setText(draft.order_no)
        self.supplier.setCurrentText(draft.supplier)
        self.currency.setText(draft.currency)
        placed = draft.placed_on
        self.placed_on.setDate(QDate(placed.year, placed.month, placed.day))
        self.status.setCurrentIndex(self.status.findData(draft.status.value))
        self.shipping.setText(str((draft.shipping or Money.zero(draft.currency)).amount))
        self.discount.setText(str((draft.discount or Money.zero(draft.currency)).amount))
        self.tax.setText(str((draft.tax or Money.zero(draft.currency)).amount))
        self.notes.setPlainText(draft.notes or "")
        for line in draft.lines:
            self.add_line(line.item, line.sku or "", str(line.qty), str(line.unit_price.amount), line.line_id)
        for payment in draft.payments:
            self.add_payment(payment.method.value, str(payment.amount.amount), payment.payment_id)

    # -- reading ----------------------------------------------------------------------------------------------

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _money(self, text: str, where: str, currency: str) -> Money:
        try:
            return parse_money(text or "0", currency)
        except DeskError as exc:
            raise DeskError(self.tr("{0}: {1}").format(where, exc)) from None

    def _id(self, table: QTableWidget, row: int, column: int) -> int | None:
        item = table.item(row, column)
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def draft(self) -> OrderDraft:
        currency = self.currency.text().strip().upper()
        lines = []
        for row in range(self.lines.rowCount()):
            where = self.tr("line {0}").format(row + 1)
            qty_text = self._text(self.lines, row, 2)
            if not qty_text.isdigit():
                raise DeskError(self.tr("{0}, qty: {1} is not a whole number").format(where, repr(qty_text)))
            price = self._money(self._text(self.lines, row, 3), self.tr("{0}, unit price").format(where), currency)
            sku = self._text(self.lines, row, 1) or None
            line_id = self._id(self.lines, row, 0)
            lines.append(LineDraft(self._text(self.lines, row, 0), int(qty_text), price, sku, line_id))
        payments = []
        for row in range(self.payments.rowCount()):
            choice = self.payments.cellWidget(row, 0)
            if not isinstance(choice, QComboBox):
                raise DeskError(self.tr("payment {0}: choose its method").format(row + 1))
            where = self.tr("payment {0}, amount").format(row + 1)
            amount = self._money(self._text(self.payments, row, 1), where, currency)
            method = PaymentMethod(choice.currentData())
            payments.append(PaymentDraft(method, amount, self._id(self.payments, row, 1)))
        return OrderDraft(
            platform=Platform(self.platform.currentData()),
            order_no=self.order_no.text(),
            supplier=self.supplier.currentText(),
            currency=currency,
            placed_on=to_date(self.placed_on.date()),
            status=OrderStatus(self.status.currentData()),
            shipping=self._money(self.shipping.text(), "shipping", currency),
            discount=self._money(self.discount.text(), "discount", currency),
            tax=self._money(self.tax.text(), "tax", currency),
            notes=self.notes.toPlainText().strip() or None,
            lines=tuple(lines),
            payments=tuple(payments),
            confirm_dates=self.dates_confirmed,
        )

    def show_total(self) -> None:
        try:
            draft = self.draft()
            self.total.setText(
                self.tr("Total {0}; payments {1}").format(money_text(draft.amounts.total), money_text(draft.paid))
            )
        except (DeskError, ValueError):
            self.total.setText(self.tr("Total: complete the amounts to see it"))

    def reload(self) -> None:
        self.supplier.clear()
        self.lines.setRowCount(0)
        self.payments.setRowCount(0)
        self._fill(self.order_id)

    def save(self) -> None:
        draft = self.draft()
        if self.order_id is None:
            result = create_order(self.workspace, draft)
        else:
            request = EditOrder(self.order_id, draft, self.version, self.shown, self.keep_saved)
            result = edit_order(self.workspace, request)
        self.order_id = result.order_id
        announce(result)
