"""Voiding evidence leaves it out of packets, letters, bundles and checklists; its file stays in the vault. An e-mail
is refused while an attachment of it is kept, and an attachment is restored only with its e-mail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import Evidence


def evidence_name(evidence: Evidence) -> str:
    """As people name a file they kept: by its name ("the file 'receipt.pdf'"), not by Desk's number for it."""
    return words.tr("the file '{0}'").format(evidence.original_name)


def void_evidence(session: Session, evidence: Evidence) -> None:
    kept = session.scalars(
        select(Evidence).where(Evidence.parent_id == evidence.id, Evidence.voided_at.is_(None))
    ).all()
    if kept:
        names = ", ".join(evidence_name(e) for e in kept)
        said = words.tr("{0} came with {1}: void them first", "", len(kept))  # one: "void it first"
        raise DeskError(said.format(evidence_name(evidence), names))


def restore_evidence(evidence: Evidence) -> None:
    parent = evidence.parent
    if parent is not None and parent.is_voided:
        raise DeskError(
            words.tr("{0} came with {1}, which is voided: restore it first").format(
                evidence_name(evidence), evidence_name(parent)
            )
        )
