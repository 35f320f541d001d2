"""Amazon's order history, eBay's orders report and AliExpress's data backup are recognised by their header row
and read by their own conventions into the same orders as the generic format."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from importer import imported
from sqlalchemy import select

from desk.importing import ImportFileError, detect, read_sheet
from desk.importing.presets import (
    AliExpressBackup,
    AmazonItemsReport,
    AmazonOrderHistory,
    EbayOrdersReport,
    amazon_tracking,
    card_method,
)
from desk.models import Order, OrderStatus, PaymentMethod, Platform
from desk.workspace import Workspace

DATA = Path(__file__).parent.parent / "data" / "import"
REAL = Path(__file__).parent.parent / "fixtures"  # real layouts (tests/fixtures/README.md)
ALIEXPRESS_HEADER = [
    "order_id", "parent_orderid", "gmt_create_order_time", "order_status", "item_name", "unit_price", "payable_amt",
    "gmt_pay_order_time", "gmt_trade_end_time", "end_reason", "is_success_pay", "frozen_status",
]


def aliexpress_backup(path: Path, rows: list[list[object]], header: list[str] = ALIEXPRESS_HEADER) -> Path:
    """An account data backup as AliExpress sends it: a workbook whose orders are on "Order Information"."""
    book = openpyxl.Workbook()
    book.active.title = "Account Information"
    book.active.append(["member_id", "email"])
    sheet = book.create_sheet("Order Information")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _order(ws: Workspace, key: str) -> Order:
    platform, _, number = key.partition(":")
    with ws.read() as s:
        order = s.scalars(select(Order).where(Order.platform == Platform(platform), Order.order_no == number)).one()
        _ = (order.lines, order.payments, order.tracking_numbers, order.supplier)  # loaded while the session lives
        return order


def test_presets_are_recognised_by_their_header_rows(tmp_path: Path) -> None:
    assert detect(read_sheet(REAL / "amazon" / "Retail.OrderHistory.1.csv").headers) is AmazonOrderHistory
    assert detect(read_sheet(REAL / "amazon" / "order-history-2025.csv").headers) is AmazonOrderHistory
    assert detect(read_sheet(REAL / "amazon" / "legacy-items-report.csv").headers) is AmazonItemsReport
    assert detect(read_sheet(REAL / "ebay" / "orders-report.csv").headers) is EbayOrdersReport
    assert detect(read_sheet(aliexpress_backup(tmp_path / "b.xlsx", [])).headers) is AliExpressBackup
    assert detect(read_sheet(DATA / "generic.csv").headers) is None
    # Headers matched loosely, extra columns and another order allowed; a missing signature column is not.
    assert detect(["order id", "ORDER DATE", "currency", "Unit Price", "Quantity", "Payment Instrument Type",
                   "Order Status", "Product Name", "Total Owed", "Something New"]) is AmazonOrderHistory
    assert detect(["Order ID", "Order Date", "Currency", "Unit Price", "Quantity", "Order Status",
                   "Product Name", "Total Owed"]) is None


def test_amazon_payment_instruments_and_tracking_texts() -> None:
    assert card_method("Visa - 1234") is PaymentMethod.CARD
    assert card_method("American Express - 1001") is PaymentMethod.CARD
    assert card_method("AmericanExpress - 3007") is PaymentMethod.CARD  # the privacy request's files write it so
    assert card_method("Gift Certificate/Card") is PaymentMethod.GIFT_CARD
    assert card_method("Gift Certificate/Card and Visa - 7944") is PaymentMethod.OTHER  # split unknown
    assert card_method("Amazon Pay") is PaymentMethod.AMAZON_PAY
    assert [(t.carrier, t.number) for t in amazon_tracking("USPS(9400111899223197428490)")] == [
        ("USPS", "9400111899223197428490")
    ]
    assert [(t.carrier, t.number) for t in amazon_tracking("USPS: 9400 1118 9922")] == [("USPS", "940011189922")]


def test_an_unknown_amazon_status_names_the_known_ones(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "Retail.OrderHistory.1.csv"
    text = (REAL / "amazon" / "Retail.OrderHistory.1.csv").read_text(encoding="utf-8-sig")
    path.write_text(text.replace('"Closed"', '"Returned"', 1), encoding="utf-8")
    report = imported(workspace, path)
    assert [str(p) for p in report.problems] == [
        'row 2, column Order Status: unknown Amazon order history order status "Returned"; known: authorized, '
        "canceled, cancelled, closed, delivered, new, not yet shipped, payment pending, pending, shipped, shipping"
    ]


def test_ebay_amounts_without_a_sign_need_the_currency(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "ebay.csv"
    path.write_text((REAL / "ebay" / "orders-report.csv").read_text(encoding="utf-8-sig").replace("$", ""),
                    encoding="utf-8")
    report = imported(workspace, path)
    assert str(report.problems[0]) == 'row 4, column Sold For: "27.99": which currency? Add a code such as CNY or USD'
    report = imported(workspace, path, currency="GBP")
    assert report.ok and _order(workspace, "ebay:19-11873-40562").currency == "GBP"


def test_aliexpress_data_backup(workspace: Workspace, tmp_path: Path) -> None:
    path = aliexpress_backup(tmp_path / "aliexpress.xlsx", [
        ["3069099405669913", "3069099405659913", "2026-02-21 07:44:46", "FINISH", "SucceBuy Ultrasonic Cleaner 6L",
         15115, 11974, "2026-02-21 07:44:51", "2026-02-27 18:17:56", "buyer_accept_goods", "true", "0"],
        ["3069099405669914", "3069099405659913", datetime(2026, 2, 21, 7, 44, 46), "WAIT_BUYER_ACCEPT_GOODS",
         "Filament Storage Dryer Box", 2040, 2339, datetime(2026, 2, 21, 7, 45), None, None, "true", "0"],
        ["3069099405669915", "3069099405659915", "2026-03-01 10:00:00", "FINISH", "Pistachios 500g",
         990, 990, None, "2026-03-02 10:00:00", "buyer_cancel_notpay_order", "false", "0"],
    ])
    with pytest.raises(ImportFileError) as caught:
        imported(workspace, path)
    assert str(caught.value) == (
        "aliexpress.xlsx: AliExpress's data backup does not say which currency its amounts are in; choose it "
        "(--currency USD, or the currency box of the Import dialog)"
    )
    report = imported(workspace, path, currency="USD")
    assert report.ok, [str(p) for p in report.problems]
    assert (report.format, report.read_as, report.orders) == ("aliexpress", 'XLSX, sheet "Order Information"', 3)
    cleaner = _order(workspace, "aliexpress:3069099405669913")
    assert cleaner.status is OrderStatus.COMPLETED and cleaner.supplier.name == "AliExpress"
    assert (cleaner.placed_on, cleaner.paid_on) == (date(2026, 2, 21), date(2026, 2, 21))
    # Prices in cents; what was paid below the price is a discount (coupons), above it shipping.
    assert [(x.item, x.unit_price_minor) for x in cleaner.lines] == [("SucceBuy Ultrasonic Cleaner 6L", 15115)]
    assert (cleaner.discount_minor, cleaner.shipping_minor) == (3141, 0)
    assert [(p.method, p.amount_minor, p.reference) for p in cleaner.payments] == [
        (PaymentMethod.OTHER, 11974, "AliExpress")
    ]
    box = _order(workspace, "aliexpress:3069099405669914")
    assert box.status is OrderStatus.SHIPPED and (box.shipping_minor, box.discount_minor) == (299, 0)
    unpaid = _order(workspace, "aliexpress:3069099405669915")
    assert unpaid.status is OrderStatus.CANCELLED and unpaid.payments == []
    assert imported(workspace, path, currency="USD").count("unchanged") == 3


def test_aliexpress_cents_that_do_not_fit_the_currency(workspace: Workspace, tmp_path: Path) -> None:
    path = aliexpress_backup(tmp_path / "a.xlsx", [
        ["1", "1", "2026-03-01 10:00:00", "SHIPPED_SOMEHOW", "Cup", 150, 150, None, None, None, "true", "0"],
        ["2", "2", "2026-03-01 10:00:00", "FINISH", "Cup", "12.5", 1250, None, None, "buyer_accept_goods", "true",
         "0"],
    ])
    report = imported(workspace, path, currency="JPY")
    assert [str(p) for p in report.problems] == [
        'row 2, column order_status: unknown AliExpress data backup order status "SHIPPED_SOMEHOW"; known: finish, '
        "fund_processing, in_cancel, in_frozen, in_issue, place_order_success, risk_control, "
        "seller_part_send_goods, wait_buyer_accept_goods, wait_seller_examine_money, wait_seller_send_goods",
        'row 2, column unit_price: "150" cents is 1.50, but JPY has 0 decimal places',
        'row 2, column payable_amt: "150" cents is 1.50, but JPY has 0 decimal places',
        'row 3, column unit_price: "12.5" is not a whole number of cents',
        'row 3, column payable_amt: "1250" cents is 12.50, but JPY has 0 decimal places',
    ]
