"""An order as the file describes it, checked and ready to be compared with Desk's data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desk.models import OrderStatus, PaymentMethod, Platform, TaxCollector
from desk.orders.amounts import OrderAmounts


@dataclass(frozen=True, slots=True)
class LineRecord:
    line_no: int
    item: str
    sku: str | None
    qty: int
    unit_price_minor: int
    row: int


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    method: PaymentMethod
    amount_minor: int
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class TrackingRecord:
    number: str
    carrier: str | None
    shipped_on: date | None


@dataclass(slots=True)
class OrderRecord:
    """None in an optional field means "the file does not say": an existing order keeps what Desk has."""

    platform: Platform
    order_no: str
    supplier: str
    currency: str
    placed_on: date
    first_row: int
    store: tuple[Platform, str] | None = None
    status: OrderStatus | None = None
    paid_on: date | None = None
    shipped_on: date | None = None
    delivered_on: date | None = None
    shipping_minor: int = 0
    discount_minor: int = 0
    tax_minor: int = 0
    tax_collector: TaxCollector | None = None  # who took the tax, where the export says (eBay: the platform)
    payments: list[PaymentRecord] | None = None  # None: the file has no payments (Desk keeps its own)
    tracking: list[TrackingRecord] = field(default_factory=list)
    lines: list[LineRecord] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.platform.value}:{self.order_no}"

    @property
    def amounts(self) -> OrderAmounts:
        """Its total and the rules on it, the same as for an order entered by hand."""
        lines = ((line.qty, line.unit_price_minor) for line in self.lines)
        return OrderAmounts.of_lines(self.currency, lines, self.shipping_minor, self.discount_minor, self.tax_minor)

    def derived_status(self) -> OrderStatus:
        """The status a new order gets when the file gives none: the furthest its dates and payments show."""
        if self.status is not None:
            return self.status
        if self.delivered_on is not None:
            return OrderStatus.DELIVERED
        if self.shipped_on is not None or self.tracking:
            return OrderStatus.SHIPPED
        if self.payments or self.paid_on is not None:
            return OrderStatus.PAID
        return OrderStatus.PLACED
