"""Voiding evidence leaves it out of packets, letters, bundles and checklists; its file stays in the vault. An e-mail
is refused while an attachment of it is kept, and an attachment is restored only with its e-mail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.models import Evidence


def evidence_name(evidence: Evidence) -> str:
    """As people name a file they kept: by its name ("the file 'receipt.pdf'"), not by Desk's number for it."""
    return f"the file '{evidence.original_name}'"


def void_evidence(session: Session, evidence: Evidence) -> None:
    kept = session.scalars(
        select(Evidence).where(Evidence.parent_id == evidence.id, Evidence.voided_at.is_(None))
    ).all()
    if kept:
        names = ", ".join(evidence_name(e) for e in kept)
        raise DeskError(f"{evidence_name(evidence)} came with {names}: void {'them' if len(kept) > 1 else 'it'} first")


def restore_evidence(evidence: Evidence) -> None:
    parent = evidence.parent
    if parent is not None and parent.is_voided:
        raise DeskError(
            f"{evidence_name(evidence)} came with {evidence_name(parent)}, which is voided: restore it first"
        )
