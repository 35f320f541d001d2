"""A PayPal activity download recognised by its header and read into the payments we made and the refunds we
received, everything else left out with its reason, checked row by row against what the fixtures' expected.json say
every row is (issue "Real exports import as they are", point 7)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desk.importing import read_sheet
from desk.importing.activity import is_paypal_activity, not_orders_message, read_activity, what_it_looks_like
from desk.importing.activity.paypal import Kind, kind_of
from desk.importing.text_format import TextFormat
from desk.money import Money

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAYPAL = FIXTURES / "paypal"
# What expected.json calls each kind of row that is not ours to record, and the reason the import gives.
LEFT_OUT = {
    "conversion": "currency conversions (the payment they paid for is a row of its own)",
    "hold": "holds and their release (money set aside, then given back)",
    "funding": "transfers between PayPal and a bank or card",
}
RECEIVED = "money received for a sale, not a payment to a supplier"


def expected(name: str) -> list[dict[str, object]]:
    data = json.loads((PAYPAL / f"{name}.expected.json").read_text(encoding="utf-8"))
    return list(data["transactions"])


@pytest.mark.parametrize("name", ["activity-us", "activity-eu"])
def test_every_row_is_read_as_what_the_fixture_says_it_is(name: str) -> None:
    sheet = read_sheet(PAYPAL / f"{name}.csv")
    assert what_it_looks_like(sheet.headers) == "a PayPal activity download" and is_paypal_activity(sheet.headers)
    activity = read_activity(sheet, TextFormat())
    assert activity.ok, activity.problems
    transactions = expected(name)
    out = [t for t in transactions if t["kind"] == "payment" and t.get("direction") == "out"]
    assert [(r.row, r.on, r.amount, r.transaction_id, r.name) for r in activity.payments] == [
        (t["row"], date.fromisoformat(str(t["date"])), Money.of(str(t["amount"]).lstrip("-"), str(t["currency"])),
         t["transaction_id"], t["counterparty"])
        for t in out
    ]
    refunds = [t for t in transactions if t["kind"] == "refund"]
    assert [(r.row, r.amount, r.transaction_id, r.reference) for r in activity.refunds] == [
        (t["row"], Money.of(str(t["amount"]), str(t["currency"])), t["transaction_id"], t["reference_txn_id"])
        for t in refunds
    ]
    wanted: dict[str, list[int]] = {}
    for t in transactions:
        if t["kind"] in LEFT_OUT:
            wanted.setdefault(LEFT_OUT[str(t["kind"])], []).append(int(str(t["row"])))
        elif t["kind"] == "payment" and t.get("direction") == "in":
            wanted.setdefault(RECEIVED, []).append(int(str(t["row"])))
    assert activity.left_out == wanted
    fees = [t for t in transactions if t["kind"] == "fee"]
    assert activity.fees == {str(f["currency"]): -Money.of(str(f["amount"]), str(f["currency"])).minor for f in fees}
    assert activity.rows == len({t["row"] for t in transactions})


def test_the_german_file_is_read_day_first_with_decimal_commas() -> None:
    activity = read_activity(read_sheet(PAYPAL / "activity-eu.csv"), TextFormat())
    assert activity.text_format is not None
    assert activity.text_format.described() == "dates day/month/year, decimal comma"
    by_txn = {r.transaction_id: r for r in activity.payments + activity.refunds}
    assert by_txn["9HW31027PZ664180B"].on == date(2026, 10, 12)  # 12.10.2026: 12 October, not 10 December
    assert by_txn["9HW31027PZ664180B"].amount == Money(4680, "EUR")  # -46,80
    assert by_txn["5DN44208XQ913376R"].note == "Teilerstattung: Lötzinn nicht lieferbar"


def test_the_us_file_is_read_month_first_from_its_own_dates() -> None:
    activity = read_activity(read_sheet(PAYPAL / "activity-us.csv"), TextFormat())
    assert activity.text_format is not None
    assert activity.text_format.described() == "dates month/day/year, decimal point"
    assert {r.transaction_id: r.on for r in activity.payments}["9CE21847RT566032M"] == date(2026, 10, 14)


@pytest.mark.parametrize(
    ("type_text", "code", "kind"),
    [
        ("Bank Deposit to PP Account ", "", Kind.TRANSFER),  # with PayPal's trailing space
        ("PreApproved Payment Bill User Payment", "", Kind.PAYMENT),
        ("Zahlung im Einzugsverfahren mit Zahlungsrechnung", "", Kind.PAYMENT),
        ("Rückzahlung", "", Kind.REFUND),
        ("Allgemeine Währungsumrechnung", "", Kind.CONVERSION),
        ("Account Hold for Open Authorisation", "", Kind.HOLD),
        ("Pago de Express Checkout", "T0006", Kind.PAYMENT),  # a type Desk has no name for: its event code
        ("Reembolso de pago", "T1107", Kind.REFUND),
        ("Something new", "", Kind.UNKNOWN),
    ],
)
def test_a_rows_kind_comes_from_its_type_else_its_event_code(type_text: str, code: str, kind: Kind) -> None:
    assert kind_of(type_text, code) is kind


def test_other_files_are_told_by_what_they_look_like() -> None:
    statement = ["Datum", "Uhrzeit", "Zeitzone", "Beschreibung", "Währung", "Brutto", "Entgelt", "Netto", "Guthaben",
                 "Transaktionscode", "Absender E-Mail-Adresse", "Name"]
    history = ["Date", "Time", "Time Zone", "Name", "Type", "Status", "Amount", "Receipt ID", "Balance"]
    assert what_it_looks_like(statement) == "a PayPal statement"
    assert what_it_looks_like(history) == "an older PayPal history download"
    # eBay's two reports are orders exports Desk reads (its presets): they look like nothing else.
    for report in ("transaction-report.csv", "orders-report.csv"):
        assert what_it_looks_like(read_sheet(FIXTURES / "ebay" / report).headers) is None
    assert what_it_looks_like(["order_no", "platform", "supplier", "placed_on", "item", "unit_price"]) is None
    message = not_orders_message("Kontoauszug.csv", statement)
    assert message is not None and message.startswith("Kontoauszug.csv looks like a PayPal statement, not an orders "
                                                      "export, and Desk cannot import it: ")
    assert not_orders_message("Download.CSV", read_sheet(PAYPAL / "activity-eu.csv").headers) is None


def test_a_bad_amount_or_date_is_a_problem_with_its_row_and_column(tmp_path: Path) -> None:
    text = (PAYPAL / "activity-us.csv").read_text(encoding="utf-8-sig")
    text = text.replace('"-142.37"', '"-142.375"').replace('"10/09/2026"', '"10/39/2026"')
    path = tmp_path / "Download.CSV"
    path.write_text(text, encoding="utf-8-sig")
    activity = read_activity(read_sheet(path), TextFormat())
    assert [str(p) for p in activity.problems] == [
        'row 4, column Gross: "-142.375": USD has 2 decimal places, got 3; correct it, or choose to round such '
        "amounts (--round)",
        "row 6, column Date: " + _date_problem("10/39/2026"),
    ]


def _date_problem(text: str) -> str:
    from desk.importing.dates import DateOrder, parse_date
    from desk.importing.values import BadValue

    try:
        parse_date(text, DateOrder.MDY)
    except BadValue as exc:
        return str(exc)
    raise AssertionError(f"{text} was read")
