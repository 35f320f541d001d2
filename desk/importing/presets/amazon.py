"""Amazon's order history, `Retail.OrderHistory.1.csv` from "Request your data"."""

from __future__ import annotations

import re
from typing import ClassVar

from desk.importing.dates import DateOrder
from desk.importing.presets.base import Cells, PresetSource, lookup
from desk.importing.rows import LineRow
from desk.importing.values import PaymentPart, Tracking
from desk.language import QT_TRANSLATE_NOOP
from desk.models import OrderStatus, PaymentMethod, Platform

AMAZON_STATUS = {
    "new": OrderStatus.PLACED,
    "pending": OrderStatus.PLACED,
    "payment pending": OrderStatus.PLACED,
    "authorized": OrderStatus.PAID,
    "shipped": OrderStatus.SHIPPED,
    "delivered": OrderStatus.DELIVERED,
    "closed": OrderStatus.COMPLETED,
    "cancelled": OrderStatus.CANCELLED,
    "canceled": OrderStatus.CANCELLED,
    "shipping": OrderStatus.PAID,  # the legacy Items report's "Shipping": being prepared
    "not yet shipped": OrderStatus.PAID,
}
_CARD_WORDS = ("visa", "mastercard", "master card", "american express", "americanexpress", "amex", "discover", "jcb",
               "diners", "maestro", "union pay", "unionpay", "credit card", "card")


def card_method(text: str) -> PaymentMethod:
    """`Visa - 1234` → card; `Gift Certificate/Card` → gift_card; two instruments at once → other (the export does
    not say how much each paid; the text stays as the payment's reference)."""
    low = text.casefold()
    if " and " in low:
        return PaymentMethod.OTHER
    if "gift" in low:
        return PaymentMethod.GIFT_CARD
    if "amazon pay" in low:
        return PaymentMethod.AMAZON_PAY
    if "paypal" in low:
        return PaymentMethod.PAYPAL
    if "apple pay" in low:
        return PaymentMethod.APPLE_PAY
    if "debit" in low:
        return PaymentMethod.DEBIT_CARD
    if any(word in low for word in _CARD_WORDS):
        return PaymentMethod.CARD
    return PaymentMethod.OTHER


_PAREN_TRACKING = re.compile(r"([^(),:]+?)\s*\(\s*([^)]+?)\s*\)")


def amazon_tracking(text: str) -> list[Tracking]:
    """`UPS(1Z999AA10123456784)`, `AMZN_US(TBA312345678000)`, `USPS: 9400…`, several separated by commas."""
    found = [Tracking(number, carrier.strip()) for carrier, number in _PAREN_TRACKING.findall(text)]
    if found:
        return found
    out = []
    for piece in re.split(r"[,;]", text):
        carrier, colon, number = piece.partition(":")
        if colon and number.strip():
            out.append(Tracking("".join(number.split()), carrier.strip() or None))
        elif piece.strip():
            out.append(Tracking("".join(piece.split())))
    return out


CANCELLED_ITEM = QT_TRANSLATE_NOOP("words", "cancelled items: quantity 0, nothing paid for them")


class AmazonOrderHistory(PresetSource):
    """Amazon's order history from "Request your data": `Retail.OrderHistory.1.csv` (2020–2025) and its 2025
    successor `Order History.csv` (the same columns in alphabetical order, four of them renamed). One row per item
    shipped; money per row (the item's price and its tax, its share of shipping and discounts, and what was owed
    for it), so the order's amounts are the rows' sums and reconcile by themselves. A cancelled item is a row of
    quantity 0 that owes nothing: it is left out and counted."""

    key = "amazon"
    label = QT_TRANSLATE_NOOP("words", "Amazon order history")
    platform = Platform.AMAZON
    default_supplier = "Amazon"
    signature = frozenset(
        {"orderid", "orderdate", "currency", "unitprice", "quantity", "paymentinstrumenttype", "orderstatus",
         "productname", "totalowed"}
    )
    other_signatures: ClassVar[tuple[frozenset[str], ...]] = (
        frozenset({"orderid", "orderdate", "currency", "unitprice", "originalquantity", "paymentmethodtype",
                   "orderstatus", "productname", "totalamount"}),
    )
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("seller", "soldby"),
        "placed_on": ("orderdate",),
        "currency": ("currency",),
        "item": ("productname",),
        "sku": ("asin", "asinisbn"),
        "qty": ("quantity", "originalquantity"),
        "unit_price": ("unitprice",),
        "tax": ("unitpricetax",),
        "shipping": ("shippingcharge",),
        "discount": ("totaldiscounts",),
        "payments": ("totalowed", "totalamount"),
        "tracking_no": ("carriernametrackingnumber",),
        "shipped_on": ("shipdate",),
        "status": ("orderstatus",),
    }
    sums = frozenset({"shipping", "discount", "tax", "payments"})
    earliest = frozenset({"shipped_on"})
    sellers_may_differ = True
    instrument: ClassVar[tuple[str, ...]] = ("paymentinstrumenttype", "paymentmethodtype")
    tax_per_unit = True  # "Unit Price Tax"

    def read(self, number: int, cells: Cells) -> LineRow | None:
        if self.text(cells, "qty") == "0":
            self.skip(number, CANCELLED_ITEM)
            return None
        row = self.common(number, cells)
        row.supplier = self.text(cells, "supplier") or self.default_supplier
        self.need(row, cells, "item", QT_TRANSLATE_NOOP("words", "empty, but every line needs an item"))
        text = self.text(cells, "status")
        kind = QT_TRANSLATE_NOOP("words", "order status")
        row.status = lookup(AMAZON_STATUS, text, row, self, "status", kind) if text else None
        row.tracking = amazon_tracking(self.text(cells, "tracking_no"))
        code = self.row_currency(row, cells)
        if code is None:
            return row
        price = self.amount(row, cells, "unit_price", code)
        self.need(row, cells, "unit_price", QT_TRANSLATE_NOOP("words", "empty, but every line needs its unit price"))
        row.unit_price = None if price is None else price.minor
        tax = self.amount(row, cells, "tax", code)
        row.tax = None if tax is None else tax.minor * (row.qty if self.tax_per_unit else 1)
        shipping = self.amount(row, cells, "shipping", code)
        row.shipping = None if shipping is None else shipping.minor
        discount = self.amount(row, cells, "discount", code, negative=True)
        row.discount = None if discount is None else abs(discount.minor)
        row.payments = self.paid(row, cells, code)
        return row

    def paid(self, row: LineRow, cells: Cells, code: str) -> list[PaymentPart]:
        owed = self.amount(row, cells, "payments", code)
        instrument = next((cells[c] for c in self.instrument if cells[c]), "")
        if owed is None or owed.minor <= 0:
            return []
        return [PaymentPart(card_method(instrument), owed, instrument or None)]


class AmazonItemsReport(AmazonOrderHistory):
    """Amazon.com's legacy "Order History Reports" → Items report (withdrawn in 2023; people still have theirs):
    one row per item with its seller, `$11.99` amounts, American dates (`03/14/22`), the item's subtotal, tax and
    total. It has no shipping or discount columns: an order's total is its items' totals."""

    key = "amazon_items"
    label = QT_TRANSLATE_NOOP("words", "Amazon order history (Items report)")
    signature = frozenset(
        {"orderdate", "orderid", "title", "purchasepriceperunit", "quantity", "paymentinstrumenttype",
         "itemsubtotal", "itemsubtotaltax", "itemtotal"}
    )
    other_signatures = ()
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("seller",),
        "placed_on": ("orderdate",),
        "currency": ("currency",),
        "item": ("title",),
        "sku": ("asinisbn",),
        "qty": ("quantity",),
        "unit_price": ("purchasepriceperunit",),
        "tax": ("itemsubtotaltax",),
        "payments": ("itemtotal",),
        "tracking_no": ("carriernametrackingnumber",),
        "shipped_on": ("shipmentdate",),
        "status": ("orderstatus",),
    }
    sums = frozenset({"tax", "payments"})
    date_order = DateOrder.MDY  # amazon.com's report: 03/14/22
    instrument = ("paymentinstrumenttype",)
    tax_per_unit = False  # "Item Subtotal Tax": the tax of the item's quantity
