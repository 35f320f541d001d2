"""Changing kept evidence: saying what it is and shows, marking it internal or shared, taking it off a case,
deleting it. Each works in the write session it is given; the audit log records the change."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.evidence.cases import CaseRef, case_filter
from desk.evidence.checklist import check_shows
from desk.models import Evidence, EvidenceKind, EvidenceLink
from desk.vault import Vault

MAX_DESCRIPTION = 5000  # characters: what a file shows, in a sentence or a paragraph


def get_evidence(session: Session, evidence_id: int) -> Evidence:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise DeskError(f"no evidence {evidence_id}")
    return evidence


def set_internal(session: Session, evidence_id: int, internal: bool) -> Evidence:
    """Internal evidence is kept out of packets for a supplier or platform; shared evidence may go in any."""
    evidence = get_evidence(session, evidence_id)
    evidence.internal = internal
    return evidence


def describe(
    session: Session,
    evidence_id: int,
    *,
    kind: EvidenceKind | None = None,
    description: str | None = None,
    shows: str | None = None,
) -> Evidence:
    """Say what evidence is (`kind`) and what it shows: in words (`description`; empty text removes it) and, as
    the user confirmed it, which item of the evidence checklist (`shows`, an expectation's key; empty: not
    confirmed). None: unchanged."""
    evidence = get_evidence(session, evidence_id)
    if shows is not None:
        key = shows.strip()
        if key:
            check_shows(session, evidence, key)
        evidence.shows = key or None
    if kind is not None:
        evidence.kind = kind
    if description is not None:
        text = description.strip()
        if len(text) > MAX_DESCRIPTION:
            raise DeskError(f"the description may have at most {MAX_DESCRIPTION:,} characters, got {len(text):,}")
        evidence.description = text or None
    return evidence


def unlink(session: Session, evidence_id: int, case: CaseRef) -> Evidence:
    """Take evidence off a case. The evidence and its file stay: other cases may use them, and it can be linked
    again; `delete` removes it."""
    evidence = get_evidence(session, evidence_id)
    found = session.scalars(
        select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id, case_filter(case))
    ).first()
    if found is None:
        raise DeskError(f"evidence {evidence_id} is not linked to {case.label}")
    session.delete(found)
    return evidence


def delete(session: Session, evidence_id: int) -> tuple[str, str]:
    """Delete evidence and its links; refused for an e-mail whose attachments are still evidence. Returns its
    (sha256, name): the caller frees the file with `remove_if_unused` once this is committed."""
    evidence = get_evidence(session, evidence_id)
    children = list(session.scalars(select(Evidence.id).where(Evidence.parent_id == evidence_id)))
    if children:
        listed = ", ".join(str(c) for c in children)
        raise DeskError(
            f"evidence {evidence_id} is an e-mail whose attachments ({listed}) are evidence: delete them first"
        )
    sha256, name = evidence.sha256, evidence.original_name
    session.delete(evidence)
    return sha256, name


def remove_if_unused(session: Session, vault: Vault, sha256: str) -> bool:
    """Remove the file from the vault when no evidence holds these bytes. Called in a write session, so that an
    add of the same bytes in another process cannot slip in between the check and the removal."""
    if session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha256)):
        return False
    vault.remove(sha256)
    return True
