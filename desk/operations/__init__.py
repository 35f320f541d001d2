"""Every change a user can make, and every document Desk makes: one function each, in a module per kind of record.

    def open_dispute(ws: Workspace, request: OpenDispute, *, progress=None, cancelled=None) -> DisputeOpened

An operation checks its request, opens the one write transaction it needs (`ws.write()`; nothing else in Desk
does), lets the audit log record it, and returns a plain `Result` that says which kinds of record changed. The
command line and the window are thin callers: they build the request from what the user typed, call the
operation, and show the result; pages refresh from `Result.changed`, not by reaching into each other.

Requests and results are frozen dataclasses of plain values (ids, `Money`, dates, enums, text): no ORM object
leaves an operation, so a result can cross threads and outlive its session."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk.common import Dated


class Record(StrEnum):
    """The kinds of record an operation can change; a page shows some of them and reloads when one changed."""

    ORDER = "order"
    DISPUTE = "dispute"
    REFUND = "refund"
    EVIDENCE = "evidence"
    ACCOUNT = "account"
    DEPOSIT = "deposit"
    SUPPLIER = "supplier"
    STORE = "store"
    SETTING = "setting"
    POLICY = "policy"
    RATE = "rate"
    REMINDER = "reminder"


@dataclass(frozen=True, kw_only=True)
class Result:
    """What an operation did. `changed`: the kinds of record it wrote (empty for one that only reads or makes a
    file). `message`: one sentence for a person, e.g. for the status bar or the CLI."""

    changed: frozenset[Record] = frozenset()
    message: str = ""
    # The message with its dates and amounts kept as such, where it has any: the window writes them in the user's
    # locale. `message`, when not given, is the same text in the fixed form (ISO dates, "34.89 USD"), for the CLI.
    dated: Dated | None = None
    # The first and last audit entry its writes committed, for Undo: filled in by whoever ran it, from
    # `desk.db.take_written()` on the thread it ran on (desk.ui.worker, desk.ui.changes.announce).
    audit: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.dated is not None and not self.message:
            object.__setattr__(self, "message", str(self.dated))


def changed(*records: Record) -> frozenset[Record]:
    return frozenset(records)
