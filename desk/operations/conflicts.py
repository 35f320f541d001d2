"""Saving a form over a change made since it was opened (issue 16, point 3): an edit from a form names the version of
the record it showed (`Versioned.version`); when the record has a newer one, the fields the form would change that
someone else changed to something else are refused together as an `EditConflict`, naming who changed the record.
Fields the form leaves alone are never a conflict: the request holds only what the user changed. With no field in
conflict the edit goes on (both changes are kept); the caller may then save again naming the newer version
(overwrite, or a merge of the fields it chose)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import Difference, EditConflict
from desk.language import words
from desk.models import AuditEntry
from desk.models.base import Versioned


def refuse_lost_update(
    session: Session,
    record: Versioned,
    version: int | None,
    what: str,
    yours: Mapping[str, tuple[str, str, str]],
    shown: Mapping[str, tuple[str, str, str]] | None = None,
) -> None:
    """`yours`: each field the form changes → (its label, the value it would save, the value saved now), as people
    read them; `shown`: the same for the values the form opened with (None: not known, every difference counts).
    `version`: the version the form showed; None for an edit made without a form (the command line)."""
    if version is None or record.version == version:
        return
    differences = tuple(
        Difference(key, label, mine, theirs)
        for key, (label, mine, theirs) in yours.items()
        if mine != theirs and (shown is None or key not in shown or shown[key][1] != theirs)  # someone changed it
    )
    if differences:
        raise EditConflict(what, _last_editor(session, record), record.version, differences)


def _last_editor(session: Session, record: Versioned) -> str:
    table = record.__tablename__  # type: ignore[attr-defined]
    row_id = record.id  # type: ignore[attr-defined]
    by = session.scalar(
        select(AuditEntry.actor)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return str(by) if by is not None else words.tr("someone else")
