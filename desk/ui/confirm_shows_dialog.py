"""Confirm What This Shows…: the user says which item of a dispute's evidence checklist a file shows, or that it
shows none of them. The checklist counts a file only once confirmed (`desk.evidence.checklist`): its type is a
guess. The answer is saved through `desk.operations.evidence.edit_evidence` and announced; the core refuses what
cannot be (a letter Desk made as the order confirmation), and the refusal is shown here."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desk.evidence.checklist import Check
from desk.evidence.view import EvidenceItem
from desk.language import words
from desk.operations.evidence import EditEvidence, edit_evidence
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.required import unchosen
from desk.workspace import Workspace

NONE_OF_THESE = ""  # the key that takes a confirmation back


class ConfirmShowsDialog(CaseDialog):
    """`files` and `checks`: the case's, as its Evidence tab shows them; `evidence_id` and `key`: the pair the
    user chose on the tab (a file offered for an item), else nothing is chosen for them."""

    def __init__(
        self,
        workspace: Workspace,
        files: list[EvidenceItem],
        checks: list[Check],
        *,
        evidence_id: int | None = None,
        key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Confirm what a file shows"), parent)
        self.workspace = workspace
        self.hint = QLabel(
            self.tr(
                "The checklist counts a file only once you confirm what it shows: open the file and look before "
                "you say so."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("countLabel")
        self.file = unchosen(QComboBox(), self.tr("Choose the file"))
        for item in files:
            self.file.addItem(item.name, item.id)
        self.shows = unchosen(QComboBox(), self.tr("Choose what it shows"))
        for check in checks:
            label = words.tr(check.expectation.label)  # the policy file's words (desk.policies.data_words)
            self.shows.addItem(label[:1].upper() + label[1:], check.expectation.key)
        self.shows.addItem(self.tr("None of these"), NONE_OF_THESE)
        if evidence_id is not None:
            self.file.setCurrentIndex(self.file.findData(evidence_id))
        if key is not None:
            self.shows.setCurrentIndex(self.shows.findData(key))
        self.form.addRow(self.hint)
        self.form.addRow(self.tr("File"), self.file)
        self.form.addRow(self.tr("It shows"), self.shows)
        self.required.need(self.file, self.tr("the file"))
        self.required.need(self.shows, self.tr("what it shows"))

    def save(self) -> None:
        request = EditEvidence(int(self.file.currentData()), shows=str(self.shows.currentData()))
        announce(edit_evidence(self.workspace, request))
