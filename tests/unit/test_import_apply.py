"""Writing an import: all or nothing, idempotent, every row audited (old → new), cancel rolls back, a dry run
writes nothing, and a remembered mapping maps the same export next time."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from factories import order
from importer import imported
from sqlalchemy import func, select

from desk.common import OperationCancelled
from desk.importing import ColumnMapping, ImportFileError
from desk.models import AuditAction, AuditEntry, ImportMapping, Order, OrderLine, Payment, Platform, Store, Supplier
from desk.models.audit import verify_chain
from desk.orders.amounts import order_total
from desk.workspace import Workspace

DATA = Path(__file__).parent.parent / "data" / "import"
REAL = Path(__file__).parent.parent / "fixtures"  # real export layouts (tests/fixtures/README.md)


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _audit(ws: Workspace) -> list[AuditEntry]:
    with ws.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _copy(tmp_path: Path, name: str, edit: tuple[str, str] | None = None) -> Path:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    if edit is not None:
        text = target.read_text(encoding="utf-8")
        assert edit[0] in text
        target.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    return target


def test_the_generic_sample_imports_every_order_with_its_lines_and_payments(workspace: Workspace) -> None:
    report = imported(workspace, DATA / "generic.csv")
    assert report.ok and report.written
    assert (report.rows, report.orders, report.count("new")) == (5, 4, 4)
    assert (report.suppliers_created, report.stores_created) == (4, 1)
    with workspace.read() as s:
        o = s.scalars(select(Order).where(Order.order_no == "8123456789012345")).one()
        assert o.supplier.name == "深圳市华强电子有限公司"
        assert o.store is not None and (o.store.platform, o.store.name) == (Platform.OZON, "TechBox")
        assert [(line.line_no, line.item, line.qty, line.unit_price_minor) for line in o.lines] == [
            (1, "USB-C cable 1 m", 2, 1250), (2, "Phone case (black)", 1, 1500)
        ]
        assert sorted((p.method.value, p.amount_minor) for p in o.payments) == [("balance", 1000), ("card", 3250)]
        assert order_total(o) == o.paid and o.paid.minor == 4250
        assert [t.number for t in o.tracking_numbers] == ["LP00123456789CN"]
        assert str(o.shipped_on) == "2026-10-03" and o.status.value == "shipped"


def test_every_row_written_is_audited_and_the_chain_holds(workspace: Workspace) -> None:
    report = imported(workspace, DATA / "generic.csv")
    entries = _audit(workspace)
    assert len(entries) == report.audit_entries
    written = sum(_count(workspace, m) for m in (Order, OrderLine, Payment, Supplier, Store))
    with workspace.read() as s:
        tracking = s.scalar(select(func.count()).select_from(Order.__table__.metadata.tables["tracking_numbers"]))
        assert list(verify_chain(s)) == []
    assert len(entries) == written + int(tracking or 0)
    assert {e.action for e in entries} == {AuditAction.INSERT} and {e.actor for e in entries} == {"tester"}
    first_order = next(e for e in entries if e.table_name == "orders")
    values = json.loads(first_order.changes)
    assert values["platform"] == [None, "aliexpress"] and values["placed_on"] == [None, "2026-10-01"]
    assert values["id"] == [None, first_order.row_id]


def test_importing_the_same_file_again_changes_nothing(workspace: Workspace) -> None:
    files = [DATA / "generic.csv", DATA / "gb18030-suppliers.csv", REAL / "amazon" / "Retail.OrderHistory.1.csv",
             REAL / "ebay" / "orders-report.csv"]
    for path in files:
        imported(workspace, path)
    before = len(_audit(workspace))
    orders = _count(workspace, Order)
    for path in files:
        again = imported(workspace, path)
        assert again.ok and again.count("new") == again.count("updated") == 0
        assert again.count("unchanged") == again.orders and again.audit_entries == 0
    assert len(_audit(workspace)) == before and _count(workspace, Order) == orders


def test_a_changed_row_updates_the_order_and_is_audited_old_to_new(workspace: Workspace, tmp_path: Path) -> None:
    imported(workspace, DATA / "generic.csv")
    before = len(_audit(workspace))
    changed = _copy(tmp_path, "generic.csv", ("USB-C cable 1 m,UC-100,2,12.50", "USB-C cable 1 m,UC-100,3,12.50"))
    text = changed.read_text(encoding="utf-8").replace("card:32.50; balance:10.00", "card:55.00")
    changed.write_text(text.replace(",2026-10-03,,shipped,", ",2026-10-03,2026-10-15,delivered,"), encoding="utf-8")

    report = imported(workspace, changed)
    assert report.ok and (report.count("new"), report.count("updated"), report.count("unchanged")) == (0, 1, 3)
    [updated] = [o for o in report.outcomes if o.action == "updated"]
    assert [str(c) for c in updated.changes] == [
        "order status: shipped → delivered",
        "order delivered_on: (none) → 2026-10-15",
        "line 1 qty: 2 → 3",
        "payment card amount: 32.50 → 55.00 CNY",
        "payment balance amount: 10.00 → (none) CNY",
    ]
    new_entries = _audit(workspace)[before:]
    not_payments = [e for e in new_entries if e.table_name != "payments"]
    assert [(e.action.value, e.table_name, json.loads(e.changes)) for e in not_payments] == [
        ("update", "orders", {"delivered_on": [None, "2026-10-15"], "status": ["shipped", "delivered"]}),
        ("update", "order_lines", {"qty": [2, 3]}),
    ]
    payments = {(e.action.value, json.loads(e.changes)["amount_minor"][0]) for e in new_entries
                if e.table_name == "payments"}
    assert payments == {("update", 3250), ("delete", 1000)}
    with workspace.read() as s:
        o = s.scalars(select(Order).where(Order.order_no == "8123456789012345")).one()
        assert order_total(o) == o.paid and [(p.method.value, p.amount_minor) for p in o.payments] == [("card", 5500)]


def test_one_bad_row_imports_nothing(workspace: Workspace) -> None:
    report = imported(workspace, DATA / "bad-rows.csv")
    assert not report.ok and not report.written
    assert len(report.problems) == 9
    assert _count(workspace, Order) == 0 and _count(workspace, Supplier) == 0 and _audit(workspace) == []


def test_a_problem_found_against_desk_also_imports_nothing(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.write() as s:
        o = order(s, order_no="8123456789012345", lines=(("USB-C cable 1 m", 2, 1250),) * 3)
    before = len(_audit(workspace))
    report = imported(workspace, DATA / "generic.csv")
    assert [str(p) for p in report.problems] == [
        'row 2, column line_no: aliexpress:8123456789012345 has line 3 ("USB-C cable 1 m") in Desk but not in this '
        "file; an import never deletes lines: delete it in Desk or add it to the file"
    ]
    assert _count(workspace, Order) == 1 and len(_audit(workspace)) == before
    assert o.currency == "CNY"
    usd = _copy(tmp_path, "generic.csv", (",CNY,1,USB-C", ",USD,1,USB-C"))
    usd.write_text(usd.read_text(encoding="utf-8").replace(",CNY,2,Phone", ",USD,2,Phone"), encoding="utf-8")
    with workspace.write() as s:
        s.execute(OrderLine.__table__.delete().where(OrderLine.line_no == 3))
    report = imported(workspace, usd)
    assert [str(p) for p in report.problems] == [
        "row 2, column currency: aliexpress:8123456789012345 is in CNY in Desk; an import does not change an "
        "order's currency"
    ]


@pytest.mark.sqlite_only("compares the database's file")
def test_a_dry_run_reports_and_writes_nothing(workspace: Workspace, data_folder: Path) -> None:
    report = imported(workspace, DATA / "generic.csv", dry_run=True)
    assert report.ok and report.dry_run and not report.written
    assert report.count("new") == 4 and report.suppliers_created == 4
    assert report.lines_for_people()[0].startswith("Checked generic.csv (UTF-8, comma-separated; Generic format), ")
    assert _count(workspace, Order) == 0 and _audit(workspace) == []
    with closing(sqlite3.connect(data_folder / "desk.sqlite3")) as db:
        assert db.execute("SELECT count(*) FROM suppliers").fetchone() == (0,)


def test_cancelling_rolls_everything_back(workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    lines = ["platform,order_no,supplier,placed_on,currency,item,qty,unit_price,payments"]
    lines += [f"taobao,{n},Shop {n % 7},2026-10-01,CNY,Cup,1,9.90,alipay:9.90" for n in range(12_000)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []

    def cancel_while_writing() -> bool:
        return bool(seen) and seen[-1][0] * 2 > seen[-1][1]  # past half: the writing has begun

    with pytest.raises(OperationCancelled, match="the import was cancelled; nothing was imported"):
        imported(workspace, big, progress=lambda d, t: seen.append((d, t)), cancelled=cancel_while_writing)
    assert seen[-1][0] * 2 > seen[-1][1]
    assert _count(workspace, Order) == 0 and _count(workspace, Supplier) == 0 and _audit(workspace) == []


def test_progress_runs_to_the_end(workspace: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    imported(workspace, DATA / "generic.csv", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_suppliers_and_stores_are_found_by_platform_and_name(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.write() as s:
        s.add(Supplier(platform=Platform.ALIEXPRESS, name="YIWU TRADE CO."))
        s.add(Supplier(platform=Platform.TAOBAO, name="Yiwu Trade Co."))
        s.add(Store(platform=Platform.OZON, name="techbox"))
    report = imported(workspace, DATA / "generic.csv")
    assert report.suppliers_created == 3 and report.stores_created == 0
    with workspace.read() as s:
        o = s.scalars(select(Order).where(Order.order_no == "8123456789099999")).one()
        assert (o.supplier.platform, o.supplier.name) == (Platform.ALIEXPRESS, "YIWU TRADE CO.")


def test_a_mapping_is_remembered_and_maps_the_same_export_next_time(workspace: Workspace, tmp_path: Path) -> None:
    shop = tmp_path / "shop-export.csv"
    shop.write_text(
        "Order #,Seller,Date,Product,Count,Price,Paid with\n"
        'A-1001,Ningbo Home Goods,2026-10-02,Glass jar 1 l,4,"12,50",alipay:50.00\n',
        encoding="utf-8",
    )
    mapping = ColumnMapping(
        {"order_no": "Order #", "supplier": "Seller", "placed_on": "Date", "item": "Product", "qty": "Count",
         "unit_price": "Price", "payments": "Paid with"},
        {"platform": "1688", "currency": "CNY"},
    )
    # Its headers name most fields as shops do ("Order #", "Seller", "Date"); the platform is nowhere.
    with pytest.raises(ImportFileError, match=r"no column for platform \(its columns: Order #, Seller, Date"):
        imported(workspace, shop)
    first = imported(workspace, shop, overrides=mapping, remember_as="Ningbo shop")
    assert first.ok and first.remembered_as == "Ningbo shop" and first.format == "mapping"
    with workspace.read() as s:
        [kept] = s.scalars(select(ImportMapping)).all()
        assert ColumnMapping.from_json(kept.mapping) == mapping and kept.name == "Ningbo shop"
    # The same columns in another order, a new row: mapped by itself.
    shop.write_text(
        "Seller,Order #,Date,Product,Count,Price,Paid with\n"
        'Ningbo Home Goods,A-1002,2026-10-03,Glass jar 2 l,1,"19,00",alipay:19.00\n',
        encoding="utf-8",
    )
    second = imported(workspace, shop)
    assert second.ok and second.format_label == 'Mapping "Ningbo shop"' and second.count("new") == 1
    # And by name, for a file whose header differs.
    third = tmp_path / "renamed.csv"
    third.write_text(shop.read_text(encoding="utf-8").replace("Seller,", "Seller,Note,").replace("Goods,", "Goods,,"))
    assert imported(workspace, third, mapping_name="ningbo SHOP").ok
    with pytest.raises(ImportFileError, match='no remembered mapping called "nope"; remembered mappings: Ningbo shop'):
        imported(workspace, third, mapping_name="nope")
