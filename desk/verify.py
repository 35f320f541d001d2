"""`desk verify`: check that what Desk keeps is intact — every evidence file re-hashed against its record, every
reference between evidence, links and cases, and the audit log's hash chain, and that the log still reaches the head
kept outside it (desk.audit_head: beside the database and in every backup) — that no entry was cut off its end. A
lawyer's first question is whether the evidence is complete and untouched; this is the answer, file by file.

It only reads: its operation (`desk.operations.checks.verify_data_folder`) hands it a read session and the vault, and
records the head afterwards when none was kept yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from desk.audit_head import AuditHead, UnreadableHead, backup_heads, hash_of_entry, head_file, log_head, read_head
from desk.common import Cancelled, OperationCancelled, Progress
from desk.evidence.cases import case_of_link
from desk.language import words
from desk.models import ChecklistItem, Dispute, Evidence, EvidenceLink, Order, Refund
from desk.models.audit import AuditEntry, ChainBreak, verify_chain
from desk.vault import Vault

# Progress counts bytes re-hashed, and each audit entry as the bytes that take as long to hash (measured on the demo
# folder: an entry ~30 µs to read and check, sha256 ~0.9 GB/s, so an entry is worth ~25 kB of a file).
UNITS_PER_AUDIT_ENTRY = 25_000
AUDIT_TICK = 1_000  # entries between two progress reports and cancel checks


@dataclass(frozen=True)
class FileProblem:
    evidence_id: int
    name: str
    cases: tuple[str, ...]
    problem: str

    def describe(self) -> str:
        where = ", ".join(self.cases) if self.cases else words.tr("no case")
        return words.tr("evidence {0} {1!r} ({2}): {3}").format(self.evidence_id, self.name, where, self.problem)


@dataclass(frozen=True)
class VerifyReport:
    audit_entries: int
    breaks: tuple[ChainBreak, ...]
    files_checked: int
    bytes_checked: int
    file_problems: tuple[FileProblem, ...]
    reference_problems: tuple[str, ...]
    unreferenced: tuple[str, ...]  # vault files no evidence names: harmless, listed
    head: AuditHead | None = None  # the audit log's last entry (None: the log is empty)
    incomplete: tuple[ChainBreak, ...] = ()  # entries the heads kept outside the log show missing (also in breaks)
    head_note: str | None = None  # what to know of the head kept beside the database: none was kept yet, …

    @property
    def ok(self) -> bool:
        return not self.breaks and not self.file_problems and not self.reference_problems


class _Meter:
    """Progress in units that only grow, and the cancel check, in one place."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def add(self, units: int) -> None:
        if self.cancelled is not None and self.cancelled():  # the message translated only when it is said
            raise OperationCancelled(words.tr("the check was cancelled; nothing was changed"))
        self.done = min(self.done + units, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self.progress is not None:
            self.progress(self.total, self.total)


def verify(
    session: Session,
    vault: Vault,
    *,
    database: Path | None = None,
    backups: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> VerifyReport:
    """The check; `database` (its path) and `backups` (the folder of its backups) say where the log's head is kept
    outside it: without them, only the chain is checked."""
    evidence = list(
        session.scalars(
            select(Evidence)
            .options(selectinload(Evidence.links).selectinload(EvidenceLink.order))
            .order_by(Evidence.id)
        )
    )
    entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    sizes = {item.sha256: item.size for item in evidence}
    meter = _Meter(sum(sizes.values()) + entries * UNITS_PER_AUDIT_ENTRY, progress, cancelled)
    meter.add(0)
    files, hashed, problems = _verify_files(vault, evidence, meter)
    references = _broken_references(session)
    breaks = tuple(verify_chain(session, on_entry=_audit_ticks(meter)))
    head = log_head(session)
    incomplete, note = _completeness(session, head, database, backups)
    meter.finish()
    return VerifyReport(
        audit_entries=entries,
        breaks=breaks + incomplete,
        files_checked=files,
        bytes_checked=hashed,
        file_problems=problems,
        reference_problems=references,
        unreferenced=tuple(sorted(set(vault.stored()) - set(sizes))),
        head=head,
        incomplete=incomplete,
        head_note=note,
    )


def _completeness(
    session: Session, head: AuditHead | None, database: Path | None, backups: Path | None
) -> tuple[tuple[ChainBreak, ...], str | None]:
    """The entries the heads kept outside the log show missing or replaced (the file beside the database first,
    then the backups'), and a note on that file when it has nothing to say yet."""
    kept: list[tuple[AuditHead, str | None]] = []  # a head, and the backup that holds it (None: the file beside)
    note = None
    if database is not None:
        try:
            recorded = read_head(head_file(database))
        except UnreadableHead as error:
            recorded = None
            note = words.tr("the record of the audit log's end beside the database could not be used: {0}").format(
                error
            )
        if recorded is not None:
            kept.append((recorded, None))
        elif head is not None:
            note = note or words.tr(
                "no record of the audit log's end was kept outside the database yet (a data folder from an earlier "
                "Desk, or the record was removed)"
            )
            note = words.tr("{0}; it is kept from now on, from entry {1}").format(note, f"{head.last:,}")
    if backups is not None:
        kept += [(other, path.name) for path, other in backup_heads(backups)]
    last = head.last if head is not None else 0
    problems: list[ChainBreak] = []
    for claim, backup in sorted(kept, key=lambda k: -k[0].last):
        on = claim.when() if backup is None else words.tr("{0} (the backup {1} holds it)").format(claim.when(), backup)
        recorded_last = f"{claim.last:,}"
        if claim.last > last:
            if any(p.entry_id == last + 1 for p in problems):
                continue  # a later head already says so
            gone = claim.last - last
            if last == 0 and gone > 1:
                said = words.tr("the audit log is empty, but entry {0} was recorded on {1}: all of them are missing")
                text = said.format(recorded_last, on)
            elif last == 0:
                text = words.tr("the audit log is empty, but entry {0} was recorded on {1}: it is missing").format(
                    recorded_last, on
                )
            elif gone > 1:
                said = words.tr(
                    "the audit log ends at entry {0}, but entry {1} was recorded on {2}: {3} entries are missing"
                )
                text = said.format(f"{last:,}", recorded_last, on, f"{gone:,}")
            else:
                said = words.tr(
                    "the audit log ends at entry {0}, but entry {1} was recorded on {2}: 1 entry is missing"
                )
                text = said.format(f"{last:,}", recorded_last, on)
            problems.append(ChainBreak(last + 1, text))
        elif hash_of_entry(session, claim.last) != claim.hash:
            said = words.tr("entry {0} is not the one recorded on {1}: the audit log was rewritten up to it")
            problems.append(ChainBreak(claim.last, said.format(recorded_last, on)))
    return tuple(problems), note


def _verify_files(vault: Vault, evidence: list[Evidence], meter: _Meter) -> tuple[int, int, tuple[FileProblem, ...]]:
    """(files checked, bytes re-hashed, the problems), each file once however many records share it."""
    hashed = 0

    def on_bytes(n: int) -> None:
        nonlocal hashed
        hashed += n
        meter.add(n)

    known: dict[str, str | None] = {}  # sha256 → the problem with its file, once per file
    problems = []
    for item in evidence:
        if item.sha256 not in known:
            meter.add(0)
            known[item.sha256] = _check_file(vault, item, on_bytes)
        problem = known[item.sha256]
        if problem is not None:
            cases = tuple(case_of_link(link).label for link in item.links)
            problems.append(FileProblem(item.id, item.original_name, cases, problem))
    return len(known), hashed, tuple(problems)


def _check_file(vault: Vault, item: Evidence, hashed: Callable[[int], None]) -> str | None:
    path = vault.path_for(item.sha256)
    if not path.is_file():
        return words.tr("missing from the vault (expected at {0})").format(
            f"vault/sha256/{item.sha256[:2]}/{item.sha256[2:]}"
        )
    size = path.stat().st_size
    if size != item.size:
        return words.tr("altered: the vault file has {0} bytes, the record says {1}").format(
            f"{size:,}", f"{item.size:,}"
        )
    actual = vault.hash_of(item.sha256, on_bytes=hashed)
    if actual != item.sha256:
        return words.tr("altered: its bytes now hash to {0}, not {1}").format(actual, item.sha256)
    return None


def _broken_references(session: Session) -> tuple[str, ...]:
    """Links to cases that are gone and attachments whose e-mail is gone. The schema's foreign keys prevent these;
    a database edited by hand, or copied without foreign keys on, may still hold them."""
    problems = []
    for column, model, said in (
        (EvidenceLink.order_id, Order, words.tr("evidence {0} is linked to order {1}, which does not exist")),
        (EvidenceLink.dispute_id, Dispute, words.tr("evidence {0} is linked to dispute {1}, which does not exist")),
        (EvidenceLink.refund_id, Refund, words.tr("evidence {0} is linked to refund {1}, which does not exist")),
        (
            EvidenceLink.checklist_item_id,
            ChecklistItem,
            words.tr("evidence {0} is linked to checklist item {1}, which does not exist"),
        ),
    ):
        orphans = session.execute(
            select(EvidenceLink.evidence_id, column)
            .outerjoin(model, model.id == column)
            .where(column.is_not(None), model.id.is_(None))
        )
        problems += [said.format(e, c) for e, c in orphans]
    parent = aliased(Evidence)
    orphans = session.execute(
        select(Evidence.id, Evidence.parent_id)
        .outerjoin(parent, parent.id == Evidence.parent_id)
        .where(Evidence.parent_id.is_not(None), parent.id.is_(None))
    )
    problems += [words.tr("evidence {0} came with e-mail {1}, which does not exist").format(e, p) for e, p in orphans]
    return tuple(problems)


def _audit_ticks(meter: _Meter) -> Callable[[int], None]:
    """Every AUDIT_TICK entries: progress, and a chance to cancel."""

    def tick(done: int) -> None:
        if done % AUDIT_TICK == 0:
            meter.add(AUDIT_TICK * UNITS_PER_AUDIT_ENTRY)

    return tick
