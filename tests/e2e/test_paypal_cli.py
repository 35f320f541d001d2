"""`desk import` given a PayPal activity download: recognised by its header and imported as payments and refunds,
with `--json` and in plain text, `--link` for the ones it could not match; other files that are not orders are
refused saying what they look like (issue "Real exports import as they are", point 7). The command about the PayPal
file runs as a process; the set-up and the follow-ups run in-process (tests/cli_runs.py)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from cli_runs import desk, in_process

PAYPAL = Path(__file__).parents[1] / "fixtures" / "paypal"
ORDERS = """platform,order_no,supplier,placed_on,currency,item,qty,unit_price,shipping
ebay,V-2210,Voltline Supply Co.,2026-10-01,USD,Component kit,1,58.20,0
aliexpress,BW-118204,Brightwire Components,2026-10-05,USD,USB-C PD cable 2 m,1,132.42,9.95
other,KPD-77815,Kestrel Parts Depot,2026-10-08,USD,ESP32-S3 DevKitC-1,2,10.00,4.50
other,EV-260914-0331,Elektronik Vogt GmbH,2026-10-14,EUR,Lötspitzen-Set T18,1,73.00,6.90
other,HCW-40192,Harlow Cable Works,2026-10-18,USD,JST-XH crimp kit,1,45.00,0
other,HCW-40193,Harlow Cable Works,2026-10-19,USD,JST-XH crimp kit,1,45.00,0
"""


def _rows(folder: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as db:
        return list(db.execute(sql).fetchall())


def test_a_paypal_download_imports_as_payments_and_the_unmatched_are_linked(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    orders = tmp_path / "orders.csv"
    orders.write_text(ORDERS, encoding="utf-8")
    assert in_process("import", str(orders), data=folder).returncode == 0
    result = desk("import", str(PAYPAL / "activity-us.csv"), "--json", data=folder)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["ok"], report["kind"], report["written"], report["rows"]) == (True, "paypal_activity", True, 13)
    assert report["matched_by"] == {"transaction_id": 1, "amount_and_date": 4, "link": 0}
    assert (report["payments_recorded"], report["refunds_recorded"]) == (4, 1)
    assert [(a["transaction_id"], a["candidates"]) for a in report["ambiguous"]] == [
        ("7SY30856CE481127V", ["other:HCW-40192", "other:HCW-40193"])
    ]
    assert [{k: u[k] for k in ("row", "date", "amount", "name", "transaction_id")} for u in report["unmatched"]] == [
        {"row": 13, "date": "2026-10-23", "amount": {"amount": "176.40", "currency": "USD"},
         "name": "Quarry Bay Electronics", "transaction_id": "3MZ09173HV558240D"}
    ]
    assert report["left_out"] == [
        {"reason": "money received for a sale, not a payment to a supplier", "rows": [2]},
        {"reason": "currency conversions (the payment they paid for is a row of its own)", "rows": [8, 9]},
        {"reason": "holds and their release (money set aside, then given back)", "rows": [10, 12]},
        {"reason": "transfers between PayPal and a bank or card", "rows": [14]},
    ]
    assert report["fees"] == {"USD": "17.24"}
    assert report["totals"]["USD"] == {
        "payments_in_file": "446.47", "payments_matched": "225.07",
        "refunds_in_file": "25.00", "refunds_matched": "25.00",
    }
    assert report["errors"] == [] and report["audit_entries"] > 0
    assert _rows(folder, "SELECT o.order_no, p.method, p.amount_minor, p.paid_on, p.reference FROM payments p "
                         "JOIN orders o ON o.id = p.order_id WHERE o.order_no = 'BW-118204'") == [
        ("BW-118204", "paypal", 14237, "2026-10-05", "5TM93027HC604418B")
    ]
    # The order for the unmatched payment is entered; the ambiguous one is said. The next run links them.
    (tmp_path / "more.csv").write_text(
        ORDERS.splitlines()[0] + "\nother,QB-559031,Quarry Bay Electronics,2026-09-20,USD,Probe set,4,41.10,12.00\n",
        encoding="utf-8",
    )
    assert in_process("import", str(tmp_path / "more.csv"), data=folder).returncode == 0
    linked = in_process(
        "import", str(PAYPAL / "activity-us.csv"), "--link", "7SY30856CE481127V=other:HCW-40193",
        "--link", "3MZ09173HV558240D=other:QB-559031", data=folder,
    )
    assert linked.returncode == 0, linked.stderr
    lines = linked.stdout.splitlines()
    assert lines[0] == ("PayPal activity activity-us.csv (UTF-8 with BOM, comma-separated): 6 payments matched, "
                        "1 refund matched, 0 ambiguous, 0 unmatched")
    assert "  matched by transaction id: 5, by amount and date: 0, by your link: 2" in lines
    assert ("    row 13  payment  2026-10-23  176.40 USD  Quarry Bay Electronics  3MZ09173HV558240D → "
            "other:QB-559031: payment added, matched by your link") in lines
    again = in_process("import", str(PAYPAL / "activity-us.csv"), "--json", data=folder)
    assert json.loads(again.stdout)["audit_entries"] == 0


def test_the_german_download_in_plain_words(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    orders = tmp_path / "bestellungen.csv"
    orders.write_text(
        "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,shipping\n"
        "ebay,LW-2026-48817,Lötwerk Versand GmbH,2026-10-08,EUR,Lötstation digital 80 W,1,85.00,4.90\n",
        encoding="utf-8",
    )
    assert in_process("import", str(orders), data=folder).returncode == 0
    result = in_process("import", str(PAYPAL / "activity-eu.csv"), "--dry-run", data=folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Checked PayPal activity activity-eu.csv (UTF-8 with BOM, comma-separated), nothing written: "
                        "1 payment matched, 1 refund matched, 0 ambiguous, 3 unmatched")
    assert "  read with dates day/month/year, decimal comma" in lines
    assert ("    row 5  refund  2026-10-21  12.50 EUR  Lötwerk Versand GmbH  5DN44208XQ913376R → ebay:LW-2026-48817: "
            "recorded as a refund, matched by transaction id") in lines
    assert "  PayPal's fees, left out: 8.32 EUR" in lines
    assert _rows(folder, "SELECT count(*) FROM payments") == [(0,)]


def test_a_bad_cell_in_a_paypal_download_exits_1_naming_its_row_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    text = (PAYPAL / "activity-eu.csv").read_text(encoding="utf-8-sig").replace('"-46,80"', '"-46,8O"')
    path = tmp_path / "Download.CSV"
    path.write_text(text, encoding="utf-8-sig")
    result = in_process("import", str(path), data=folder)
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == ("desk: error: PayPal activity Download.CSV (UTF-8 with BOM, comma-separated): 1 problem; "
                        "nothing was imported")
    assert len(lines) == 2 and lines[1].startswith('row 4, column Brutto: "-46,8O"')


def test_files_that_are_not_orders_are_refused_saying_what_they_look_like(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    statement = tmp_path / "Kontoauszug.csv"
    statement.write_text(
        '"Datum","Uhrzeit","Zeitzone","Beschreibung","Währung","Brutto","Entgelt","Netto","Guthaben",'
        '"Transaktionscode","Absender E-Mail-Adresse","Name"\n'
        '"08.10.2026","15:02:11","Europe/Berlin","PayPal Express-Zahlung","EUR","-89,90","0,00","-89,90","221,78",'
        '"2TK80561EW447913H","shop@example.de","Lötwerk Versand GmbH"\n',
        encoding="utf-8-sig",
    )
    refused = in_process("import", str(statement), data=folder)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "desk: error: Kontoauszug.csv looks like a PayPal statement, not an orders export, and Desk cannot import it: "
        "Desk reads PayPal's activity download instead: Activity → Download, CSV"
    )
    history = tmp_path / "Download.csv"
    history.write_text(
        "Date,Time,Time Zone,Name,Type,Status,Amount,Receipt ID,Balance\n"
        "10/05/2017,14:27:51,PDT,Brightwire Components LLC,Express Checkout Payment,Completed,-142.37,,262.19\n",
        encoding="utf-8",
    )
    old = in_process("import", str(history), "--json", data=folder)
    assert old.returncode == 1 and old.stdout == ""
    assert json.loads(old.stderr)["error"]["message"].startswith(
        "Download.csv looks like an older PayPal history download, not an orders export"
    )
    assert _rows(folder, "SELECT count(*) FROM audit_log") == [(0,)]
    orders = tmp_path / "orders.csv"
    orders.write_text(ORDERS, encoding="utf-8")
    link = in_process("import", str(orders), "--link", "5TM93027HC604418B=aliexpress:BW-118204", data=folder)
    assert link.returncode == 1
    assert link.stderr.strip() == (
        "desk: error: --link is for a PayPal activity download; orders.csv is imported as orders"
    )
