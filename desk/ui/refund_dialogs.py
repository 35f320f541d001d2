"""Recording money that arrived on one payment method of a refund (seed 001: each method separately): the dialog
calls `desk.operations.refunds.receive_refund` and announces what changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desk.errors import DeskError
from desk.models import PaymentMethod, Refund
from desk.money import Money
from desk.operations.refunds import ReceiveRefund, receive_refund
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog, date_edit, to_date
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
        self._expected = {method.value: expected for method, expected, _ in parts}
        self.amount = QLineEdit()
        self.on = date_edit(date.today())
        self.form.addRow(self.tr("Refund"), QLabel(heading))
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Arrived on"), self.on)
        self.method.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        expected = self._expected.get(self.method.currentData())
        self.amount.setPlaceholderText("" if expected is None else str(expected.amount))

    def save(self) -> None:
        method = PaymentMethod(self.method.currentData())
        request = ReceiveRefund(self.refund_id, method, self.amount.text(), to_date(self.on.date()))  # blank: expected
        announce(receive_refund(self.workspace, request))
