"""Evidence: adding files (and folders) to a case, saying what a file is and shows, taking evidence off a case,
marking it internal or shared, and deleting it. `desk evidence …`, Add Evidence…, files dropped on a case, the
Evidence page and the Evidence tab call these.

    result = add_evidence(ws, AddEvidence((Path("IMG_0412.jpg"),), "dispute:12"), progress=show, cancelled=stop)

A case is given as a `CaseRef` (the window) or as staff type it (`12`, `aliexpress:8179…`, `refund:3`,
`checklist:4`). The rules are the domain's (`desk.evidence`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desk.common import Cancelled, OperationCancelled, Progress, stop_if_cancelled
from desk.common import words as word_of
from desk.errors import DeskError
from desk.evidence import editing
from desk.evidence.cases import CaseRef, find_case
from desk.evidence.checklist import expectation
from desk.evidence.editing import get_evidence
from desk.evidence.file_facts import TooManyPixels
from desk.evidence.files import Added, ChangedWhileAdded, read_facts, record_file
from desk.evidence.intake import Problem, check, size_limit
from desk.language import words
from desk.models import Audience, Evidence, EvidenceKind
from desk.models.audience import SAID
from desk.operations import Record, Result, changed
from desk.operations.conflicts import refuse_lost_update
from desk.vault import NotAFile, TooLargeError
from desk.workspace import Workspace

CaseGiven = CaseRef | str | None
BytesCopied = Callable[[int], None]  # bytes copied since the last call (the vault's report)


@dataclass(frozen=True)
class AddEvidence:
    paths: tuple[Path, ...]  # files and folders (walked; hidden files left out)
    case: CaseGiven = None  # none: evidence of no case yet
    kind: EvidenceKind | None = None  # none: guessed from each file's content and name
    note: str | None = None  # what it shows
    audience: Audience = Audience.EXTERNAL  # who may see it: only external evidence goes to the other side


@dataclass(frozen=True)
class UnlinkEvidence:
    evidence_id: int
    case: CaseRef | str


@dataclass(frozen=True)
class MarkEvidence:
    evidence_id: int
    audience: Audience  # who may see it from now on


@dataclass(frozen=True)
class EditEvidence:
    evidence_id: int
    kind: EvidenceKind | None = None  # None: unchanged
    description: str | None = None  # what it shows; None: unchanged, "": none
    shows: str | None = None  # the checklist item the user confirmed it shows (its key); None: unchanged, "": none
    version: int | None = None  # the evidence's version the form showed (desk.operations.conflicts); None: no form
    shown: EditEvidence | None = None  # what the form opened with: tells whose change a value is


@dataclass(frozen=True)
class DeleteEvidence:
    evidence_id: int


@dataclass(frozen=True, kw_only=True)
class EvidenceAdded(Result):
    case: CaseRef | None  # the case the files now support; none: no case yet
    files: int  # found in what was given
    added: tuple[Added, ...]  # one per file, in order, each with an e-mail's attachments
    skipped: tuple[Problem, ...] = ()  # files found in the folders given that were not added, with why

    @property
    def not_added(self) -> str | None:
        """The sentence naming the files skipped, and why; None when none was."""
        if not self.skipped:
            return None
        listed = "; ".join(map(str, self.skipped))
        # one: "1 file found in the folders given was not added: …"
        said = words.tr("%n file(s) found in the folders given were not added: {0}", "", len(self.skipped))
        return said.format(listed)

    @property
    def all_added(self) -> list[Added]:
        return [item for a in self.added for item in a.with_all()]

    @property
    def new(self) -> int:
        return sum(1 for a in self.all_added if a.new)

    @property
    def linked(self) -> int:
        return sum(1 for a in self.all_added if not a.new)


@dataclass(frozen=True, kw_only=True)
class EvidenceChanged(Result):
    evidence_id: int


def add_evidence(
    ws: Workspace, request: AddEvidence, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> EvidenceAdded:
    """Add files as evidence for a case. Every file is checked first: if any the user named is missing, unreadable,
    not a regular file, too large or an image too large to open, the add is refused naming every such file
    (`desk.evidence.intake.FilesRefused`) and nothing is added. Such a file found inside a folder given is skipped
    instead, and the rest are added: the result names it (`skipped`, `not_added`).

    The documented exception to one transaction per operation: each file is committed in a transaction of its
    own, after its bytes are in the vault, so that an add of gigabytes never holds the write lock for long, and a
    file reported added has its bytes and its record (a crash in between leaves at most a vault file no record
    names: harmless, `desk verify` lists it). Cancel stops between two chunks; the files before stay, and the
    OperationCancelled says how many. An error after some files were added carries a note (`add_note`) saying how
    many. `progress` is in bytes."""
    with ws.read() as session:
        case = None if request.case is None else find_case(session, request.case)
        limit = size_limit(session)
    where = case.named if case is not None else words.tr("no case")
    intake = check(request.paths, limit)
    total = intake.total
    done = 0
    added: list[Added] = []

    def kept() -> str:
        return words.tr("{0} of {1} files were added to {2}").format(len(added), len(intake.files), where)

    def copied(n: int) -> None:
        nonlocal done
        done += n
        stop_if_cancelled(cancelled, words.tr("Cancelled: {0}; the rest were not.").format(kept()))
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    skipped = list(intake.skipped)
    for path, size in zip(intake.files, intake.sizes, strict=True):
        stop_if_cancelled(cancelled, words.tr("Cancelled: {0}; the rest were not.").format(kept()))
        before = done
        try:
            added.append(_add_file(ws, path, case, request, limit, copied))
        except OperationCancelled:
            raise
        except (TooLargeError, TooManyPixels, ChangedWhileAdded, NotAFile) as refused:
            if path not in intake.in_folders:
                raise _stopped(refused, added, kept()) from None
            skipped.append(Problem(path, refused.reason))  # it changed since it was checked: this file alone
            copied(max(0, before + size - done))  # the progress as if it had been copied
        except DeskError as error:  # the vault cannot be written to, or the file changed since it was checked
            raise _stopped(error, added, kept()) from None
        except Exception as error:  # a database or disk problem, or a bug: what was kept stays known
            if added:
                error.add_note(words.tr("{0} before this; the rest were not.").format(kept()))
            raise
    result = EvidenceAdded(
        changed=changed(Record.EVIDENCE) if added else changed(),
        message="",
        case=case,
        files=len(intake.files),
        added=tuple(added),
        skipped=tuple(skipped),
    )
    result = replace(result, message=_summary(result, where))
    if progress is not None:
        progress(total, total)
    return result


def _stopped(error: DeskError, added: list[Added], kept: str) -> DeskError:
    """The error that stops an add, saying what was added before it."""
    if not added:
        return error
    stopped = DeskError(words.tr("{0}; {1} before it, the rest were not").format(error, kept))
    stopped.add_note(words.tr("{0} before this; the rest were not.").format(kept))  # as for any other error
    return stopped


def _add_file(
    ws: Workspace, path: Path, case: CaseRef | None, request: AddEvidence, limit: int, on_bytes: BytesCopied
) -> Added:
    """One file: its bytes into the vault (no transaction: the long part), then its record in a transaction of its
    own. An image found too large to open only once stored (it changed since it was checked) leaves the vault
    again, unless evidence holds the same bytes."""
    stored = ws.vault.put_file(path, limit=limit, on_bytes=on_bytes)
    try:
        facts = read_facts(ws.vault, path, stored)
    except TooManyPixels:
        with ws.write() as session:
            editing.remove_if_unused(session, ws.vault, stored.sha256)
        raise
    with ws.write() as session:
        return record_file(
            session,
            ws.vault,
            path,
            stored,
            facts,
            case,
            kind=request.kind,
            note=request.note,
            audience=request.audience,
        )


def _summary(result: EvidenceAdded, where: str) -> str:
    not_added = f" {result.not_added}." if result.not_added else ""
    if not result.added:
        if not_added:
            return words.tr("Nothing was added to {0}.").format(where) + not_added
        return words.tr("There were no files to add (hidden files are left out).")
    if result.linked:
        said = words.tr("{0} added to {1}, {2} already kept and now linked.").format(result.new, where, result.linked)
    else:
        said = words.tr("{0} added to {1}.").format(result.new, where)
    return said + not_added


def unlink_evidence(ws: Workspace, request: UnlinkEvidence) -> EvidenceChanged:
    with ws.write() as session:
        case = find_case(session, request.case)
        name = editing.unlink(session, request.evidence_id, case).original_name
    return EvidenceChanged(
        changed=changed(Record.EVIDENCE),
        message=words.tr("Evidence {0} ({1}) is no longer linked to {2}.").format(
            request.evidence_id, name, case.shown
        ),
        evidence_id=request.evidence_id,
    )


def mark_evidence(ws: Workspace, request: MarkEvidence) -> EvidenceChanged:
    with ws.write() as session:
        name = editing.set_audience(session, request.evidence_id, request.audience).original_name
    kept = words.tr(SAID[request.audience])  # marked where it is defined (desk.models.audience)
    return EvidenceChanged(
        changed=changed(Record.EVIDENCE),
        message=words.tr("Evidence {0} ({1}) is {2}.").format(request.evidence_id, name, kept),
        evidence_id=request.evidence_id,
    )


def edit_evidence(ws: Workspace, request: EditEvidence) -> EvidenceChanged:
    """Correct what evidence is (its kind) and what it shows (its description, and the checklist item the user
    confirmed it shows)."""
    if request.kind is None and request.description is None and request.shows is None:
        raise DeskError(words.tr("say what to change: the kind, the description or what it shows"))
    with ws.write() as session:
        before = get_evidence(session, request.evidence_id)
        shown = None if request.shown is None else _edited(before, request.shown)
        what = words.tr("Evidence {0} ({1})").format(before.id, before.original_name)
        refuse_lost_update(session, before, request.version, what, _edited(before, request), shown)
        evidence = editing.describe(
            session, request.evidence_id, kind=request.kind, description=request.description, shows=request.shows
        )
        name = evidence.original_name
        confirmed = expectation(evidence.shows).label if evidence.shows else None
    said = []  # what changed, each a predicate of "Evidence 12 (photo.jpg) …", joined by "and"
    if request.kind is not None:
        said.append(words.tr("is now {0}").format(word_of(request.kind).lower()))
    if request.description is not None:
        said.append(
            words.tr("has a new description") if request.description.strip() else words.tr("has no description now")
        )
    if request.shows is not None:
        said.append(
            words.tr("shows {0}").format(words.tr(confirmed))  # the checklist's label, marked where it is defined
            if confirmed
            else words.tr("is no longer counted for the evidence checklist")
        )
    done = said[0]
    for more in said[1:]:
        done = words.tr("{0} and {1}").format(done, more)
    return EvidenceChanged(
        changed=changed(Record.EVIDENCE),
        message=words.tr("Evidence {0} ({1}) {2}.").format(request.evidence_id, name, done),
        evidence_id=request.evidence_id,
    )


def _edited(evidence: Evidence, request: EditEvidence) -> dict[str, tuple[str, str, str]]:
    """The fields the request changes: (label, its value, the evidence's now), as the Edit Evidence form shows them."""
    fields: dict[str, tuple[str, str, str]] = {}
    if request.kind is not None:
        fields["kind"] = (words.tr("It is"), word_of(request.kind), word_of(evidence.kind))
    if request.description is not None:
        fields["description"] = (
            words.tr("It shows"),
            request.description.strip() or "—",
            (evidence.description or "").strip() or "—",
        )
    if request.shows is not None:
        fields["shows"] = (words.tr("Counted for"), request.shows or "—", evidence.shows or "—")
    return fields


def delete_evidence(ws: Workspace, request: DeleteEvidence) -> EvidenceChanged:
    """Delete voided evidence for good, with its links (audited); refused for evidence not voided, so that
    destroying takes two deliberate steps. Its file leaves the vault when no other evidence, voided or not, holds the
    same bytes. Two transactions, documented: the record goes first, the file after the commit (a crash between
    leaves a file nothing names, never a record without its file), under the write lock again. A file another
    program holds open (Windows) is tried again briefly, then left listed in the vault for the next open to remove."""
    with ws.write() as session:
        sha256, name = editing.delete(session, request.evidence_id)
    with ws.write() as session:
        removed = editing.remove_if_unused(session, ws.vault, sha256)
    if not removed:
        said = words.tr("{0} was deleted for good; its file stays: other evidence holds the same file")
    elif sha256 in ws.vault.leftovers():
        said = words.tr(
            "{0} was deleted for good; its file could not be removed yet (another program may have it open): Desk "
            "removes it the next time it opens this data folder"
        )
    else:
        said = words.tr("{0} was deleted for good; its file was removed")
    return EvidenceChanged(
        changed=changed(Record.EVIDENCE),
        message=said.format(name),
        evidence_id=request.evidence_id,
    )
