"""Every kind of bad row, with the exact message a user reads (`row N, column C: problem`), and the rules that
make rows into orders: order-level values agree, line numbers are unique, the money adds up."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.importing import ImportOptions, choose, read_sheet
from desk.importing import check as read_check
from desk.importing.records import OrderRecord
from desk.models import OrderStatus, PaymentMethod, Platform

HEADER = (
    "platform,order_no,supplier,placed_on,currency,line_no,item,sku,qty,unit_price,shipping,discount,payments,status"
)
GOOD = "aliexpress,81001,Shenzhen Ugreen Store,2026-10-01,CNY,1,USB hub,UH-4,2,45.00,5.00,0,card:95.00,paid"


def check(tmp_path: Path, *rows: str, header: str = HEADER, currency: str | None = None) -> tuple[
    list[OrderRecord], list[str]
]:
    path = tmp_path / "orders.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    options = ImportOptions(currency=currency)
    checked = read_check(choose(read_sheet(path), options), options)
    return checked.records, [str(p) for p in checked.report.problems]


def one(tmp_path: Path, row: str, **kw: str | None) -> str:
    _, problems = check(tmp_path, row, **kw)  # type: ignore[arg-type]
    assert len(problems) == 1, problems
    return problems[0]


def test_a_good_row_becomes_an_order(tmp_path: Path) -> None:
    records, problems = check(tmp_path, GOOD)
    assert problems == []
    [order] = records
    assert (order.platform, order.order_no, order.supplier, order.currency) == (
        Platform.ALIEXPRESS, "81001", "Shenzhen Ugreen Store", "CNY"
    )
    assert order.amounts.total_minor == 9500 and order.status is OrderStatus.PAID
    assert [(p.method, p.amount_minor) for p in order.payments or []] == [(PaymentMethod.CARD, 9500)]
    assert [(line.line_no, line.qty, line.unit_price_minor, line.row) for line in order.lines] == [(1, 2, 4500, 2)]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("aliexpress,", "alibaba,",
         'row 2, column platform: unknown platform "alibaba"; allowed: aliexpress, 1688, taobao, amazon, ebay, temu, '
         "shopee, ozon, wildberries, other"),
        (",paid", ",sent",
         'row 2, column status: unknown status "sent"; allowed: placed, paid, shipped, delivered, completed, '
         "cancelled, closed"),
        ("card:95.00", "visa:95.00",
         'row 2, column payments: unknown payment method "visa"; allowed: card, debit_card, paypal, alipay, '
         "wechat_pay, balance, gift_card, apple_pay, amazon_pay, cod, wire, western_union, moneygram, webmoney, qiwi, "
         "other"),
        ("card:95.00", "card 95",
         'row 2, column payments: "card 95" is not method:amount (e.g. card:30.00; balance:10.00)'),
        ("card:95.00", "card:50.00; card:45.00",
         "row 2, column payments: card appears twice; give each method once with its whole amount"),
        ("card:95.00", "card:95.00; balance:0",
         'row 2, column payments: "balance:0": a payment must be more than zero'),
        ("card:95.00", "card:90.00",
         "row 2, column payments: payments add up to 90.00 CNY but the order total is 95.00 CNY "
         "(lines 90.00 + shipping 5.00 − discount 0.00)"),
        ("card:95.00,paid", ",shipped",
         "row 2, column payments: empty, but aliexpress:81001 is shipped: give method:amount pairs that add up to "
         "95.00 CNY"),
        ("2026-10-01", "01/10/2026",
         'row 2, column placed_on: "01/10/2026" could be 1 October or 10 January, and no date in the file settles '
         "which: choose the date order (--dates DMY or MDY)"),
        ("2026-10-01", "2026-02-30", 'row 2, column placed_on: "2026-02-30" is not a date: no such day'),
        ("2026-10-01", "soon", 'row 2, column placed_on: "soon" is not a date like 2026-11-23'),
        (",2,45.00", ",1.5,45.00", 'row 2, column qty: "1.5" is not a whole number of at least 1'),
        (",2,45.00", ",0,45.00", 'row 2, column qty: "0" is not a whole number of at least 1'),
        (",1,USB hub", ",first,USB hub", 'row 2, column line_no: "first" is not a line number (1, 2, 3 …)'),
        ("45.00", "45.0051", 'row 2, column unit_price: "45.0051": CNY has 2 decimal places, got 4; correct it, or '
         "choose to round such amounts (--round)"),
        ("45.00", "-45.00", 'row 2, column unit_price: "-45.00": a negative amount is not allowed here'),
        ("45.00", "abc", 'row 2, column unit_price: "abc": no number in it'),
        ("45.00", "€45.00", 'row 2, column unit_price: "€45.00" is in EUR but the order is in CNY'),
        (",CNY,", ",XYZ,",
         'row 2, column currency: unknown currency "XYZ"; use an ISO code such as CNY, USD, EUR, RUB'),
        (",0,card:95.00", ",200.00,card:95.00",
         "row 2, column discount: discount 200.00 CNY is more than the lines and shipping (95.00 CNY)"),
        ("Shenzhen Ugreen Store", "", "row 2, column supplier: empty, but every order needs a supplier"),
        ("2026-10-01", "", "row 2, column placed_on: empty, but every order needs the date it was placed"),
        ("USB hub", "", "row 2, column item: empty, but every line needs an item"),
        ("45.00", "", "row 2, column unit_price: empty, but every line needs its unit price"),
        ("81001", "", "row 2, column order_no: empty, but every order needs its number"),
        ("aliexpress,", ",", "row 2, column platform: empty, but every order needs its platform"),
        ("USB hub", "x" * 501, "row 2, column item: 501 characters; at most 500"),
    ],
)
def test_each_bad_value_is_named_by_row_and_column(tmp_path: Path, old: str, new: str, message: str) -> None:
    row = GOOD.replace(old, new, 1)
    assert row != GOOD
    assert one(tmp_path, row) == message


def test_no_currency_anywhere(tmp_path: Path) -> None:
    header = HEADER.replace("currency,", "")
    row = GOOD.replace("CNY,", "")
    assert one(tmp_path, row, header=header) == (
        "row 2, column currency: empty, and the amounts do not say which currency; add a currency column or choose "
        "the file's currency (--currency)"
    )
    # The user's choice, or a sign in the amounts, settles it.
    records, problems = check(tmp_path, row, header=header, currency="cny")
    assert problems == [] and records[0].currency == "CNY"
    records, problems = check(tmp_path, row.replace("45.00", "¥45.00"), header=header)
    assert problems == [] and records[0].currency == "CNY"


def test_dates_out_of_order(tmp_path: Path) -> None:
    header = HEADER + ",shipped_on,delivered_on"
    _, problems = check(tmp_path, GOOD + ",2026-09-30,2026-09-29", header=header)
    assert problems == [
        "row 2, column shipped_on: 2026-09-30 is before the order was placed (2026-10-01)",
        "row 2, column delivered_on: 2026-09-29 is before the order was placed (2026-10-01)",
        "row 2, column delivered_on: 2026-09-29 is before it was shipped (2026-09-30)",
    ]


def test_order_level_values_must_agree_across_lines(tmp_path: Path) -> None:
    second = GOOD.replace(",1,USB hub", ",2,USB cable").replace("5.00,0,card:95.00", "7.00,0,card:95.00")
    _, problems = check(tmp_path, GOOD, second.replace("Shenzhen Ugreen Store", "Ugreen Official"))
    assert problems == [
        "row 3, column supplier: Ugreen Official here but Shenzhen Ugreen Store on row 2 of the same order "
        "(aliexpress:81001); order-level values must be the same on every line",
        "row 3, column shipping: 7.00 here but 5.00 on row 2 of the same order (aliexpress:81001); order-level "
        "values must be the same on every line",
    ]


def test_later_lines_may_leave_order_values_blank(tmp_path: Path) -> None:
    second = "aliexpress,81001,,,,2,USB cable,UC-1,1,10.00,,,,"
    records, problems = check(tmp_path, GOOD.replace("card:95.00", "card:105.00"), second)
    assert problems == []
    [order] = records
    assert [line.line_no for line in order.lines] == [1, 2] and order.amounts.total_minor == 10500


def test_duplicate_line_numbers(tmp_path: Path) -> None:
    _, problems = check(tmp_path, GOOD, GOOD.replace("USB hub", "USB cable"))
    assert problems == ["row 3, column line_no: line 1 of aliexpress:81001 is also on row 2"]


def test_line_numbers_default_to_the_order_of_rows(tmp_path: Path) -> None:
    header = HEADER.replace("line_no,", "")
    row1 = GOOD.replace(",1,USB hub", ",USB hub").replace("card:95.00", "card:105.00")
    row2 = "aliexpress,81001,,,,USB cable,UC-1,1,10.00,,,,"
    records, problems = check(tmp_path, row1, row2, header=header)
    assert problems == [] and [(x.line_no, x.item) for x in records[0].lines] == [(1, "USB hub"), (2, "USB cable")]


def test_every_bad_row_is_reported_not_just_the_first(tmp_path: Path) -> None:
    rows = [GOOD.replace("81001", f"8100{n}").replace("2,45.00", f"{n}x,45.00") for n in range(2, 7)]
    _, problems = check(tmp_path, GOOD, *rows)
    assert [p.split(":")[0] for p in problems] == [f"row {n}, column qty" for n in range(3, 8)]


def test_an_unpaid_order_needs_no_payment(tmp_path: Path) -> None:
    records, problems = check(tmp_path, GOOD.replace("card:95.00,paid", ",placed"))
    assert problems == [] and records[0].payments == []
    records, problems = check(tmp_path, GOOD.replace("card:95.00,paid", ",cancelled"))
    assert problems == []


def test_a_store_on_another_platform(tmp_path: Path) -> None:
    header = HEADER + ",store"
    records, _ = check(tmp_path, GOOD + ",ozon:TechBox", header=header)
    assert records[0].store == (Platform.OZON, "TechBox")
    records, _ = check(tmp_path, GOOD + ",TechBox: EU", header=header)
    assert records[0].store == (Platform.ALIEXPRESS, "TechBox: EU")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-11-23", "2026-11-23"), ("2026-11-23T18:22:11Z", "2026-11-23"), ("2026/11/23", "2026-11-23"),
     ("23.11.2026", "2026-11-23"), ("Nov 23, 2026", "2026-11-23"), ("23 Nov 2026", "2026-11-23"),
     ("2026-11-23 08:00:00", "2026-11-23")],
)
def test_unambiguous_date_forms(tmp_path: Path, text: str, expected: str) -> None:
    records, problems = check(tmp_path, GOOD.replace("2026-10-01", f'"{text}"'))
    assert problems == [] and records[0].placed_on.isoformat() == expected
