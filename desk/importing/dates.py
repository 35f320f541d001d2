"""Dates as exports write them: ISO `2026-11-23` (a timestamp with a zone, `2026-09-14T18:22:11Z`, is the date it
was on this computer's clock, as the platform's own pages show it), numbers in the file's order (`23/11/2026`,
`11/23/26`, `23.11.2026`), or with the month named in English, German, French, Spanish, Russian or Chinese
(`Dec 5, 2025`, `5. Dez. 2025`, `5 déc. 2025`, `5 de dic. de 2025`, `5 дек. 2025 г.`, `2025年12月5日`). A time
after the date is ignored.

`03/04/2026` is 3 April or 4 March: which one is the file's choice (`DateOrder`), never guessed. A file settles it
by itself when one of its dates has a day above 12 (`desk.importing.text_format.settle`)."""

from __future__ import annotations

import enum
import re
import unicodedata
from datetime import date, datetime, tzinfo
from functools import cache

from desk.importing.values import BadValue, SaidOnce
from desk.language import QT_TRANSLATE_NOOP, words

LANGUAGES = ("en", "de", "fr", "es", "ru", "zh")


class DateOrder(enum.Enum):
    DMY = "DMY"  # 23/11/2026: most of the world
    MDY = "MDY"  # 11/23/2026: the United States
    YMD = "YMD"  # 2026/11/23: China, Japan, ISO

    @property
    def label(self) -> str:
        return {"DMY": "day/month/year", "MDY": "month/day/year", "YMD": "year/month/day"}[self.value]


class AmbiguousDate(SaidOnce):
    """A date that reads two ways and the file has not said which (`settle` says so once for the file)."""


_ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d.*)?$")
_NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{2,4})\.?$")
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# A time and what follows it (seconds, am/pm, a zone): "10:22:01 PM PST", "18:22".
_TIME = re.compile(r"[\sT,]*\d{1,2}:\d{2}.*$")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Words around a named date that say nothing: Spanish "de", Russian "г." (year), English ordinals ("5th").
_FILLER = frozenset({"de", "del", "г", "года", "st", "nd", "rd", "th", "the", "of", "le", "am", "den"})


@cache
def _names() -> tuple[dict[str, int], frozenset[str]]:
    """{month name or unambiguous prefix of one: month}, and weekday names, in the six languages (from Babel)."""
    from babel.dates import get_day_names, get_month_names

    names: dict[str, set[int]] = {}
    for language in LANGUAGES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in get_month_names(width, context, language).items():
                    names.setdefault(_fold(name), set()).add(month)
    prefixes: dict[str, set[int]] = {}
    for name, months in names.items():
        for end in range(3, len(name)):
            prefixes.setdefault(name[:end], set()).update(months)
    by_name = {k: next(iter(v)) for k, v in prefixes.items() if len(v) == 1}
    by_name |= {k: next(iter(v)) for k, v in names.items() if len(v) == 1}
    days = {
        _fold(name)
        for language in LANGUAGES
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated", "short")
        for name in get_day_names(width, context, language).values()
    }
    return by_name, frozenset(days)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip().rstrip(".")


def numeric_parts(text: str) -> tuple[int, int, int, str] | None:
    """(first, second, third, separator) of a date written in numbers only and not year first: `23/11/2026`."""
    m = _NUMERIC.match(_TIME.sub("", text.strip()))
    if m is None or len(m.group(1)) > 2:
        return None
    return int(m.group(1)), int(m.group(3)), int(m.group(4)), m.group(2)


def _make(year: int, month: int, day: int, text: str) -> date:
    if year < 100:
        year += 2000  # exports write 26 for 2026; nobody imports orders from the last century
    try:
        return date(year, month, day)
    except ValueError:
        raise BadValue(words.tr('"{0}" is not a date: no such day').format(text)) from None


def parse_date(text: str, order: DateOrder | None = None, zone: tzinfo | None = None) -> date:
    """The calendar date `text` names. `order`: how the file writes dates in numbers; without it a numeric date
    whose day and month could change places is refused (`AmbiguousDate`). `zone`: where a timestamp with a zone
    is read (this computer's, when None)."""
    value = " ".join(text.split())
    if _ISO.match(value):
        return _iso(value, zone)
    chinese = _CHINESE.match(value)
    if chinese:
        year, month, day = (int(g) for g in chinese.groups())
        return _make(year, month, day, value)
    m = _NUMERIC.match(_TIME.sub("", value))
    if m:
        first, second, third = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(1)) > 2:  # 2026/11/23, 2026.11.23
            return _make(first, second, third, value)
        return _numeric(first, second, third, order, value)
    return _named(value)


def _iso(value: str, zone: tzinfo | None) -> date:
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        year, month, day = (int(p) for p in re.findall(r"\d+", value)[:3])
        return _make(year, month, day, value)  # a time Python does not read: the date is still the one written
    if stamp.tzinfo is None:
        return stamp.date()
    try:
        return stamp.astimezone(zone).date()  # astimezone(None) is this computer's zone
    except (OverflowError, ValueError, OSError):  # 9999-12-31T23:59-05:00 is in the year 10000 here
        raise BadValue(
            words.tr("\"{0}\" is not a date: on this computer's clock it falls outside the years 1 to 9999").format(
                value
            )
        ) from None


def _numeric(first: int, second: int, year: int, order: DateOrder | None, value: str) -> date:
    if order is None or order is DateOrder.YMD:
        if first > 12 >= second:
            order = DateOrder.DMY
        elif second > 12 >= first:
            order = DateOrder.MDY
        elif first == second:
            return _make(year, first, second, value)  # 05/05/2026 reads one way only
        elif first <= 12 and second <= 12:
            raise AmbiguousDate(ambiguous_message(value))
        else:
            raise BadValue(
                words.tr(
                    '"{0}" is not a date: no month {1} to {2}'
                ).format(value, min(first, second), max(first, second))
            )
    day, month = (first, second) if order is DateOrder.DMY else (second, first)
    return _make(year, month, day, value)


def ambiguous_message(text: str) -> str:
    """`"03/04/2026" could be 3 April or 4 March`."""
    parts = numeric_parts(text)
    if parts is None:
        return words.tr('"{0}" could be read two ways').format(text)
    first, second = parts[0], parts[1]
    return words.tr('"{0}" could be {1} or {2}').format(text.strip(), _spoken(second, first), _spoken(first, second))


def _spoken(month: int, day: int) -> str:
    return words.tr(_DAY_OF_MONTH[month - 1]).format(day)


# A day of each month ("3 April"), as the user's language writes it.
_DAY_OF_MONTH = (
    QT_TRANSLATE_NOOP("words", "{0} January"),
    QT_TRANSLATE_NOOP("words", "{0} February"),
    QT_TRANSLATE_NOOP("words", "{0} March"),
    QT_TRANSLATE_NOOP("words", "{0} April"),
    QT_TRANSLATE_NOOP("words", "{0} May"),
    QT_TRANSLATE_NOOP("words", "{0} June"),
    QT_TRANSLATE_NOOP("words", "{0} July"),
    QT_TRANSLATE_NOOP("words", "{0} August"),
    QT_TRANSLATE_NOOP("words", "{0} September"),
    QT_TRANSLATE_NOOP("words", "{0} October"),
    QT_TRANSLATE_NOOP("words", "{0} November"),
    QT_TRANSLATE_NOOP("words", "{0} December"),
)


def _named(value: str) -> date:
    """A date with its month in words: the month is the word, the year the four-digit number (or, in eBay's
    `Sep-28-26`, the number after the day), the day the other number."""
    months, weekdays = _names()
    text = _TIME.sub("", value)
    tokens: list[str] = []
    numbers: list[str] = []
    for token in _TOKEN.findall(unicodedata.normalize("NFKC", text)):
        (numbers if token.isdigit() else tokens).append(token)
    not_a_date = words.tr('"{0}" is not a date like 2026-11-23').format(value)
    if any(len(n) > 4 for n in numbers):  # no day or year has more digits; and 5,000 of them are not read
        raise BadValue(not_a_date)
    found = []
    for word in tokens:
        key = _fold(word)
        if key in months:
            found.append((key, months[key]))
        elif key not in weekdays and key not in _FILLER:
            raise BadValue(not_a_date)
    if len(found) > 1:  # "mar" is March, and Tuesday in French and Spanish
        found = [f for f in found if f[0] not in weekdays] or found[-1:]
    if len(found) != 1 or len(numbers) != 2:
        raise BadValue(not_a_date)
    month = found[0][1]
    years = [n for n in numbers if len(n) == 4]
    if years:
        year = int(years[0])
        day = int(next(n for n in numbers if n is not years[0]))
    else:
        day, year = int(numbers[0]), int(numbers[1])
    return _make(year, month, day, value)
