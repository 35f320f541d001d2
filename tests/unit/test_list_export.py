"""A list as a file (desk/lists/export.py): every row the list shows with its search, filters and sort, page after
page; CSV with a byte-order mark, XLSX with real dates; text as the window shows it."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from factories import order
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desk.lists.export import ListTable, all_rows, to_csv, to_xlsx
from desk.lists.listing import display, fetch_page
from desk.lists.specs import ORDERS
from desk.models import PaymentMethod
from desk.workspace import Workspace


def _orders(ws: Workspace, n: int) -> None:
    with ws.write() as s:
        for i in range(n):
            order(s, currency="USD", placed_on=date(2026, 3, 1 + i), payments=((PaymentMethod.CARD, 1000 + i),))


def test_every_page_is_read_in_the_lists_order(workspace: Workspace) -> None:
    _orders(workspace, 7)
    with workspace.read() as s:
        everything = fetch_page(s, ORDERS, limit=1000, sort=("placed_on", False))
        paged = all_rows(s, ORDERS, sort=("placed_on", False), page_size=3)
        chosen = all_rows(s, ORDERS, sort=("placed_on", False), page_size=3, only={everything[1].id, everything[5].id})
    assert [r.id for r in paged] == [r.id for r in everything] and len(paged) == 7
    assert [r.id for r in chosen] == [everything[1].id, everything[5].id]


def test_csv_and_xlsx_hold_the_same_rows(workspace: Workspace, tmp_path: Path) -> None:
    _orders(workspace, 2)
    with workspace.read() as s:
        rows = all_rows(s, ORDERS, sort=("placed_on", False))
    columns = [ORDERS.column("placed_on"), ORDERS.column("order_no"), ORDERS.column("total")]
    table = ListTable.of("Orders: all/some?", rows, columns, lambda value, column: display(value, column))

    lines = list(csv.reader(io.StringIO(to_csv(table).decode("utf-8-sig"))))
    assert to_csv(table).startswith(b"\xef\xbb\xbf")
    assert lines[0] == ["Placed", columns[1].title, columns[2].title]
    assert lines[1][0] == "2026-03-01" and lines[1][2] == display(rows[0]["total"])

    path = tmp_path / "orders.xlsx"
    path.write_bytes(to_xlsx(table))
    book = load_workbook(path)
    sheet = book.active
    assert sheet.title == "Orders  all some"
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[1][0].date() == date(2026, 3, 1) and cells[1][1:] == tuple(lines[1][1:])
