"""Amazon's order history, `Retail.OrderHistory.1.csv` from "Request your data"."""

from __future__ import annotations

import re
from typing import ClassVar

from desk.importing.dates import DateOrder
from desk.importing.presets.base import Cells, PresetSource, lookup
from desk.importing.problems import Problem
from desk.importing.rows import LineRow
from desk.importing.values import BadValue, PaymentPart, Tracking
from desk.models import OrderStatus, PaymentMethod, Platform
from desk.money import Money

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
}
_CARD_WORDS = ("visa", "mastercard", "master card", "american express", "amex", "discover", "jcb", "diners",
               "maestro", "union pay", "unionpay", "credit card", "card")


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


class AmazonOrderHistory(PresetSource):
    """Amazon's `Retail.OrderHistory.1.csv`: one row per item shipped; money per row (the item's price and tax,
    its share of shipping and discounts, and what was owed for it), so the order's amounts are the rows' sums."""

    key = "amazon"
    label = "Amazon order history"
    platform = Platform.AMAZON
    default_supplier = "Amazon"
    signature = frozenset(
        {"orderid", "orderdate", "currency", "unitprice", "quantity", "paymentinstrumenttype", "orderstatus",
         "productname", "totalowed"}
    )
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("seller", "soldby"),
        "placed_on": ("orderdate",),
        "currency": ("currency",),
        "item": ("productname",),
        "sku": ("asin", "asinisbn"),
        "qty": ("quantity",),
        "unit_price": ("unitprice",),
        "shipping": ("shippingcharge",),
        "discount": ("totaldiscounts",),
        "payments": ("totalowed",),
        "tracking_no": ("carriernametrackingnumber",),
        "shipped_on": ("shipdate",),
        "status": ("orderstatus",),
    }
    sums = frozenset({"shipping", "discount", "payments"})
    earliest = frozenset({"shipped_on"})
    extra_amounts = ("unitpricetax",)
    date_order = DateOrder.MDY  # the .com site's report writes American dates

    def read(self, number: int, cells: Cells) -> LineRow:
        row = self.common(number, cells)
        row.supplier = self.text(cells, "supplier") or self.default_supplier
        self.need(row, cells, "item", "every line needs an item")
        text = self.text(cells, "status")
        row.status = lookup(AMAZON_STATUS, text, row, self, "status", "order status") if text else None
        row.tracking = amazon_tracking(self.text(cells, "tracking_no"))
        code = self.currency_of(row, cells)
        if code is None:
            if "currency" not in row.bad:
                self.bad(row, "currency", "empty: choose the currency of the file (--currency)")
            return row
        row.currency = code
        price = self.amount(row, cells, "unit_price", code)
        self.need(row, cells, "unit_price", "every line needs its unit price")
        tax = self.amount_of(row, cells, "unitpricetax", code)
        # What the buyer paid per unit is the price with its tax: that is what a refund claim is about.
        if price is not None and tax is not None:
            row.unit_price = (price + tax).minor
        shipping = self.amount(row, cells, "shipping", code)
        row.shipping = None if shipping is None else shipping.minor
        discount = self.amount(row, cells, "discount", code, negative=True)
        row.discount = None if discount is None else abs(discount.minor)
        owed = self.amount(row, cells, "payments", code)
        instrument = cells["paymentinstrumenttype"]
        row.payments = []
        if owed is not None and owed.minor > 0:
            row.payments = [PaymentPart(card_method(instrument), owed, instrument or None)]
        return row

    def amount_of(self, row: LineRow, cells: Cells, header: str, code: str) -> Money | None:
        text = cells[header]
        if not text:
            return Money(0, code)
        try:
            return self.fmt.money(text.strip("'\""), code, column=self.header.get(header))
        except BadValue as exc:
            row.bad.add("unit_price")
            self.problems.append(Problem(row.row, self.header.get(header, header), str(exc)))
            return None
