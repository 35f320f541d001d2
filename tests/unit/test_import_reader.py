"""Reading exports: UTF-8 with or without BOM and GB18030 are told apart, the delimiter is found from the header,
rows are numbered as a spreadsheet numbers them, XLSX cells read as text without floats creeping into amounts."""

from __future__ import annotations

import codecs
import locale
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desk.importing import ImportFileError, Problem, read_sheet

DATA = Path(__file__).parent.parent / "data" / "import"
SUPPLIER = "义乌市佳和日用品有限公司"


def _write(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def test_utf8_without_and_with_bom(tmp_path: Path) -> None:
    text = f"order_no,supplier\n1,{SUPPLIER}\n"
    plain = read_sheet(_write(tmp_path / "plain.csv", text))
    marked = read_sheet(_write(tmp_path / "bom.csv", text, bom=codecs.BOM_UTF8))
    assert (plain.encoding, marked.encoding) == ("UTF-8", "UTF-8 with BOM")
    assert marked.headers == ["order_no", "supplier"]  # the mark is not part of the first header
    assert list(plain.rows()) == list(marked.rows()) == [(2, ["1", SUPPLIER])]


def test_gb18030_is_detected_and_read_back(tmp_path: Path) -> None:
    text = f"order_no;supplier;item\n6601001;{SUPPLIER};硅胶折叠水杯 350ml\n6601002;杭州悦享服饰旗舰店;纯棉T恤\n"
    path = _write(tmp_path / "gbk.csv", text, encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the test file really is not UTF-8
    sheet = read_sheet(path)
    assert sheet.encoding == "GB18030"
    assert sheet.delimiter == ";"
    assert sheet.description == "GB18030, semicolon-separated"
    assert [cells[1] for _, cells in sheet.rows()] == [SUPPLIER, "杭州悦享服饰旗舰店"]


def test_the_shipped_gb18030_sample_reads_as_gb18030() -> None:
    sheet = read_sheet(DATA / "gb18030-suppliers.csv")
    assert sheet.encoding == "GB18030"
    assert sheet.headers[:3] == ["Platform", "Order No", "Supplier"]


def test_utf16_from_excel_unicode_text(tmp_path: Path) -> None:
    sheet = read_sheet(_write(tmp_path / "u16.txt", "order_no\titem\n1\tЧехол\n", "utf-16"))
    assert (sheet.encoding, sheet.delimiter) == ("UTF-16", "\t")
    assert list(sheet.rows()) == [(2, ["1", "Чехол"])]


def test_bytes_that_no_encoding_reads_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locale, "getencoding", lambda: "cp1252")  # Windows in English: no fourth encoding to try
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"order_no,item\n1,Caf\x98\x81\xff\n")  # in no character of Windows-1251, -1252, GB18030
    with pytest.raises(ImportFileError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "latin1.csv: not UTF-8 (byte 0x98 at offset 19), nor GB18030, Windows-1251 or Windows-1252 text; save it as "
        "CSV UTF-8 and try again"
    )


@pytest.mark.parametrize(("delimiter", "name"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_the_delimiter_is_found_from_the_header(tmp_path: Path, delimiter: str, name: str) -> None:
    # Amounts with decimal commas must not make a semicolon file look comma-separated.
    price = "6.80" if delimiter == "," else "6,80"
    text = delimiter.join(["order_no", "unit_price", "item"]) + "\n" + delimiter.join(["1", price, "cup"]) + "\n"
    sheet = read_sheet(_write(tmp_path / "f.csv", text))
    assert sheet.delimiter == delimiter and sheet.description == f"UTF-8, {name}-separated"
    assert list(sheet.rows()) == [(2, ["1", price, "cup"])]


def test_rows_are_numbered_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    text = '\norder_no,item\n1,"two\nlines"\n\n2,cup\n'  # a blank first line, a quoted line break, a blank row
    sheet = read_sheet(_write(tmp_path / "f.csv", text))
    assert sheet.header_row == 2
    assert list(sheet.rows()) == [(3, ["1", "two\nlines"]), (5, ["2", "cup"])]


def test_a_row_wider_than_the_header_is_reported(tmp_path: Path) -> None:
    sheet = read_sheet(_write(tmp_path / "f.csv", "order_no,unit_price\n1,1,234.50\n2,5.00,\n"))
    problems: list[Problem] = []
    assert list(sheet.rows(problems)) == [(3, ["2", "5.00"])]  # an empty extra cell is only trailing comma
    assert [str(p) for p in problems] == [
        "row 2: 3 cells but the header has 2 columns (an unquoted comma or semicolon inside a value?)"
    ]


def test_empty_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        read_sheet(tmp_path / "nothing.csv")
    with pytest.raises(ImportFileError, match=r"empty\.csv: the file is empty"):
        read_sheet(_write(tmp_path / "empty.csv", "  \n"))


def test_xlsx_cells_read_as_text(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Summary"
    sheet = book.create_sheet("Order Information")
    sheet.append(["order_id", "unit_price", "ratio", "gmt_create_order_time", "paid"])
    sheet.append([3069099405669913, 15115, 12.99, datetime(2026, 2, 21, 7, 44, 46), True])
    sheet.append([3069099405669914, 15115.0, None, "2026-02-22 08:00:00", False])
    path = tmp_path / "backup.xlsx"
    book.save(path)
    read = read_sheet(path)
    assert read.worksheet == "Order Information"  # AliExpress's sheet is preferred over the first one
    assert read.description == 'XLSX, sheet "Order Information"'
    assert read.encoding is None
    assert list(read.rows()) == [
        (2, ["3069099405669913", "15115", "12.99", "2026-02-21 07:44:46", "true"]),
        (3, ["3069099405669914", "15115", "", "2026-02-22 08:00:00", "false"]),
    ]


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match=r"broken\.xlsx: not a readable XLSX workbook"):
        read_sheet(path)
