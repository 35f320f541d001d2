"""An import from start to end: choose how to read the file (a remembered or given mapping, a preset, the generic
format), read and check every row, compare with Desk, and write it all in one transaction, or nothing.

Progress is reported through a plain callback `progress(done, total)` (checking is the first half, writing the
second) and `cancelled()` is asked between batches: cancelling rolls everything back."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk.importing import remembered
from desk.importing.apply import write_changes
from desk.importing.changes import count_rows, plan_changes
from desk.importing.mapped import MappedSource
from desk.importing.mappings import ColumnMapping, generic_mapping
from desk.importing.presets import PresetSource, detect
from desk.importing.problems import ImportCancelled, ImportFileError, Problem
from desk.importing.reader import Sheet, read_sheet
from desk.importing.report import ImportReport
from desk.importing.rows import ImportOptions, Source
from desk.importing.validate import build_orders

if TYPE_CHECKING:
    from desk.workspace import Workspace

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
EVERY = 1000  # rows between progress reports and cancel checks


@dataclass
class Plan:
    """How a sheet will be read."""

    sheet: Sheet
    source: Source
    mapping: ColumnMapping | None  # the mapping a mapped source reads with (to remember it)
    remembered: str | None = None  # the remembered mapping it came from

    @property
    def preset(self) -> PresetSource | None:
        return self.source if isinstance(self.source, PresetSource) else None


def choose(
    sheet: Sheet,
    options: ImportOptions,
    session: Session | None = None,
    *,
    mapping_name: str | None = None,
    overrides: ColumnMapping | None = None,
    use_preset: bool = True,
) -> Plan:
    """A mapping named by the user, else the one remembered for this header row, else a preset recognised by
    it, else the generic format; `overrides` (the dialog's combos, `--map`, `--set`) go over the first or last."""
    base: ColumnMapping | None = None
    name = None
    if mapping_name:
        if session is None:
            raise ImportFileError("remembered mappings need the data folder")
        found = remembered.by_name(session, mapping_name)
        base, name = found.mapping, found.name
    elif session is not None and (found_for := remembered.for_headers(session, sheet.headers)) is not None:
        base, name = found_for.mapping, found_for.name
    if base is None and not overrides and use_preset:
        preset = detect(sheet.headers)
        if preset is not None:
            return Plan(sheet, preset(sheet, options), None)
    mapping = (base or generic_mapping(sheet.headers)).merged(overrides or ColumnMapping())
    key = "generic" if base is None and not overrides else "mapping"
    return mapped_plan(sheet, mapping, options, key=key, name=name)


def mapped_plan(
    sheet: Sheet, mapping: ColumnMapping, options: ImportOptions, *, key: str = "mapping", name: str | None = None
) -> Plan:
    """Read `sheet` with exactly this mapping (the Import dialog's), refusing one that lacks a required field."""
    mapping = mapping.resolve(sheet.headers)
    missing = mapping.missing()
    if missing:
        raise ImportFileError(
            f"{sheet.name}: no column for {', '.join(missing)} (its columns: {', '.join(sheet.headers)}). "
            "Map them in the Import dialog, or give --map FIELD=COLUMN or --set FIELD=VALUE "
            "(`desk import --help` describes the generic format)"
        )
    label = f'Mapping "{name}"' if name else ("Generic format" if key == "generic" else "Your column mapping")
    return Plan(sheet, MappedSource(mapping, options, key, label), mapping, name)


class _Meter:
    """Turns row counts into `progress(done, total)` calls and `cancelled()` checks, a few per second at most."""

    def __init__(self, rows: int, progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
        self.half = max(rows, 1)
        self.progress = progress
        self.cancelled = cancelled
        self.written = 0
        self.to_write = 1

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()

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


@contextmanager
def _timed(seconds: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start


@contextmanager
def _collector_paused() -> Iterator[None]:
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


def run(
    ws: Workspace,
    plan: Plan,
    options: ImportOptions,
    *,
    remember_as: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Check the whole file and, unless it is a dry run or any row is bad, write it in one transaction."""
    with _collector_paused():
        return _run(ws, plan, options, remember_as, progress, cancelled)


def _run(
    ws: Workspace,
    plan: Plan,
    options: ImportOptions,
    remember_as: str | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> ImportReport:
    sheet, source = plan.sheet, plan.source
    used = set(source.columns.values())
    report = ImportReport(
        file=sheet.name,
        format=source.key,
        format_label=source.label,
        read_as=sheet.description,
        encoding=sheet.encoding,
        dry_run=options.dry_run,
        mapping=dict(source.columns),
        ignored_columns=[] if plan.preset else [h for h in sheet.headers if h and h not in used],
    )
    meter = _Meter(sheet.estimated_rows, progress, cancelled)
    problems: list[Problem] = []
    with _timed(report.seconds, "check"):
        rows = list(source.parse(sheet, problems))
        records = build_orders(rows, source, problems, meter.on_row)
    report.rows, report.orders = len(rows), len(records)
    report.lines = sum(len(r.lines) for r in records)
    order = {h: i for i, h in enumerate(sheet.headers)}

    def where(p: Problem) -> tuple[int, int]:  # by row, then as the columns stand in the file
        return (p.row or 0, order.get(p.column or "", len(order)))

    if problems:
        report.problems = sorted(problems, key=where)
        return report
    meter.check()
    session_scope = ws.read() if options.dry_run else ws.write()
    with session_scope as session:
        conn = session.connection()
        with _timed(report.seconds, "compare"):
            changes = plan_changes(conn, records, source)
        report.outcomes = changes.outcomes
        report.suppliers_created = len(changes.writes["suppliers"].inserts)
        report.stores_created = len(changes.writes["stores"].inserts)
        if changes.problems:
            report.problems = sorted(changes.problems, key=where)
            return report  # nothing was written: the transaction ends empty
        if options.dry_run:
            meter.report(2 * meter.half)  # nothing to write: checked is done
            return report
        meter.to_write = max(count_rows(changes), 1)
        with _timed(report.seconds, "write"):
            report.audit_entries = write_changes(conn, ws.actor, changes, meter.on_write)
            if remember_as and plan.mapping is not None:
                mapping = plan.mapping
                if options.currency and not ({"currency"} & (mapping.columns.keys() | mapping.fixed.keys())):
                    # The currency chosen for this export is part of how it is read next time.
                    mapping = mapping.merged(ColumnMapping({}, {"currency": options.currency}))
                remembered.remember(session, remember_as, sheet.headers, mapping)
                report.remembered_as = remember_as.strip()
            meter.check()  # the last chance to cancel: after this the transaction commits
    report.written = True
    meter.report(2 * meter.half)
    return report


def import_file(
    ws: Workspace,
    path: Path,
    options: ImportOptions | None = None,
    *,
    mapping_name: str | None = None,
    overrides: ColumnMapping | None = None,
    remember_as: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """`desk import FILE`: read, choose how to read it, check, and import (or only check, on a dry run)."""
    options = options or ImportOptions()
    sheet = read_sheet(path)
    with ws.read() as session:
        plan = choose(sheet, options, session, mapping_name=mapping_name, overrides=overrides)
    return run(ws, plan, options, remember_as=remember_as, progress=progress, cancelled=cancelled)
