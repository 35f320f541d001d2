"""`desk import` and `desk orders` as a user runs them, on a temporary data folder: in-process (tests/cli_runs.py),
but for orders listed into a pipe and a bad file's exit code, in a real process."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from cli_runs import desk, in_process

DATA = Path(__file__).parent.parent / "data" / "import"


def _count(folder: Path, table: str) -> int:
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_import_then_list_orders(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    result = in_process("import", str(DATA / "generic.csv"), data=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "Imported generic.csv (UTF-8, comma-separated; Generic format): 5 rows, 4 orders: 4 new orders, 0 updated, "
        "0 unchanged"
    )
    listed = desk("orders", "--json", data=folder)
    assert listed.returncode == 0, listed.stderr
    orders = {o["order"]: o for o in json.loads(listed.stdout)}
    assert set(orders) == {"aliexpress:8123456789012345", "aliexpress:8123456789099999", "1688:7001002003",
                           "taobao:3344556677"}
    first = orders["aliexpress:8123456789012345"]
    assert first["supplier"] == "深圳市华强电子有限公司" and first["store"] == "TechBox"
    assert first["total"] == {"amount": "42.50", "currency": "CNY", "minor": 4250} and first["paid"] == first["total"]
    assert [(x["line_no"], x["item"], x["qty"], x["unit_price"]["amount"]) for x in first["lines"]] == [
        (1, "USB-C cable 1 m", 2, "12.50"), (2, "Phone case (black)", 1, "15.00")
    ]
    assert sorted((p["method"], p["amount"]["amount"]) for p in first["payments"]) == [
        ("balance", "10.00"), ("card", "32.50")
    ]
    assert first["tracking"] == [{"number": "LP00123456789CN", "carrier": None, "shipped_on": "2026-10-03"}]
    plain = in_process("orders", data=folder)
    head = "aliexpress:8123456789012345  2026-10-01  深圳市华强电子有限公司  shipped  total 42.50 CNY  paid 42.50 CNY"
    assert head in plain.stdout
    assert "  paid by Card 32.50; Balance 10.00" in plain.stdout


def test_the_same_file_again_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    amazon = Path(__file__).parents[1] / "fixtures" / "amazon" / "Retail.OrderHistory.1.csv"
    assert in_process("import", str(amazon), data=folder).returncode == 0
    audit = _count(folder, "audit_log")
    again = in_process("import", str(amazon), "--json", data=folder)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["ok"], report["format"], report["new_orders"], report["unchanged_orders"]) == (True, "amazon", 0, 4)
    assert report["audit_entries"] == 0 and _count(folder, "audit_log") == audit


def test_a_dry_run_says_what_would_change_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    result = in_process("import", str(DATA / "gb18030-suppliers.csv"), "--dry-run", "--json", data=folder)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dry_run"] is True and report["written"] is False and report["encoding"] == "GB18030"
    assert report["new"] == ["1688:6601001", "taobao:5512345678"] and report["errors"] == []
    assert _count(folder, "orders") == 0 and _count(folder, "audit_log") == 0
    people = in_process("import", str(DATA / "gb18030-suppliers.csv"), "--dry-run", data=folder)
    assert people.stdout.startswith("Checked gb18030-suppliers.csv (GB18030, semicolon-separated; Generic format), "
                                    "nothing written: 3 rows, 2 orders: 2 new orders")


def test_a_bad_file_exits_1_names_every_bad_row_and_imports_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    result = desk("import", str(DATA / "bad-rows.csv"), data=folder)
    assert result.returncode == 1 and result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "desk: error: bad-rows.csv (UTF-8, comma-separated; Generic format): 9 problems; nothing was imported"
    )
    assert lines[1:] == [
        'row 3, column platform: unknown platform "alibaba"; allowed: aliexpress, 1688, taobao, amazon, ebay, temu, '
        "shopee, ozon, wildberries, other",
        'row 4, column placed_on: "2026/31/10" is not a date: no such day',
        'row 4, column qty: "1.5" is not a whole number of at least 1',
        "row 5, column payments: payments add up to 30.00 CNY but the order total is 34.90 CNY (lines 29.90 + "
        "shipping 5.00 − discount 0.00)",
        'row 6, column payments: unknown payment method "visa"; allowed: card, debit_card, paypal, alipay, '
        "wechat_pay, balance, gift_card, apple_pay, amazon_pay, cod, wire, western_union, moneygram, webmoney, qiwi, "
        "other",
        'row 6, column status: unknown status "sent"; allowed: placed, paid, shipped, delivered, completed, '
        "cancelled, closed",
        "row 7, column supplier: empty, but every order needs a supplier",
        "row 7, column item: empty, but every line needs an item",
        'row 7, column unit_price: "abc": no number in it',
    ]
    assert _count(folder, "orders") == 0 and _count(folder, "suppliers") == 0 and _count(folder, "audit_log") == 0
    as_json = in_process("import", str(DATA / "bad-rows.csv"), "--json", data=folder)
    assert as_json.returncode == 1
    headline = lines[0].removeprefix("desk: error: ")
    assert json.loads(as_json.stderr)["error"] == {"kind": "user", "message": headline, "log": None}
    errors = json.loads(as_json.stdout)["errors"]
    assert len(errors) == 9 and errors[1] == {
        "row": 4, "column": "placed_on", "problem": '"2026/31/10" is not a date: no such day',
        "text": 'row 4, column placed_on: "2026/31/10" is not a date: no such day',
    }


def test_files_that_cannot_be_read_say_why(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    missing = in_process("import", str(tmp_path / "nope.csv"), data=folder)
    assert missing.returncode == 1 and missing.stderr.strip() == f"desk: error: {tmp_path / 'nope.csv'}: no such file"
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("Order #,Title\nA-1,Cup\n", encoding="utf-8")
    result = in_process("import", str(unknown), data=folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "desk: error: unknown.csv: no column for platform, supplier, placed_on, unit_price (its columns: Order #, "
        "Title)."
    )
    as_json = in_process("import", str(unknown), "--json", data=folder)
    assert as_json.returncode == 1 and as_json.stdout == ""  # no report: the file was never read as orders
    error = json.loads(as_json.stderr)["error"]
    assert error["kind"] == "user" and error["message"].startswith("unknown.csv: no column for platform")


def test_a_mapping_given_on_the_command_line_is_remembered_and_used_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    export = tmp_path / "ozon-purchases.csv"
    export.write_text("Order #,Seller,Date,Title,Price\nA-1,Ningbo Home Goods,2026-10-02,Glass jar,12.50\n")
    args = ["--map", "order_no=Order #", "--map", "supplier=Seller", "--map", "placed_on=Date", "--map",
            "item=Title", "--map", "unit_price=Price", "--set", "platform=1688", "--currency", "cny"]
    first = in_process("import", str(export), *args, "--remember", "Ningbo", data=folder)
    assert first.returncode == 0, first.stderr
    assert '  the column mapping is remembered as "Ningbo"' in first.stdout.splitlines()
    # The same export maps itself; another header is mapped by name.
    export.write_text("Order #,Seller,Date,Title,Price\nA-2,Ningbo Home Goods,2026-10-03,Glass jar,12.50\n")
    again = in_process("import", str(export), data=folder)
    assert again.returncode == 0, again.stderr
    assert 'Mapping "Ningbo"' in again.stdout and "1 new order," in again.stdout
    other = tmp_path / "other.csv"
    other.write_text("Order #,Seller,Date,Title,Price,Notes\nA-3,Ningbo Home Goods,2026-10-04,Jar,1.00,x\n")
    assert in_process("import", str(other), "--mapping", "ningbo", data=folder).returncode == 0
    assert _count(folder, "orders") == 3 and _count(folder, "import_mappings") == 1
    bad = in_process("import", str(other), "--set", "colour=red", data=folder)
    assert bad.returncode == 1 and 'unknown field "colour"' in bad.stderr


def test_the_cli_is_a_thin_caller_of_the_import_operation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In-process: `desk import` builds the request, runs import_orders and prints its report; the operation's
    refusals (here the currency, checked by the operation for the CLI and the window alike) come out as one line."""
    from desk.cli import main

    folder = tmp_path / "shop"
    assert main(["--data", str(folder), "import", str(DATA / "generic.csv"), "--currency", "euro"]) == 1
    assert capsys.readouterr().err == (
        'desk: error: currency: unknown currency "euro"; use an ISO code such as CNY, USD, EUR, RUB\n'
    )
    assert main(["--data", str(folder), "import", str(DATA / "generic.csv"), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("Checked generic.csv (UTF-8, comma-separated; Generic format)")
    assert _count(folder, "orders") == 0
    assert main(["--data", str(folder), "import", str(DATA / "generic.csv")]) == 0
    assert _count(folder, "orders") == 4 and capsys.readouterr().out.startswith("Imported generic.csv")
    assert main(["--data", str(folder), "orders", "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "1688:7001002003  2026-09-20  义乌小商品批发  delivered  total 385.00 CNY  paid 385.00 CNY"
    )
