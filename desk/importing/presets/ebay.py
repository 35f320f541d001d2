"""eBay's orders report (Seller Hub → Orders → Download report)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from desk.importing import values as v
from desk.importing.file_refunds import RefundRecord
from desk.importing.presets.amazon import card_method
from desk.importing.presets.base import NO_CURRENCY, Cells, PresetSource
from desk.importing.problems import Problem
from desk.importing.reader import Sheet, Skipped
from desk.importing.rows import LineRow
from desk.importing.text_format import TextFormat
from desk.importing.values import BadValue, PaymentPart
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import PaymentMethod, Platform, TaxCollector

EBAY_METHODS = {
    "paypal": PaymentMethod.PAYPAL,
    "credit card": PaymentMethod.CARD,
    "debit card": PaymentMethod.DEBIT_CARD,
    "visa": PaymentMethod.CARD,
    "mastercard": PaymentMethod.CARD,
    "american express": PaymentMethod.CARD,
    "discover": PaymentMethod.CARD,
    "apple pay": PaymentMethod.APPLE_PAY,
    "ebay gift card": PaymentMethod.GIFT_CARD,
    "gift card": PaymentMethod.GIFT_CARD,
}


class EbayOrdersReport(PresetSource):
    """eBay's orders report: one row per item; an order of several items also has a row of its own (no item
    title) that carries the order's shipping and total. The report names no currency: amounts carry a sign
    (`$12.99`, `£5.00`, `US $3.50`), or the user chooses it."""

    key = "ebay"
    label = QT_TRANSLATE_NOOP("words", "eBay orders report")
    platform = Platform.EBAY
    default_supplier = "eBay"
    signature = frozenset({"ordernumber", "soldfor", "shippingandhandling", "totalprice", "saledate"})
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("ordernumber",),
        "supplier": ("seller", "sellerid", "sellerusername", "sellername"),
        "placed_on": ("saledate",),
        "paid_on": ("paidondate",),
        "shipped_on": ("shippedondate",),
        "currency": ("currency",),
        "item": ("itemtitle",),
        "sku": ("customlabel", "itemnumber"),
        "qty": ("quantity",),
        "unit_price": ("soldfor",),
        "shipping": ("shippingandhandling",),
        "payments": ("totalprice",),
        "tracking_no": ("trackingnumber",),
    }
    sums = frozenset({"shipping", "tax", "payments"})
    # Sales tax, by who took it: eBay collects and remits it in most US states ("marketplace facilitator").
    taxes: ClassVar[tuple[tuple[str, TaxCollector], ...]] = (
        ("ebaycollectedtax", TaxCollector.PLATFORM), ("sellercollectedtax", TaxCollector.SELLER),
    )
    extra_amounts: ClassVar[tuple[str, ...]] = ("ebaycollectedtax", "sellercollectedtax")

    def parse(
        self, sheet: Sheet, problems: list[Problem], fmt: TextFormat, skipped: Skipped
    ) -> Iterator[LineRow]:
        # An order with a row of its own carries its totals there; its item rows' amounts would count twice.
        self.summarised = {
            cells[self.index["ordernumber"]].strip()
            for _, cells in sheet.rows()
            if not cells[self.index["itemtitle"]].strip()
        } if "itemtitle" in self.index else set()
        return super().parse(sheet, problems, fmt, skipped)

    def read(self, number: int, cells: Cells) -> LineRow | None:
        order_no, title = self.text(cells, "order_no"), self.text(cells, "item")
        if not order_no and not title:
            return None  # the report's closing lines: "2 record(s) downloaded", "Seller ID: …"
        row = self.common(number, cells)
        row.has_line = bool(title)
        row.supplier = self.text(cells, "supplier") or self.default_supplier
        row.tracking = self.get(row, cells, "tracking_no", v.tracking_numbers) or []
        code = self.currency_of(row, cells)
        if row.has_line:
            price = self.amount(row, cells, "unit_price", code)
            needs = QT_TRANSLATE_NOOP("words", "empty, but every line needs its unit price")
            self.need(row, cells, "unit_price", needs)
            if price is not None:
                code = price.currency
                row.unit_price = price.minor
        carries_totals = not row.has_line or order_no not in self.summarised
        if carries_totals:
            shipping = self.amount(row, cells, "shipping", code)
            total = self.amount(row, cells, "payments", code)
            code = code or next((m.currency for m in (shipping, total) if m is not None), None)
            row.shipping = None if shipping is None else shipping.minor
            self.read_tax(row, cells, code)
            method = cells["paymentmethod"]
            row.payments = [PaymentPart(_ebay_method(method), total, method or None)] if total and total.minor else []
        if code is None and not row.bad & {"unit_price", "shipping", "payments", "currency"}:
            self.bad(row, "currency", words.tr("the amounts do not say which currency: choose it (--currency)"))
        row.currency = code
        return row


    def read_tax(self, row: LineRow, cells: Cells, code: str | None) -> None:
        """The order's tax and who took it: eBay's, else the seller's (a report shows one or the other)."""
        for header, collector in self.taxes:
            text = cells[header].strip("'\"")
            if not text:
                continue
            try:
                tax = self.fmt.money(text, code, column=self.header.get(header))
            except BadValue as exc:
                row.bad.add("tax")
                self.problems.append(Problem(row.row, self.header.get(header, header), str(exc)))
                continue
            if tax.minor:
                row.tax = (row.tax or 0) + tax.minor
                row.tax_collector = row.tax_collector or collector


def _ebay_method(text: str) -> PaymentMethod:
    return EBAY_METHODS.get(text.strip().casefold()) or card_method(text)


# What the transaction report's rows are besides orders, and why each is not an order line.
SELLERS_COSTS = QT_TRANSLATE_NOOP("words", "shipping labels and fees: the seller's costs, not order lines")
TRANSACTION_KINDS = {
    "payout": QT_TRANSLATE_NOOP("words", "payouts to the seller's bank"),
    "shipping label": SELLERS_COSTS,
    "other fee": SELLERS_COSTS,
    "charge": SELLERS_COSTS,
}
OTHER_TRANSACTIONS = QT_TRANSLATE_NOOP(
    "words", "other transactions (claims, holds, transfers, adjustments): not order lines"
)


class EbayTransactionReport(EbayOrdersReport):
    """eBay's transaction report (Seller Hub → Payments → Reports): about eleven lines of notes and summary above
    its header, `--` for nothing, one row per transaction, newest first. Its Order rows are the orders (the item's
    subtotal for its quantity, shipping, and the tax eBay or the seller collected); its Refund rows are recorded as
    refunds on their orders; payouts, shipping labels and fees are left out and counted by kind. It names no
    payment method: Desk keeps the payments it has (an orders report gives them)."""

    key = "ebay_transactions"
    label = QT_TRANSLATE_NOOP("words", "eBay transaction report")
    signature = frozenset(
        {"transactioncreationdate", "type", "ordernumber", "netamount", "itemtitle", "quantity", "itemsubtotal",
         "shippingandhandling", "grosstransactionamount"}
    )
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("ordernumber",),
        "placed_on": ("transactioncreationdate",),
        "currency": ("transactioncurrency",),
        "item": ("itemtitle",),
        "sku": ("customlabel",),
        "qty": ("quantity",),
        "unit_price": ("itemsubtotal",),
        "shipping": ("shippingandhandling",),
    }
    extra_amounts: ClassVar[tuple[str, ...]] = ("ebaycollectedtax", "sellercollectedtax", "grosstransactionamount")

    def parse(
        self, sheet: Sheet, problems: list[Problem], fmt: TextFormat, skipped: Skipped
    ) -> Iterator[LineRow]:
        self.summarised = set()  # one row per item sold: no order-level rows
        return PresetSource.parse(self, sheet, problems, fmt, skipped)

    def read(self, number: int, cells: Cells) -> LineRow | None:
        kind = cells["type"].casefold()
        if kind == "refund":
            self.read_refund(number, cells)
            return None
        if kind != "order":
            self.skip(number, TRANSACTION_KINDS.get(kind, OTHER_TRANSACTIONS))
            return None
        row = self.common(number, cells)
        row.payments_given = False
        row.supplier = self.default_supplier
        code = self.row_currency(row, cells)
        if code is None:
            return row
        subtotal = self.amount(row, cells, "unit_price", code)
        self.need(row, cells, "unit_price", QT_TRANSLATE_NOOP("words", "empty, but every line needs its item subtotal"))
        if subtotal is not None:
            each, rest = divmod(subtotal.minor, row.qty)
            if rest:
                said = words.tr("{0} for {1} items is not a whole number of cents each").format(subtotal, row.qty)
                self.bad(row, "unit_price", said)
            else:
                row.unit_price = each
        shipping = self.amount(row, cells, "shipping", code)
        row.shipping = None if shipping is None else shipping.minor
        self.read_tax(row, cells, code)
        return row

    def read_refund(self, number: int, cells: Cells) -> None:
        """A Refund row: what went back to the buyer is its gross amount and the tax refunded with it (both
        negative); recorded on its order as a refund (`desk.importing.file_refunds`)."""
        row = self.common(number, cells)
        code = self.currency_of(row, cells) or self.options.currency
        if row.order_no is None or row.bad or code is None:
            if code is None and not row.bad:
                self.bad(row, "currency", words.tr(NO_CURRENCY))
            return
        back = 0
        for header in ("grosstransactionamount", "ebaycollectedtax", "sellercollectedtax"):
            text = cells[header].strip("'\"")
            if not text:
                continue
            try:
                back -= self.fmt.money(text, code, allow_negative=True, column=self.header.get(header)).minor
            except BadValue as exc:
                self.problems.append(Problem(number, self.header.get(header, header), str(exc)))
                return
        if back <= 0:
            nothing = words.tr("a refund of nothing")
            self.problems.append(Problem(number, self.header.get("grosstransactionamount"), nothing))
            return
        assert row.placed_on is not None  # the refund's date: read by `common` from the row's date column
        reference = cells["referenceid"] or f"eBay refund of {row.order_no} on {row.placed_on.isoformat()}"  # stored
        self.refunds.append(
            RefundRecord(self.platform, row.order_no, number, back, code, row.placed_on, reference[:120])
        )
