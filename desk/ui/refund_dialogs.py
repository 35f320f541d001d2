"""Recording money that arrived on one payment method of a refund (seed 001: each method separately): the dialog
calls `desk.operations.refunds.receive_refund` and announces what changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk.common import words
from desk.errors import DeskError
from desk.models import PaymentMethod, Refund
from desk.money import Money
from desk.operations.refunds import ReceiveRefund, receive_refund
from desk.operations.typed import typed_money
from desk.policies import load_policies
from desk.refunds.tracking import Arrival, Reconciled, receipt_outcome
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import date_text, money_text
from desk.ui.required import unchosen
from desk.ui.tr_context import TrContext
from desk.workspace import Workspace


class ReceiveRefundDialog(CaseDialog):
    def __init__(self, workspace: Workspace, refund_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record what arrived"), parent)
        self.workspace = workspace
        self.refund_id = refund_id
        with workspace.read() as session:
            refund = session.get(Refund, refund_id)
            if refund is None:
                raise DeskError(self.tr("no refund {0}").format(refund_id))
            self.currency = refund.order.currency
            heading = self.tr("Refund {0} · {1}").format(refund.id, refund.order.key)
            parts = [(p.method, Money(p.expected_minor, self.currency), p.received_minor) for p in refund.parts]
        self.method = QComboBox()
        for method, expected, received in parts:
            got = (
                ""
                if received is None
                else self.tr(" (recorded: {0})").format(money_text(Money(received, self.currency)))
            )
            self.method.addItem(
                self.tr("{0}: expected {1}{2}").format(words(method), money_text(expected), got), method.value
            )
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
        self.what = self.what_happens_line()
        self.method.currentIndexChanged.connect(self._suggest)
        self.method.currentIndexChanged.connect(self._say_what_happens)
        self.amount.textChanged.connect(self._say_what_happens)
        self.on.dateChanged.connect(self._say_what_happens)
        self.required.need(self.method, self.tr("the method"))
        self.required.need(self.amount, self.tr("the amount that arrived"))
        self._suggest()
        self._say_what_happens()

    def _chosen_expected(self) -> Money | None:
        return self._expected.get(self.method.currentData())

    def _suggest(self) -> None:
        expected = self._chosen_expected()
        self.fill_expected.setEnabled(expected is not None)
        self.fill_expected.setText(
            self.tr("Fill in expected")
            if expected is None
            else self.tr("Fill in expected ({0})").format(money_text(expected))
        )

    def _fill_expected(self) -> None:
        expected = self._chosen_expected()
        if expected is not None:
            self.amount.setText(str(expected.amount))
            self.amount.setFocus()

    def _say_what_happens(self) -> None:
        self.what.setText(self.what_happens())

    def what_happens(self) -> str:
        """One plain line of what OK will do to the part, by the refund's own rules (`tracking.receipt_outcome`)."""
        if self.method.currentData() is None:
            return self.tr("Choose where the money arrived to see what recording it does.")
        text = self.amount.text().strip()
        if not text:
            return self.tr("Type the amount that arrived to see what recording it does.")
        method, on = PaymentMethod(self.method.currentData()), to_date(self.on.date())
        try:
            amount = typed_money(text, self.currency, self.tr("the amount received"))
            with self.workspace.read() as session:
                refund = session.get(Refund, self.refund_id)
                if refund is None:
                    raise DeskError(self.tr("the refund is no longer there: it was deleted meanwhile"))
                outcome = receipt_outcome(refund, method, amount, on, load_policies(session))
        except DeskError as exc:
            return self.tr("This cannot be recorded: {0}.").format(str(exc).rstrip("."))
        return receipt_text(method, amount, on, outcome)

    def save(self) -> None:
        method = PaymentMethod(self.method.currentData())
        on = to_date(self.on.date())
        request = ReceiveRefund(self.refund_id, method, self.amount.text(), on, confirm_dates=self.dates_confirmed)
        announce(receive_refund(self.workspace, request))


RefundReceipt = TrContext("RefundReceipt")


def receipt_text(method: PaymentMethod, amount: Money, on: date, outcome: Reconciled) -> str:
    """ "Records 48,00 € arrived on 6 Dec 2026 on Card; the part is then short by 1,50 € and arrived late …"."""
    if Arrival.SHORT in outcome.findings:
        much = RefundReceipt.tr("short by {0}").format(money_text(outcome.expected - amount))
    elif Arrival.OVER in outcome.findings:
        much = RefundReceipt.tr("{0} more than expected").format(money_text(amount - outcome.expected))
    else:
        much = RefundReceipt.tr("complete")
    if Arrival.LATE in outcome.findings:
        when = RefundReceipt.tr("arrived late (it was due by {0})").format(date_text(outcome.latest))
    else:
        when = RefundReceipt.tr("on time")
    said = RefundReceipt.tr("Records that {0} arrived on {1} on {2}; the part is then {3} and {4}.")
    return said.format(money_text(amount), words(method), date_text(on), much, when)
