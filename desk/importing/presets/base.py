"""What every preset shares: cells by normalised header, the columns each field is read from, helpers that
report a bad cell by the export's own column name."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import ClassVar, TypeVar

from desk.importing import values as v
from desk.importing.dates import DateOrder
from desk.importing.fields import AMOUNT_FIELDS, DATE_FIELDS, normalise
from desk.importing.file_refunds import RefundRecord
from desk.importing.problems import Problem
from desk.importing.reader import Sheet, Skipped
from desk.importing.rows import Combine, ImportOptions, LineRow
from desk.importing.text_format import TextFormat
from desk.importing.values import BadValue
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import Platform
from desk.money import Money

T = TypeVar("T")


class Cells:
    """One row's cells by normalised header; a blank token ("--", "Not Available") reads as empty."""

    def __init__(self, index: Mapping[str, int], cells: list[str], blanks: frozenset[str]) -> None:
        self.index = index
        self.cells = cells
        self.blanks = blanks

    def __getitem__(self, key: str) -> str:
        i = self.index.get(key)
        text = self.cells[i].strip() if i is not None else ""
        return "" if text.casefold() in self.blanks else text


NO_CURRENCY = QT_TRANSLATE_NOOP("words", "empty: choose the currency of the file (--currency)")

class PresetSource:
    key: ClassVar[str]
    label: ClassVar[str]  # marked for the catalog (QT_TRANSLATE_NOOP), shown as words.tr(label)
    platform: ClassVar[Platform]
    signature: ClassVar[frozenset[str]]  # normalised headers that all appear in this export
    # Other layouts of the same export (Amazon renamed four columns in 2025): any one of them is enough.
    other_signatures: ClassVar[tuple[frozenset[str], ...]] = ()
    # Lines of one order sold by different sellers (Amazon's marketplace): the order's supplier is then the
    # platform, where a claim about it is made.
    sellers_may_differ: ClassVar[bool] = False
    # field -> the headers it may be read from (normalised, first found wins); the first is shown to the user
    reads: ClassVar[dict[str, tuple[str, ...]]]
    sums: ClassVar[frozenset[str]] = frozenset()
    earliest: ClassVar[frozenset[str]] = frozenset()
    date_order: ClassVar[DateOrder | None] = None  # how the export writes dates in numbers, where that is known
    extra_amounts: ClassVar[tuple[str, ...]] = ()  # other columns of amounts it reads (normalised headers)
    default_supplier: ClassVar[str]  # when the export names no seller
    platform_totals: ClassVar[bool] = True  # its payments are the platform's figures: a mismatch is shown

    def __init__(self, sheet: Sheet, options: ImportOptions) -> None:
        self.options = options
        self.index = {normalise(h): i for i, h in reversed(list(enumerate(sheet.headers)))}
        self.header = {normalise(h): h for h in sheet.headers}
        self.found = {name: next((c for c in cands if c in self.index), None) for name, cands in self.reads.items()}
        self.problems: list[Problem] = []
        self.fmt = options.format
        self.skipped: Skipped = {}
        self.refunds: list[RefundRecord] = []  # what the export says was refunded, order by order

    @classmethod
    def matches(cls, headers: list[str]) -> bool:
        names = {normalise(h) for h in headers}
        return any(signature <= names for signature in (cls.signature, *cls.other_signatures))

    @classmethod
    def fixed_values(cls, headers: list[str]) -> dict[str, str]:
        """What the preset sets by itself where the export has no column (the Import dialog shows it)."""
        fixed = {"platform": cls.platform.value}
        if "supplier" not in cls.column_map(headers):
            fixed["supplier"] = cls.default_supplier
        return fixed

    @classmethod
    def column_map(cls, headers: list[str]) -> dict[str, str]:
        """{field: the header it is read from} for this file (what the Import dialog shows)."""
        by_key = {normalise(h): h for h in reversed(headers)}  # the first of two alike headers wins
        found = {name: next((c for c in cands if c in by_key), None) for name, cands in cls.reads.items()}
        return {name: by_key[c] for name, c in found.items() if c is not None}

    @property
    def columns(self) -> Mapping[str, str]:
        return {name: self.header[c] for name, c in self.found.items() if c is not None}

    @property
    def date_columns(self) -> list[str]:
        return [self.header[c] for name in DATE_FIELDS if (c := self.found.get(name)) is not None]

    @property
    def amount_columns(self) -> list[str]:
        named = [self.found.get(name) for name in AMOUNT_FIELDS] + [c for c in self.extra_amounts if c in self.header]
        return [self.header[c] for c in named if c is not None]

    def combine(self, name: str) -> Combine:
        if name in self.sums:
            return Combine.SUM
        return Combine.EARLIEST if name in self.earliest else Combine.AGREE

    def parse(
        self, sheet: Sheet, problems: list[Problem], fmt: TextFormat, skipped: Skipped
    ) -> Iterator[LineRow]:
        self.problems = problems
        self.fmt = fmt
        self.skipped = skipped
        rows = [
            row for number, cells in sheet.rows(problems, skipped)
            if (row := self.read(number, Cells(self.index, cells, fmt.blanks))) is not None
        ]
        if self.sellers_may_differ:
            _one_supplier_per_order(rows, self.default_supplier)
        return iter(rows)

    def read(self, number: int, cells: Cells) -> LineRow | None:
        raise NotImplementedError

    # -- helpers for the presets ------------------------------------------------------------------------------

    def text(self, cells: Cells, name: str) -> str:
        column = self.found.get(name)
        return cells[column] if column else ""

    def bad(self, row: LineRow, name: str, message: str | BadValue) -> None:
        row.bad.add(name)
        if not isinstance(message, v.SaidOnce):
            self.problems.append(Problem(row.row, self.columns.get(name, name), str(message)))

    def get(self, row: LineRow, cells: Cells, name: str, fn: Callable[[str], T]) -> T | None:
        text = self.text(cells, name)
        if not text:
            return None
        try:
            return fn(text)
        except BadValue as exc:
            self.bad(row, name, exc)
            return None

    def skip(self, number: int, why: str) -> None:
        """Leave row `number` out, counted under `why` in the import's report (marked for the catalog: the report
        translates it)."""
        self.skipped.setdefault(why, []).append(number)

    def need(self, row: LineRow, cells: Cells, name: str, said: str) -> None:
        """`said`: the message for an empty cell, marked for the catalog ("empty, but every line needs an item")."""
        if not self.text(cells, name) and name not in row.bad:
            self.bad(row, name, words.tr(said))

    def date(self, text: str) -> date:
        return self.fmt.date(text)

    def common(self, number: int, cells: Cells) -> LineRow:
        """Platform, order number, item and the dates every preset reads the same way."""
        row = LineRow(number, platform=self.platform, payments_given=True)
        row.order_no = self.get(row, cells, "order_no", lambda t: v.text_value(t, 64))
        row.item = self.get(row, cells, "item", lambda t: v.text_value(t, 500))
        row.sku = self.get(row, cells, "sku", lambda t: v.text_value(t, 120))
        row.qty = self.get(row, cells, "qty", v.qty) or 1
        for name in DATE_FIELDS:
            setattr(row, name, self.get(row, cells, name, self.date))
        self.need(row, cells, "order_no", QT_TRANSLATE_NOOP("words", "empty, but every order needs its number"))
        return row

    def currency_of(self, row: LineRow, cells: Cells) -> str | None:
        code = self.get(row, cells, "currency", v.currency)
        return code or (None if "currency" in row.bad else self.options.currency)

    def row_currency(self, row: LineRow, cells: Cells, missing: str = NO_CURRENCY) -> str | None:
        """The row's currency (its column's, else the user's choice), set on the row; reported when there is none
        (`missing`: marked for the catalog)."""
        code = self.currency_of(row, cells)
        if code is None and "currency" not in row.bad:
            self.bad(row, "currency", words.tr(missing))
        row.currency = code
        return code

    def amount(self, row: LineRow, cells: Cells, name: str, code: str | None, negative: bool = False) -> Money | None:
        text = self.text(cells, name).strip("'\"")  # Amazon quotes some amounts: '-1.50'
        if not text:
            return None
        try:
            return self.fmt.money(text, code, allow_negative=negative, column=self.columns.get(name))
        except BadValue as exc:
            self.bad(row, name, exc)
            return None


def _one_supplier_per_order(rows: list[LineRow], platform_supplier: str) -> None:
    """Where an order's lines name different sellers, every line's supplier is the platform's."""
    sellers: dict[object, set[str | None]] = {}
    for row in rows:
        sellers.setdefault(row.order_no, set()).add(row.supplier)
    for row in rows:
        if len(sellers[row.order_no]) > 1:
            row.supplier = platform_supplier


def lookup(table: Mapping[str, T], text: str, row: LineRow, source: PresetSource, name: str, kind: str) -> T | None:
    """`kind`: what the value is, marked for the catalog ("order status")."""
    found = table.get(text.strip().casefold())
    if found is None:
        known = ", ".join(sorted({k for k in table}))
        said = words.tr('unknown {0} {1} "{2}"; known: {3}')
        source.bad(row, name, said.format(words.tr(source.label), words.tr(kind), text.strip(), known))
    return found
