"""The import as an operation (`import_orders`): what it says it changed, a dry run that only reads, and how a file
is read decided in one place (`reading` for the Import dialog, `choose` for the run) so the two cannot differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.errors import DeskError
from desk.importing import ColumnMapping, ImportOptions, choose, read_sheet, reading
from desk.models import AuditEntry, ImportMapping, Order
from desk.operations import Record
from desk.operations.imports import ImportOrders, import_orders
from desk.workspace import Workspace

DATA = Path(__file__).parent.parent / "data" / "import"
REAL = Path(__file__).parent.parent / "fixtures"  # real export layouts (tests/fixtures/README.md)


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_an_import_says_what_it_changed(workspace: Workspace) -> None:
    result = import_orders(workspace, ImportOrders(DATA / "generic.csv"))
    assert result.report.written and result.report.count("new") == 4
    assert result.changed == {Record.ORDER, Record.SUPPLIER, Record.STORE}
    assert result.message == (
        "Imported generic.csv (UTF-8, comma-separated; Generic format): 5 rows, 4 orders: 4 new orders, 0 updated, "
        "0 unchanged"
    )
    again = import_orders(workspace, ImportOrders(DATA / "generic.csv"))
    assert again.report.count("unchanged") == 4 and again.changed == frozenset()


def test_a_dry_run_is_the_same_operation_reading_only(workspace: Workspace) -> None:
    result = import_orders(workspace, ImportOrders(DATA / "generic.csv", dry_run=True, remember_as="never"))
    assert result.report.ok and not result.report.written and result.report.count("new") == 4
    assert result.changed == frozenset() and result.message.startswith("Checked generic.csv")
    assert _count(workspace, Order) == _count(workspace, AuditEntry) == _count(workspace, ImportMapping) == 0


def test_a_file_with_bad_rows_changes_nothing(workspace: Workspace) -> None:
    result = import_orders(workspace, ImportOrders(DATA / "bad-rows.csv"))
    assert not result.report.ok and len(result.report.problems) == 9 and result.changed == frozenset()
    assert result.message.endswith("9 problems; nothing was imported")


def test_the_currency_is_checked_by_the_operation_and_named(workspace: Workspace) -> None:
    with pytest.raises(DeskError, match=r'^currency: unknown currency "euro"; use an ISO code'):
        import_orders(workspace, ImportOrders(DATA / "generic.csv", currency="euro"))


def _sheet(tmp_path: Path, header: str, row: str) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    return path


def test_reading_says_how_a_file_is_read_as_choose_reads_it(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.read() as s:
        generic = reading(read_sheet(DATA / "generic.csv"), s)
        amazon = reading(read_sheet(REAL / "amazon" / "Retail.OrderHistory.1.csv"), s)
        ebay = reading(read_sheet(REAL / "ebay" / "orders-report.csv"), s)
    assert (generic.how, generic.label) == ("generic", "Generic format")
    assert generic.mapping.columns["order_no"] == "order_no"
    assert (amazon.how, amazon.label, amazon.names_no_currency) == ("preset", "Amazon order history", False)
    assert amazon.mapping.columns["order_no"] == "Order ID" and amazon.mapping.fixed["platform"] == "amazon"
    assert (ebay.how, ebay.names_no_currency) == ("preset", True)
    with workspace.read() as s:
        amazon_file = read_sheet(REAL / "amazon" / "Retail.OrderHistory.1.csv")
        assert choose(amazon_file, ImportOptions(), s).source.key == "amazon"

    shop = _sheet(tmp_path, "Order #,Seller,Date,Product,Price", "A-1,Ningbo Home Goods,2026-10-02,Glass jar,12.50")
    with workspace.read() as s:
        unmapped = reading(read_sheet(shop), s)
    assert unmapped.how == "unmapped" and unmapped.mapping.missing()
    mapping = ColumnMapping(
        {"order_no": "Order #", "supplier": "Seller", "placed_on": "Date", "item": "Product", "unit_price": "Price"},
        {"platform": "1688", "currency": "CNY"},
    )
    first = import_orders(workspace, ImportOrders(shop, mapping=mapping, remember_as="Ningbo shop"))
    assert first.report.remembered_as == "Ningbo shop" and first.report.format_label == "Your column mapping"
    with workspace.read() as s:
        kept = reading(read_sheet(shop), s)
        assert (kept.how, kept.remembered, kept.mapping) == ("remembered", "Ningbo shop", mapping)
        # The remembered mapping, unchanged, is named as what it is.
        plan = choose(read_sheet(shop), ImportOptions(), s, exact=kept.mapping)
        assert (plan.source.label, plan.remembered) == ('Mapping "Ningbo shop"', "Ningbo shop")
