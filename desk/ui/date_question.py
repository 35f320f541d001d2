"""The window's question for a date outside the span Desk takes without asking (before 2000, more than a year
ahead): "The date 31 Dec 9999 is more than a year ahead. Keep it?". The operations refuse such a date with
`desk.calendar.UnlikelyDate` unless the request confirms it; a dialog asks this, and on Yes gives the request again
with `confirm_dates=True` (`desk.ui.dispute_dialogs.CaseDialog`). No is the default: Enter keeps nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desk.calendar import UnlikelyDate
from desk.ui.locale_text import date_text
from desk.ui.tr_context import TrContext

DateQuestion = TrContext("DateQuestion")


def question_text(unlikely: UnlikelyDate) -> str:
    """The question, in the user's date format; a date's field is named when there are several."""
    if len(unlikely.dates) == 1:
        _, on = unlikely.dates[0]
        if unlikely.too_early(on):
            before = DateQuestion.tr("The date {0} is before {1}. Keep it?")
            return before.format(date_text(on), date_text(unlikely.first))
        return DateQuestion.tr("The date {0} is more than a year ahead. Keep it?").format(date_text(on))
    listed = [f"{date_text(on)} ({what})" for what, on in unlikely.dates]
    return DateQuestion.tr("The dates {0} and {1} are before {2} or more than a year ahead. Keep them?").format(
        ", ".join(listed[:-1]), listed[-1], date_text(unlikely.first)
    )


def keep_unlikely_dates(parent: QWidget, unlikely: UnlikelyDate) -> bool:
    """Ask whether to keep the dates; True on Yes."""
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    title = DateQuestion.tr("Check the date")
    box = QMessageBox(QMessageBox.Icon.Question, title, question_text(unlikely), yes | no, parent)
    box.setObjectName("unlikelyDate")
    box.setInformativeText(
        DateQuestion.tr(
            "Desk takes dates from {0} to {1} without asking: a date outside them is most often a typing mistake."
        )
        .format(date_text(unlikely.first), date_text(unlikely.last))
    )
    box.setDefaultButton(no)
    return box.exec() == yes
