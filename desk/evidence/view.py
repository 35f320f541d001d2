"""Evidence as lists show it: each item with the cases it supports, for `desk evidence list` and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.evidence.cases import CaseRef, case_filter, case_of_link
from desk.models import Evidence, EvidenceLink


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    name: str
    kind: str
    media_type: str
    size: int
    sha256: str
    description: str | None
    captured_at: datetime | None
    added_at: datetime
    added_by: str
    warning: str | None
    parent_id: int | None
    cases: tuple[str, ...]
    internal: bool = False  # kept from the other side (for counsel or our staff only)
    audience: str = "external"
    case_names: tuple[str, ...] = ()  # `cases` in the user's language ("спор 2"), for people; `cases` for scripts

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "description": self.description,
            "captured_at": self.captured_at.isoformat() if self.captured_at else None,
            "added_at": self.added_at.isoformat(),
            "added_by": self.added_by,
            "warning": self.warning,
            "parent": self.parent_id,
            "cases": list(self.cases),
            "internal": self.internal,
            "audience": self.audience,
        }


def list_evidence(session: Session, case: CaseRef | None = None) -> list[EvidenceItem]:
    """Every piece of evidence, or a case's, oldest first."""
    stmt = select(Evidence).options(selectinload(Evidence.links).selectinload(EvidenceLink.order)).order_by(Evidence.id)
    if case is not None:
        stmt = stmt.where(Evidence.id.in_(select(EvidenceLink.evidence_id).where(case_filter(case))))
    return [
        EvidenceItem(
            e.id,
            e.original_name,
            e.kind.value,
            e.media_type,
            e.size,
            e.sha256,
            e.description,
            e.captured_at,
            e.added_at,
            e.added_by,
            e.warning,
            e.parent_id,
            tuple(case_of_link(link).label for link in e.links),
            e.internal,
            e.audience.value,
            tuple(case_of_link(link).shown for link in e.links),
        )
        for e in session.scalars(stmt)
    ]
