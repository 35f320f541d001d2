"""Workbooks (openpyxl, read-only): the first worksheet whose first rows hold a header; AliExpress's data backup
keeps its orders on the sheet "Order Information". Formulas give the values the workbook last calculated.

A workbook is a zip of XML parts written by a spreadsheet program, which never declares a document type. One that
does may define entities that expand a few bytes into gigabytes ("billion laughs") or name files to read in: it is
refused before openpyxl parses any of it (openpyxl would hand the declarations to Python's XML parser, which expands
them). Whatever else in a stranger's workbook openpyxl cannot read is refused with the file's name, not a
traceback."""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from desk.errors import DeskError
from desk.importing.problems import ImportFileError
from desk.importing.reader import COMPOUND_FILE, HEADER_SEARCH_ROWS, Sheet, cell_text, find_header, trim_headers
from desk.language import words

PREFERRED_SHEETS = ("Order Information",)
# What openpyxl warns of in a stranger's workbook ("contains no default style", "a date serial outside the limits
# for dates") would reach the user's terminal as a line naming openpyxl's source; a value it could not read comes
# as "#VALUE!", which the import reports on its row and column.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
# How much of a part is read to find where its XML opens: a spreadsheet writes a line or two before its first
# element; a part that goes on longer without one is not a spreadsheet's.
PROLOG_BYTES = 1 << 20
_CHUNK = 1 << 16


class _Declared(Exception):
    """A part declares a document type (and with it, maybe, entities)."""


class _Opened(Exception):
    """A part's first element: past the only place a declaration can be."""


def _declares(part: IO[bytes]) -> bool:
    """The part declares a document type before its first element. Read with the parser openpyxl uses, so that
    whatever encoding or comments come first are read the same way; no entity is expanded, as none is declared yet
    when it stops. A part that is not XML declares nothing (openpyxl cannot read it either, and says so)."""
    parser = expat.ParserCreate()

    def declared(*_: object) -> None:
        raise _Declared

    def opened(*_: object) -> None:
        raise _Opened

    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    parser.StartElementHandler = opened
    read = 0
    while chunk := part.read(_CHUNK):
        read += len(chunk)
        try:
            parser.Parse(chunk, False)
        except _Declared:
            return True
        except (_Opened, expat.ExpatError):
            return False
        if read >= PROLOG_BYTES:
            return True  # a megabyte before its first element: no spreadsheet writes that
    return False


def _check_parts(file: IO[bytes], name: str) -> None:
    """Refuse a workbook any part of which declares a document type, before openpyxl reads it."""
    with zipfile.ZipFile(file) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            with archive.open(info) as part:
                if _declares(part):
                    raise ImportFileError(
                        words.tr(
                            "{0}: not opened, because it declares XML entities or a document type, which "
                            "spreadsheet programs never write and which can make a file expand beyond memory; open it "
                            "in your spreadsheet program and save it again, or export it as CSV"
                        ).format(name)
                    )


def _unreadable(path: Path, exc: BaseException, row: int | None = None) -> ImportFileError:
    reason = (str(exc).strip() or words.tr("damaged"))[:200]
    if row:
        said = words.tr("{0}: not a readable XLSX workbook: row {1} cannot be read ({2})")
        return ImportFileError(said.format(path.name, row, reason))
    return ImportFileError(words.tr("{0}: not a readable XLSX workbook ({1})").format(path.name, reason))


@contextmanager
def _open(path: Path) -> Iterator[Any]:
    """The workbook, open until the block ends. Given openpyxl as an open file, not a name: by its name openpyxl
    refuses a workbook saved as `orders.csv`, which Desk reads by what it holds."""
    import openpyxl  # type: ignore[import-untyped]  # no type information shipped

    with path.open("rb") as file:
        if file.read(8) == COMPOUND_FILE:
            raise ImportFileError(
                words.tr(
                    "{0}: an Excel 97-2003 workbook (.xls) or one protected by a password, which Desk does not "
                    "read; save it from Excel as an .xlsx workbook without a password, or as CSV"
                ).format(path.name)
            )
        try:
            _check_parts(file, path.name)
            file.seek(0)
            book = openpyxl.load_workbook(file, read_only=True, data_only=True)
        except DeskError:
            raise
        except Exception as exc:  # a stranger's file: whatever openpyxl or zipfile cannot read in it
            raise _unreadable(path, exc) from None
        try:
            yield book
        finally:
            book.close()


def _sheet(book: Any, title: str) -> Any:
    """The worksheet, read to its last row whatever size it says it has: some generators store a stale size
    ("A1:I2" over four rows) and openpyxl's read-only mode would stop where it says."""
    sheet = book[title]
    sheet.reset_dimensions()
    return sheet


def _text_rows(path: Path, sheet: Any, max_row: int | None = None) -> Iterator[list[str]]:
    """The sheet's rows as the text a CSV export would hold; a row openpyxl cannot read is refused by its number."""
    row = 0
    try:
        for values in sheet.iter_rows(max_row=max_row, values_only=True):
            row += 1
            yield [cell_text(v) for v in values]
    except DeskError:
        raise
    except Exception as exc:  # a damaged sheet (bad XML, a date past 9999): the file's fault
        raise _unreadable(path, exc, row + 1) from None


def _rows(path: Path, title: str) -> Iterator[list[str]]:
    with _open(path) as book:
        yield from _text_rows(path, _sheet(book, title))


def read(path: Path) -> Sheet:
    with _open(path) as book:
        return _first_sheet(path, book)


def _first_sheet(path: Path, book: Any) -> Sheet:
    try:
        titles = list(book.sheetnames)
        ordered = [t for t in PREFERRED_SHEETS if t in titles] + [t for t in titles if t not in PREFERRED_SHEETS]
        for title in ordered:
            stated = book[title].max_row  # the size the file states: only an estimate, for progress
            header_row, headers = find_header(_text_rows(path, _sheet(book, title), HEADER_SEARCH_ROWS))
            if headers:
                rows = max((stated or header_row) - header_row, 0)
                return Sheet(
                    path.name, trim_headers(headers), header_row, None, None, title, rows,
                    partial(_rows, path, title), numbers_decimal=".",
                )
    except DeskError:
        raise
    except Exception as exc:  # as in _text_rows
        raise _unreadable(path, exc) from None
    raise ImportFileError(words.tr("{0}: no worksheet has a header row (a row of column names)").format(path.name))
