"""Importing a PayPal activity download as the payments we made to suppliers and the refunds we received: `desk import
FILE` when FILE is one (`desk.importing.activity.is_paypal_activity`).

    result = import_payments(ws, ImportPayments(Path("Download.CSV"), links={"3MZ09173HV558240D": "ebay:12-345"}))
    for entry in result.report.unmatched: print(entry.said())   # row 13  2026-10-23  176.40 USD  Quarry Bay …

All or nothing, as the orders import: the file is read and checked before the write transaction opens, then each
payment and refund is matched to its order and recorded in one transaction; a bad cell, a link that does not fit or
a refund larger than what is left to refund stops it, and the report lists every such problem as `row N, column C:
problem`. A dry run matches in a read session and writes nothing. Importing the same file again changes nothing:
each payment and refund is found by its transaction id. The rules: `desk.importing.activity`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.common import Cancelled, Progress, stop_if_cancelled
from desk.importing import ImportFileError, Sheet, read_sheet
from desk.importing.activity import PaymentReport, is_paypal_activity, match, read_activity, write_plan
from desk.importing.text_format import TextFormat
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models.audit import AuditEntry
from desk.operations import Record, Result, changed
from desk.workspace import Workspace

CANCELLED = QT_TRANSLATE_NOOP("words", "the import was cancelled; nothing was imported")  # shown as words.tr(…)
ORDERS, PAYMENTS = "orders", "payments"
EVERY = 200  # rows between progress reports and cancel checks


def kind_of_import(ws: Workspace, path: Path, encoding: str | None = None) -> str:
    """What `desk import` and the Import dialog do with the file at `path`: PAYMENTS for a PayPal activity
    download, else ORDERS. A file that looks like a kind Desk knows and cannot import (a PayPal statement) is refused
    (`ImportFileError`) saying what it looks like, unless Desk has a way to read it as orders (a remembered mapping,
    a preset): a list of missing columns would not help its user."""
    return kind_of_sheet(ws, read_sheet(path, encoding))


def kind_of_sheet(ws: Workspace, sheet: Sheet) -> str:
    """`kind_of_import` for a file already read (the Import dialog reads it once for its preview)."""
    from desk.importing import reading
    from desk.importing.activity import not_orders_message

    if is_paypal_activity(sheet.headers):
        return PAYMENTS
    message = not_orders_message(sheet.name, sheet.headers)
    if message is not None:
        with ws.read() as session:
            if reading(sheet, session).how == "unmapped":
                raise ImportFileError(message)
    return ORDERS


@dataclass(frozen=True)
class ImportPayments:
    path: Path
    dry_run: bool = False  # match and say what would change; write nothing
    links: Mapping[str, str] = field(default_factory=dict)  # transaction id -> PLATFORM:ORDER_NO (`--link`)
    encoding: str | None = None  # read the file in this encoding; None: found
    text_format: TextFormat | None = None  # how the file writes dates and numbers, as far as the user said


@dataclass(frozen=True, kw_only=True)
class PaymentsImported(Result):
    """`report`: what the import did or would do, or every problem that stopped it (`report.ok` is then false and
    nothing was written)."""

    report: PaymentReport


def import_payments(
    ws: Workspace, request: ImportPayments, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PaymentsImported:
    sheet = read_sheet(request.path, request.encoding)
    if not is_paypal_activity(sheet.headers):
        raise ImportFileError(
            words.tr("{0} is not a PayPal activity download (Activity → Download, CSV)").format(sheet.name)
        )
    total = max(sheet.estimated_rows, 1) * 2  # reading is the first half, matching and writing the second

    def on_row(done: int) -> None:
        if done % EVERY == 0:
            stop_if_cancelled(cancelled, words.tr(CANCELLED))
            if progress is not None:
                progress(min(done, total // 2), total)

    activity = read_activity(sheet, request.text_format or TextFormat(), on_row)
    head = {
        "file": sheet.name, "read_as": sheet.description, "encoding_reason": sheet.encoding_reason,
        "dry_run": request.dry_run,
    }
    links = dict(request.links)
    if not activity.ok:
        report = PaymentReport.of(activity, None, **head)
    elif request.dry_run:
        with ws.read() as session:
            report = PaymentReport.of(activity, match(session, activity, links), **head)
    else:
        with ws.write() as session:
            plan = match(session, activity, links)
            if plan.problems:
                report = PaymentReport.of(activity, plan, **head)  # nothing was written: the transaction ends empty
            else:
                stop_if_cancelled(cancelled, words.tr(CANCELLED))  # the last chance: after this the transaction commits
                before = _last_audit(session)
                write_plan(session, plan)
                report = PaymentReport.of(activity, plan, **head)
                report.written = True
                report.audit_entries = _last_audit(session) - before
    if progress is not None:
        progress(total, total)
    return PaymentsImported(changed=_changed(report), message=report.headline(), report=report)


def _last_audit(session: Session) -> int:
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def _changed(report: PaymentReport) -> frozenset[Record]:
    if not report.written:
        return frozenset()
    records = []
    if report.payments_recorded:
        records.append(Record.ORDER)
    if report.refunds_recorded:
        records.append(Record.REFUND)
    return changed(*records)
