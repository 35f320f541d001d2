"""AliExpress's account data backup: XLSX, sheet "Order Information", amounts in cents."""

from __future__ import annotations

from typing import ClassVar

from desk.importing import values as v
from desk.importing.presets.base import Cells, PresetSource, lookup
from desk.importing.problems import ImportFileError
from desk.importing.reader import Sheet
from desk.importing.rows import ImportOptions, LineRow
from desk.importing.values import PaymentPart
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import OrderStatus, PaymentMethod, Platform

ALIEXPRESS_STATUS = {
    "place_order_success": OrderStatus.PLACED,
    "wait_seller_examine_money": OrderStatus.PAID,
    "risk_control": OrderStatus.PAID,
    "in_frozen": OrderStatus.PAID,
    "wait_seller_send_goods": OrderStatus.PAID,
    "seller_part_send_goods": OrderStatus.SHIPPED,
    "wait_buyer_accept_goods": OrderStatus.SHIPPED,
    "in_issue": OrderStatus.SHIPPED,
    "fund_processing": OrderStatus.DELIVERED,
    "in_cancel": OrderStatus.CANCELLED,
    "finish": OrderStatus.COMPLETED,
}


class AliExpressBackup(PresetSource):
    """AliExpress's account data backup (XLSX, sheet "Order Information"): one row per order item, prices in cents
    (`unit_price` 15115 is 151.15), `payable_amt` what was paid for the row after coupons and with shipping. It
    names neither currency nor payment method: the user chooses the currency; the payment is recorded as
    "other" with the reference "AliExpress"."""

    key = "aliexpress"
    label = QT_TRANSLATE_NOOP("words", "AliExpress data backup")
    platform = Platform.ALIEXPRESS
    default_supplier = "AliExpress"
    signature = frozenset({"orderid", "gmtcreateordertime", "orderstatus", "itemname", "unitprice", "payableamt"})
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("storename", "sellerstorename", "shopname", "sellername", "store"),
        "placed_on": ("gmtcreateordertime",),
        "paid_on": ("gmtpayordertime",),
        "currency": ("currency", "currencycode", "paycurrency"),
        "item": ("itemname",),
        "sku": ("skuid", "productid", "itemid"),
        "qty": ("quantity", "productcount", "buyamount", "itemcount"),
        "unit_price": ("unitprice",),
        "payments": ("payableamt",),
        "tracking_no": ("logisticsno", "trackingno", "trackingnumber"),
        "status": ("orderstatus",),
    }
    sums = frozenset({"shipping", "discount", "payments"})

    def __init__(self, sheet: Sheet, options: ImportOptions) -> None:
        super().__init__(sheet, options)
        if self.found["currency"] is None and options.currency is None:
            raise ImportFileError(
                words.tr(
                    "{0}: AliExpress's data backup does not say which currency its amounts are in; choose it "
                    "(--currency USD, or the currency box of the Import dialog)"
                ).format(sheet.name)
            )

    def read(self, number: int, cells: Cells) -> LineRow:
        row = self.common(number, cells)
        row.supplier = self.text(cells, "supplier") or self.default_supplier
        self.need(row, cells, "item", QT_TRANSLATE_NOOP("words", "empty, but every line needs an item"))
        paid = cells["issuccesspay"].casefold() not in ("false", "0", "no")
        text = self.text(cells, "status")
        kind = QT_TRANSLATE_NOOP("words", "order status")
        status = lookup(ALIEXPRESS_STATUS, text, row, self, "status", kind) if text else None
        if status is OrderStatus.COMPLETED and "accept" not in cells["endreason"].casefold():
            status = OrderStatus.CLOSED if paid else OrderStatus.CANCELLED  # finished without delivery
        row.status = status
        row.tracking = self.get(row, cells, "tracking_no", v.tracking_numbers) or []
        code = self.currency_of(row, cells)
        if code is None:
            return row
        row.currency = code
        price = self.get(row, cells, "unit_price", lambda t: v.cents(t, code))
        self.need(row, cells, "unit_price", QT_TRANSLATE_NOOP("words", "empty, but every line needs its unit price"))
        payable = self.get(row, cells, "payments", lambda t: v.cents(t, code))
        row.payments = []
        if price is not None:
            row.unit_price = price.minor
        if payable is not None and paid and payable.minor > 0:
            row.payments = [PaymentPart(PaymentMethod.OTHER, payable, "AliExpress")]
            if price is not None:
                # What was paid beyond the goods is shipping; what was paid below them, coupons.
                difference = payable.minor - price.minor * row.qty
                row.shipping, row.discount = max(difference, 0), max(-difference, 0)
        return row
