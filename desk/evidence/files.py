"""Evidence: a file kept in the vault, with what it is, when it was captured and the cases it supports.

Adding a file is two steps: its bytes are stored (`Vault.put_file`, outside any transaction: the long part) and
what they are is read (`read_facts`); then `record_file` writes its record and links in the session it is given.
The same content added again is the same evidence: it gains a link, not a copy. An e-mail's attachments become
evidence of their own, linked to the e-mail and to its cases; an e-mail attached to an e-mail (forwarded as an
attachment) is read in its turn and its attachments become evidence linked to it, down to MESSAGES_INSIDE levels.
An e-mail that cannot be read is kept with why as its warning. An image too large to open safely is refused
(`TooManyPixels`); inside an e-mail, where it cannot be refused alone, it is kept with that warning, which keeps it
from ever being opened. The operation (`desk.operations.evidence`) checks the files, loops and commits."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.evidence.cases import CaseRef, case_filter
from desk.evidence.emails import Email, UnreadableMessage, read_email
from desk.evidence.file_facts import TooManyPixels, check_pixels, file_time, name_time, photo_facts
from desk.evidence.messages import is_email
from desk.evidence.outlook_msg import is_compound_file, outlook_facts
from desk.evidence.sniff import HEAD, Sniffed, sniff
from desk.language import english, words
from desk.models import Audience, Evidence, EvidenceKind, EvidenceLink
from desk.vault import Stored, Vault

# The levels of e-mails whose attachments are split out, the one added counted: an e-mail forwarded as an attachment,
# forwarded so three times, is 4. Each level is read again from its own bytes, which hold every level below it:
# five bound that work and memory to five times the e-mail's. A message deeper is kept whole, as a file, its
# attachments inside it.
MESSAGES_INSIDE = 5


class ChangedWhileAdded(DeskError):
    """The user's file is not what was stored a moment ago: `reason` says so without naming it."""

    def __init__(self, path: Path) -> None:
        self.reason = words.tr("it changed while it was being added; add it again")
        super().__init__(words.tr("{0} changed while it was being added; add it again").format(path))


@dataclass(frozen=True)
class Added:
    evidence_id: int
    name: str  # as the evidence is kept (content kept before keeps its first name)
    sha256: str
    size: int
    kind: EvidenceKind
    media_type: str
    warning: str | None
    new: bool  # False: the same content was already evidence, and gained a link
    given: str = ""  # the name it had where it was added from
    attachments: tuple[Added, ...] = ()

    def with_all(self) -> list[Added]:
        """It and its attachments, with theirs (an e-mail attached to it)."""
        return [self, *(item for a in self.attachments for item in a.with_all())]

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


@dataclass(frozen=True)
class FileFacts:
    """What stored bytes say about themselves, read before the write transaction (it keeps the write lock short)."""

    media_type: str
    warning: str | None
    captured: datetime | None  # None: nothing says when (never the time it was added)
    details: dict[str, Any] = field(default_factory=dict)
    text: str | None = None
    email: Email | None = None


def read_facts(vault: Vault, path: Path, stored: Stored) -> FileFacts:
    """Read from the bytes kept, not the user's file: it may change. TooManyPixels for an image too large to open."""
    kept = vault.path_for(stored.sha256)
    with kept.open("rb") as stream:
        head = stream.read(HEAD)
    sniffed = sniff(head, path.name)
    captured: datetime | None = None
    details: dict[str, Any] = {}
    text: str | None = None
    sniffed, email = _message_in(kept, head, path.name, sniffed)
    if email is not None:
        captured, details, text = email.sent_at, email.details, email.text
    elif sniffed.media_type.startswith("image/") and not sniffed.program:
        captured, details = photo_facts(kept, path.name)
    # A photo's or video's capture time is what it or its name says, else unknown: its file's time is when it was
    # copied, which would pass for when it was taken. A document's file time is when it was saved: close enough.
    captured = captured or name_time(path.name)
    if captured is None and not sniffed.media_type.startswith(("image/", "video/")):
        captured = file_time(path)
    return FileFacts(sniffed.media_type, sniffed.warning, captured, details, text, email)


def _message_in(source: Path | bytes, head: bytes, name: str, sniffed: Sniffed) -> tuple[Sniffed, Email | None]:
    """The e-mail a file holds, read (an `.eml`, or an Outlook `.msg`), with its type; one that cannot be read is
    kept as sniffed, with why as its warning; any other file is as sniffed."""
    if sniffed.program:
        return sniffed, None
    if sniffed.media_type == "message/rfc822":
        try:
            return sniffed, read_email(source.read_bytes() if isinstance(source, Path) else source, name)
        except UnreadableMessage as error:
            return Sniffed(sniffed.media_type, f"it is not a readable e-mail: {error.why}", False), None
    if is_compound_file(head):  # an Outlook .msg, or a Word document, or …
        return outlook_facts(source, name, sniffed)
    return sniffed, None


def record_file(
    session: Session,
    vault: Vault,
    path: Path,
    stored: Stored,
    facts: FileFacts,
    case: CaseRef | None,
    *,
    kind: EvidenceKind | None = None,
    note: str | None = None,
    audience: Audience = Audience.EXTERNAL,
) -> Added:
    """Record stored bytes as evidence for `case` (made when new, else linked), with an e-mail's attachments, in a
    write session. New evidence (and its attachments) is for `audience`: only external evidence goes into a
    packet for a supplier or platform."""
    # Under the write lock: a delete of the same bytes in another process either ran before (and removed the
    # file: store it again) or runs after (and sees this record).
    if not vault.has(stored.sha256) and vault.put_file(path).sha256 != stored.sha256:
        raise ChangedWhileAdded(path)
    chosen = kind or guess_kind(facts.media_type, path.name)
    made = New(note, audience, facts.captured, facts.warning)
    evidence, new = _evidence_for(session, stored, path.name, facts.media_type, chosen, made)
    if new:
        evidence.details = facts.details or None
        evidence.text_content = facts.text
    if case is not None:
        link(session, evidence, case)
    session.flush()
    attachments: tuple[Added, ...] = ()
    if facts.email is not None and new:
        inside = Inside(session, vault, case, audience)
        attachments = inside.record(evidence, facts.email, facts.details.get("subject", path.name), facts.captured, 1)
    return _added(evidence, new, path.name, attachments)


@dataclass(frozen=True)
class Inside:
    """Where an e-mail's attachments are recorded: the write session, the vault, the case and their audience."""

    session: Session
    vault: Vault
    case: CaseRef | None
    audience: Audience

    def record(
        self, parent: Evidence, message: Email, subject: str, captured: datetime | None, level: int
    ) -> tuple[Added, ...]:
        """The attachments of `message` (the e-mail `parent`, `level` e-mails deep) as evidence of their own, and
        those of an e-mail among them in turn, down to MESSAGES_INSIDE levels."""
        added: list[Added] = []
        for attachment in message.attachments:
            part = self.vault.put_bytes(attachment.data, name=attachment.name)
            head = attachment.data[:HEAD]
            sniffed = sniff(head, attachment.name)
            inner: Email | None = None
            if level < MESSAGES_INSIDE:
                sniffed, inner = _message_in(attachment.data, head, attachment.name, sniffed)
            elif is_compound_file(head) and not sniffed.program:  # its type, not its attachments
                sniffed, _message = outlook_facts(attachment.data, attachment.name, sniffed)
            if sniffed.media_type.startswith("image/") and not sniffed.program and sniffed.warning is None:
                try:
                    with english():  # its reason is kept as the evidence's warning: stored words are English
                        check_pixels(io.BytesIO(attachment.data), attachment.name)
                except TooManyPixels as refused:  # kept (it is part of the e-mail), never opened
                    sniffed = Sniffed(sniffed.media_type, refused.reason, False)
            kind = guess_kind(sniffed.media_type, attachment.name)
            sent = inner.sent_at if inner is not None and inner.sent_at is not None else captured
            about = New(f"attached to the e-mail {subject!r}", self.audience, sent, sniffed.warning)
            child, child_new = _evidence_for(self.session, part, attachment.name, sniffed.media_type, kind, about)
            if child_new:
                child.parent = parent
                if inner is not None:
                    child.details = inner.details or None
                    child.text_content = inner.text
            if self.case is not None:
                link(self.session, child, self.case)
            self.session.flush()
            inside: tuple[Added, ...] = ()
            if inner is not None and child_new:
                inside = self.record(child, inner, inner.details.get("subject", attachment.name), sent, level + 1)
            added.append(_added(child, child_new, attachment.name, inside))
        return tuple(added)


def add_bytes(
    session: Session,
    vault: Vault,
    data: bytes,
    name: str,
    case: CaseRef,
    kind: EvidenceKind,
    note: str | None,
    *,
    audience: Audience = Audience.EXTERNAL,
) -> Evidence:
    """Bytes Desk made itself (a letter's PDF) kept as evidence for `case`, in the caller's write session. The
    vault file is stored first: a rollback leaves at most a file no record names (harmless; `desk verify` lists
    it)."""
    stored = vault.put_bytes(data, name=name)
    sniffed = sniff(data[:HEAD], name)
    made = New(note, audience, datetime.now(UTC), sniffed.warning)
    evidence, _new = _evidence_for(session, stored, name, sniffed.media_type, kind, made)
    link(session, evidence, case)
    session.flush()
    return evidence


@dataclass(frozen=True)
class New:
    """What new evidence is said to be; evidence already kept keeps what it was said to be."""

    description: str | None
    audience: Audience
    captured_at: datetime | None
    warning: str | None


def _evidence_for(
    session: Session, stored: Stored, name: str, media_type: str, kind: EvidenceKind, new: New
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
        added_by=session.info.get("actor", "unknown"),  # who writes, as the audit log names them
        description=new.description,
        audience=new.audience,
        captured_at=new.captured_at,
        warning=new.warning,
    )
    session.add(evidence)
    return evidence, True


def _added(evidence: Evidence, new: bool, given: str, attachments: tuple[Added, ...] = ()) -> Added:
    return Added(
        evidence.id,
        evidence.original_name,
        evidence.sha256,
        evidence.size,
        evidence.kind,
        evidence.media_type,
        evidence.warning,
        new,
        given,
        attachments,
    )


def guess_kind(media_type: str, name: str) -> EvidenceKind:
    """A first guess from the content and the name, which the user corrects when it is wrong."""
    lowered = name.lower()
    if is_email(media_type):
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
