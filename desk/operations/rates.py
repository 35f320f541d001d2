"""Exchange rates: the rate of a day between two currencies, as the agent or bank published it. Conversions (a
cost return in another currency than its account, the figures of a withdrawal) use the rate of the day.

    result = set_exchange_rate(ws, SetExchangeRate("USD", "CNY", date(2026, 11, 2), "7.1650", "Superbuy"))
    result = import_exchange_rates(ws, ImportExchangeRates(Path("rates.csv")))

A file of rates is a CSV with a header row naming the columns `date`, `base`, `quote`, `rate` and, if wanted,
`source` (in any order, any case; separated by commas, semicolons or tabs, as Excel writes them). Every row is
checked before anything is kept: one bad row refuses the whole file, naming each bad row and column."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from desk.common import decode_text, formatted
from desk.errors import DeskError
from desk.language import words
from desk.models.fx import set_rate
from desk.money import CurrencyError, minor_digits
from desk.operations import Record, Result, changed
from desk.workspace import Workspace

RATE_COLUMNS = ("date", "base", "quote", "rate")  # each file needs these; `source` may follow
T = TypeVar("T")
MAX_ROW_PROBLEMS = 20  # listed in the refusal; the rest are counted


class RatesRefused(DeskError):
    """A file of rates with bad rows: `problems` names each row and column, one a line; nothing was kept."""

    def __init__(self, message: str, path_name: str, problems: tuple[str, ...]) -> None:
        super().__init__(message)
        self.path_name = path_name
        self.problems = problems


@dataclass(frozen=True)
class SetExchangeRate:
    base: str  # ISO code: one unit of it …
    quote: str  # … buys `rate` units of this one
    on: date
    rate: str  # as typed: "7.1650", "7,1650"
    source: str | None = None  # where the rate was read


@dataclass(frozen=True, kw_only=True)
class RateSet(Result):
    rate_id: int
    rate: Decimal


@dataclass(frozen=True)
class ImportExchangeRates:
    path: Path  # a CSV file as described above


@dataclass(frozen=True, kw_only=True)
class RatesImported(Result):
    path: Path
    rates: int  # rows kept (a rate of a day kept before is replaced)


def set_exchange_rate(ws: Workspace, request: SetExchangeRate) -> RateSet:
    """Keep the rate of a day (the one kept for that day before is replaced)."""
    base = _currency(request.base, words.tr("base currency"))
    quote = _currency(request.quote, words.tr("quote currency"))
    rate = _rate(request.rate, words.tr("rate"))
    with ws.write() as session:
        row = set_rate(session, base, quote, request.on, rate, request.source)
        return RateSet(
            changed=changed(Record.RATE),
            message=str(said := formatted(words.tr("1 {0} = {1} {2} on {3}."), base, str(rate), quote, request.on)),
            dated=said,
            rate_id=row.id,
            rate=rate,
        )


def import_exchange_rates(ws: Workspace, request: ImportExchangeRates) -> RatesImported:
    """Keep every rate of a CSV file, in one transaction: all of them, or none when any row is wrong."""
    rows = read_rates_file(request.path)
    with ws.write() as session:
        for base, quote, on, rate, source in rows:
            set_rate(session, base, quote, on, rate, source)
    n = len(rows)
    return RatesImported(
        changed=changed(Record.RATE) if rows else changed(),
        message=words.tr("Imported %n exchange rate(s) from {0}.", "", n).format(request.path.name),
        path=request.path,
        rates=n,
    )


Row = tuple[str, str, date, Decimal, str | None]


def read_rates_file(path: Path) -> list[Row]:
    """The rates of a CSV file, checked; DeskError naming the file and each bad row and column otherwise."""
    text, _encoding = decode_text(Path(path).read_bytes())
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise DeskError(
            words.tr("{0}: the file is empty; its first row must name the columns {1}").format(path.name, _columns())
        )
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(lines, dialect)
    try:
        return _read_rows(path, reader)
    except csv.Error as exc:  # a cell past the csv module's limit (128 KiB): never a rate
        limit = csv.field_size_limit()
        raise DeskError(
            words.tr("{0}: row {1} holds a cell of more than {2} characters, which is no rate").format(
                path.name, reader.line_num, f"{limit:,}"
            )
        ) from exc


def _read_rows(path: Path, reader: Iterator[list[str]]) -> list[Row]:
    header = [name.strip().lower() for name in next(reader)]
    missing = [c for c in RATE_COLUMNS if c not in header]
    if missing:
        raise DeskError(
            words.tr("{0}: the first row must name the columns {1}; missing: {2}").format(
                path.name, _columns(), ", ".join(missing)
            )
        )
    at = {name: header.index(name) for name in (*RATE_COLUMNS, "source") if name in header}
    rows: list[Row] = []
    problems: list[str] = []
    seen: dict[tuple[str, str, date], int] = {}
    for number, cells in enumerate(reader, start=2):  # row 1 is the header, as a spreadsheet numbers them
        if not any(cell.strip() for cell in cells):
            continue

        padded = [c.strip() for c in cells] + [""] * len(header)  # a short row's missing cells are empty
        found: list[str] = []
        row = _row({name: padded[i] for name, i in at.items()}.__getitem__, "source" in at, found)
        problems += [words.tr("row {0}, column {1}").format(number, p) for p in found]
        if row is None:
            continue
        key = (row[0], row[1], row[2])
        if key in seen:
            problems.append(
                words.tr("row {0}: a second rate {1}→{2} on {3} (first in row {4})").format(
                    number, row[0], row[1], row[2].isoformat(), seen[key]
                )
            )
            continue
        seen[key] = number
        rows.append(row)
    if problems:
        shown = problems[:MAX_ROW_PROBLEMS]
        more = len(problems) - len(shown)
        listed = "; ".join(shown)
        if more:
            listed = words.tr("{0}; and {1} more").format(listed, more)
        refused = words.tr("{0}: nothing was imported. {1}").format(path.name, listed)
        raise RatesRefused(refused, path.name, tuple(problems))
    return rows


def _row(get: Callable[[str], str], has_source: bool, problems: list[str]) -> Row | None:
    """One row's values (`get`: a column's text by its name), or None with what is wrong in each column added to
    `problems`."""
    before = len(problems)

    def checked(check: Callable[[str, str], T], name: str) -> T | None:
        try:
            return check(get(name), name)
        except DeskError as problem:
            problems.append(str(problem))
            return None

    on, base = checked(_day, "date"), checked(_currency, "base")
    quote, rate = checked(_currency, "quote"), checked(_rate, "rate")
    if base is not None and base == quote:
        problems.append(words.tr("quote: the same currency as base ({0}); a rate needs two").format(base))
    if rate is not None and rate <= 0:
        problems.append(words.tr("rate: {0} must be more than zero").format(rate))
    if len(problems) > before or on is None or rate is None or base is None or quote is None:
        return None
    return base, quote, on, rate, (get("source") or None) if has_source else None


def _columns() -> str:
    return words.tr("{0} (and source, if wanted)").format(", ".join(RATE_COLUMNS))


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DeskError(words.tr("{0}: {1!r} is not a date; give it as 2026-11-02").format(field, text)) from None


def _rate(text: str, field: str) -> Decimal:
    try:
        rate = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise DeskError(words.tr("{0}: {1!r} is not a number").format(field, text)) from None
    if not rate.is_finite():
        raise DeskError(words.tr("{0}: {1!r} is not a number").format(field, text))
    return rate


def _currency(text: str, field: str) -> str:
    code = text.strip().upper()
    try:
        minor_digits(code)
    except (CurrencyError, ValueError):
        raise DeskError(
            words.tr("{0}: {1!r} is not a currency in use; give an ISO code such as CNY or USD").format(field, text)
        ) from None
    return code
