"""Hostile and broken files given to the import (issue 20): each is read right, or refused with one plain sentence
naming the file and, where there is one, its row and column; a refused file writes nothing and changes nothing
already stored. Every hostile file is made here."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from cli_runs import in_process
from importer import imported
from sqlalchemy import select

from desk.errors import DeskError
from desk.importing.text_format import from_choices
from desk.models import Order
from desk.money import MoneyParseError, parse_money
from desk.workspace import Workspace

HEADER = ["platform", "order_no", "supplier", "placed_on", "currency", "item", "qty", "unit_price"]


def _row(order: str = "A1", *, placed: str = "2026-10-01", qty: str = "1", price: str = "12.50",
         item: str = "Cable") -> list[str]:
    return ["aliexpress", order, "Yiwu Cables", placed, "CNY", item, qty, price]


def _csv(tmp_path: Path, *rows: list[str], name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _orders(ws: Workspace) -> list[str]:
    with ws.read() as s:
        return sorted(s.scalars(select(Order.order_no)))


def _one_sentence(message: str, file: str) -> None:
    assert message.startswith(f"{file}: ") and "\n" not in message and "Traceback" not in message


def test_a_workbook_whose_stored_size_is_stale_imports_every_row(workspace: Workspace, tmp_path: Path) -> None:
    """The sheet says A1:B2 over four rows of eight columns: openpyxl's read-only mode believes the sheet."""
    path = tmp_path / "stale.xlsx"
    book = openpyxl.Workbook()
    for row in [HEADER, *(_row(f"A{n}") for n in range(1, 5))]:
        book.active.append(row)
    book.save(path)
    _rewrite(path, "xl/worksheets/sheet1.xml",
             lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', xml))
    assert b'<dimension ref="A1:B2"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    report = imported(workspace, path)
    assert report.ok and report.rows == 4 and report.count("new") == 4, [str(p) for p in report.problems]
    assert _orders(workspace) == ["A1", "A2", "A3", "A4"]


def test_a_point_and_three_digits_is_never_read_as_a_thousand(workspace: Workspace, tmp_path: Path) -> None:
    """`45.005` CNY was read as 45,005.00. Nothing said, it is asked about; the decimal mark said to be the point,
    it has a decimal too many; said to be the comma (a German export), it is the thousands separator it is there."""
    path = _csv(tmp_path, _row(price="45.005"))
    asked = imported(workspace, path)
    assert [str(p) for p in asked.problems] == [
        'row 2, column unit_price: "45.005": is the point or comma a decimal or a thousands separator? No amount in '
        "the file settles it; say which"
    ]
    point = imported(workspace, path, text_format=from_choices(decimal="point"))
    assert [str(p) for p in point.problems] == [
        'row 2, column unit_price: "45.005": CNY has 2 decimal places, got 3; correct it, or choose to round such '
        "amounts (--round)"
    ]
    assert _orders(workspace) == []
    comma = imported(workspace, path, dry_run=True, text_format=from_choices(decimal="comma"))
    assert comma.ok and comma.totals == {"CNY": 4_500_500}
    with pytest.raises(MoneyParseError, match=r"could separate thousands \(45005\) or decimals \(45\.005\)"):
        parse_money("45.005", "CNY")  # typed by hand, in an order's window: the same rule


def test_a_cell_of_ten_megabytes_is_refused_naming_row_and_column(data_folder: Path, tmp_path: Path) -> None:
    """The csv module's limit (128 KiB a cell) is kept: no spreadsheet cell holds more than 32,767 characters.
    It stopped `desk import` with a traceback; now the command says where, and exits 1."""
    path = _csv(tmp_path, _row("A1"), _row("A2", item='"' + "x" * 10_000_000 + '"'), name="big.csv")
    done = in_process("import", str(path), data=data_folder)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "desk: error: big.csv: row 3, column item: a cell of more than 131,072 characters, which no export writes "
        "(a spreadsheet cell holds at most 32,767): is a quote left open before it?\n"
    )


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_a_workbook_that_declares_entities_is_refused_before_they_expand(
    workspace: Workspace, tmp_path: Path, part: str
) -> None:
    """A billion laughs in the shared strings, or an external entity in the sheet or the workbook: refused by the
    file's name before any XML of it is parsed (openpyxl hands entities to Python's parser, which expands them:
    300,000 characters from 1 KB reached the item's cell; nine levels stopped with a traceback)."""
    imported(workspace, _csv(tmp_path, _row("KEPT")))
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(_workbook_with_shared_strings())
    laughs = b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1)) * 10 if n else b"lol") for n in range(10)
    )
    declarations = {
        "xl/sharedStrings.xml": b"<!DOCTYPE sst [" + laughs + b"]>",
        "xl/worksheets/sheet1.xml": b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        "xl/workbook.xml": b'<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "https://example.com/x">]>',
    }

    def hostile(xml: bytes) -> bytes:
        head, _, body = xml.partition(b"?>")
        body = body.replace(b"<t>Cable</t>", b"<t>&lol9;</t>").replace(  # a cell that uses the entity
            b"</sheetData>", b'<row r="3"><c r="A3" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>')
        return head + b"?>" + declarations[part] + body

    _rewrite(path, part, hostile)
    with pytest.raises(DeskError) as refused:
        imported(workspace, path)
    _one_sentence(str(refused.value), "laughs.xlsx")
    assert "declares XML entities or a document type" in str(refused.value)
    assert _orders(workspace) == ["KEPT"]


def test_huge_amounts_are_refused_naming_row_and_column(workspace: Workspace, tmp_path: Path) -> None:
    """1e400, 23 nines and a quantity times a price beyond the database's whole numbers: each refused on its row
    (23 nines passed the check and stopped the write with an OverflowError)."""
    imported(workspace, _csv(tmp_path, _row("KEPT"), name="first.csv"))
    path = _csv(
        tmp_path,
        _row("A1", price="1e400"),
        _row("A2", price="99999999999999999999999"),
        _row("A3", qty="999999999", price="99999999999.00"),
        _row("A4", qty="99999999999999999999999999"),
    )
    report = imported(workspace, path)
    assert [str(p) for p in report.problems] == [
        'row 2, column unit_price: "1e400": a number in scientific notation, not an amount; write it in full',
        'row 3, column unit_price: "99999999999999999999999": more than Desk holds in one amount (at most '
        "10000000000000.00 CNY)",
        "row 4, column unit_price: aliexpress:A3 comes to 99999999899000000001.00 CNY, more than Desk holds for one "
        "order (at most 10000000000000.00 CNY)",
        'row 5, column qty: "99999999999999999999999999" is more than 1,000,000,000',
    ]
    assert not report.written and _orders(workspace) == ["KEPT"]


def test_dates_past_the_calendar_are_refused_naming_row_and_column(workspace: Workspace, tmp_path: Path) -> None:
    """A zone's offset carries 9999-12-31 23:59 into the year 10000 on any computer's clock (and 0001-01-01 into
    year 0): OverflowError, before. A year of five digits is no date."""
    path = _csv(
        tmp_path,
        _row("A1", placed="9999-12-31T23:59:00-23:59"),
        _row("A2", placed="0001-01-01T00:00:00+23:59"),
        _row("A3", placed="99999-01-01"),
        _row("A4", placed="Dec 5 " + "9" * 5000),
    )
    report = imported(workspace, path)
    clock = "is not a date: on this computer's clock it falls outside the years 1 to 9999"
    assert [str(p) for p in report.problems] == [
        f'row 2, column placed_on: "9999-12-31T23:59:00-23:59" {clock}',
        f'row 3, column placed_on: "0001-01-01T00:00:00+23:59" {clock}',
        'row 4, column placed_on: "99999-01-01" is not a date like 2026-11-23',
        'row 5, column placed_on: "Dec 5 ' + "9" * 74 + '…" is not a date like 2026-11-23',
    ]
    assert _orders(workspace) == []


def _header_then(data: bytes) -> bytes:
    return ",".join(HEADER).encode() + b"\n" + data


ODD_FILES: dict[str, tuple[bytes, str]] = {
    # name: (the file's bytes, what the import says: "ok N" for N orders read, else the start of its refusal)
    "empty": (b"", "empty.csv: the file is empty"),
    "only a header": (_header_then(b""), "ok 0"),
    "a NUL byte": (_header_then(b"aliexpress,A1,Yiwu,2026-10-01,CNY,Ca\x00ble,1,12.50\n"),
                   "a NUL byte.csv: row 2, column item: a NUL character (a zero byte), which no text holds"),
    "UTF-16 with an odd byte count": (b"\xff\xfe" + _header_then(b"").decode().encode("utf-16-le") + b"A",
                                      "UTF-16 with an odd byte count.csv: starts with a UTF-16 mark but is not UTF-16"),
    "UTF-16 without its mark, cut short": (
        _header_then(b"aliexpress,A1,Yiwu,2026-10-01,CNY,Cable,1,12.50\n").decode().encode("utf-16-le")[:-1],
        "UTF-16 without its mark, cut short.csv: reads as UTF-16 LE (every other byte is zero) up to byte",
    ),
    "100,000 columns": (",".join(f"c{n}" for n in range(100_000)).encode() + b"\n",
                        "100,000 columns.csv: 100,000 columns in its header row; a spreadsheet holds at most 16,384"),
    "an Excel 97-2003 workbook": (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504),
                                  "an Excel 97-2003 workbook.csv: an Excel 97-2003 workbook (.xls) or one protected"),
    "more cells than the header": (
        _header_then(b"aliexpress,A1,Yiwu,2026-10-01,CNY,Cable,1,12.50,extra,more\n"),
        "row 2: 10 cells but the header has 8 columns",
    ),
}


@pytest.mark.parametrize("name", ODD_FILES)
def test_odd_files_are_read_or_refused_plainly(workspace: Workspace, tmp_path: Path, name: str) -> None:
    data, said = ODD_FILES[name]
    path = tmp_path / f"{name}.csv"
    path.write_bytes(data)
    try:
        report = imported(workspace, path)
    except DeskError as exc:
        _one_sentence(str(exc), path.name)
        assert str(exc).startswith(said) and len(str(exc)) < 400
    else:
        if said.startswith("ok "):
            assert report.ok and report.orders == int(said.split()[1])
        else:
            assert [str(p) for p in report.problems] == [said + " (an unquoted comma or semicolon inside a value?)"]
    assert _orders(workspace) == []


@pytest.mark.parametrize("name", ["orders.csv", "orders.xlsx"])
def test_a_workbook_cut_short_is_refused_and_one_named_csv_is_read(
    workspace: Workspace, tmp_path: Path, name: str
) -> None:
    """openpyxl refused a workbook saved as `.csv` by its name (a traceback); a sheet's XML cut in the middle
    stopped the import with ElementTree's ParseError."""
    book = openpyxl.Workbook()
    for row in [HEADER, _row("A1")]:
        book.active.append(row)
    good = tmp_path / name
    book.save(good)
    assert imported(workspace, good, dry_run=True).count("new") == 1
    _rewrite(good, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    with pytest.raises(DeskError, match=rf"^{re.escape(name)}: not a readable XLSX workbook: row \d+ cannot be read"):
        imported(workspace, good)
    assert _orders(workspace) == []


def _rewrite(path: Path, part: str, change: object) -> None:
    """`path` with its zip member `part` passed through `change` (bytes to bytes)."""
    assert callable(change)
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            target.writestr(info, change(data) if info.filename == part else data)


def _workbook_with_shared_strings() -> bytes:
    """A workbook as Excel writes it, its text in `xl/sharedStrings.xml` (openpyxl writes its cells inline)."""
    import io

    cells = [HEADER, _row("A1")]
    strings = sorted({text for row in cells for text in row})
    index = {text: n for n, text in enumerate(strings)}
    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(
            f'<c r="{chr(65 + c)}{r}" t="s"><v>{index[text]}</v></c>' for c, text in enumerate(row)
        ) + "</row>"
        for r, row in enumerate(cells, start=1)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{sheet_rows}</sheetData></worksheet>',
        "xl/sharedStrings.xml": (
            f'<sst xmlns="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">'
            + "".join(f"<si><t>{text}</t></si>" for text in strings) + "</sst>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text)
    return out.getvalue()
