"""Record Refund…: a refund the seller or platform approved, on a dispute or on a whole order (a cancellation, an
item out of stock). Before anything is written the dialog shows how it comes back (seed 001: split across the
payment methods in proportion to what each paid, each with the window it is expected in), as `plan_refund`
works it out; OK keeps it with `record_refund`. OK stays disabled until an amount the plan accepts is typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.common import words as enum_words
from desk.disputes.lifecycle import get_dispute
from desk.errors import DeskError
from desk.models import Order, RefundCause
from desk.money import Money
from desk.operations.refunds import PlanRefund, RecordRefund, RefundPlanned, plan_refund, record_refund
from desk.orders.amounts import refundable_on_order
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import date_text, money_text
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.workspace import Workspace

PLAN_COLUMNS = (
    QT_TRANSLATE_NOOP("RecordRefundDialog", "Paid by"),
    QT_TRANSLATE_NOOP("RecordRefundDialog", "Paid"),
    QT_TRANSLATE_NOOP("RecordRefundDialog", "Comes back"),
    QT_TRANSLATE_NOOP("RecordRefundDialog", "Expected between"),
)
# Why a refund of a whole order came (a dispute's refund is the dispute's).
ORDER_CAUSES = (
    (RefundCause.CANCELLATION, QT_TRANSLATE_NOOP("RecordRefundDialog", "The order was cancelled")),
    (RefundCause.OUT_OF_STOCK, QT_TRANSLATE_NOOP("RecordRefundDialog", "Out of stock")),
    (RefundCause.NOT_SHIPPED, QT_TRANSLATE_NOOP("RecordRefundDialog", "Never shipped")),
    (RefundCause.RETURN, QT_TRANSLATE_NOOP("RecordRefundDialog", "Returned")),
    (RefundCause.OTHER, QT_TRANSLATE_NOOP("RecordRefundDialog", "Something else")),
)
REFUSED_STYLE = "color: #b3261e;"


class RecordRefundDialog(CaseDialog):
    """On a dispute (`dispute_id`: the refund settles it) or on an order (`order_id`)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        order_id: int | None = None,
        dispute_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record a refund"), parent)
        self.setMinimumWidth(640)
        self.workspace = workspace
        self.dispute_id = dispute_id
        self.refund_id: int | None = None
        won: Money | None = None
        with workspace.read() as session:
            if dispute_id is not None:
                dispute = get_dispute(session, dispute_id)
                order = dispute.order_line.order
                line = dispute.order_line
                case = self.tr("Dispute {0} on line {1}, {2}").format(dispute.id, line.line_no, line.item)
                if dispute.won_minor is not None:
                    won = Money(dispute.won_minor, order.currency)
            else:
                found = session.get(Order, order_id)
                if found is None:
                    raise DeskError(self.tr("the order is no longer there: it was deleted meanwhile"))
                order, case = found, None
            self.order_id = order.id
            heading = f"{order.key} · {order.supplier.name}"
            left = refundable_on_order(order)

        self.form.addRow(self.tr("Order"), _selectable(heading))
        if case is not None:
            self.form.addRow(self.tr("Dispute"), _selectable(case))
        self.cause = QComboBox()
        for cause, text in ORDER_CAUSES:
            self.cause.addItem(QCoreApplication.translate("RecordRefundDialog", text), cause.value)
        self.cause.setCurrentIndex(-1)  # chosen by the user, never assumed
        self.cause.setPlaceholderText(self.tr("Choose why the order is refunded"))
        if dispute_id is None:
            self.form.addRow(self.tr("Why"), self.cause)
        self.amount = QLineEdit()
        self.form.addRow(self.tr("Amount approved"), self.amount)
        hints = [self.tr("At most {0} is left to refund on the order.").format(left)]
        if won is not None:
            hints.append(self.tr("The dispute was decided for {0}.").format(won))
        hint = QLabel(" ".join(hints))
        hint.setObjectName("countLabel")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.approved_on = date_edit(date.today())
        self.form.addRow(self.tr("Approved on"), self.approved_on)
        self.sent_known = QCheckBox(self.tr("Sent on"))
        self.sent_known.setToolTip(self.tr("Tick when you know the day it was sent: the windows count from it"))
        self.sent_on = date_edit(date.today())
        self.sent_on.setEnabled(False)
        self.form.addRow(self.sent_known, self.sent_on)

        self.plan = QTableWidget(0, len(PLAN_COLUMNS))
        self.plan.setHorizontalHeaderLabels([QCoreApplication.translate("RecordRefundDialog", c) for c in PLAN_COLUMNS])
        self.plan.verticalHeader().setVisible(False)
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan.setWordWrap(False)
        self.plan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.plan.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized to what they hold: `_fit_plan`
        header.setStretchLastSection(True)
        self.form.addRow(self.tr("How it comes back"), self.plan)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdictLabel")
        self.verdict.setWordWrap(True)
        self.form.addRow("", self.verdict)

        self.amount.textChanged.connect(self.explain)
        self.approved_on.dateChanged.connect(self.explain)
        self.sent_on.dateChanged.connect(self.explain)
        self.sent_known.toggled.connect(self.sent_on.setEnabled)
        self.sent_known.toggled.connect(self.explain)
        self.cause.currentIndexChanged.connect(self.explain)
        self.amount.setFocus()
        self.explain()

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _sent(self) -> date | None:
        return to_date(self.sent_on.date()) if self.sent_known.isChecked() else None

    def explain(self) -> None:
        """The plan for what is typed, or why there is none; OK only with a plan."""
        self.plan.setRowCount(0)
        self._fit_plan()
        text = self.amount.text().strip()
        if not text:
            self._say(self.tr("Enter the amount the seller or platform approved."))
            return
        start = self._sent() or to_date(self.approved_on.date())
        try:
            planned = plan_refund(self.workspace, PlanRefund(self.order_id, text, start))
        except DeskError as error:
            self._say(str(error), refused=True)
            return
        self._show(planned)
        coupons = planned.coupons_not_refunded
        said = self.tr("Nothing is written until you press OK.")
        if coupons.minor:
            said = self.tr("Coupons and vouchers ({0}) are not refunded. ").format(coupons) + said
        if self.dispute_id is None and self.cause.currentIndex() < 0:
            self._say(self.tr("Choose why the order is refunded."))
            return
        self._say(said, ok=True)

    def _fit_plan(self) -> None:
        """Each column as wide as its widest cell with room beside it, the table as wide as its columns (the
        dialog widens rather than cut an amount) and as high as its rows, two at least."""
        plan, header = self.plan, self.plan.horizontalHeader()
        room = 2 * plan.fontMetrics().averageCharWidth() + 8
        widths = [max(plan.sizeHintForColumn(c), header.sectionSizeHint(c)) + room for c in range(plan.columnCount())]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        frame = 2 * plan.frameWidth()
        plan.setMinimumWidth(sum(widths) + frame)
        rows = sum(plan.rowHeight(r) for r in range(plan.rowCount()))
        least = 2 * plan.verticalHeader().defaultSectionSize()
        plan.setFixedHeight(header.sizeHint().height() + max(rows, least) + frame)

    def _show(self, planned: RefundPlanned) -> None:
        self.plan.setRowCount(len(planned.parts))
        for row, part in enumerate(planned.parts):
            cells = (
                enum_words(part.method),
                money_text(part.paid),
                money_text(part.amount),
                self.tr("{0} – {1}").format(date_text(part.earliest), date_text(part.latest)),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.plan.setItem(row, column, item)
        self._fit_plan()

    def _say(self, text: str, *, refused: bool = False, ok: bool = False) -> None:
        self.verdict.setStyleSheet(REFUSED_STYLE if refused else "")
        self.verdict.setText(text)
        self.ok_button.setEnabled(ok)

    def accept(self) -> None:
        if self.ok_button.isEnabled():  # only with a plan for what was typed
            super().accept()

    def request(self) -> RecordRefund:
        cause = None if self.dispute_id is not None else RefundCause(self.cause.currentData())
        return RecordRefund(
            self.order_id,
            self.amount.text().strip(),
            to_date(self.approved_on.date()),
            cause,
            self.dispute_id,
            self._sent(),
            confirm_dates=self.dates_confirmed,
        )

    def save(self) -> None:
        result = record_refund(self.workspace, self.request())
        self.refund_id = result.refund_id
        announce(result)


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label
