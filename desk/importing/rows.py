"""One source row as typed values (`LineRow`), and what every source of rows (the generic format, a mapping, a
preset) provides: the column it reads each field from, for messages, and how lines combine into an order."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from desk.importing.dates import DateOrder

if TYPE_CHECKING:
    from desk.importing.file_refunds import RefundRecord
from desk.importing.problems import ImportFileError, Problem
from desk.importing.reader import Sheet, Skipped
from desk.importing.text_format import TextFormat
from desk.importing.values import BadValue, PaymentPart, Tracking, currency
from desk.language import words
from desk.models import OrderStatus, Platform, TaxCollector


class Combine(enum.Enum):
    """How an order-level field is made from the values on the order's lines."""

    AGREE = "agree"  # the same on every line that gives it (the generic format)
    SUM = "sum"  # each line carries its own part (Amazon's and AliExpress's exports)
    EARLIEST = "earliest"  # shipped in parts: the first date


@dataclass(slots=True)
class LineRow:
    """A row's values; None where the row leaves a field blank. `bad` names the fields whose text was wrong
    (already reported), so that checks across lines do not report them again."""

    row: int
    platform: Platform | None = None
    order_no: str | None = None
    supplier: str | None = None
    store: str | None = None
    currency: str | None = None
    placed_on: date | None = None
    paid_on: date | None = None
    shipped_on: date | None = None
    delivered_on: date | None = None
    status: OrderStatus | None = None
    line_no: int | None = None
    item: str | None = None
    sku: str | None = None
    qty: int = 1
    unit_price: int | None = None  # minor units of `currency`
    shipping: int | None = None
    discount: int | None = None
    tax: int | None = None
    tax_collector: TaxCollector | None = None
    payments: list[PaymentPart] | None = None
    payments_given: bool = False  # the file has payments: an order that shows none has none (not "unknown")
    tracking: list[Tracking] = field(default_factory=list)
    has_line: bool = True  # False for a row that only carries order totals (eBay's order rows)
    bad: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ImportOptions:
    """What the user adds to a file: the currency of amounts that do not name one (eBay's report and
    AliExpress's backup do not), how the file writes dates and numbers, and whether to write at all."""

    currency: str | None = None
    dry_run: bool = False
    format: TextFormat = field(default_factory=TextFormat)
    confirm_dates: bool = False  # dates before 2000 or more than a year ahead are meant (else each is a problem)

    def __post_init__(self) -> None:
        if self.currency is not None:
            try:
                object.__setattr__(self, "currency", currency(self.currency))
            except BadValue as exc:
                raise ImportFileError(words.tr("currency: {0}").format(exc)) from None


class Source(Protocol):
    """Turns a sheet's rows into `LineRow`s, reporting each bad cell."""

    @property
    def key(self) -> str:
        """generic, mapping, amazon, ebay, aliexpress"""
        ...

    @property
    def label(self) -> str:
        """For people: "Amazon order history"."""
        ...

    @property
    def columns(self) -> Mapping[str, str]:
        """{field: the column it is read from, as the file names it} (or a description of a fixed value)."""
        ...

    @property
    def date_columns(self) -> list[str]:
        """The columns it reads dates from, and those it reads amounts from: where the file's date order and
        decimal mark are found (`desk.importing.text_format.settle`)."""
        ...

    @property
    def amount_columns(self) -> list[str]: ...

    @property
    def date_order(self) -> DateOrder | None:
        """How the export writes dates in numbers, where that is known of it (Amazon.com's and eBay.com's
        reports are American)."""
        ...

    @property
    def platform_totals(self) -> bool:
        """The file's payments are the platform's own totals (a preset): where they do not match the order's
        parts the difference is shown, not refused. A file the user made (the generic format) must add up."""
        ...

    @property
    def refunds(self) -> list[RefundRecord]:
        """Refunds the file reports (read with its rows), to be recorded on their orders."""
        ...

    def combine(self, name: str) -> Combine: ...

    def parse(
        self, sheet: Sheet, problems: list[Problem], fmt: TextFormat, skipped: Skipped
    ) -> Iterator[LineRow]: ...
