"""Entering or editing an order by hand, lines and payments included. The rules are `desk.orders.editing`'s;
this dialog gathers the fields, names each problem by field and row, and keeps what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
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
from sqlalchemy import select

from desk.errors import DeskError
from desk.models import Order, OrderStatus, PaymentMethod, Platform, Supplier
from desk.money import Money, parse_money
from desk.orders.editing import LineDraft, OrderDraft, PaymentDraft, save_order
from desk.ui.dispute_dialogs import CaseDialog, date_edit, to_date
from desk.workspace import Workspace

LINE_COLUMNS = ("Item", "SKU", "Qty", "Unit price")


class OrderDialog(CaseDialog):
    def __init__(self, workspace: Workspace, order_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New order") if order_id is None else self.tr("Edit order"), parent)
        self.setMinimumWidth(720)
        self.workspace = workspace
        self.order_id = order_id
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(platform.label, platform.value)
        self.order_no = QLineEdit()
        self.supplier = QComboBox()
        self.supplier.setEditable(True)
        self.currency = QLineEdit("CNY")
        self.currency.setMaxLength(3)
        self.placed_on = date_edit(date.today())
        self.status = QComboBox()
        for status in OrderStatus:
            self.status.addItem(status.value.capitalize(), status.value)
        self.shipping = QLineEdit()
        self.discount = QLineEdit()
        self.notes = QPlainTextEdit()
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
            (self.tr("Notes"), self.notes),
        ):
            self.form.addRow(name, widget)

        self.lines = self._table([self.tr(c) for c in LINE_COLUMNS])
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
        for edit in (self.shipping, self.discount, self.currency):
            edit.textChanged.connect(self.show_total)
        self.lines.itemChanged.connect(self.show_total)
        self.payments.itemChanged.connect(self.show_total)
        self._fill(order_id)
        self.show_total()

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

    def add_line(self, item: str = "", sku: str = "", qty: str = "1", price: str = "") -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate((item, sku, qty, price)):
            self.lines.setItem(row, column, QTableWidgetItem(text))

    def add_payment(self, method: str = PaymentMethod.CARD.value, amount: str = "") -> None:
        row = self.payments.rowCount()
        self.payments.insertRow(row)
        choice = QComboBox()
        for m in PaymentMethod:
            choice.addItem(m.label, m.value)
        choice.setCurrentIndex(max(0, choice.findData(method)))
        self.payments.setCellWidget(row, 0, choice)
        self.payments.setItem(row, 1, QTableWidgetItem(amount))

    def _fill(self, order_id: int | None) -> None:
        with self.workspace.read() as session:
            names = sorted(session.scalars(select(Supplier.name).distinct()))
            self.supplier.addItems(names)
            self.supplier.setCurrentText("")
            if order_id is None:
                self.add_line()
                return
            order = session.get(Order, order_id)
            if order is None:
                raise DeskError(f"no order {order_id}")
            self.platform.setCurrentIndex(self.platform.findData(order.platform.value))
            self.order_no.setText(order.order_no)
            self.supplier.setCurrentText(order.supplier.name)
            self.currency.setText(order.currency)
            placed = order.placed_on
            self.placed_on.setDate(QDate(placed.year, placed.month, placed.day))
            self.status.setCurrentIndex(self.status.findData(order.status.value))
            self.shipping.setText(str(Money(order.shipping_minor, order.currency).amount))
            self.discount.setText(str(Money(order.discount_minor, order.currency).amount))
            self.notes.setPlainText(order.notes or "")
            for line in order.lines:
                price = str(Money(line.unit_price_minor, order.currency).amount)
                self.add_line(line.item, line.sku or "", str(line.qty), price)
            for payment in order.payments:
                self.add_payment(payment.method.value, str(Money(payment.amount_minor, order.currency).amount))

    # -- reading ----------------------------------------------------------------------------------------------

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _money(self, text: str, where: str, currency: str) -> Money:
        try:
            return parse_money(text or "0", currency)
        except DeskError as exc:
            raise DeskError(f"{where}: {exc}") from None

    def draft(self) -> OrderDraft:
        currency = self.currency.text().strip().upper()
        lines = []
        for row in range(self.lines.rowCount()):
            where = self.tr("line {0}").format(row + 1)
            qty_text = self._text(self.lines, row, 2)
            if not qty_text.isdigit():
                raise DeskError(f"{where}, qty: {qty_text!r} is not a whole number")
            price = self._money(self._text(self.lines, row, 3), f"{where}, unit price", currency)
            sku = self._text(self.lines, row, 1) or None
            lines.append(LineDraft(self._text(self.lines, row, 0), int(qty_text), price, sku))
        payments = []
        for row in range(self.payments.rowCount()):
            choice = self.payments.cellWidget(row, 0)
            assert isinstance(choice, QComboBox)
            amount = self._money(self._text(self.payments, row, 1), f"payment {row + 1}, amount", currency)
            payments.append(PaymentDraft(PaymentMethod(choice.currentData()), amount))
        return OrderDraft(
            platform=Platform(self.platform.currentData()),
            order_no=self.order_no.text(),
            supplier=self.supplier.currentText(),
            currency=currency,
            placed_on=to_date(self.placed_on.date()),
            status=OrderStatus(self.status.currentData()),
            shipping=self._money(self.shipping.text(), "shipping", currency),
            discount=self._money(self.discount.text(), "discount", currency),
            notes=self.notes.toPlainText().strip() or None,
            lines=lines,
            payments=payments,
        )

    def show_total(self) -> None:
        try:
            draft = self.draft()
            paid = Money(sum(p.amount.minor for p in draft.payments), draft.currency)
            self.total.setText(self.tr("Total {0}; payments {1}").format(draft.total, paid))
        except (DeskError, ValueError):
            self.total.setText(self.tr("Total: complete the amounts to see it"))

    def save(self) -> None:
        draft = self.draft()
        with self.workspace.write() as session:
            self.order_id = save_order(session, draft, self.order_id).id
