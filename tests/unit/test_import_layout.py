"""Where an export's header, data and closing lines are, whatever comes before and after them, and what a
workbook's stated size or an unmarked UTF-16 file would hide (issue "Real exports import as they are", points 3 and
6)."""

from __future__ import annotations

from pathlib import Path

from importer import imported

from desk.importing import read_sheet
from desk.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"
HEADER = "order_no,platform,supplier,placed_on,currency,item,qty,unit_price"
ROW = "A1,1688,Yiwu Cups,2026-04-03,CNY,Cup,2,5.00"


def test_the_header_is_found_below_a_summary_of_many_lines(tmp_path: Path) -> None:
    summary = ["Transaction report", '"Start date","Sep 1, 2026"', '"End date","Sep 30, 2026"', ""]
    summary += [f'"Total {i}","{i}.00"' for i in range(20)]
    path = tmp_path / "report.csv"
    path.write_text("\n".join([*summary, HEADER, ROW]) + "\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.header_row == len(summary) + 1 == 25
    assert sheet.headers[0] == "order_no" and [n for n, _ in sheet.rows()] == [26]


def test_closing_lines_are_skipped_and_counted(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        "\n".join([HEADER, ROW, ",,,,,,,", '"1 record(s) downloaded,from Sep-01-26 to Sep-30-26",,,,,,,',
                   '"Seller ID : techbox_eu",,,,,,,']) + "\n",
        encoding="utf-8",
    )
    report = imported(workspace, path, dry_run=True)
    assert report.ok and report.orders == 1
    assert report.skipped == {"closing lines of the file, not orders": [4, 5]}
    assert "  2 rows left out (closing lines of the file, not orders): rows 4, 5" in report.lines_for_people()
    assert report.to_json()["skipped"] == [{"reason": "closing lines of the file, not orders", "rows": [4, 5]}]


def test_a_sparse_row_of_values_at_the_end_is_a_bad_row_not_a_footer(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("\n".join([HEADER, ROW, "A2,1688,,,,,,"]) + "\n", encoding="utf-8")
    report = imported(workspace, path, dry_run=True)
    assert not report.ok and not report.skipped
    assert {p.row for p in report.problems} == {3}


def test_a_sentence_between_data_rows_is_data_not_a_footer(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("\n".join([HEADER, ROW, '"note: the next order was split",,,,,,,', ROW]) + "\n", encoding="utf-8")
    assert [n for n, _ in read_sheet(path).rows()] == [2, 3, 4]


def test_every_row_of_a_workbook_is_read_whatever_size_it_states(workspace: Workspace) -> None:
    """`shop/stale-dimension.xlsx` states A1:I2 over four rows (openpyxl's read-only mode read one row of three)."""
    path = FIXTURES / "shop" / "stale-dimension.xlsx"
    assert [n for n, _ in read_sheet(path).rows()] == [2, 3, 4]
    report = imported(workspace, path, dry_run=True)
    assert report.ok and report.orders == 3
    # Totals are formulas in the workbook; the cached values are read, and 16.8 is a number, not text to settle.
    assert report.totals == {"CNY": 24 * 1680 + 6 * 2290, "USD": 2 * 1345}


def test_utf16_without_its_mark_is_read(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "unicode-text.txt.csv"
    path.write_bytes(("\t".join(HEADER.split(",")) + "\r\n" + "\t".join(
        ["A1", "1688", "Завод Кабель", "2026-04-03", "CNY", "Кабель", "2", "5.00"]) + "\r\n").encode("utf-16-le"))
    report = imported(workspace, path)
    assert report.ok and report.encoding == "UTF-16 LE"
    with workspace.read() as s:
        from desk.models import OrderLine

        assert s.query(OrderLine.item).scalar() == "Кабель"
