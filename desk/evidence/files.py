"""Evidence: adding files to the vault and linking them to the cases they support; unlinking and deleting.

A file's bytes are stored once (`desk.vault`), then its record and links are committed in one transaction per file,
so an add that was reported has its bytes and its record, and a crash in between leaves at most a vault file no
record names (harmless; `desk verify` lists it). The same content added again is the same evidence: it gains a
link, not a copy. An e-mail's attachments become evidence of their own, linked to the e-mail and to its cases."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.common import format_size
from desk.errors import DeskError
from desk.evidence.cases import CaseRef, case_filter
from desk.evidence.emails import read_email
from desk.evidence.file_facts import file_time, photo_facts
from desk.evidence.sniff import HEAD, sniff
from desk.models import Evidence, EvidenceKind, EvidenceLink
from desk.settings import get_int
from desk.vault import Stored
from desk.workspace import Workspace

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
Cancelled = Callable[[], bool]


class AddCancelled(DeskError):
    """The user stopped an add: the files reported before it are in; the rest are not."""


@dataclass
class Added:
    evidence_id: int
    name: str
    sha256: str
    size: int
    kind: EvidenceKind
    media_type: str
    warning: str | None
    new: bool  # False: the same content was already evidence, and gained a link
    attachments: list[Added] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.evidence_id,
            "name": self.name,
            "sha256": self.sha256,
            "size": self.size,
            "kind": self.kind.value,
            "media_type": self.media_type,
            "warning": self.warning,
            "new": self.new,
            "attachments": [a.as_json() for a in self.attachments],
        }


def files_in(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the files inside the folders named (sorted, hidden ones left out), each once."""
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        found.setdefault(Path(root, name), None)
        elif path.is_file():
            found.setdefault(path, None)
        else:
            raise DeskError(f"{path}: no such file or folder")
    return list(found)


def add_files(
    ws: Workspace,
    paths: Sequence[Path],
    case: CaseRef | None = None,
    *,
    kind: EvidenceKind | None = None,
    note: str | None = None,
    internal: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Added]:
    """Add files (folders are walked) as evidence for `case`, one committed transaction each, in order. Stops with
    AddCancelled between two chunks when `cancelled()`; what was added before stays. `internal` new evidence (and
    its attachments) never goes into a packet meant for a supplier or platform."""
    files = files_in(paths)
    with ws.read() as session:
        limit = get_int(session, "evidence_max_mb") * 1_000_000
        if case is not None:
            case.check(session)
    total = sum(f.stat().st_size for f in files)
    done = 0

    def copied(n: int) -> None:
        nonlocal done
        done += n
        if cancelled is not None and cancelled():
            raise AddCancelled(f"stopped after {len(added)} of {len(files)} files")
        if progress is not None:
            progress(done, total)

    added: list[Added] = []
    for path in files:
        if cancelled is not None and cancelled():
            raise AddCancelled(f"stopped after {len(added)} of {len(files)} files")
        too_big = path.stat().st_size > limit
        if too_big:
            raise DeskError(
                f"{path} is {format_size(path.stat().st_size)}, above the limit of {format_size(limit)} "
                f"(setting evidence_max_mb); {len(added)} files before it were added, nothing after"
            )
        stored = ws.vault.put_file(path, limit=limit, on_bytes=copied)
        added.append(_record_file(ws, path, stored, case, kind, note, internal))
    if progress is not None:
        progress(total, total)
    return added


def _record_file(
    ws: Workspace,
    path: Path,
    stored: Stored,
    case: CaseRef | None,
    kind: EvidenceKind | None,
    note: str | None,
    internal: bool = False,
) -> Added:
    with ws.vault.path_for(stored.sha256).open("rb") as stream:  # the bytes kept, not the user's file: it may change
        head = stream.read(HEAD)
    sniffed = sniff(head, path.name)
    captured: datetime | None = None
    details: dict[str, Any] = {}
    text: str | None = None
    email = None
    if sniffed.media_type == "message/rfc822" and not sniffed.program:
        email = read_email(ws.vault.read_bytes(stored.sha256))
        captured, details, text = email.sent_at, email.details, email.text
    elif sniffed.media_type.startswith("image/") and not sniffed.program:
        captured, details = photo_facts(ws.vault.path_for(stored.sha256))
    if captured is None:
        captured = file_time(path)
    chosen = kind or guess_kind(sniffed.media_type, path.name)
    with ws.write() as session:
        # Under the write lock: a `delete` of the same bytes in another process either ran before (and removed
        # the file: store it again) or runs after (and sees this record).
        if not ws.vault.has(stored.sha256) and ws.vault.put_file(path).sha256 != stored.sha256:
            raise DeskError(f"{path} changed while it was being added; add it again")
        evidence, new = _evidence_for(session, ws, stored, path.name, sniffed.media_type, chosen)
        if new:
            evidence.description = note
            evidence.internal = internal
            evidence.captured_at = captured
            evidence.warning = sniffed.warning
            evidence.details = details or None
            evidence.text_content = text
        if case is not None:
            link(session, evidence, case)
        session.flush()
        result = _added(evidence, new)
        if email is not None and new:
            for attachment in email.attachments:
                part = ws.vault.put_bytes(attachment.data, name=attachment.name)
                part_sniffed = sniff(attachment.data[:HEAD], attachment.name)
                child, child_new = _evidence_for(
                    session,
                    ws,
                    part,
                    attachment.name,
                    part_sniffed.media_type,
                    guess_kind(part_sniffed.media_type, attachment.name),
                )
                if child_new:
                    child.parent = evidence
                    child.internal = internal
                    child.captured_at = captured
                    child.warning = part_sniffed.warning
                    child.description = f"attached to the e-mail {details.get('subject', path.name)!r}"
                if case is not None:
                    link(session, child, case)
                session.flush()
                result.attachments.append(_added(child, child_new))
    return result


def add_bytes(
    session: Session,
    ws: Workspace,
    data: bytes,
    name: str,
    case: CaseRef,
    kind: EvidenceKind,
    note: str | None,
    *,
    internal: bool = False,
) -> Evidence:
    """Bytes Desk made itself (a letter's PDF) kept as evidence for `case`, inside the caller's write transaction.
    The vault file is stored first: a rollback leaves at most a file no record names (harmless, like `add_files`)."""
    stored = ws.vault.put_bytes(data, name=name)
    sniffed = sniff(data[:HEAD], name)
    evidence, new = _evidence_for(session, ws, stored, name, sniffed.media_type, kind)
    if new:
        evidence.description = note
        evidence.internal = internal
        evidence.captured_at = datetime.now(UTC)
        evidence.warning = sniffed.warning
    link(session, evidence, case)
    session.flush()
    return evidence


def _evidence_for(
    session: Session, ws: Workspace, stored: Stored, name: str, media_type: str, kind: EvidenceKind
) -> tuple[Evidence, bool]:
    """The evidence holding these bytes, made when there is none: (it, whether it is new)."""
    existing = session.scalars(select(Evidence).where(Evidence.sha256 == stored.sha256).order_by(Evidence.id)).first()
    if existing is not None:
        return existing, False
    evidence = Evidence(
        sha256=stored.sha256,
        size=stored.size,
        media_type=media_type,
        original_name=name,
        kind=kind,
        added_by=ws.actor,
    )
    session.add(evidence)
    return evidence, True


def _added(evidence: Evidence, new: bool) -> Added:
    return Added(
        evidence.id,
        evidence.original_name,
        evidence.sha256,
        evidence.size,
        evidence.kind,
        evidence.media_type,
        evidence.warning,
        new,
    )


def guess_kind(media_type: str, name: str) -> EvidenceKind:
    """A first guess from the content and the name, which the user corrects when it is wrong."""
    lowered = name.lower()
    if media_type == "message/rfc822":
        return EvidenceKind.EMAIL
    if media_type.startswith("video/"):
        return EvidenceKind.VIDEO
    if media_type.startswith("image/"):
        screenshot = any(word in lowered for word in ("screenshot", "screen shot", "截图", "截屏", "скриншот"))
        return EvidenceKind.SCREENSHOT if screenshot else EvidenceKind.PHOTO
    if any(word in lowered for word in ("invoice", "发票", "счет", "счёт")):
        return EvidenceKind.INVOICE
    if any(word in lowered for word in ("receipt", "payment", "支付", "付款", "оплата", "чек")):
        return EvidenceKind.PAYMENT_PROOF
    if any(word in lowered for word in ("chat", "聊天", "переписка")):
        return EvidenceKind.CHAT
    if media_type == "application/pdf" or media_type.startswith("text/"):
        return EvidenceKind.DOCUMENT
    return EvidenceKind.OTHER


def link(session: Session, evidence: Evidence, case: CaseRef) -> bool:
    """Link evidence to a case; False when it already was."""
    existing = session.scalar(
        select(func.count()).select_from(EvidenceLink).where(EvidenceLink.evidence == evidence, case_filter(case))
    )
    if existing:
        return False
    evidence.links.append(EvidenceLink(**{case.column: case.id}))
    return True


def set_internal(ws: Workspace, evidence_id: int, internal: bool) -> None:
    """Mark evidence internal (kept out of packets for a supplier or platform) or shared again; audited."""
    with ws.write() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise DeskError(f"no evidence {evidence_id}")
        evidence.internal = internal


def unlink(ws: Workspace, evidence_id: int, case: CaseRef) -> None:
    """Take evidence off a case. The evidence and its file stay: other cases may use them, and it can be linked
    again; `delete` removes it."""
    with ws.write() as session:
        found = session.scalars(
            select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id, case_filter(case))
        ).first()
        if found is None:
            raise DeskError(f"evidence {evidence_id} is not linked to {case.label}")
        session.delete(found)


def delete(ws: Workspace, evidence_id: int) -> str:
    """Delete evidence and its links (audited); its file leaves the vault when no other evidence holds the same
    bytes. Refused for an e-mail whose attachments are still evidence. Returns what was deleted, for a message."""
    with ws.write() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise DeskError(f"no evidence {evidence_id}")
        children = list(session.scalars(select(Evidence.id).where(Evidence.parent_id == evidence_id)))
        if children:
            listed = ", ".join(str(c) for c in children)
            raise DeskError(
                f"evidence {evidence_id} is an e-mail whose attachments ({listed}) are evidence: delete them first"
            )
        sha256, name = evidence.sha256, evidence.original_name
        session.delete(evidence)
    # After the commit (a crash before this leaves a file nothing names, never a record without its file), and
    # under the write lock, so that an add of the same bytes in another process cannot slip in between.
    with ws.write() as session:
        still_used = session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha256))
        if not still_used:
            ws.vault.remove(sha256)
    return f"evidence {evidence_id} ({name})"
