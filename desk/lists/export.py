"""A list as a file: every row it shows now (its search, filters and sort; all its pages, not only those on screen),
in the columns shown, as CSV or as an XLSX workbook.

    rows = all_rows(session, ORDERS, search="usb", filters={"platform": Platform.ALIEXPRESS})
    table = ListTable.of(rows, columns, text)          # `text`: how the window writes a value (its locale)
    data = to_csv(table)                               # or to_xlsx(table)

Cells are text as the window shows them (money with its currency code), except dates and times: ISO in a CSV and
real dates in a workbook, so that a spreadsheet sorts them. CSV is UTF-8 with a byte-order mark, which Excel on
Windows needs to read Chinese and Russian names; every other program skips it. Both are written by
`desk.spreadsheets`: a name or a note that starts like a formula stays text."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desk.language import english
from desk.lists.listing import Column, FilterValues, ListSpec, Row, fetch_page
from desk.spreadsheets import csv_file, xlsx_workbook

PAGE = 1000  # rows read at a time

Cell = str | date | datetime


def all_rows(
    session: Session,
    spec: ListSpec,
    *,
    search: str = "",
    filters: FilterValues | None = None,
    sort: tuple[str, bool] | None = None,
    parent_id: int | None = None,
    only: Collection[int] | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_size: int = PAGE,
) -> list[Row]:
    """Every row of `spec` as a list showing it with this search, filters and sort would list them, page after page;
    with `only`, those of these ids (the rows selected)."""
    rows: list[Row] = []
    while cancelled is None or not cancelled():
        page = fetch_page(
            session,
            spec,
            offset=len(rows),
            after=rows[-1] if rows else None,
            limit=page_size,
            sort=sort,
            search=search,
            parent_id=parent_id,
            filters=filters,
        )
        rows.extend(page)
        if len(page) < page_size:
            break
    return [row for row in rows if only is None or row.id in only]


@dataclass(frozen=True)
class ListTable:
    title: str  # the sheet's name
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]

    @classmethod
    def of(
        cls, title: str, rows: Sequence[Row], columns: Sequence[Column], text: Callable[[Any, Column], str]
    ) -> ListTable:
        with english():  # a file for a spreadsheet: the core's words in English, as its column titles are
            return cls(
                title,
                tuple(c.title for c in columns),
                [tuple(_cell(row[c.key], c, text) for c in columns) for row in rows],
            )


def _cell(value: Any, column: Column, text: Callable[[Any, Column], str]) -> Cell:
    if isinstance(value, date) and column.render is None:  # a datetime is a date too
        return value
    return text(value, column)


def to_csv(table: ListTable) -> bytes:
    return csv_file(table.headers, table.rows)


def to_xlsx(table: ListTable) -> bytes:
    return xlsx_workbook([(_sheet_name(table.title), table.headers, table.rows)])


def _sheet_name(title: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet's name."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "List"
