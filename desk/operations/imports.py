"""Importing orders from a CSV or XLSX export: `desk import FILE` and File › Import Orders… alike.

    result = import_orders(ws, ImportOrders(Path("orders.csv"), dry_run=True), progress=bar, cancelled=stop)
    for problem in result.report.problems: print(problem)   # row 4, column qty: "1.5" is not a whole number …

All or nothing: a file with any bad row imports nothing and its report lists every problem. The rows are read and
checked before the write transaction opens (a large file holds no lock while it is checked); then the orders are
compared with Desk's and written in one transaction. A dry run is the same operation in a read session: it says
what would change and writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.common import Cancelled, Progress
from desk.importing import (
    ColumnMapping,
    ImportOptions,
    ImportReport,
    apply,
    check,
    choose,
    collector_paused,
    read_sheet,
)
from desk.importing.text_format import TextFormat
from desk.operations import Record, Result, changed
from desk.workspace import Workspace


@dataclass(frozen=True)
class ImportOrders:
    path: Path
    currency: str | None = None  # as typed: the currency of amounts that name none (eBay's, AliExpress's exports)
    dry_run: bool = False  # check and say what would change; write nothing
    mapping_name: str | None = None  # read with the remembered mapping of this name (`--mapping`)
    overrides: ColumnMapping | None = None  # columns or fixed values put over how Desk reads it (`--map`, `--set`)
    mapping: ColumnMapping | None = None  # read with exactly this mapping (the Import dialog's Columns tab)
    remember_as: str | None = None  # remember the file's column mapping under this name
    encoding: str | None = None  # read a CSV file in this encoding (`--encoding`, the dialog's choice); None: found
    text_format: TextFormat | None = None  # how the file writes dates and numbers, as far as the user said
    confirm_dates: bool = False  # dates before 2000 or more than a year ahead are meant (`--confirm-dates`)


@dataclass(frozen=True, kw_only=True)
class OrdersImported(Result):
    """`report`: what the import did or would do, or every problem that stopped it (`report.ok` is then false
    and nothing was written)."""

    report: ImportReport


def import_orders(
    ws: Workspace, request: ImportOrders, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> OrdersImported:
    options = ImportOptions(
        currency=request.currency or None,
        dry_run=request.dry_run,
        format=request.text_format or TextFormat(),
        confirm_dates=request.confirm_dates,
    )
    sheet = read_sheet(request.path, request.encoding)
    with ws.read() as session:
        plan = choose(
            sheet,
            options,
            session,
            mapping_name=request.mapping_name,
            overrides=request.overrides,
            exact=request.mapping,
        )
    remember = None if request.dry_run else request.remember_as
    with collector_paused():
        checked = check(plan, options, progress=progress, cancelled=cancelled)
        if not checked.ok:
            report = checked.report
        elif request.dry_run:
            with ws.read() as session:
                report = apply(session, checked)
        else:
            with ws.write() as session:
                report = apply(session, checked, remember_as=remember)
    return OrdersImported(changed=_changed(report), message=report.headline(), report=report)


def _changed(report: ImportReport) -> frozenset[Record]:
    if not report.written:
        return frozenset()
    records = []
    if report.count("new") or report.count("updated"):
        records.append(Record.ORDER)
    if report.suppliers_created:
        records.append(Record.SUPPLIER)
    if report.stores_created:
        records.append(Record.STORE)
    return changed(*records)
