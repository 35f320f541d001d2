"""Edit Dispute…: correcting a dispute as it was entered — its reason, what is wanted, the amount claimed and the
platform's case number (the claim packet prints it) — through `desk.operations.disputes.edit_dispute`.

The fields open with the dispute's values; OK stays disabled until one of them differs and the amount is filled.
Only what the user changed goes into the request, so a correction never rewrites a field it did not touch. The
rules (the claim limit, a voided dispute, the length of a case number) are the core's; a refusal is shown in the
dialog with what was typed kept. The change is announced: pages reload, and Edit → Undo reverses it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desk.common import words
from desk.disputes.editing import CASE_NO_LIMIT, claim_limit
from desk.disputes.lifecycle import get_dispute
from desk.models import DisputeReason, DisputeWant
from desk.money import Money
from desk.operations.disputes import EditDispute, edit_dispute
from desk.overview.names import dispute_name
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import money_text
from desk.workspace import Workspace


class EditDisputeDialog(CaseDialog):
    def __init__(self, workspace: Workspace, dispute_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit dispute"), parent)
        self.workspace = workspace
        self.dispute_id = dispute_id
        heading, limit = self._read()

        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QComboBox()
        for reason in DisputeReason:
            self.reason.addItem(words(reason), reason)
        self.reason.setCurrentIndex(self.reason.findData(self.initial_reason))
        self.want = QComboBox()
        self.want.addItem(self.tr("Refund only"), DisputeWant.REFUND)
        self.want.addItem(self.tr("Return the goods and refund"), DisputeWant.RETURN_REFUND)
        self.want.setCurrentIndex(self.want.findData(self.initial_want))
        self.amount = QLineEdit(self.initial_amount)
        self.amount.setPlaceholderText(self.tr("e.g. 12.50, in {0}").format(self.currency))
        self.limit = QLabel(self.tr("At most {0}: what can still be refunded for the line").format(money_text(limit)))
        self.limit.setObjectName("countLabel")
        self.case_no = QLineEdit(self.initial_case_no)
        self.case_no.setMaxLength(CASE_NO_LIMIT)
        self.case_no.setPlaceholderText(self.tr("as the platform shows it; leave empty if it gave none"))

        self.form.addRow(self.tr("Dispute"), self.heading)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Wanted"), self.want)
        self.form.addRow(self.tr("Amount claimed"), self.amount)
        self.form.addRow("", self.limit)
        self.form.addRow(self.tr("Platform's case number"), self.case_no)
        self.required.need(self.amount, self.tr("the amount claimed"))
        for combo in (self.reason, self.want):
            combo.currentIndexChanged.connect(self.required.update)
        self.case_no.textChanged.connect(self.required.update)
        self.required.gate(lambda: None if self.request() is not None else self.tr("Nothing has been changed yet."))

    def _read(self) -> tuple[str, Money]:
        """The dispute as it is saved: the fields' first values and its version; its heading and claim limit."""
        with self.workspace.read() as session:
            dispute = get_dispute(session, self.dispute_id)
            self.currency = dispute.currency
            self.initial_reason = dispute.reason
            self.initial_want = dispute.want
            self.initial_amount = str(dispute.claimed.amount)
            self.initial_case_no = dispute.platform_case_no or ""
            self.version = dispute.version
            return f"{dispute_name(dispute)} · {words(dispute.state)}", claim_limit(dispute)

    def reload(self) -> None:
        heading, limit = self._read()
        self.heading.setText(heading)
        self.reason.setCurrentIndex(self.reason.findData(self.initial_reason))
        self.want.setCurrentIndex(self.want.findData(self.initial_want))
        self.amount.setText(self.initial_amount)
        self.case_no.setText(self.initial_case_no)
        self.limit.setText(self.tr("At most {0}: what can still be refunded for the line").format(money_text(limit)))

    def request_is_empty(self) -> bool:
        return self.request() is None

    def request(self) -> EditDispute | None:
        """What the user changed, as a request (None for each field left as it was); None when nothing was."""
        reason = DisputeReason(self.reason.currentData())
        want = DisputeWant(self.want.currentData())
        amount = self.amount.text().strip()
        case_no = self.case_no.text().strip()
        kept = self.keep_saved  # after a conflict: the fields whose saved value the user kept
        request = EditDispute(
            self.dispute_id,
            reason=reason if reason is not self.initial_reason and "reason" not in kept else None,
            want=want if want is not self.initial_want and "want" not in kept else None,
            amount=amount if amount != self.initial_amount and "amount" not in kept else None,
            case_no=case_no if case_no != self.initial_case_no and "case_no" not in kept else None,
        )
        unchanged = EditDispute(self.dispute_id)
        shown = EditDispute(
            self.dispute_id, self.initial_reason, self.initial_want, self.initial_amount, self.initial_case_no
        )
        return None if request == unchanged else replace(request, version=self.version, shown=shown)

    def save(self) -> None:
        request = self.request()
        if request is None:  # Enter on a form left as it was: nothing to do
            return
        announce(edit_dispute(self.workspace, request))
