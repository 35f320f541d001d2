"""Recording money that arrived on one payment method of a refund (seed 001: each method separately): the dialog
calls `desk.operations.refunds.receive_refund` and announces what changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk.errors import DeskError
from desk.models import PaymentMethod, Refund
from desk.money import Money
from desk.operations.refunds import ReceiveRefund, receive_refund
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog, date_edit, to_date
from desk.ui.required import unchosen
from desk.workspace import Workspace


class ReceiveRefundDialog(CaseDialog):
    def __init__(self, workspace: Workspace, refund_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record what arrived"), parent)
        self.workspace = workspace
        self.refund_id = refund_id
        with workspace.read() as session:
            refund = session.get(Refund, refund_id)
            if refund is None:
                raise DeskError(f"no refund {refund_id}")
            self.currency = refund.order.currency
            heading = f"{self.tr('Refund')} {refund.id} · {refund.order.key}"
            parts = [(p.method, Money(p.expected_minor, self.currency), p.received_minor) for p in refund.parts]
        self.method = QComboBox()
        for method, expected, received in parts:
            got = "" if received is None else self.tr(" (recorded: {0})").format(Money(received, self.currency))
            self.method.addItem(f"{method.label}: {self.tr('expected')} {expected}{got}", method.value)
        if len(parts) != 1:  # a refund to one method has no choice to make
            unchosen(self.method, self.tr("Choose where the money arrived"))
        self._expected = {method.value: expected for method, expected, _ in parts}
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("what arrived, in {0}").format(self.currency))
        self.fill_expected = QPushButton()
        self.fill_expected.setObjectName("fillExpected")
        self.fill_expected.setAutoDefault(False)  # Enter in a field never presses it
        self.fill_expected.clicked.connect(self._fill_expected)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.fill_expected)
        self.on = date_edit(date.today())
        self.form.addRow(self.tr("Refund"), QLabel(heading))
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Amount"), amount_row)
        self.form.addRow(self.tr("Arrived on"), self.on)
        self.method.currentIndexChanged.connect(self._suggest)
        self.required.need(self.method, self.tr("the method"))
        self.required.need(self.amount, self.tr("the amount that arrived"))
        self._suggest()

    def _chosen_expected(self) -> Money | None:
        return self._expected.get(self.method.currentData())

    def _suggest(self) -> None:
        expected = self._chosen_expected()
        self.fill_expected.setEnabled(expected is not None)
        self.fill_expected.setText(
            self.tr("Fill in expected") if expected is None else self.tr("Fill in expected ({0})").format(expected)
        )

    def _fill_expected(self) -> None:
        expected = self._chosen_expected()
        if expected is not None:
            self.amount.setText(str(expected.amount))
            self.amount.setFocus()

    def save(self) -> None:
        method = PaymentMethod(self.method.currentData())
        request = ReceiveRefund(self.refund_id, method, self.amount.text(), to_date(self.on.date()))
        announce(receive_refund(self.workspace, request))
