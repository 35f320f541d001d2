"""`desk verify`: check that what Desk keeps is intact. Today: the audit chain; the vault joins it later."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desk.models.audit import AuditEntry, ChainBreak, verify_chain
from desk.workspace import Workspace

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class VerifyReport:
    audit_entries: int = 0
    breaks: list[ChainBreak] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks


def verify(ws: Workspace, progress: Progress | None = None) -> VerifyReport:
    report = VerifyReport()
    with ws.read() as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        report.audit_entries = total
        report.breaks.extend(verify_chain(session, on_entry=_counter(progress, total)))
    return report


def _counter(progress: Progress | None, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None

    def tick(done: int) -> None:
        if done % 10_000 == 0 or done == total:
            progress(done, total)

    return tick
