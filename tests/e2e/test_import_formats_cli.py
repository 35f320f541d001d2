"""`desk import` with a format said on the command line, and its report (`--json` too): orders and lines added,
rows left out and why, totals by currency, how dates and numbers were read."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runs import desk, in_process

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_an_ambiguous_file_is_refused_until_the_date_order_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    path = tmp_path / "shop.csv"
    path.write_text(
        "Order ID;Platform;Seller;Order Date;Currency;Product;Quantity;Price\n"
        "A1;1688;Yiwu Cups;03.04.2026;CNY;Becher;2;1.234,50\n"
        "A2;1688;Yiwu Cups;05.06.2026;CNY;Deckel;1;2,00\n",
        encoding="utf-8",
    )
    refused = desk("import", str(path), data=folder)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines()[1:] == [
        'row 2, column Order Date: "03.04.2026" could be 3 April or 4 March, and no date in the file settles which: '
        "choose the date order (--dates DMY or MDY)"
    ]
    said = in_process("import", str(path), "--dates", "DMY", "--json", data=folder)
    assert said.returncode == 0, said.stderr
    report = json.loads(said.stdout)
    assert (report["new_orders"], report["lines_added"]) == (2, 2)
    assert report["totals"] == {"CNY": "2471.00"} and report["read_with"] == "dates day/month/year, decimal comma"
    assert report["skipped"] == [] and report["differences"] == []
    listed = {o["order"]: o for o in json.loads(in_process("orders", "--json", data=folder).stdout)}
    assert listed["1688:A1"]["placed_on"] == "2026-04-03"


def test_the_report_says_what_was_left_out_and_why(tmp_path: Path) -> None:
    result = in_process("import", str(FIXTURES / "amazon" / "Retail.OrderHistory.1.csv"), data=tmp_path / "shop")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  orders added: 4, order lines added: 6" in lines
    assert "  orders' totals: 98.63 USD" in lines
    assert "  2 rows left out (cancelled items: quantity 0, nothing paid for them): rows 4, 7" in lines


def test_format_choices_that_make_no_sense_are_named(tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text("order_no\n1\n", encoding="utf-8")
    result = in_process("import", str(path), "--decimal", "semicolon", data=tmp_path / "shop")
    assert result.returncode == 1
    assert result.stderr.strip() == 'desk: error: decimal separator "semicolon": use point, comma'
