"""How a file writes dates, numbers and nothing: the choices a user can make for an export (`desk import --dates
DMY --decimal , …`, the Import dialog's Format tab), and what Desk finds in the file where the user says nothing
(`settle`). What the file cannot settle is never guessed: the import stops and asks.

    fmt, problems = settle(TextFormat(), sheet, date_columns=["Order Date"], amount_columns=["Total"])"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, tzinfo
from typing import Any

from desk.importing.dates import DateOrder, ambiguous_message, numeric_parts, parse_date
from desk.importing.problems import ImportFileError, Problem
from desk.importing.reader import Sheet
from desk.importing.values import BadValue, SaidOnce
from desk.language import QT_TRANSLATE_NOOP, words
from desk.money import (
    DOLLAR_PREFIXES,
    AmbiguousSeparator,
    Money,
    MoneyParseError,
    TooManyPlaces,
    minor_digits,
    parse_money,
)

# Cells that mean "nothing here" in the exports Desk knows (eBay writes --, Amazon "Not Available").
DEFAULT_BLANKS = frozenset({"--", "-", "—", "n/a", "na", "not available", "not applicable"})
DECIMALS = {".": "point", ",": "comma"}
THOUSANDS = {",": "comma", ".": "point", " ": "space", "'": "apostrophe", "": "none"}
# How the import report says what it read (`TextFormat.described`), in the user's language.
_DATES_SHOWN = {
    DateOrder.DMY: QT_TRANSLATE_NOOP("words", "dates day/month/year"),
    DateOrder.MDY: QT_TRANSLATE_NOOP("words", "dates month/day/year"),
    DateOrder.YMD: QT_TRANSLATE_NOOP("words", "dates year/month/day"),
}
_DECIMAL_SHOWN = {".": QT_TRANSLATE_NOOP("words", "decimal point"), ",": QT_TRANSLATE_NOOP("words", "decimal comma")}
_DECIMAL_IN = {
    ".": QT_TRANSLATE_NOOP("words", "decimal point in {0}"),
    ",": QT_TRANSLATE_NOOP("words", "decimal comma in {0}"),
}
_THOUSANDS_SHOWN = {
    ",": QT_TRANSLATE_NOOP("words", "thousands comma"),
    ".": QT_TRANSLATE_NOOP("words", "thousands point"),
    " ": QT_TRANSLATE_NOOP("words", "thousands space"),
    "'": QT_TRANSLATE_NOOP("words", "thousands apostrophe"),
    "": QT_TRANSLATE_NOOP("words", "thousands none"),
}
_COUNTRY_DOLLAR = re.compile(rf"^\s*({'|'.join(DOLLAR_PREFIXES)})\s*\$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,'’ \u00a0\u202f]*\d|\d")


def fold(token: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", token).casefold().split())


@dataclass(frozen=True)
class TextFormat:
    """None where the user has not said: Desk then reads it from the file, or stops and asks."""

    dates: DateOrder | None = None
    decimal: str | None = None  # "." or ","
    thousands: str | None = None  # ",", ".", " ", "'" or "" (none); None: any mark but the decimal one
    blanks: frozenset[str] = DEFAULT_BLANKS  # folded (case and spacing aside)
    symbols: Mapping[str, str] = field(default_factory=dict)  # a sign or prefix -> ISO code: {"¥": "JPY"}
    round_places: bool = False  # round amounts with more decimals than the currency has (half up)
    # Where a timestamp with a zone (Amazon's `2026-09-14T18:22:11Z`) is read: None is this computer's zone, where
    # the platform's own pages show the user the same dates.
    zone: tzinfo | None = None
    # Found in the file where the user has not said: the decimal mark of each column of amounts (a shop's own
    # columns may differ from the ones a person typed beside them).
    column_decimals: Mapping[str, str] = field(default_factory=dict)
    # Columns whose decimal mark the file left open, said once for the file (`settle`): an amount there that reads
    # two ways is bad on its row without a message of its own.
    unsettled: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.decimal is not None and self.decimal not in DECIMALS:
            raise ImportFileError(words.tr('decimal separator "{0}": use . or ,').format(self.decimal))
        if self.thousands is not None and self.thousands not in THOUSANDS:
            raise ImportFileError(
                words.tr("thousands separator \"{0}\": use , . space ' or none").format(self.thousands)
            )
        if self.decimal is not None and self.decimal == self.thousands:
            raise ImportFileError(words.tr('"{0}" cannot separate both thousands and decimals').format(self.decimal))
        object.__setattr__(self, "blanks", frozenset(fold(b) for b in self.blanks))
        for sign, code in self.symbols.items():
            try:
                minor_digits(code)
            except ValueError:
                raise ImportFileError(
                    words.tr('"{0}" is said to mean {1}, which is not a currency code').format(sign, code)
                ) from None

    @property
    def chosen(self) -> bool:
        """The user said something about this file's format (Desk then reads it as they said)."""
        return self.saved() != {}

    def saved(self) -> dict[str, Any]:
        """What the user chose, in words `from_choices` reads back: kept with a remembered mapping."""
        choices: dict[str, Any] = {}
        if self.dates is not None:
            choices["dates"] = self.dates.value
        if self.decimal is not None:
            choices["decimal"] = DECIMALS[self.decimal]
        if self.thousands is not None:
            choices["thousands"] = THOUSANDS[self.thousands]
        if self.blanks != DEFAULT_BLANKS:
            choices["blanks"] = sorted(self.blanks - DEFAULT_BLANKS)
        if self.symbols:
            choices["symbols"] = [f"{sign}={code}" for sign, code in sorted(self.symbols.items())]
        if self.round_places:
            choices["round_places"] = True
        return choices

    def with_blanks(self, extra: Iterable[str]) -> TextFormat:
        return replace(self, blanks=self.blanks | {fold(b) for b in extra})

    def is_blank(self, text: str) -> bool:
        return not text.strip() or text.strip().casefold() in self.blanks

    def date(self, text: str) -> date:
        return parse_date(text, self.dates, self.zone)

    def money(
        self, text: str, currency: str | None, *, allow_negative: bool = False, column: str | None = None
    ) -> Money:
        """An amount as this file writes it (in `column`), in `currency` (or the one the text names when None)."""
        value = _COUNTRY_DOLLAR.sub(lambda m: DOLLAR_PREFIXES[m.group(1).casefold()] + " ", text)
        decimals = self.column_decimals
        decimal = self.decimal or (
            decimals.get(_key(column, currency_sign(unicodedata.normalize("NFKC", text))), decimals.get(column))
            if column and decimals else None
        )
        if self.thousands is not None:
            self._check_grouping(text, value, decimal)
        try:
            amount = parse_money(
                value, currency, allow_negative=allow_negative, decimal=decimal, symbols=self.symbols,
                round_places=self.round_places,
            )
        except TooManyPlaces as exc:
            raise BadValue(words.tr("{0}; correct it, or choose to round such amounts (--round)").format(exc)) from None
        except AmbiguousSeparator as exc:
            if column in self.unsettled:
                raise SaidOnce(str(exc)) from None
            raise BadValue(words.tr("{0}, or say which is the decimal separator (--decimal)").format(exc)) from None
        except (MoneyParseError, ValueError) as exc:
            raise BadValue(str(exc)) from None
        if currency is not None and amount.currency != currency.upper():
            raise BadValue(
                words.tr(
                    '"{0}" is in {1} but the order is in {2}'
                ).format(text.strip(), amount.currency, currency.upper())
            )
        return amount

    def _check_grouping(self, text: str, value: str, decimal: str | None) -> None:
        allowed = {decimal, self.thousands} | ({" ", "\u00a0", "\u202f"} if self.thousands == " " else set())
        for number in _NUMBER.findall(value):
            marks = {c for c in number if not c.isdigit()} - allowed
            if marks:
                shown = ", ".join(f'"{m}"' for m in sorted(marks))
                raise BadValue(
                    words.tr("\"{0}\": {1} is not this file's decimal or thousands separator").format(
                        text.strip(), shown
                    )
                )

    def described(self) -> str:
        """For the import report: `dates day/month/year, decimal comma, thousands point`."""
        parts = []
        if self.dates is not None:
            parts.append(words.tr(_DATES_SHOWN[self.dates]))
        found = set(self.column_decimals.values())
        if self.decimal is not None or len(found) == 1:
            parts.append(words.tr(_DECIMAL_SHOWN[self.decimal or next(iter(found))]))
        elif found:
            parts += [words.tr(_DECIMAL_IN[mark]).format(_shown(key)) for key, mark in self.column_decimals.items()
                      if "\x1f" not in key or key.split("\x1f")[0] not in self.column_decimals]
        if self.thousands is not None:
            parts.append(words.tr(_THOUSANDS_SHOWN[self.thousands]))
        if self.round_places:
            parts.append(words.tr("extra decimals rounded"))
        return ", ".join(parts)


_MARK_WORDS = {"point": ".", "dot": ".", "period": ".", "comma": ",", "space": " ", "apostrophe": "'", "none": ""}


def _mark(word: str | None, what: str, allowed: Mapping[str, str]) -> str | None:
    """`what`: which separator, in words marked for the catalog."""
    if word is None:
        return None
    mark = _MARK_WORDS.get(word.strip().casefold(), word if word in allowed else None)
    if mark is None or mark not in allowed:
        names = ", ".join(allowed.values())
        raise ImportFileError(words.tr('{0} "{1}": use {2}').format(words.tr(what), word, names))
    return mark


def from_choices(
    *,
    dates: str | None = None,
    decimal: str | None = None,
    thousands: str | None = None,
    blanks: Iterable[str] = (),
    symbols: Iterable[str] = (),
    round_places: bool = False,
) -> TextFormat:
    """The format a user chose in words, as the command line gives them: `dates="DMY"`, `decimal="comma"`,
    `symbols=["¥=JPY"]`."""
    order = None
    if dates:
        try:
            order = DateOrder(dates.strip().upper())
        except ValueError:
            raise ImportFileError(words.tr('date order "{0}": use DMY, MDY or YMD').format(dates)) from None
    signs: dict[str, str] = {}
    for item in symbols:
        sign, eq, code = item.rpartition("=")
        if not eq or not sign.strip() or not code.strip():
            raise ImportFileError(words.tr('"{0}" is not SIGN=CODE (e.g. ¥=JPY)').format(item))
        signs[sign.strip()] = code.strip().upper()
    return TextFormat(
        dates=order,
        decimal=_mark(decimal, QT_TRANSLATE_NOOP("words", "decimal separator"), DECIMALS),
        thousands=_mark(thousands, QT_TRANSLATE_NOOP("words", "thousands separator"), THOUSANDS),
        symbols=signs,
        round_places=round_places,
    ).with_blanks(blanks)


def _shown(key: str) -> str:
    """`Price` or `Price (zł)` for a settled column key."""
    column, _, sign = key.partition("\x1f")
    return f"{column} ({sign})" if sign else column


# -- what the file settles by itself ----------------------------------------------------------------------------


Seen = tuple[int, str, str]  # (row, column, text) of the first cell that showed something
_NOT_SIGN = re.compile(r"[\d.,'’\s+\-−]+")


def currency_sign(text: str) -> str:
    """What an amount has besides its number: `US$`, `zł`, `€`, or nothing."""
    return _NOT_SIGN.sub("", text)


def _key(column: str, sign: str) -> str:
    return f"{column}\x1f{sign}"


def decimal_mark(number: str) -> str | None:
    """The decimal mark a written number shows for sure, or None: `1,234.56` and `12.5` show ".", `1.234,56` and
    `12,50` show ","; `1,234` and `45.005` show nothing (a thousand, or three decimals?)."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1]
    mark = marks[0]
    if len(marks) > 1:  # 1,234,567: grouping, so the other mark is the decimal one
        return "." if mark == "," else ","
    decimals = len(number) - number.rindex(mark) - 1
    return None if decimals == 3 and not number.startswith("0") else mark  # 0.005 is no thousand


def settle(
    fmt: TextFormat, sheet: Sheet, *, date_columns: Iterable[str], amount_columns: Iterable[str]
) -> tuple[TextFormat, list[Problem]]:
    """`fmt` with what the user left open taken from the file: the date order from a date whose day is above 12,
    each column's decimal mark from an amount that shows it (a column that shows none takes the one the others
    agree on). Two readings in one file (dates) or one column (amounts), or one the file does not settle, are
    problems, with the first rows that show them; nothing is guessed."""
    index = {h: i for i, h in enumerate(sheet.headers)}
    dates = [(h, index[h]) for h in dict.fromkeys(date_columns) if h in index] if fmt.dates is None else []
    amounts = [(h, index[h]) for h in dict.fromkeys(amount_columns) if h in index] if fmt.decimal is None else []
    if not dates and not amounts:
        return fmt, []
    orders: dict[DateOrder, Seen] = {}
    ambiguous: Seen | None = None
    # By column and currency sign: one column may hold "US $7.35" and "45,90zł", each written as its country does.
    marks: dict[tuple[str, str], dict[str, Seen]] = {}
    unsure: dict[tuple[str, str], Seen] = {}
    for number, cells in sheet.rows():
        for header, i in dates:
            text = cells[i].strip()
            parts = numeric_parts(text) if text else None
            if parts is None:
                continue
            first, second = parts[0], parts[1]
            if first > 12 >= second:
                orders.setdefault(DateOrder.DMY, (number, header, text))
            elif second > 12 >= first:
                orders.setdefault(DateOrder.MDY, (number, header, text))
            elif first != second and ambiguous is None:
                ambiguous = (number, header, text)
        for header, i in amounts:
            text = cells[i]
            if "." not in text and "," not in text:
                continue
            normal = unicodedata.normalize("NFKC", text)
            sign = currency_sign(normal)
            for found in _NUMBER.findall(normal):
                mark = decimal_mark(found)
                if mark is not None:
                    marks.setdefault((header, sign), {}).setdefault(mark, (number, header, text.strip()))
                elif any(c in ".," for c in found):
                    unsure.setdefault((header, sign), (number, header, text.strip()))
    problems: list[Problem] = []
    settled = fmt
    if len(orders) == 2:
        (r1, c1, t1), (r2, c2, t2) = orders[DateOrder.DMY], orders[DateOrder.MDY]
        said = words.tr(
            '"{0}" is month/day/year, but "{1}" (row {2}, column {3}) is day/month/year: one of them is wrong'
        )
        problems.append(Problem(r2, c2, said.format(t2, t1, r1, c1)))
    elif orders:
        settled = replace(settled, dates=next(iter(orders)))
    elif ambiguous is not None:
        row, column, text = ambiguous
        said = words.tr("{0}, and no date in the file settles which: choose the date order (--dates DMY or MDY)")
        problems.append(Problem(row, column, said.format(ambiguous_message(text))))
    decimals: dict[str, str] = {}
    unsettled: set[str] = set()
    for (header, sign), seen in marks.items():
        if len(seen) == 2:
            unsettled.add(header)
            (r1, _, t1), (r2, _, t2) = sorted(seen.values())
            said = words.tr(
                '"{0}" and "{1}" (row {2}) use the point and the comma the other way round: say which is the decimal '
                "separator"
            )
            problems.append(Problem(r2, header, said.format(t2, t1, r1)))
        elif seen:
            decimals[_key(header, sign)] = next(iter(seen))
    for header, _ in amounts:  # a column whose amounts all agree, whatever their currency, settles its others
        found = {m for (h, _), seen in marks.items() if h == header and len(seen) == 1 for m in seen}
        if len(found) == 1 and not any(len(seen) == 2 for (h, _), seen in marks.items() if h == header):
            decimals[header] = next(iter(found))
    agreed = set(decimals.values())
    for (header, sign), (row, _, text) in unsure.items():
        if _key(header, sign) in decimals or header in decimals or len(marks.get((header, sign), {})) == 2:
            continue
        if sheet.numbers_decimal is not None:
            decimals[header] = sheet.numbers_decimal
        elif len(agreed) == 1:
            decimals[header] = next(iter(agreed))
        else:
            unsettled.add(header)
            said = words.tr(
                '"{0}": is the point or comma a decimal or a thousands separator? No amount in the file settles it; '
                "say which"
            )
            problems.append(Problem(row, header, said.format(text)))
    return replace(settled, column_decimals=decimals, unsettled=frozenset(unsettled)), problems
