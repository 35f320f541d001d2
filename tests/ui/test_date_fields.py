"""Every date field reads the same way (issue 12, point 5): the filter bars' date ranges and the Export for Lawyer
dialog show the locale's short date with a four-digit year, as every other dialog's date field does — never the
ISO form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desk.ui.date_field import date_edit
from desk.ui.export_dialog import ExportDialog
from desk.ui.filters import DateRange
from desk.ui.locale_text import use_locale
from desk.ui.main_window import MainWindow

DAY = date(2026, 12, 6)


def _shown(edit: object) -> str:
    edit.setDate(QDate(DAY.year, DAY.month, DAY.day))  # type: ignore[attr-defined]
    return str(edit.text())  # type: ignore[attr-defined]


def test_a_filter_date_reads_like_a_dialog_date_in_german(qtbot: QtBot) -> None:
    use_locale("de_DE")
    dates = DateRange("Placed")
    qtbot.addWidget(dates)
    dialog_field = date_edit(DAY)
    qtbot.addWidget(dialog_field)
    assert _shown(dates.start) == _shown(dates.end) == dialog_field.text() == "06.12.2026"


def test_a_filter_date_reads_the_american_way_in_english(qtbot: QtBot) -> None:
    dates = DateRange("Placed")
    qtbot.addWidget(dates)
    assert _shown(dates.start) == "12/6/2026"
    assert dates.start.date().toString("yyyy-MM-dd") == "2026-12-06"  # the value stays the date itself


def test_the_export_dialogs_dates_are_in_the_locales_form(window: MainWindow) -> None:
    use_locale("de_DE")
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    for edit in (dialog.date_from, dialog.date_to):
        assert _shown(edit) == "06.12.2026"
    dialog.reject()
