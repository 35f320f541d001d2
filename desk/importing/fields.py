"""Desk's import fields (the generic format) and how header names are matched to them.

The generic format has one row per order line. Order-level values (supplier, dates, status, store, currency,
shipping, discount, payments) repeat on each line of an order; a line may leave them blank to take them from
the order's other lines, but two lines that give different values are an error."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desk.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str  # what the Import dialog shows (in English: shown as words.tr(label), matched as a heading)
    required: bool  # an import cannot run without a column (or fixed value) for it
    order_level: bool  # the same for every line of an order
    example: str  # a value as a file writes it (the Import dialog shows it)


FIELDS: tuple[Field, ...] = (
    Field("platform", QT_TRANSLATE_NOOP("words", "Platform"), True, True, "AliExpress"),
    Field("order_no", QT_TRANSLATE_NOOP("words", "Order number"), True, True, "8123456789012345"),
    Field("supplier", QT_TRANSLATE_NOOP("words", "Supplier"), True, True, "深圳市华强电子有限公司"),
    Field("placed_on", QT_TRANSLATE_NOOP("words", "Placed on"), True, True, "2026-10-01"),
    Field("currency", QT_TRANSLATE_NOOP("words", "Currency"), False, True, "CNY"),
    Field("line_no", QT_TRANSLATE_NOOP("words", "Line"), False, False, "1"),
    Field("item", QT_TRANSLATE_NOOP("words", "Item"), True, False, "USB-C cable 1 m"),
    Field("sku", QT_TRANSLATE_NOOP("words", "SKU"), False, False, "UC-100"),
    Field("qty", QT_TRANSLATE_NOOP("words", "Quantity"), False, False, "2"),
    Field("unit_price", QT_TRANSLATE_NOOP("words", "Unit price"), True, False, "12.50"),
    Field("shipping", QT_TRANSLATE_NOOP("words", "Shipping"), False, True, "5.00"),
    Field("discount", QT_TRANSLATE_NOOP("words", "Discount"), False, True, "2.50"),
    Field("tax", QT_TRANSLATE_NOOP("words", "Tax"), False, True, "1.20"),
    Field("payments", QT_TRANSLATE_NOOP("words", "Payments"), False, True, "Card: 30.00; Balance: 10.00"),
    Field("paid_on", QT_TRANSLATE_NOOP("words", "Paid on"), False, True, "2026-10-01"),
    Field("tracking_no", QT_TRANSLATE_NOOP("words", "Tracking numbers"), False, False, "LP00123456789CN"),
    Field("shipped_on", QT_TRANSLATE_NOOP("words", "Shipped on"), False, True, "2026-10-03"),
    Field("delivered_on", QT_TRANSLATE_NOOP("words", "Delivered on"), False, True, "2026-10-20"),
    Field("status", QT_TRANSLATE_NOOP("words", "Status"), False, True, "Shipped"),
    Field("store", QT_TRANSLATE_NOOP("words", "Store"), False, True, "ozon:TechBox"),
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
# The fields whose cells are dates, and those whose cells are amounts: where a file's date order and decimal mark
# are found (`desk.importing.text_format.settle`).
DATE_FIELDS = ("placed_on", "paid_on", "shipped_on", "delivered_on")
AMOUNT_FIELDS = ("unit_price", "shipping", "discount", "tax", "payments")
BY_NAME = {f.name: f for f in FIELDS}
# The columns of the documented generic format, in order (paid_on and tax are optional extras).
GENERIC_COLUMNS: tuple[str, ...] = tuple(name for name in FIELD_NAMES if name not in ("paid_on", "tax"))

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(header: str) -> str:
    """`Order No`, `ORDER_NO`, ` order-no ` and `Order №`… all become `orderno`: case, spaces and punctuation
    do not matter, letters of any script do."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", header).casefold())


def headings(field: Field) -> tuple[str, ...]:
    """The column headings a file may give the field, as a spreadsheet's header writes them: its label ("Order
    number") and its short form ("Order no"); case, spaces and punctuation do not matter (`normalise`)."""
    short = field.name.replace("_", " ").capitalize()
    return (field.label,) if normalise(short) == normalise(field.label) else (field.label, short)


# What shops' own exports call the fields besides Desk's names (matched as headers are: case, spaces, punctuation
# aside). Not "Store": in a buyer's export that is the seller's store, in ours our own.
OTHER_NAMES = {
    "order_no": ("Order ID", "Order Number", "Order #", "Order", "Order Id No"),
    "supplier": ("Seller", "Vendor", "Store Name", "Seller Name", "Shop Name"),
    "placed_on": ("Order Date", "Date", "Date Placed", "Purchase Date", "Order Time"),
    "item": ("Product", "Product Name", "Item Name", "Item Title", "Title"),
    "qty": ("Quantity",),
    "unit_price": ("Price", "Item Price", "Price Per Unit", "Unit Cost"),
    "shipping": ("Shipping Cost", "Shipping Fee", "Delivery"),
    "discount": ("Discounts", "Coupon"),
    "tax": ("Sales Tax", "VAT", "Tax Amount"),
    "tracking_no": ("Tracking Number", "Tracking", "Tracking No."),
    "status": ("Order Status",),
    "currency": ("Currency Code",),
}
_FIELD_KEYS = {normalise(heading): f.name for f in FIELDS for heading in headings(f)}
_FIELD_KEYS |= {normalise(name): field for field, names in OTHER_NAMES.items() for name in names
                if normalise(name) not in _FIELD_KEYS}


def field_for(header: str) -> str | None:
    """The generic field a header names, if any."""
    return _FIELD_KEYS.get(normalise(header))


def header_key(headers: Iterable[str]) -> str:
    """The sha256 that remembers a mapping: of the header's normalised names, sorted (the same columns in another
    order are the same export), blank headers left out."""
    names = sorted({normalise(h) for h in headers} - {""})
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()


def match_generic(headers: Sequence[str]) -> dict[str, str]:
    """{field: header} for the headers that name a generic field."""
    found: dict[str, str] = {}
    for header in headers:
        name = field_for(header)
        if name is not None and name not in found:
            found[name] = header
    return found
