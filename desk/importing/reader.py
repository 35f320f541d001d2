"""Reading an export: the bytes decoded (UTF-8 with or without BOM, UTF-16 with BOM, else the likeliest of GB18030,
Windows-1251, Windows-1252 and this computer's encoding, or the one the user chose: `desk.text_encodings`), the CSV
dialect found from the header line, or the first worksheet of an XLSX workbook that has a header row.

A `Sheet` reads its rows lazily and can be read again (the Import dialog checks first, then imports): a file of
100,000 lines is held once as text, never as a list of 1.8 million cell strings."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desk.importing.problems import ImportFileError, Problem, one_line
from desk.language import QT_TRANSLATE_NOOP, words
from desk.text_encodings import Decoding, UndecodableText, UnknownEncoding, codec_for, decode_as, detect

XLSX_SUFFIXES = (".xlsx", ".xlsm")
# How an OLE compound file starts: Excel's old .xls, and the envelope Excel puts an encrypted .xlsx in.
COMPOUND_FILE = bytes.fromhex("d0cf11e0a1b11ae1")
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("words", "comma-separated"),
    ";": QT_TRANSLATE_NOOP("words", "semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("words", "tab-separated"),
    "|": QT_TRANSLATE_NOOP("words", "pipe-separated"),
}
# Where the header may be: exports start with a blank line, a title or a summary (eBay's transaction report has
# about eleven lines of it).
HEADER_SEARCH_ROWS = 30
# The longest cell a CSV file may hold: the csv module's own limit (128 KiB), kept. A spreadsheet cell holds at
# most 32,767 characters, so no export comes near it; a longer one is a quote left open that joined the rest of
# the file into one cell, or no export at all.
CELL_LIMIT = csv.field_size_limit()
# The most columns a file may have: a spreadsheet's (Excel's XFD). More is not an export.
MOST_COLUMNS = 16_384
# Why footer rows are skipped, as the import report says it (translated there: words.tr(why)).
FOOTER = QT_TRANSLATE_NOOP("words", "closing lines of the file, not orders")

Row = tuple[int, list[str]]  # (spreadsheet row number, cells padded to the header's width)
Skipped = dict[str, list[int]]  # why -> the rows skipped for it


def is_footer(cells: list[str]) -> bool:
    """A row that reads as a sentence about the file, not an order: at most two cells, each three words or more, or
    words and a colon ("2 record(s) downloaded", "from Sep-01-26 to Sep-30-26", "Seller ID : techbox"). A sparse
    row of values ("aliexpress", "8100…") is not one: it is a data row, checked and reported like any other."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled or len(cells) <= 3:
        return False
    if len(filled) <= len(cells) // 2 and _FOOTER_PHRASE.search(" ".join(filled)):
        return True  # eBay splits "5 record(s) downloaded, from Sep-03-26 … to …" over eight cells
    return len(filled) <= 2 and all(_sentence(c) for c in filled)


# What exports write under their data, as they write it.
_FOOTER_PHRASE = re.compile(
    r"\brecords?(?:\(s\))? downloaded\b|\bseller id\s*:|^(?:grand )?totals?\b|\bpage \d+ of \d+\b|"
    r"\b(?:generated|created|exported) (?:on|at|by)\b",
    re.IGNORECASE,
)


def _sentence(text: str) -> bool:
    return _WORD.search(text) is not None and (":" in text or len(text.split()) >= 3)


_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class Sheet:
    """The header and the data rows of one export."""

    name: str  # the file's name, for messages
    headers: list[str]
    header_row: int
    encoding: str | None  # how the text was decoded (None for XLSX)
    delimiter: str | None  # CSV only
    worksheet: str | None  # XLSX only
    estimated_rows: int  # for progress: exact for XLSX, the line count for CSV
    _rows: Callable[[], Iterator[list[str]]] = field(repr=False)
    decoding: Decoding | None = field(default=None, repr=False)  # CSV: which encoding and why
    # A workbook's numbers are written with a decimal point and no grouping (`cell_text`): its amounts that do not
    # show their decimal mark (45.005) are numbers, not text to be read two ways.
    numbers_decimal: str | None = None

    @property
    def encoding_reason(self) -> str | None:
        """`Read as Cyrillic (Windows-1251): …` for a CSV file, None for a workbook."""
        return self.decoding.explanation if self.decoding is not None else None

    @property
    def description(self) -> str:
        """`UTF-8 with BOM, comma-separated` or `XLSX, sheet "Order Information"`, for reports."""
        if self.worksheet is not None:
            return words.tr('XLSX, sheet "{0}"').format(self.worksheet)
        separated = DELIMITERS.get(self.delimiter or ",")
        said = words.tr(separated) if separated else words.tr("delimited")
        return f"{self.encoding}, {said}"

    def rows(self, problems: list[Problem] | None = None, skipped: Skipped | None = None) -> Iterator[Row]:
        """The data rows after the header, blank ones skipped (but counted, as a spreadsheet numbers them).
        A row with more non-blank cells than the header has columns is reported (a comma inside an unquoted
        amount shifts every column after it) and skipped. Footer rows (`is_footer`) after the last data row are
        skipped and, given `skipped`, counted there."""
        width = len(self.headers)
        held: list[Row] = []  # footer-like rows: data after all if a data row follows them
        for number, cells in enumerate(self._rows(), start=1):
            if number <= self.header_row or not any(c.strip() for c in cells):
                continue
            if len(cells) > width:
                extra = [c for c in cells[width:] if c.strip()]
                if extra:
                    if problems is not None:
                        said = words.tr(
                            "{0} cells but the header has {1} columns (an unquoted comma or semicolon inside a value?)"
                        )
                        problems.append(Problem(number, None, said.format(len(cells), width)))
                    continue
                cells = cells[:width]
            elif len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            if is_footer(cells):
                held.append((number, cells))
                continue
            yield from held
            held.clear()
            yield number, cells
        if skipped is not None:
            for number, _ in held:
                skipped.setdefault(FOOTER, []).append(number)

    def preview(self, limit: int = 50) -> list[Row]:
        out: list[Row] = []
        for row in self.rows():
            out.append(row)
            if len(out) >= limit:
                break
        return out


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip(" \t,;|"):
            return line
    return ""


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the candidate that occurs most often outside quotes (a header has no
    amounts with decimal commas to confuse it, unlike the data rows `csv.Sniffer` looks at)."""
    line = _first_line(text)
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def find_header(rows: Iterator[list[str]]) -> tuple[int, list[str]]:
    """The header among the first `HEADER_SEARCH_ROWS` rows: the first of the rows with the most named cells (a
    title or a summary above it names one or two; data rows below it leave cells blank), if it has two or more."""
    best = 1
    found: tuple[int, list[str]] = (0, [])
    for number, cells in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            break
        names = sum(1 for c in cells if c.strip() and not _VALUE.fullmatch(c.strip()))
        if names > best:
            best, found = names, (number, [c.strip() for c in cells])
    return found


# A cell that is a value, not a column's name: a number, an amount or a date.
_VALUE = re.compile(r"[-+]?\W{0,3}\s?[\d.,/:\- ]*\d[\d.,/:\- ]*\s?\W{0,3}")


def trim_headers(headers: list[str]) -> list[str]:
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _csv_rows(text: str, delimiter: str, name: str, headers: list[str], quiet: bool = False) -> Iterator[list[str]]:
    """The file's records, as the csv module reads them; a record it cannot read (a cell past `CELL_LIMIT`) is
    refused, naming its row and column (`headers`, once known, name the column), or ends the rows when `quiet`."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    row, lines = 0, 0
    try:
        for cells in reader:
            row, lines = row + 1, reader.line_num
            yield cells
    except csv.Error as exc:
        if quiet:
            return
        if "field larger than field limit" not in str(exc):
            raise ImportFileError(words.tr(
                "{0}: row {1} cannot be read as CSV ({2})"
            ).format(name, row + 1, exc)) from None
        index = _long_cell(text, delimiter, lines)
        column = one_line(headers[index]) if index < len(headers) and headers[index] else f"{index + 1}"
        raise ImportFileError(
            words.tr(
                "{0}: row {1}, column {2}: a cell of more than {3} characters, which no "
                "export writes (a spreadsheet cell holds at most 32,767): is a quote left open before it?"
            ).format(name, row + 1, column, f"{CELL_LIMIT:,}")
        ) from None


def _long_cell(text: str, delimiter: str, skip: int) -> int:
    """The index of the first cell longer than `CELL_LIMIT` in the record that starts after line `skip`: from one
    quote, delimiter or line break to the next, as csv reads them (a 10 MB cell is a step, not 10 million)."""
    start = sum(len(line) for line in itertools.islice(io.StringIO(text, newline=""), skip))
    column, cell, quoted = 0, start, False
    for mark in re.finditer(f'["\r\n]|{re.escape(delimiter)}', text[start:]):
        at = start + mark.start()
        if at - cell > CELL_LIMIT:
            return column
        if mark.group() == '"':
            quoted = not quoted
        elif not quoted and mark.group() == delimiter:
            column, cell = column + 1, at + 1
        elif not quoted:
            return column  # the record ended: its last cell was the long one
    return column


def _nul(rows: Iterator[list[str]], name: str, headers: list[str]) -> ImportFileError:
    for number, cells in enumerate(rows, start=1):
        for i, cell in enumerate(cells):
            if "\x00" in cell:
                column = one_line(headers[i]) if i < len(headers) and headers[i] else f"{i + 1}"
                return ImportFileError(
                    words.tr(
                        "{0}: row {1}, column {2}: a NUL character (a zero byte), which no text holds: "
                        "is it a damaged file, or not a CSV export?"
                    ).format(name, number, column)
                )
    return ImportFileError(
        words.tr("{0}: a NUL character (a zero byte), which no text holds: is it a CSV export?").format(name)
    )


def read_csv_text(decoding: Decoding, name: str) -> Sheet:
    text = decoding.text
    delimiter = sniff_delimiter(text)
    named: list[str] = []  # the header, once found: for messages about a cell

    def rows() -> Iterator[list[str]]:
        return _csv_rows(text, delimiter, name, named)

    # The header is found above a row that cannot be read, which is then refused naming its column.
    header_row, headers = find_header(_csv_rows(text, delimiter, name, named, quiet=True))
    headers = trim_headers(headers)
    if not headers:
        for _ in itertools.islice(rows(), HEADER_SEARCH_ROWS):  # a row that cannot be read is the reason, if any
            pass
        raise ImportFileError(
            words.tr("{0}: no header row (a row of column names) in its first {1} rows").format(
                name, HEADER_SEARCH_ROWS
            )
        )
    if len(headers) > MOST_COLUMNS:
        raise ImportFileError(
            words.tr(
                "{0}: {1} columns in its header row; a spreadsheet holds at most {2}, and no export comes near that"
            ).format(name, f"{len(headers):,}", f"{MOST_COLUMNS:,}")
        )
    named += headers
    if "\x00" in text:
        raise _nul(rows(), name, headers)
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    estimate = max(lines - header_row, 0)
    return Sheet(name, headers, header_row, decoding.name, delimiter, None, estimate, rows, decoding)


def cell_text(value: Any) -> str:
    """A worksheet cell as the text a CSV export would hold. Whole numbers lose Excel's `.0`; other floats keep
    their shortest exact repr, so money parsing sees `12.99` and never a binary fraction."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(path: Path) -> Sheet:
    from desk.importing import xlsx

    return xlsx.read(path)


def read_sheet(path: Path, encoding: str | None = None) -> Sheet:
    """Open an export (CSV or XLSX) and find its header row. `encoding`: read a CSV file in this one (a name
    `desk.text_encodings.codec_for` knows) rather than the one Desk finds; a workbook has none to choose."""
    if not path.is_file():
        raise ImportFileError(words.tr("{0}: no such file").format(path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        return read_xlsx(path)
    data = path.read_bytes()
    if data.startswith((b"PK\x03\x04", COMPOUND_FILE)):  # a workbook saved with a .csv name, or an .xls one
        return read_xlsx(path)
    if not data.strip():
        raise ImportFileError(words.tr("{0}: the file is empty").format(path.name))
    try:
        decoding = detect(data) if encoding is None else decode_as(data, codec_for(encoding))
    except UnknownEncoding as exc:
        raise ImportFileError(str(exc)) from None
    except UndecodableText as exc:
        if encoding:
            raise ImportFileError(words.tr("{0}: {1}; choose another encoding").format(path.name, exc)) from None
        raise ImportFileError(words.tr("{0}: {1}; save it as CSV UTF-8 and try again").format(path.name, exc)) from None
    return read_csv_text(decoding, path.name)
