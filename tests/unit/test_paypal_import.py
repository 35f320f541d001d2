"""A PayPal activity download imported as payments and refunds on the orders they belong to: matched by transaction
id, by amount and date, ambiguous or unmatched, then linked; all or nothing, a dry run, the same file twice (issue
"Real exports import as they are", point 7). The orders are set up through the orders import, from a small file in
the generic format, as a user brings them in."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from importer import imported
from sqlalchemy import func, select

from desk.importing.activity import DAYS_AFTER, DAYS_BEFORE
from desk.importing.activity.report import PaymentReport
from desk.models import Order, OrderStatus, Payment, PaymentMethod, Platform, Refund, RefundCause, RefundPart
from desk.models.audit import AuditEntry
from desk.money import Money
from desk.operations.orders import LineDraft, OrderDraft, PaymentDraft, create_order
from desk.operations.payment_imports import ImportPayments, import_payments
from desk.operations.refunds import RecordRefund, record_refund
from desk.workspace import Workspace

PAYPAL = Path(__file__).parents[1] / "fixtures" / "paypal"
US, EU = PAYPAL / "activity-us.csv", PAYPAL / "activity-eu.csv"
ORDERS = "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,shipping,payments\n"
# The US account's suppliers, as its orders file lists them (one line an order: the PayPal amount is its total).
US_ORDERS = (
    "ebay,V-2210,Voltline Supply Co.,2026-10-01,USD,Component kit,1,58.20,0,",
    "aliexpress,BW-118204,Brightwire Components,2026-10-05,USD,USB-C PD cable 2 m,1,132.42,9.95,",
    "other,KPD-77815,Kestrel Parts Depot,2026-10-08,USD,ESP32-S3 DevKitC-1,2,10.00,4.50,paypal:24.50",
    "other,HCW-40192,Harlow Cable Works,2026-10-18,USD,JST-XH crimp kit,1,45.00,0,",
    "other,HCW-40193,Harlow Cable Works,2026-10-19,USD,JST-XH crimp kit,1,45.00,0,",
    # Placed a month before its payment: no candidate by date, linked by hand.
    "other,QB-559031,Quarry Bay Electronics,2026-09-20,USD,Probe set,4,41.10,12.00,",
)


def orders_file(tmp_path: Path, rows: tuple[str, ...]) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text(ORDERS + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def set_up_us(ws: Workspace, tmp_path: Path) -> None:
    """The US suppliers' orders; Elektronik Vogt's entered by hand long before, with the PayPal id typed in."""
    assert imported(ws, orders_file(tmp_path, US_ORDERS)).ok
    create_order(ws, OrderDraft(
        platform=Platform.OTHER, order_no="EV-260914-0331", supplier="Elektronik Vogt GmbH", currency="EUR",
        placed_on=date(2026, 8, 1), lines=(LineDraft("Lötspitzen-Set T18", 1, Money(7300, "EUR")),),
        shipping=Money(690, "EUR"),
        payments=(PaymentDraft(PaymentMethod.PAYPAL, Money(7990, "EUR"), reference="9CE21847RT566032M"),),
    ))


def run(ws: Workspace, path: Path, **request: Any) -> PaymentReport:
    return import_payments(ws, ImportPayments(path, **request)).report


def payments_of(ws: Workspace, key: str) -> list[tuple[PaymentMethod, int, date | None, str | None]]:
    platform, number = key.split(":")
    with ws.read() as s:
        order = s.scalars(select(Order).where(Order.platform == platform, Order.order_no == number)).one()
        return sorted((p.method, p.amount_minor, p.paid_on, p.reference) for p in order.payments)


def counts(ws: Workspace) -> list[int]:
    """Payments, refunds, refund parts and audit entries in the folder."""
    with ws.read() as s:
        tables = (Payment, Refund, RefundPart, AuditEntry)
        return [int(s.scalar(select(func.count()).select_from(t)) or 0) for t in tables]


def test_the_us_file_records_each_payment_on_its_order_and_the_refund_on_the_order_its_payment_paid(
    workspace: Workspace, tmp_path: Path
) -> None:
    set_up_us(workspace, tmp_path)
    report = run(workspace, US)
    assert report.ok and report.written, report.problems
    matched = {e.transaction_id: (e.order, e.by, e.action) for e in report.payments}
    assert matched == {
        "7JD48290VX115306P": ("ebay:V-2210", "amount and date", "added"),
        "5TM93027HC604418B": ("aliexpress:BW-118204", "amount and date", "added"),
        # Its orders file said paypal:24.50: that payment gets the id, no second one is added.
        "1RV66038JL927451C": ("other:KPD-77815", "amount and date", "id added"),
        # Placed in August, out of any window: found by the id typed with its payment.
        "9CE21847RT566032M": ("other:EV-260914-0331", "transaction id", "already in Desk"),
    }
    assert [(e.transaction_id, e.candidates) for e in report.ambiguous] == [
        ("7SY30856CE481127V", ("other:HCW-40192", "other:HCW-40193"))
    ]
    assert [(e.row, e.on, e.amount, e.name, e.transaction_id) for e in report.unmatched] == [
        (13, date(2026, 10, 23), Money(17640, "USD"), "Quarry Bay Electronics", "3MZ09173HV558240D")
    ]
    assert [(e.transaction_id, e.order, e.by, e.action) for e in report.refunds] == [
        ("8KL12564WN330972T", "aliexpress:BW-118204", "transaction id", "refund recorded")
    ]
    assert report.left_out == {
        "money received for a sale, not a payment to a supplier": [2],
        "currency conversions (the payment they paid for is a row of its own)": [8, 9],
        "holds and their release (money set aside, then given back)": [10, 12],
        "transfers between PayPal and a bank or card": [14],
    }
    assert report.fees == {"USD": 1724}
    assert report.in_file == {"USD": {"payments": 44647, "refunds": 2500}, "EUR": {"payments": 7990, "refunds": 0}}
    assert payments_of(workspace, "aliexpress:BW-118204") == [
        (PaymentMethod.PAYPAL, 14237, date(2026, 10, 5), "5TM93027HC604418B")
    ]
    assert payments_of(workspace, "other:KPD-77815") == [
        (PaymentMethod.PAYPAL, 2450, date(2026, 10, 9), "1RV66038JL927451C")
    ]
    assert payments_of(workspace, "other:HCW-40192") == payments_of(workspace, "other:HCW-40193") == []
    with workspace.read() as s:
        order = s.scalars(select(Order).where(Order.order_no == "BW-118204")).one()
        assert (order.paid_on, order.status) == (date(2026, 10, 5), OrderStatus.PAID)
        (refund,) = order.refunds
        assert (refund.cause, refund.approved_on, refund.dispute_id) == (RefundCause.OTHER, date(2026, 10, 8), None)
        assert refund.notes == "Partial refund: 2 cables damaged in transit"
        assert [(p.method, p.expected_minor, p.received_minor, p.received_on, p.reference) for p in refund.parts] == [
            (PaymentMethod.PAYPAL, 2500, 2500, date(2026, 10, 8), "8KL12564WN330972T")
        ]
        assert report.refunds[0].refund_id == refund.id
        # Every row written is in the audit log, as for a change made by hand.
        audited = {(e.table_name, e.row_id) for e in s.scalars(select(AuditEntry))}
        assert {("payments", p.id) for p in order.payments} | {("refunds", refund.id)} <= audited
    # 2 payments added and 1 given its id, 3 orders given their paid date, the refund and its part.
    assert report.audit_entries == 8


def test_the_same_file_again_is_matched_by_transaction_id_and_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    set_up_us(workspace, tmp_path)
    first = run(workspace, US)
    before = counts(workspace)
    again = run(workspace, US)
    assert again.ok and counts(workspace) == before and again.audit_entries == 0
    assert {(e.by, e.action) for e in again.payments + again.refunds} == {("transaction id", "already in Desk")}
    assert {e.transaction_id for e in again.payments} == {e.transaction_id for e in first.payments}
    assert [e.transaction_id for e in again.refunds] == ["8KL12564WN330972T"]
    assert again.payments_recorded == again.refunds_recorded == 0


def test_links_record_the_ambiguous_and_the_unmatched_on_the_next_run(workspace: Workspace, tmp_path: Path) -> None:
    set_up_us(workspace, tmp_path)
    run(workspace, US)
    links = {"7SY30856CE481127V": "other:HCW-40193", "3MZ09173HV558240D": "other:QB-559031"}
    report = run(workspace, US, links=links)
    assert report.ok and report.ambiguous == [] and report.unmatched == []
    linked = {e.transaction_id: (e.order, e.action) for e in report.payments if e.by == "your link"}
    assert linked == {
        "7SY30856CE481127V": ("other:HCW-40193", "added"), "3MZ09173HV558240D": ("other:QB-559031", "added")
    }
    assert payments_of(workspace, "other:QB-559031") == [
        (PaymentMethod.PAYPAL, 17640, date(2026, 10, 23), "3MZ09173HV558240D")
    ]
    assert payments_of(workspace, "other:HCW-40192") == []  # the other candidate is left as it was
    # Once recorded, the next run finds them by their id: the links are no longer needed.
    assert {e.by for e in run(workspace, US).payments} == {"transaction id"}


def test_a_link_that_does_not_fit_stops_the_import_with_nothing_written(workspace: Workspace, tmp_path: Path) -> None:
    set_up_us(workspace, tmp_path)
    before = counts(workspace)
    report = run(workspace, US, links={
        "3MZ09173HV558240D": "other:NO-SUCH-ORDER",
        "2NA40918KD733265F": "other:QB-559031",  # a currency conversion: nothing to link
        "7SY30856CE481127V": "other:EV-260914-0331",  # 45.00 USD on an order in EUR
    })
    assert not report.ok and not report.written and counts(workspace) == before
    assert [str(p) for p in report.problems] == [
        "--link 2NA40918KD733265F: the file has no payment or refund with this transaction id (fees, conversions, "
        "holds and transfers are left out and are not linked)",
        "row 11, column Currency: 7SY30856CE481127V is in USD but other:EV-260914-0331 is in EUR",
        "row 13, column Transaction ID: --link 3MZ09173HV558240D: no order other:NO-SUCH-ORDER in Desk",
    ]
    assert report.headline() == (
        "PayPal activity activity-us.csv (UTF-8 with BOM, comma-separated): 3 problems; nothing was imported"
    )


def test_a_refund_arrives_on_the_refund_the_order_expected(workspace: Workspace, tmp_path: Path) -> None:
    rows = ("aliexpress,BW-118204,Brightwire Components,2026-10-05,USD,USB-C PD cable 2 m,1,132.42,9.95,paypal:142.37",)
    assert imported(workspace, orders_file(tmp_path, rows)).ok
    expected = record_refund(workspace, RecordRefund("aliexpress:BW-118204", "30.00", date(2026, 10, 6)))
    report = run(workspace, US)
    assert [(e.order, e.action, e.refund_id) for e in report.refunds] == [
        ("aliexpress:BW-118204", "arrival recorded", expected.refund_id)
    ]
    with workspace.read() as s:
        order = s.scalars(select(Order).where(Order.order_no == "BW-118204")).one()
        (refund,) = order.refunds  # no second refund
        assert refund.id == expected.refund_id and refund.cause is RefundCause.OTHER
        assert [(p.method, p.expected_minor, p.received_minor, p.received_on, p.reference) for p in refund.parts] == [
            (PaymentMethod.PAYPAL, 3000, 2500, date(2026, 10, 8), "8KL12564WN330972T")  # short by 5.00
        ]
        assert [(p.amount_minor, p.reference) for p in order.payments] == [(14237, "5TM93027HC604418B")]


def test_a_dry_run_says_what_would_be_recorded_and_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    set_up_us(workspace, tmp_path)
    before = counts(workspace)
    dry = run(workspace, US, dry_run=True)
    assert dry.ok and not dry.written and counts(workspace) == before
    assert (dry.payments_recorded, dry.refunds_recorded, len(dry.ambiguous), len(dry.unmatched)) == (3, 1, 1, 1)
    assert dry.headline().startswith("Checked PayPal activity activity-us.csv (UTF-8 with BOM, comma-separated), "
                                     "nothing written: 4 payments matched, 1 refund matched, 1 ambiguous, 1 unmatched")
    real = run(workspace, US)
    assert [e.to_json() | {"refund_id": None} for e in real.payments + real.refunds] == [
        e.to_json() for e in dry.payments + dry.refunds
    ]


def test_the_german_file_reads_day_first_dates_and_decimal_commas(workspace: Workspace, tmp_path: Path) -> None:
    rows = (
        "ebay,LW-2026-48817,Lötwerk Versand GmbH,2026-10-08,EUR,Lötstation digital 80 W,1,85.00,4.90,",
        # 12.10.2026 is 12 October: read as 10 December, the payment would be two months after its order.
        "other,PB-10388,Platinenhaus Berger e.K.,2026-10-11,EUR,Lochrasterplatinen,10,4.09,5.90,",
        "other,RC-301877,Ridgeline Components Inc.,2026-11-04,USD,TPS63020 breakout,1,52.99,12.00,",
        "other,WF-2026-7731,Wellenfeld Funktechnik,2026-11-15,EUR,SMA-Adapterset,1,31.40,0,",
    )
    assert imported(workspace, orders_file(tmp_path, rows)).ok
    report = run(workspace, EU)
    assert report.ok, report.problems
    assert report.read_with == "dates day/month/year, decimal comma"
    assert {e.transaction_id: (e.order, e.on, e.amount) for e in report.payments} == {
        "2TK80561EW447913H": ("ebay:LW-2026-48817", date(2026, 10, 8), Money(8990, "EUR")),
        "9HW31027PZ664180B": ("other:PB-10388", date(2026, 10, 12), Money(4680, "EUR")),
        "8FJ27730MA105649C": ("other:RC-301877", date(2026, 11, 4), Money(6499, "USD")),
        "6GM73518BR602247N": ("other:WF-2026-7731", date(2026, 11, 16), Money(3140, "EUR")),
    }
    assert {e.by for e in report.payments} == {"amount and date"}
    assert report.ambiguous == report.unmatched == []
    assert [(e.order, e.amount, e.action) for e in report.refunds] == [
        ("ebay:LW-2026-48817", Money(1250, "EUR"), "refund recorded")
    ]
    assert report.fees == {"EUR": 832}
    assert payments_of(workspace, "other:PB-10388") == [
        (PaymentMethod.PAYPAL, 4680, date(2026, 10, 12), "9HW31027PZ664180B")
    ]


def test_a_candidate_is_placed_from_the_window_before_its_payment_to_the_day_after(
    workspace: Workspace, tmp_path: Path
) -> None:
    def placed(paid: date, days: int) -> str:
        return date.fromordinal(paid.toordinal() + days).isoformat()

    rows = (
        f"ebay,V-2210,Voltline Supply Co.,{placed(date(2026, 10, 2), -DAYS_BEFORE)},USD,Component kit,1,58.20,0,",
        f"ebay,BW-1,Brightwire,{placed(date(2026, 10, 5), -DAYS_BEFORE - 1)},USD,Cable,1,142.37,0,",
        # Dated by a platform in a zone ahead of PayPal's: the day after the payment.
        f"ebay,KPD-1,Kestrel Parts Depot,{placed(date(2026, 10, 9), DAYS_AFTER)},USD,DevKit,1,24.50,0,",
        f"ebay,QB-1,Quarry Bay,{placed(date(2026, 10, 23), DAYS_AFTER + 1)},USD,Probes,1,176.40,0,",
    )
    assert imported(workspace, orders_file(tmp_path, rows)).ok
    report = run(workspace, US, dry_run=True)
    assert {e.transaction_id: e.order for e in report.payments} == {
        "7JD48290VX115306P": "ebay:V-2210", "1RV66038JL927451C": "ebay:KPD-1"
    }
    assert {"5TM93027HC604418B", "3MZ09173HV558240D"} <= {e.transaction_id for e in report.unmatched}


def test_a_bad_amount_reports_its_row_and_column_and_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    set_up_us(workspace, tmp_path)
    before = counts(workspace)
    text = US.read_text(encoding="utf-8-sig").replace('"-24.50"', '"-24.5O"')  # a letter O for a zero
    path = tmp_path / "Download.CSV"
    path.write_text(text, encoding="utf-8-sig")
    report = run(workspace, path)
    assert not report.ok and not report.written and counts(workspace) == before
    assert [(p.row, p.column) for p in report.problems] == [(6, "Gross")]
    assert str(report.problems[0]).startswith('row 6, column Gross: "-24.5O"')
    assert report.to_json()["errors"][0]["text"] == str(report.problems[0])
