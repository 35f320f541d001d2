"""Mark as Sent…: a letter made is a draft until the user says when and how it went out (`mark_letter_sent`, as
`desk letter sent`). From then on the ladder, its reply date and the packets count it as sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desk.operations.letters import MarkLetterSent, mark_letter_sent
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.required import unchosen
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.workspace import Workspace

# How letters usually go out; the user may type another.
CHANNELS = (
    QT_TRANSLATE_NOOP("MarkSentDialog", "E-mail"),
    QT_TRANSLATE_NOOP("MarkSentDialog", "Platform message"),
    QT_TRANSLATE_NOOP("MarkSentDialog", "Post"),
    QT_TRANSLATE_NOOP("MarkSentDialog", "Courier"),
    QT_TRANSLATE_NOOP("MarkSentDialog", "In person"),
)


class MarkSentDialog(CaseDialog):
    def __init__(
        self, workspace: Workspace, letter_id: int, title: str, made_on: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mark the letter as sent"), parent)
        self.workspace = workspace
        self.letter_id = letter_id
        today = date.today()
        self.on = date_edit(max(today, made_on))
        self.on.setMinimumDate(QDate(made_on.year, made_on.month, made_on.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.via = QComboBox()
        self.via.setEditable(True)
        self.via.addItems([QCoreApplication.translate("MarkSentDialog", c) for c in CHANNELS])
        unchosen(self.via, self.tr("Choose or type how it went out"))
        self.via.setCurrentText("")
        self.form.addRow(self.tr("Letter"), QLabel(title))
        self.form.addRow(self.tr("Sent on"), self.on)
        self.form.addRow(self.tr("Sent by"), self.via)
        hint = QLabel(self.tr("From then on the letter counts as sent: its reply date runs from the day it went out."))
        hint.setObjectName("countLabel")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.required.need(self.via, self.tr("how it went out"))

    def save(self) -> None:
        request = MarkLetterSent(self.letter_id, to_date(self.on.date()), self.via.currentText().strip())
        announce(mark_letter_sent(self.workspace, request))
