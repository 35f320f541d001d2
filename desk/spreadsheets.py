"""The CSV and XLSX files Desk writes (the lawyer's bundle: its tables and load file; the Bates register; a list
saved as a file), written so that what a stranger typed stays text. A supplier's name, an item's title or a note
that starts like a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM(…)`, `+…`, `-…`) must not become one that
runs when our lawyer opens the file in Excel or LibreOffice.

- CSV, as OWASP's guidance on CSV injection says: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
  carriage return gets a single quote in front (`'=cmd…`), which a spreadsheet reads as "this is text"; and every
  cell is wrapped in double quotes (a double quote inside doubled, RFC 4180), so that a separator inside a cell
  (`a;=1+1`, opened by an Excel whose list separator is `;`, as in Germany) does not start a cell of its own.
  Numbers (`int`, `Decimal`) are written as they are: a negative amount stays a number.
- XLSX: every text cell is a string cell, never a formula, whatever it starts with; one that starts like a formula
  also carries Excel's quote prefix, so that editing the cell does not turn it into one either.

UTF-8 with a byte-order mark (Excel on Windows reads Chinese and Russian names only with it; every other program
skips it), comma-separated, CRLF line ends."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

# What makes a spreadsheet read a cell as a formula when it comes first (OWASP: = + - @, tab 0x09, return 0x0D).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CsvCell = str | int | Decimal | date | None


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """Text as a CSV cell: with a single quote in front where it starts like a formula."""
    return "'" + text if looks_like_formula(text) else text


def csv_file(header: Sequence[str], rows: Iterable[Sequence[CsvCell]]) -> bytes:
    """A CSV file of `header` and `rows`: text neutralised (`csv_text`), every cell quoted, numbers as they are,
    dates in ISO form and moments as the local time they were, to the minute; empty for None."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)  # RFC 4180: CRLF line ends, quotes inside doubled
    writer.writerow([csv_text(name) for name in header])
    for row in rows:
        writer.writerow([_csv_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def _csv_cell(value: CsvCell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)  # an int or a Decimal: a number, even a negative one


def xlsx_workbook(sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]]) -> bytes:
    """An XLSX file of `(sheet name, headers, rows)`: the headers bold and frozen, each column as wide as its header
    and its first rows, text as string cells, dates and moments as Excel dates (a moment as the local time it was:
    Excel has no time zones), decimals with their places. The name must already be one Excel accepts."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # no type information shipped
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    def cell(sheet: object, value: Any) -> Any:  # an openpyxl WriteOnlyCell (untyped)
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            made.data_type = "s"  # text stays text: openpyxl made "=…" a formula
            made.quotePrefix = looks_like_formula(value)
        elif isinstance(value, Decimal):
            places = max(0, -int(value.as_tuple().exponent))
            made.number_format = "0." + "0" * places if places else "0"
        elif isinstance(value, datetime):
            made.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, date):
            made.number_format = "yyyy-mm-dd"
        return made

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, headers, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        for n, header in enumerate(headers):
            longest = max([len(header), *(len(_cell_text(row[n])) for row in rows[:200])])
            sheet.column_dimensions[get_column_letter(n + 1)].width = float(min(max(longest + 2, 8), 60))
        header_cells = []
        for header in headers:
            made = cell(sheet, header)
            made.font = bold
            header_cells.append(made)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([cell(sheet, value) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell_text(value: Any) -> str:
    """A value as wide as it reads: a moment in local time to the minute, a date in ISO form."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if isinstance(value, date) else str(value)
