"""Changing kept evidence: saying what it is and shows, marking it internal or shared, taking it off a case,
deleting it. Each works in the write session it is given; the audit log records the change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.evidence.cases import CaseRef, case_filter, case_of_link
from desk.evidence.checklist import check_shows
from desk.language import words
from desk.models import Audience, Evidence, EvidenceKind, EvidenceLink
from desk.models.voided import INCLUDE_VOIDED
from desk.vault import Vault

MAX_DESCRIPTION = 5000  # characters: what a file shows, in a sentence or a paragraph


def get_evidence(session: Session, evidence_id: int) -> Evidence:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise DeskError(words.tr("no evidence {0}").format(evidence_id))
    return evidence


def set_audience(session: Session, evidence_id: int, audience: Audience) -> Evidence:
    """Who may see the evidence: only external evidence goes into a packet for a supplier or platform; counsel
    evidence into our lawyer's documents too; internal evidence into none made for anybody else."""
    evidence = get_evidence(session, evidence_id)
    evidence.audience = audience
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
            raise DeskError(
                words.tr("the description may have at most {0} characters, got {1}").format(
                    f"{MAX_DESCRIPTION:,}", f"{len(text):,}"
                )
            )
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
        raise DeskError(words.tr("evidence {0} is not linked to {1}").format(evidence_id, case.shown))
    session.delete(found)
    return evidence


@contextmanager
def _seeing_voided(session: Session) -> Iterator[None]:
    """Deleting for good works on voided evidence: its links, its attachments and every holder of its bytes."""
    before = session.info.get(INCLUDE_VOIDED)
    session.info[INCLUDE_VOIDED] = True
    try:
        yield
    finally:
        if before is None:
            session.info.pop(INCLUDE_VOIDED, None)
        else:
            session.info[INCLUDE_VOIDED] = before


@dataclass(frozen=True)
class Loss:
    """What deleting evidence for good loses: the record, its links to `cases`, and the file itself when no other
    evidence holds the same bytes (`file_goes`)."""

    name: str
    voided: bool
    cases: tuple[CaseRef, ...]
    file_goes: bool


def what_deleting_loses(session: Session, evidence_id: int) -> Loss:
    with _seeing_voided(session):
        evidence = get_evidence(session, evidence_id)
        cases = tuple(case_of_link(link) for link in evidence.links)
        return Loss(evidence.original_name, evidence.is_voided, cases, _holders(session, evidence.sha256) == 1)


def delete(session: Session, evidence_id: int) -> tuple[str, str]:
    """Delete voided evidence and its links for good (refused for evidence still in use: it is voided first, so
    that destroying takes two deliberate steps; and for an e-mail whose attachments are still evidence). Returns
    its (sha256, name): the caller frees the file with `remove_if_unused` once this is committed."""
    with _seeing_voided(session):
        evidence = get_evidence(session, evidence_id)
        name = evidence.original_name
        if not evidence.is_voided:
            raise DeskError(words.tr("{0} is not voided: void it first, then delete it for good").format(name))
        children = list(session.scalars(select(Evidence.original_name).where(Evidence.parent_id == evidence_id)))
        if children:
            listed = ", ".join(children)
            raise DeskError(
                words.tr("{0} is an e-mail whose attachments ({1}) are evidence: delete them first").format(
                    name, listed
                )
            )
        sha256 = evidence.sha256
        session.delete(evidence)
        session.flush()  # its links go with it now, while the voided rows are in sight
    return sha256, name


def _holders(session: Session, sha256: str) -> int:
    """How many pieces of evidence, voided ones too, hold these bytes."""
    query = select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha256)
    return session.scalar(query.execution_options(include_voided=True)) or 0


def remove_if_unused(session: Session, vault: Vault, sha256: str) -> bool:
    """Remove the file from the vault when no evidence holds these bytes. Called in a write session, so that an
    add of the same bytes in another process cannot slip in between the check and the removal."""
    if _holders(session, sha256):  # a voided piece of evidence keeps its file too: it can be restored
        return False
    vault.remove(sha256)  # one held open by another program is left in the vault's leftovers (`remove_leftovers`)
    return True


def remove_leftovers(session: Session, vault: Vault) -> int:
    """Remove the files deletes had to leave in the vault (held open by another program then), unless evidence
    added since holds the same bytes; how many were removed. In a write session, as `remove_if_unused`; no waiting:
    a file still held open stays listed for the next time."""
    removed = 0
    for sha256 in vault.leftovers():
        if _holders(session, sha256):
            vault.forget_leftover(sha256)
        elif vault.remove(sha256, patience=0):
            removed += 1
    return removed
