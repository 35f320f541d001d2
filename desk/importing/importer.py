"""An import from start to end, in two steps the operation (`desk.operations.imports`) runs: `check` reads and
checks every row without the database; `apply` compares the orders with Desk's and writes them all, in the
session it is given (or, on a dry run or when a row is bad, writes nothing).

Progress is reported through `progress(done, total)` (checking is the first half, writing the second) and
`cancelled()` is asked between batches: cancelling raises `OperationCancelled`, and the caller's transaction rolls
everything back."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desk.common import Cancelled, Progress, stop_if_cancelled
from desk.importing import remembered
from desk.importing.apply import write_changes
from desk.importing.changes import count_rows, plan_changes
from desk.importing.choice import Plan
from desk.importing.file_refunds import check_refunds, write_refunds
from desk.importing.mappings import ColumnMapping
from desk.importing.problems import Problem
from desk.importing.records import OrderRecord
from desk.importing.report import ImportReport
from desk.importing.rows import ImportOptions
from desk.importing.text_format import settle
from desk.importing.validate import build_orders
from desk.language import QT_TRANSLATE_NOOP, words

EVERY = 1000  # rows between progress reports and cancel checks
CANCELLED = QT_TRANSLATE_NOOP("words", "the import was cancelled; nothing was imported")


class _Meter:
    """Turns row counts into `progress(done, total)` calls and `cancelled()` checks, a few per second at most."""

    def __init__(self, rows: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.half = max(rows, 1)
        self.progress = progress
        self.cancelled = cancelled
        self.written = 0
        self.to_write = 1

    def check(self) -> None:
        stop_if_cancelled(self.cancelled, words.tr(CANCELLED))

    def report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(min(done, 2 * self.half), 2 * self.half)

    def on_row(self, done: int) -> None:
        if done % EVERY == 0:
            self.check()
            self.report(min(done, self.half - 1))

    def on_write(self, n: int) -> None:
        self.written += n
        self.check()
        self.report(self.half + self.written * self.half // self.to_write)

    def done(self) -> None:
        self.report(2 * self.half)


@contextmanager
def _timed(seconds: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start


@contextmanager
def collector_paused() -> Iterator[None]:
    """An import allocates millions of short-lived objects that form no reference cycles, and keeps them until
    it ends; the cyclic collector would walk the ever larger heap again and again (a third of the time of an
    import of 100,000 lines, measured) and free nothing. Paused for the import, collected once after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class Checked:
    """A file read and checked: its orders, and the report so far (with every bad cell, if any)."""

    plan: Plan
    options: ImportOptions
    records: list[OrderRecord]
    report: ImportReport
    meter: _Meter

    @property
    def ok(self) -> bool:
        return self.report.ok


def _sort(problems: list[Problem], headers: list[str]) -> list[Problem]:
    """By row, then as the columns stand in the file."""
    order = {h: i for i, h in enumerate(headers)}
    return sorted(problems, key=lambda p: (p.row or 0, order.get(p.column or "", len(order))))


def check(
    plan: Plan, options: ImportOptions, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Checked:
    """Read and check every row of the plan's sheet; nothing here needs the database."""
    sheet, source = plan.sheet, plan.source
    used = set(source.columns.values())
    report = ImportReport(
        file=sheet.name,
        format=source.key,
        format_label=words.tr(source.label),  # a preset's name (marked where it is defined), or the mapping's
        read_as=sheet.description,
        encoding=sheet.encoding,
        encoding_reason=sheet.encoding_reason,
        dry_run=options.dry_run,
        mapping=dict(source.columns),
        ignored_columns=[] if plan.preset else [h for h in sheet.headers if h and h not in used],
    )
    meter = _Meter(sheet.estimated_rows, progress, cancelled)
    with _timed(report.seconds, "check"):
        # What the user says now, else what they said when the mapping was remembered, else the file's own.
        fmt = options.format if options.format.chosen or plan.text_format is None else plan.text_format
        if fmt.dates is None and source.date_order is not None:
            fmt = replace(fmt, dates=source.date_order)
        fmt, problems = settle(fmt, sheet, date_columns=source.date_columns, amount_columns=source.amount_columns)
        report.text_format = fmt
        rows = list(source.parse(sheet, problems, fmt, report.skipped))
        records = build_orders(
            rows, source, problems, meter.on_row, report.differences, dates_confirmed=options.confirm_dates
        )
    report.rows, report.orders = len(rows), len(records)
    for record in records:
        if record.lines:
            report.totals[record.currency] = report.totals.get(record.currency, 0) + record.amounts.total_minor
    report.lines = sum(len(r.lines) for r in records)
    report.problems = _sort(problems, sheet.headers)
    meter.check()
    return Checked(plan, options, records, report, meter)


def apply(session: Session, checked: Checked, *, remember_as: str | None = None) -> ImportReport:
    """Compare the checked orders with Desk's and, unless it is a dry run or a problem is found, write them in the
    caller's transaction (bulk Core statements, each row audited). Returns the finished report."""
    report, meter, plan, options = checked.report, checked.meter, checked.plan, checked.options
    if not report.ok:
        return report
    conn = session.connection()
    with _timed(report.seconds, "compare"):
        changes = plan_changes(conn, checked.records, plan.source)
    report.outcomes = changes.outcomes
    report.lines_added = len(changes.writes["order_lines"].inserts)
    report.suppliers_created = len(changes.writes["suppliers"].inserts)
    report.stores_created = len(changes.writes["stores"].inserts)
    refunds, refund_problems = check_refunds(session, plan.source.refunds, checked.records,
                                             plan.source.columns.get("order_no"))
    report.refunds_recorded = len(refunds)
    if changes.problems or refund_problems:
        report.problems = _sort(changes.problems + refund_problems, plan.sheet.headers)
        return report  # nothing was written: the transaction ends empty
    if options.dry_run:
        meter.done()  # nothing to write: checked is done
        return report
    meter.to_write = max(count_rows(changes), 1)
    with _timed(report.seconds, "write"):
        report.audit_entries = write_changes(conn, session.info.get("actor", "unknown"), changes, meter.on_write)
        report.audit_entries += write_refunds(session, refunds)
        if remember_as and plan.mapping is not None:
            mapping = plan.mapping
            if options.currency and not ({"currency"} & (mapping.columns.keys() | mapping.fixed.keys())):
                # The currency chosen for this export is part of how it is read next time.
                mapping = mapping.merged(ColumnMapping({}, {"currency": options.currency}))
            remembered.remember(session, remember_as, plan.sheet.headers, mapping, options.format)
            report.remembered_as = remember_as.strip()
        meter.check()  # the last chance to cancel: after this the caller commits
    report.written = True
    meter.done()
    return report
