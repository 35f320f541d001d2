"""Money, dates and numbers as the user's locale writes them (Babel, from the system's locale), for the window only:
the CLI, JSON and the documents sent to the other side keep one fixed form.

Money always carries its ISO code after the amount ("11 900,00 RUB" in Russian, "11,900.00 RUB" in English): lists
and the Dashboard put several currencies side by side, and a symbol such as "$" or "¥" names more than one."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from desk.calendar import country_name
from desk.common import Dated
from desk.lists.listing import Column, Kind, display
from desk.money import Money, minor_digits

FALLBACK = "en_US"
_locale: Locale | None = None


def use_locale(name: str | None) -> Locale:
    """Write as `name` ("ru_RU", "de-DE", "zh_Hans_CN") from now on; None or one Babel does not know: English."""
    global _locale
    try:
        _locale = Locale.parse((name or FALLBACK).replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        _locale = Locale.parse(FALLBACK)
    return _locale


def user_locale() -> Locale:
    """The locale in use: the system's (Qt reads it on every platform), decided on first use."""
    if _locale is None:
        from PySide6.QtCore import QLocale

        name = QLocale.system().name()
        return use_locale(None if name in ("C", "POSIX", "") else name)
    return _locale


def money_text(money: Money) -> str:
    digits = minor_digits(money.currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    number = format_decimal(money.amount, format=pattern, locale=user_locale(), decimal_quantization=False)
    return f"{number}\N{NO-BREAK SPACE}{money.currency}"


def date_text(day: date) -> str:
    """ "23 Nov 2026", "Nov 23, 2026", "23 нояб. 2026 г.": the month in words, so 03/04 is never ambiguous."""
    return format_date(day, "medium", locale=user_locale())


def datetime_text(moment: datetime) -> str:
    """The local time of `moment`, with its date."""
    local = moment.astimezone()
    return f"{date_text(local.date())} {format_time(local, 'short', locale=user_locale())}"


def country_text(code: str) -> str:
    """`CN` → "China", "China" (de), "Китай" (ru): the country's name in the user's language."""
    return country_name(code, user_locale())


def number_text(value: int | Decimal) -> str:
    return format_decimal(value, locale=user_locale())


def shown(value: Any, column: Column | None = None) -> str:
    """How a value reads in the window: `desk.lists.listing.display`, with money, dates and counts localised."""
    if value is None or (column is not None and column.render is not None):
        return display(value, column)
    if isinstance(value, Money):
        return money_text(value)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if column is not None and column.kind is Kind.COUNTRY and isinstance(value, str):
        return country_text(value)
    if isinstance(value, int) and not isinstance(value, bool | enum.Enum) and column is not None:
        return number_text(value) if column.kind is Kind.INT else str(value)
    return display(value, column)


def dated_text(text: Dated) -> str:
    """Text with dates and amounts in it (`desk.common.Dated`), both written in the user's locale."""
    return text.words(date_text, money_text)


def said_text(result: object) -> str:
    """What an operation said it did, with its dates and amounts in the user's locale (`Result.dated`), else its
    message."""
    dated = getattr(result, "dated", None)
    return dated_text(dated) if isinstance(dated, Dated) else str(getattr(result, "message", "") or "")
