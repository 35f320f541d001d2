"""The XLSX writer the lawyer's bundle and an exported list share (desk.spreadsheets.xlsx_workbook), fed what an
imported file may hold: text that looks like a formula stays text, exactly as typed."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook  # type: ignore[import-untyped]

from desk.lists.export import ListTable, to_xlsx
from desk.spreadsheets import xlsx_workbook

HOSTILE = ('=HYPERLINK("http://evil.example","Refund")', "+1+1", "@SUM(A1:A2)", "=cmd|' /C calc'!A0")


def test_text_that_looks_like_a_formula_is_kept_as_text() -> None:
    rows = [[text, Decimal("12.50"), date(2026, 12, 6)] for text in HOSTILE]
    book = load_workbook(io.BytesIO(xlsx_workbook([("Orders", ["=Supplier", "Amount", "Placed"], rows)])))
    sheet = book["Orders"]
    assert (sheet["A1"].value, sheet["A1"].data_type) == ("=Supplier", "s")
    for n, text in enumerate(HOSTILE, start=2):
        assert (sheet[f"A{n}"].value, sheet[f"A{n}"].data_type) == (text, "s")
        assert sheet[f"B{n}"].value == 12.5 and sheet[f"B{n}"].number_format == "0.00"
        assert sheet[f"C{n}"].number_format == "yyyy-mm-dd"


def test_an_exported_list_keeps_a_suppliers_formula_like_name_as_text() -> None:
    table = ListTable("Suppliers", ("Name",), [(HOSTILE[0],)])
    sheet = load_workbook(io.BytesIO(to_xlsx(table))).active
    assert (sheet["A2"].value, sheet["A2"].data_type) == (HOSTILE[0], "s")
