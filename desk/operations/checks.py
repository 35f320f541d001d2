"""The check of a data folder (`desk verify`): every evidence file re-hashed, every reference, the audit chain.

    checked = verify_data_folder(ws, progress=bar, cancelled=stop)
    checked.report.ok, checked.report.file_problems

It only reads (one read session, for a consistent view); long on a large vault, so it reports progress (bytes
re-hashed, and audit entries counted as bytes) and can be cancelled."""

from __future__ import annotations

from dataclasses import dataclass

from desk.common import Cancelled, Progress
from desk.language import words
from desk.models.voided import INCLUDE_VOIDED
from desk.operations import Result
from desk.verify import VerifyReport, verify
from desk.workspace import Workspace


@dataclass(frozen=True)
class VerifyDataFolder:
    """The data folder is the workspace's: the check takes nothing else."""


@dataclass(frozen=True, kw_only=True)
class DataFolderVerified(Result):
    report: VerifyReport


def verify_data_folder(
    ws: Workspace,
    request: VerifyDataFolder = VerifyDataFolder(),
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DataFolderVerified:
    with ws.read() as session:
        session.info[INCLUDE_VOIDED] = True  # a voided record's file is still kept, and still checked
        report = verify(
            session, ws.vault, database=ws.db_path, backups=ws.root / "backups", progress=progress, cancelled=cancelled
        )
    ws.database.keep_audit_head()  # the first check of an older folder records the head; a lagging one catches up
    problems = len(report.file_problems) + len(report.reference_problems) + len(report.breaks)
    message = (
        words.tr("{0} is intact: {1} evidence files and {2} audit entries").format(
            ws.root, f"{report.files_checked:,}", f"{report.audit_entries:,}"
        )
        if report.ok
        else words.tr("{0} is not intact: {1} problem(s)", "", problems).format(ws.root, f"{problems:,}")
    )
    return DataFolderVerified(message=message, report=report)
