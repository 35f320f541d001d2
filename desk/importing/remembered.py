"""Mappings the user asked Desk to remember, kept in `import_mappings` by the sha256 of the file's normalised
header row (`fields.header_key`), so that the same export maps itself the next time. Written through the ORM:
the change is audited like any other."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.importing.fields import header_key
from desk.importing.mappings import ColumnMapping
from desk.importing.problems import ImportFileError
from desk.importing.text_format import TextFormat, from_choices
from desk.json_reading import read_json
from desk.language import words
from desk.models import ImportMapping

FORMAT = "format"  # the key, in a mapping's JSON, of how the file writes dates and numbers (`TextFormat.saved`)


@dataclass(frozen=True)
class Remembered:
    name: str
    mapping: ColumnMapping
    text_format: TextFormat | None = None  # the dates and numbers as the user said the export writes them

    @classmethod
    def of(cls, row: ImportMapping) -> Remembered:
        saved = read_json(row.mapping, words.tr('the remembered mapping "{0}"').format(row.name)).get(FORMAT)
        fmt = from_choices(**saved) if isinstance(saved, dict) else None
        return cls(row.name, ColumnMapping.from_json(row.mapping), fmt)


def for_headers(session: Session, headers: Sequence[str]) -> Remembered | None:
    row = session.scalars(select(ImportMapping).where(ImportMapping.header_key == header_key(headers))).first()
    return None if row is None else Remembered.of(row)


def by_name(session: Session, name: str) -> Remembered:
    """The mapping called `name` (any case); the newest when several share it."""
    query = (
        select(ImportMapping)
        .where(func.lower(ImportMapping.name) == name.strip().lower())
        .order_by(ImportMapping.created_at.desc(), ImportMapping.id.desc())
    )
    row = session.scalars(query).first()
    if row is None:
        known = names(session)
        if known:
            raise ImportFileError(
                words.tr('no remembered mapping called "{0}"; remembered mappings: {1}').format(name, ", ".join(known))
            )
        raise ImportFileError(words.tr('no remembered mapping called "{0}"; none is remembered yet').format(name))
    return Remembered.of(row)


def names(session: Session) -> list[str]:
    return sorted(set(session.scalars(select(ImportMapping.name))))


def remember(
    session: Session, name: str, headers: Sequence[str], mapping: ColumnMapping, text_format: TextFormat | None = None
) -> None:
    """Keep `mapping` for files with these headers under `name` (replacing what was kept for them before), with
    how the user said the file writes dates and numbers, if they said."""
    if not name.strip():
        raise ImportFileError(words.tr("a remembered mapping needs a name"))
    text = mapping.to_json()
    if text_format is not None and text_format.chosen:
        text = json.dumps(json.loads(text) | {FORMAT: text_format.saved()}, ensure_ascii=False, sort_keys=True)
    key = header_key(headers)
    row = session.scalars(select(ImportMapping).where(ImportMapping.header_key == key)).first()
    if row is None:
        session.add(ImportMapping(name=name.strip(), header_key=key, mapping=text))
    else:
        row.name = name.strip()
        row.mapping = text
