"""Workbooks (openpyxl, read-only): the first worksheet whose first rows hold a header; AliExpress's data backup
keeps its orders on the sheet "Order Information". Formulas give the values the workbook last calculated."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from desk.importing.problems import ImportFileError
from desk.importing.reader import HEADER_SEARCH_ROWS, Sheet, cell_text, find_header, trim_headers

PREFERRED_SHEETS = ("Order Information",)


def _open(path: Path) -> Any:
    import openpyxl  # type: ignore[import-untyped]  # no type information shipped

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from None


def _sheet(book: Any, title: str) -> Any:
    """The worksheet, read to its last row whatever size it says it has: some generators store a stale size
    ("A1:I2" over four rows) and openpyxl's read-only mode would stop where it says."""
    sheet = book[title]
    sheet.reset_dimensions()
    return sheet


def _rows(path: Path, title: str) -> Iterator[list[str]]:
    book = _open(path)
    try:
        for values in _sheet(book, title).iter_rows(values_only=True):
            yield [cell_text(v) for v in values]
    finally:
        book.close()


def read(path: Path) -> Sheet:
    book = _open(path)
    try:
        titles = list(book.sheetnames)
        ordered = [t for t in PREFERRED_SHEETS if t in titles] + [t for t in titles if t not in PREFERRED_SHEETS]
        for title in ordered:
            stated = book[title].max_row  # the size the file states: only an estimate, for progress
            sheet = _sheet(book, title)
            first = (
                [cell_text(v) for v in values]
                for values in sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
            )
            header_row, headers = find_header(first)
            if headers:
                rows = max((stated or header_row) - header_row, 0)
                return Sheet(
                    path.name, trim_headers(headers), header_row, None, None, title, rows,
                    partial(_rows, path, title), numbers_decimal=".",
                )
    finally:
        book.close()
    raise ImportFileError(f"{path.name}: no worksheet has a header row (a row of column names)")
