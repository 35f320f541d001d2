"""Real export layouts import as they are: each file in tests/fixtures keeps a platform's layout exactly (header,
preamble, footer, quoting, encoding, date and number formats; see tests/fixtures/README.md for where each comes
from) with invented details, and its `.expected.json` says, worked out by hand, what a correct import holds. Every
order Desk imports is compared with it: dates, currency, lines, shipping, tax, discount, total paid, and the rows
left out and why."""

from __future__ import annotations

import json
from datetime import UTC, date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from importer import imported
from sqlalchemy import select

from desk.importing.text_format import TextFormat
from desk.models import Order, Platform, TaxCollector
from desk.orders.amounts import order_total
from desk.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"
CANCELLED = "cancelled items: quantity 0, nothing paid for them"
FOOTER = "closing lines of the file, not orders"
# The fixtures' expectations were worked out with the dates as written (UTC): Desk reads a timestamp on the user's
# clock, so these tests read it on UTC's.
ON_UTC = TextFormat(zone=UTC)


def expected(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def stored(ws: Workspace, platform: Platform) -> dict[str, Order]:
    with ws.read() as s:
        orders = s.scalars(select(Order).where(Order.platform == platform)).all()
        for o in orders:
            _ = (o.lines, o.payments, o.tracking_numbers, o.supplier)  # loaded while the session lives
        return {o.order_no: o for o in orders}


def amount(value: object) -> Decimal:
    if isinstance(value, dict):
        value = value["amount"]
    return Decimal(str(value or "0"))


def assert_orders_as_expected(orders: dict[str, Order], wanted: list[dict[str, Any]]) -> None:
    with_lines = [o for o in wanted if o["lines"]]
    assert sorted(orders) == sorted(o["order_number"] for o in with_lines)
    for want in with_lines:
        got = orders[want["order_number"]]
        where = want["order_number"]
        assert got.placed_on == date.fromisoformat(want["placed_on"]), where
        assert got.currency == want["currency"], where
        assert [(x.item, x.qty, x.unit_price_minor) for x in got.lines] == [
            (x["item"], x["qty"], int(amount(x["unit_price"]) * 100)) for x in want["lines"]
        ], where
        assert got.money(got.shipping_minor).amount == amount(want.get("shipping")), where
        assert got.money(got.tax_minor).amount == amount(want.get("tax")), where
        assert got.money(got.discount_minor).amount == amount(want.get("discount")), where
        paid = amount(want.get("total_paid", want.get("total")))
        assert got.paid.amount == paid and order_total(got).amount == paid, where
        assert sorted(t.number for t in got.tracking_numbers) == sorted(t["number"] for t in want["tracking"]), where
        shipped = want.get("shipped_on")
        assert got.shipped_on == (date.fromisoformat(shipped) if shipped else None), where


@pytest.mark.parametrize(
    ("name", "label", "cancelled_rows"),
    [
        ("amazon/Retail.OrderHistory.1", "Amazon order history", [4, 7]),
        ("amazon/order-history-2025", "Amazon order history", [5, 6]),
        ("amazon/legacy-items-report", "Amazon order history (Items report)", [5]),
    ],
)
def test_amazons_order_histories(workspace: Workspace, name: str, label: str, cancelled_rows: list[int]) -> None:
    """The privacy request's file (2020–2025), its 2025 successor (columns renamed and reordered) and the legacy
    Items report. Cancelled items are rows of quantity 0: left out and counted, never the whole file refused."""
    want = expected(name)
    report = imported(workspace, FIXTURES / f"{name}.csv", text_format=ON_UTC)
    assert report.ok, [str(p) for p in report.problems]
    assert report.format_label == label and not report.differences
    assert report.skipped == {CANCELLED: cancelled_rows} == {CANCELLED: [r["row"] for r in want["skipped_rows"]]}
    orders = stored(workspace, Platform.AMAZON)
    assert_orders_as_expected(orders, want["orders"])
    # "AmericanExpress - 3007" is a card; lines sold by two sellers make Amazon the order's supplier.
    methods = {p.reference: p.method.value for o in orders.values() for p in o.payments}
    assert all(m == "card" for ref, m in methods.items() if ref and ref.startswith(("AmericanExpress", "American")))
    assert imported(workspace, FIXTURES / f"{name}.csv", text_format=ON_UTC).count("unchanged") == len(orders)


def test_amazons_items_report_names_two_sellers_in_one_order(workspace: Workspace) -> None:
    imported(workspace, FIXTURES / "amazon/legacy-items-report.csv")
    orders = stored(workspace, Platform.AMAZON)
    assert orders["111-2849163-5027341"].supplier.name == "Amazon"  # Amazon.com and Kestrel Direct
    assert orders["113-7730458-2296114"].supplier.name == "Amazon.com"


def test_a_timestamp_in_amazons_file_is_the_date_on_the_users_clock(workspace: Workspace) -> None:
    """2024-08-21T02:17:48Z was the evening of 20 August in Texas, where the buyer saw it."""
    from datetime import timedelta, timezone

    texas = TextFormat(zone=timezone(timedelta(hours=-5)))
    assert imported(workspace, FIXTURES / "amazon/Retail.OrderHistory.1.csv", text_format=texas).ok
    assert stored(workspace, Platform.AMAZON)["114-3378205-1196620"].placed_on == date(2024, 8, 20)


def test_ebays_orders_report(workspace: Workspace) -> None:
    """A row of empty cells before the header, eBay Collected Tax in the totals, an order of two items with a row
    of its own, and the footer split over cells ("5,record(s) downloaded,from ,Sep-03-26,…", "Seller ID : …")."""
    want = expected("ebay/orders-report")
    report = imported(workspace, FIXTURES / "ebay/orders-report.csv")
    assert report.ok, [str(p) for p in report.problems]
    assert report.format_label == "eBay orders report" and not report.differences
    assert report.skipped == {FOOTER: [12, 13]}
    assert report.totals == {"USD": 38618} == {"USD": int(amount(want["totals"]["sum_total_price"]) * 100)}
    orders = stored(workspace, Platform.EBAY)
    assert_orders_as_expected(orders, want["orders"])
    for order in want["orders"]:
        collector = order["tax"]["collected_by"]
        got = orders[order["order_number"]].tax_collector
        assert got == (None if collector is None else TaxCollector(collector)), order["order_number"]


def test_a_platform_total_that_differs_from_its_parts_is_imported_and_shown(
    workspace: Workspace, tmp_path: Path
) -> None:
    """An eBay order whose Total Price carries a charge the report names nowhere else: imported as eBay says it
    was paid, and the difference shown for that order."""
    text = (FIXTURES / "ebay/orders-report.csv").read_text(encoding="utf-8-sig")
    path = tmp_path / "orders-report.csv"
    path.write_text(text.replace('"$98.98"', '"$99.98"', 1), encoding="utf-8-sig")
    assert '"$98.98"' in text
    report = imported(workspace, path)
    assert report.ok and [str(d) for d in report.differences] == [
        "ebay:22-11902-63417 (row 8): the file says 99.98 USD was paid, but its parts come to 98.98 USD (lines "
        "84.99 + shipping 6.45 + tax 7.54 − discount 0.00): 1.00 USD more than they add up to"
    ]
    assert stored(workspace, Platform.EBAY)["22-11902-63417"].paid.amount == Decimal("99.98")
    assert report.to_json()["differences"][0]["paid"] == "99.98"


@pytest.mark.parametrize(
    ("name", "options", "without_items"),
    [
        ("aliexpress/shopper-inventory-en", {}, []),
        ("aliexpress/andrew-melnyk-order-exporter-en", {}, [4]),
        ("aliexpress/su14iman-order-exporter-de", {"currency": "EUR"}, [4]),
    ],
)
def test_aliexpress_order_lists_from_browser_extensions(
    workspace: Workspace, name: str, options: dict[str, str], without_items: list[int]
) -> None:
    """`US $7.35` beside `45,90zł` in one column, `Dec 18, 2025`, `16.12.2025`, a unit price with a point beside a
    total with a comma; an order of several items that the exporter wrote without them is left out and counted
    (the user enters it by hand), not the whole file refused."""
    want = expected(name)
    report = imported(workspace, FIXTURES / f"{name}.csv", **options)
    assert report.ok, [str(p) for p in report.problems]
    assert report.skipped == ({
        "orders of several items: the exporter wrote them without their items (enter them by hand)": without_items
    } if without_items else {})
    assert without_items == [r["row"] for r in want["refused"]]
    orders = stored(workspace, Platform.ALIEXPRESS)
    wanted = {o["order_no"]: o for o in want["orders"]}
    assert sorted(orders) == sorted(wanted)
    for number, want_order in wanted.items():
        got = orders[number]
        assert got.placed_on == date.fromisoformat(want_order["placed_on"]), number
        assert (got.currency, got.supplier.name) == (want_order["currency"], want_order["supplier"]), number
        assert [(x.item, x.qty, x.unit_price_minor) for x in got.lines] == [
            (x["item"], x["qty"], int(amount(x["unit_price"]) * 100)) for x in want_order["lines"]
        ], number
        assert order_total(got).amount == amount(want_order["total"]), number
        if want_order["status"] is not None:
            assert got.status.value == want_order["status"], number


def test_an_order_list_without_its_currency_asks_for_it_once(workspace: Workspace) -> None:
    from desk.importing import ImportFileError

    with pytest.raises(ImportFileError, match="does not say which currency its amounts are in; choose it"):
        imported(workspace, FIXTURES / "aliexpress/su14iman-order-exporter-de.csv")


def test_ebays_transaction_report_below_its_notes(workspace: Workspace) -> None:
    """Eleven lines of notes and summary above the header (Desk looked at ten and took a summary line for it); its
    Order rows are the orders, every other kind of row is left out and counted by kind."""
    want = expected("ebay/transaction-report")
    report = imported(workspace, FIXTURES / "ebay/transaction-report.csv")
    assert report.ok, [str(p) for p in report.problems]
    assert report.format_label == "eBay transaction report"
    assert {why.split(":")[0].split(" (")[0]: rows for why, rows in report.skipped.items()} == {
        "payouts to the seller's bank": [13, 19],
        "shipping labels and fees": [15, 17, 20, 21],
    }
    assert report.refunds_recorded == 1  # row 14, on an order the same file brings
    orders = stored(workspace, Platform.EBAY)
    for want_order in want["orders"]:
        got = orders[want_order["order_number"]]
        assert got.placed_on == date.fromisoformat(want_order["placed_on"])
        assert [(x.item, x.qty, x.unit_price_minor) for x in got.lines] == [
            (x["item"], x["qty"], int(amount(x["unit_price"]) * 100)) for x in want_order["lines"]
        ]
        assert order_total(got).amount == amount(want_order["total"]) and got.payments == []
        assert got.tax_collector is TaxCollector.PLATFORM


def test_the_same_orders_from_ebays_two_reports_are_one(workspace: Workspace) -> None:
    """The orders report then the transaction report: the three orders both hold are unchanged the second time,
    and keep the payments the first gave them."""
    assert imported(workspace, FIXTURES / "ebay/orders-report.csv").ok
    report = imported(workspace, FIXTURES / "ebay/transaction-report.csv")
    assert report.ok and (report.count("new"), report.count("unchanged")) == (0, 3)
    assert stored(workspace, Platform.EBAY)["22-11902-63417"].paid.amount == Decimal("98.98")


def test_a_refund_ebays_report_names_is_recorded_on_its_order_once(workspace: Workspace) -> None:
    """Row 14: 64.00 and the 5.60 of tax eBay gave back, refunded on 22 September: a refund Desk tracks until the
    money arrives, on the method the order was paid with (the orders report says PayPal)."""
    from desk.models import PaymentMethod, Refund

    assert imported(workspace, FIXTURES / "ebay/orders-report.csv").ok
    report = imported(workspace, FIXTURES / "ebay/transaction-report.csv")
    assert report.ok and report.refunds_recorded == 1 and report.audit_entries > 0
    want = expected("ebay/transaction-report")["orders"][1]["refunds"][0]
    with workspace.read() as s:
        [refund] = s.scalars(select(Refund)).all()
        [part] = refund.parts
        assert refund.order.order_no == "04-11931-08652" and refund.approved_on == date(2026, 9, 22)
        assert part.expected_minor == int(amount(want["refunded_to_buyer"]) * 100) == 6960
        assert (part.method, part.sent_on, part.received_on) == (PaymentMethod.PAYPAL, date(2026, 9, 22), None)
        assert part.reference == want["reference"] == "Refund ID 5149920318"
    again = imported(workspace, FIXTURES / "ebay/transaction-report.csv")
    assert again.ok and again.refunds_recorded == 0 and again.audit_entries == 0


def test_a_refund_for_an_order_desk_does_not_have_is_a_problem(workspace: Workspace, tmp_path: Path) -> None:
    lines = (FIXTURES / "ebay/transaction-report.csv").read_text(encoding="utf-8-sig").splitlines()
    path = tmp_path / "transactions.csv"
    path.write_text("\n".join(line for line in lines if ",Order,04-11931-08652," not in line), encoding="utf-8")
    report = imported(workspace, path)
    assert [str(p) for p in report.problems] == [
        "row 14, column Order number: a refund for ebay:04-11931-08652, which is neither in this file nor in Desk: "
        "import the order first"
    ]
    assert stored(workspace, Platform.EBAY) == {}
