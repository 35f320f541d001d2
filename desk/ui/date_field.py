"""A date field as every dialog and filter bar shows it: the user's locale's short form with a four-digit year
("12/6/2026", "06.12.2026"), with a calendar to pick from. One form everywhere, so a date typed in a filter reads
like the one typed in a dialog."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from desk.ui.locale_text import user_locale


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(initial: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field in the user's locale's short form ("11/23/2026", "23.11.2026"), with a calendar to pick from."""
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day), parent)
    edit.setCalendarPopup(True)
    locale = QLocale(str(user_locale()))
    edit.setLocale(locale)
    edit.setDisplayFormat(short_date_format(locale))
    return edit


def short_date_format(locale: QLocale) -> str:
    """The locale's short date form with the year in four digits: "23.11.26" could be 1926 or 2026."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
