"""AliExpress order lists as people actually have them: CSV files written by browser extensions from the "My
orders" page. Each copies the page's text: amounts as the account shows them (`US $7.35`, `45,90zł`, `13,78`),
dates in its language (`Dec 18, 2025`, `16.12.2025`), the order-list status (`Awaiting delivery`). None has
shipping or payments; an order of several items is shown on the page as pictures only, so these exporters write it
without its items (an empty title, a price of 0): such a row is left out and counted, for the user to enter that
order by hand, never guessed. Sources and what each exporter writes: tests/fixtures/sources/aliexpress.md."""

from __future__ import annotations

from typing import ClassVar

from desk.importing.presets.base import Cells, PresetSource, lookup
from desk.importing.problems import ImportFileError
from desk.importing.reader import Sheet
from desk.importing.rows import ImportOptions, LineRow
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import OrderStatus, Platform
from desk.money import DOLLAR_PREFIXES

# The statuses of the English order list ("View orders": To pay, To ship, Shipped, Processed).
ORDER_LIST_STATUS = {
    "awaiting payment": OrderStatus.PLACED,
    "to pay": OrderStatus.PLACED,
    "to ship": OrderStatus.PAID,
    "awaiting shipment": OrderStatus.PAID,
    "awaiting delivery": OrderStatus.SHIPPED,
    "shipped": OrderStatus.SHIPPED,
    "completed": OrderStatus.COMPLETED,
    "closed": OrderStatus.CANCELLED,
    "cancelled": OrderStatus.CANCELLED,
    "expired": OrderStatus.CANCELLED,  # never paid, closed by AliExpress
}
WITHOUT_ITEMS = QT_TRANSLATE_NOOP(
    "words", "orders of several items: the exporter wrote them without their items (enter them by hand)"
)


class _OrderList(PresetSource):
    platform = Platform.ALIEXPRESS
    default_supplier = "AliExpress"

    def list_row(self, number: int, cells: Cells) -> LineRow | None:
        """The fields every order list has, or None (counted) for an order written without its items."""
        if not self.text(cells, "item"):
            self.skip(number, WITHOUT_ITEMS)
            return None
        row = self.common(number, cells)
        row.payments_given = False  # the order list shows no payments: Desk keeps what it has
        row.supplier = self.text(cells, "supplier") or self.default_supplier
        text = self.text(cells, "status")
        kind = QT_TRANSLATE_NOOP("words", "status")
        row.status = lookup(ORDER_LIST_STATUS, text, row, self, "status", kind) if text else None
        return row

    def currency_of(self, row: LineRow, cells: Cells) -> str | None:
        # "US" for the order list's "US $7.35" cut at the sign (andrew-melnyk's exporter keeps the letters).
        text = self.text(cells, "currency")
        code = DOLLAR_PREFIXES.get(text.casefold()) if text else None
        return code or super().currency_of(row, cells)


class ShopperInventory(_OrderList):
    """The "Aliexpress Shopper Inventory" extension: one row per item, ISO dates, `Price` as the page shows it
    (`US $7.35`) with an ISO `Currency` per row."""

    key = "aliexpress_shopper_inventory"
    label = QT_TRANSLATE_NOOP("words", "AliExpress order list (Shopper Inventory)")
    signature = frozenset(
        {"orderdate", "orderid", "title", "qty", "price", "store", "productid", "skuid", "priceinfo", "currency",
         "status"}
    )
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("store",),
        "placed_on": ("orderdate",),
        "currency": ("currency",),
        "item": ("title",),
        "sku": ("skuid",),
        "qty": ("qty",),
        "unit_price": ("price",),
        "status": ("status",),
    }

    def read(self, number: int, cells: Cells) -> LineRow | None:
        row = self.list_row(number, cells)
        if row is None:
            return None
        code = self.currency_of(row, cells)
        price = self.amount(row, cells, "unit_price", code)
        self.need(row, cells, "unit_price", QT_TRANSLATE_NOOP("words", "empty, but every line needs its unit price"))
        if price is not None:
            row.currency, row.unit_price = price.currency, price.minor
        return row


class MelnykOrderExport(_OrderList):
    """andrew-melnyk's "AliExpress orders scrapper": one row per order, its first item's title, `Dec 18, 2025`,
    the letters before the page's `$` as the currency (`US`), and the order's price. It has no quantity: the line
    is one of the order's price."""

    key = "aliexpress_melnyk"
    label = QT_TRANSLATE_NOOP("words", "AliExpress order list (orders scrapper)")
    signature = frozenset(
        {"orderid", "orderdate", "status", "producttitle", "productlink", "currency", "price", "storename",
         "storelink"}
    )
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("storename",),
        "placed_on": ("orderdate",),
        "currency": ("currency",),
        "item": ("producttitle",),
        "unit_price": ("price",),
        "status": ("status",),
    }

    def read(self, number: int, cells: Cells) -> LineRow | None:
        row = self.list_row(number, cells)
        if row is None:
            return None
        code = self.row_currency(row, cells)
        if code is None:
            return row
        price = self.amount(row, cells, "unit_price", code)
        self.need(row, cells, "unit_price", QT_TRANSLATE_NOOP("words", "empty, but every line needs its unit price"))
        row.unit_price = None if price is None else price.minor
        return row


class Su14imanOrderExport(_OrderList):
    """su14iman's "AliExpress Order Exporter": one row per order, its first item's unit price (a decimal point
    whatever the account's language) and quantity, the order's total (the page's, with its decimal comma), dates
    day.month.year. No currency: the user chooses it. What the total holds beyond the goods is shipping; below
    them, a discount (as the data backup's preset reads it)."""

    key = "aliexpress_su14iman"
    label = QT_TRANSLATE_NOOP("words", "AliExpress order list (Order Exporter)")
    signature = frozenset({"orderid", "itemid", "product", "date", "unitprice", "quantity", "price", "storename"})
    reads: ClassVar[dict[str, tuple[str, ...]]] = {
        "order_no": ("orderid",),
        "supplier": ("storename",),
        "placed_on": ("date",),
        "currency": ("currency",),
        "item": ("product",),
        "sku": ("sku",),
        "qty": ("quantity",),
        "unit_price": ("unitprice",),
        "payments": ("price",),
    }

    def __init__(self, sheet: Sheet, options: ImportOptions) -> None:
        super().__init__(sheet, options)
        if self.found["currency"] is None and options.currency is None:
            raise ImportFileError(
                words.tr(
                    "{0}: this AliExpress order list does not say which currency its amounts are in; choose "
                    "it (--currency EUR, or the currency box of the Import dialog)"
                ).format(sheet.name)
            )

    def read(self, number: int, cells: Cells) -> LineRow | None:
        if self.text(cells, "unit_price") in ("0", "0.00", "0,00"):
            self.skip(number, WITHOUT_ITEMS)  # the exporter's defaults where the page shows pictures only
            return None
        row = self.list_row(number, cells)
        if row is None:
            return None
        code = self.row_currency(
            row,
            cells,
            QT_TRANSLATE_NOOP(
                "words", "the file does not say which currency its amounts are in: choose it (--currency)"
            ),
        )
        if code is None:
            return row
        price = self.amount(row, cells, "unit_price", code)
        self.need(row, cells, "unit_price", QT_TRANSLATE_NOOP("words", "empty, but every line needs its unit price"))
        total = self.amount(row, cells, "payments", code)
        if price is not None:
            row.unit_price = price.minor
            if total is not None:
                difference = total.minor - price.minor * row.qty
                row.shipping, row.discount = max(difference, 0), max(-difference, 0)
        return row
