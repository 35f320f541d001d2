"""Rows read through a column mapping: the generic format (headers named like the fields) and any other export
the user has mapped. Values are read by the generic rules (`desk.importing.values`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar

from desk.importing import values as v
from desk.importing.dates import DateOrder
from desk.importing.fields import AMOUNT_FIELDS, DATE_FIELDS
from desk.importing.file_refunds import RefundRecord
from desk.importing.mappings import ColumnMapping
from desk.importing.problems import Problem
from desk.importing.reader import Sheet, Skipped
from desk.importing.rows import Combine, ImportOptions, LineRow
from desk.importing.text_format import TextFormat
from desk.language import QT_TRANSLATE_NOOP, words

T = TypeVar("T")
CACHE = 1 << 16  # distinct values remembered per parser: prices, dates and names repeat in an export

# Field -> the most characters the database keeps (PostgreSQL enforces what SQLite would let pass).
LIMITS = {"order_no": 64, "supplier": 200, "store": 200, "item": 500, "sku": 120}
ATTRIBUTES = {"tracking_no": "tracking"}  # the LineRow attribute a field is read into, where the names differ
REQUIRED_PER_ROW = (
    ("platform", QT_TRANSLATE_NOOP("words", "empty, but every order needs its platform")),
    ("order_no", QT_TRANSLATE_NOOP("words", "empty, but every order needs its number")),
    ("item", QT_TRANSLATE_NOOP("words", "empty, but every line needs an item")),
)
NO_CURRENCY = QT_TRANSLATE_NOOP(
    "words",
    "empty, and the amounts do not say which currency; add a currency column or choose the file's currency "
    "(--currency)",
)
GENERIC = QT_TRANSLATE_NOOP("words", "Generic format")
YOURS = QT_TRANSLATE_NOOP("words", "Your column mapping")


class MappedSource:
    def __init__(self, mapping: ColumnMapping, options: ImportOptions, key: str = "generic", label: str = "") -> None:
        self.mapping = mapping
        self.options = options
        self.key = key
        self.label = label or words.tr(GENERIC if key == "generic" else YOURS)

    @property
    def columns(self) -> Mapping[str, str]:
        fixed = words.tr("{0} (fixed value)")
        return self.mapping.columns | {name: fixed.format(name) for name in self.mapping.fixed}

    @property
    def date_columns(self) -> list[str]:
        return [self.mapping.columns[name] for name in DATE_FIELDS if name in self.mapping.columns]

    @property
    def amount_columns(self) -> list[str]:
        return [self.mapping.columns[name] for name in AMOUNT_FIELDS if name in self.mapping.columns]

    @property
    def date_order(self) -> DateOrder | None:
        return None

    @property
    def platform_totals(self) -> bool:
        return False

    @property
    def refunds(self) -> list[RefundRecord]:
        return []

    def combine(self, name: str) -> Combine:
        return Combine.AGREE

    def parse(
        self, sheet: Sheet, problems: list[Problem], fmt: TextFormat, skipped: Skipped
    ) -> Iterator[LineRow]:
        index = {h: i for i, h in enumerate(sheet.headers)}
        getters: dict[str, Callable[[list[str]], str]] = {}
        for name, column in self.mapping.columns.items():
            getters[name] = itemgetter(index[column])
        for name, value in self.mapping.fixed.items():
            getters[name] = _constant(value)
        reader = _RowReader(getters, self.columns, self.options, fmt, problems)
        for number, cells in sheet.rows(problems, skipped):
            yield reader.read(number, cells)


def _constant(value: str) -> Callable[[list[str]], str]:
    return lambda _cells: value


def _cached(fn: Callable[..., T]) -> Callable[..., T]:
    return lru_cache(maxsize=CACHE)(fn)


class _RowReader:
    """Reads one row's cells into a `LineRow`; parsers are cached for the length of one import."""

    def __init__(
        self,
        getters: Mapping[str, Callable[[list[str]], str]],
        columns: Mapping[str, str],
        options: ImportOptions,
        fmt: TextFormat,
        problems: list[Problem],
    ) -> None:
        self.getters = getters
        self.blanks = fmt.blanks
        self.columns = columns
        self.options = options
        self.problems = problems
        self.platform = _cached(v.platform)
        self.status = _cached(v.status)
        self.currency = _cached(v.currency)
        self.date = _cached(fmt.date)
        self.money = _cached(fmt.money)
        # Only to learn which currency an amount names: "¥1200.5" names JPY even though JPY has no decimals (that
        # amount is reported when it is read in its currency).
        self.named_currency = _cached(replace(fmt, round_places=True).money)
        paid_in = columns.get("payments")
        self.payments = _cached(
            lambda text, code: v.payments(text, code, lambda t, c: self.money(t, c, column=paid_in))
        )
        self.text = _cached(v.text_value)
        self.qty = _cached(v.qty)
        self.line_no = _cached(v.line_no)
        self.fields = self._plain_fields()
        # The currency of each order so far: its later lines may leave the order-level values blank.
        self.order_currency: dict[tuple[object, object], str] = {}

    def _bad(self, row: LineRow, name: str, message: str | v.BadValue) -> None:
        row.bad.add(name)
        if not isinstance(message, v.SaidOnce):
            self.problems.append(Problem(row.row, self.columns.get(name, name), str(message)))

    def get(self, row: LineRow, cell: dict[str, str], name: str, fn: Callable[[str], T]) -> T | None:
        """The field's value, None when blank or wrong (then reported)."""
        text = cell.get(name, "")
        if not text:
            return None
        try:
            return fn(text)
        except v.BadValue as exc:
            self._bad(row, name, exc)
            return None

    def _plain_fields(self) -> list[tuple[str, Callable[[str], object]]]:
        """The fields read the same way on every row (all but currency and amounts), for the mapped ones only:
        a row is read in one pass over this list (this loop is most of an import's checking time)."""
        text = self.text

        def limited(name: str) -> Callable[[str], object]:
            limit = LIMITS[name]
            return lambda t: text(t, limit)

        parsers: dict[str, Callable[[str], object]] = {
            "platform": self.platform, "order_no": limited("order_no"), "supplier": limited("supplier"),
            "store": limited("store"), "item": limited("item"), "sku": limited("sku"), "status": self.status,
            "line_no": self.line_no, "qty": self.qty, "placed_on": self.date, "paid_on": self.date,
            "shipped_on": self.date, "delivered_on": self.date, "tracking_no": v.tracking_numbers,
        }
        return [(name, fn) for name, fn in parsers.items() if name in self.getters]

    def read(self, number: int, cells: list[str]) -> LineRow:
        row = LineRow(number)
        blanks = self.blanks
        cell = {name: "" if text.casefold() in blanks else text
                for name, text in ((name, get(cells).strip()) for name, get in self.getters.items())}
        for name, fn in self.fields:
            text = cell[name]
            if text:
                try:
                    setattr(row, ATTRIBUTES.get(name, name), fn(text))
                except v.BadValue as exc:
                    self._bad(row, name, exc)
        for name, needs in REQUIRED_PER_ROW:
            if not cell.get(name) and name not in row.bad:
                self._bad(row, name, words.tr(needs))
        self._amounts(row, cell)
        return row

    def _amounts(self, row: LineRow, cell: dict[str, str]) -> None:
        """The currency first (the row's, the user's choice, or the one the amounts name), then the amounts."""
        code = self.get(row, cell, "currency", self.currency)
        if code is None and "currency" in row.bad:
            return  # reported; the amounts cannot be read without it
        key = (row.platform, row.order_no)
        code = code or self.order_currency.get(key) or self.options.currency or self._currency_from_amounts(cell)
        if code is None:
            self._bad(row, "currency", words.tr(NO_CURRENCY))
            return
        row.currency = self.order_currency[key] = code

        def amount(name: str) -> int | None:
            text = cell.get(name)
            if not text:
                return None
            try:
                return self.money(text, code, column=self.columns.get(name)).minor
            except v.BadValue as exc:
                self._bad(row, name, exc)
                return None

        row.unit_price = amount("unit_price")
        if not cell.get("unit_price") and "unit_price" not in row.bad:
            self._bad(row, "unit_price", words.tr("empty, but every line needs its unit price"))
        row.shipping = amount("shipping")
        row.discount = amount("discount")
        row.tax = amount("tax")
        if "payments" in self.getters:
            row.payments_given = True
            row.payments = self.get(row, cell, "payments", lambda t: self.payments(t, code))

    def _currency_from_amounts(self, cell: dict[str, str]) -> str | None:
        for name in ("unit_price", "shipping", "discount"):
            text = cell.get(name, "")
            if text:
                try:
                    return self.named_currency(text, None, column=self.columns.get(name)).currency
                except v.BadValue:
                    continue
        return None
