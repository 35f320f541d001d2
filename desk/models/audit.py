"""The audit log: every insert, update and delete of a domain row, append-only, each entry chained to the one
before it by sha256 so that an edited or removed entry breaks the chain (`desk verify`)."""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Integer, String, Text, event, insert, inspect, select
from sqlalchemy.orm import Mapped, Session, UOWTransaction, mapped_column

from desk.json_reading import read_json
from desk.language import words
from desk.models.base import VERSION, Base, UTCDateTime, enum_column, utcnow

GENESIS = "0" * 64


class AuditAction(enum.StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text)  # JSON {column: [old, new]}
    # Unique: two entries can never claim the same predecessor, so the chain cannot fork.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


def entry_hash(
    prev_hash: str, at: datetime, actor: str, action: str, table_name: str, row_id: int, changes: str
) -> str:
    """The sha256 of an entry's content and its predecessor's hash, over a canonical JSON text."""
    payload = json.dumps(
        [prev_hash, at.isoformat(), actor, action, table_name, row_id, changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row_changes(obj: Any, action: AuditAction) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key == VERSION:
            continue  # a record's version says only that it changed, which the entry says already
        hist = state.attrs[attr.key].history
        if action is AuditAction.UPDATE:
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
        else:
            value = (
                getattr(obj, attr.key)
                if action is AuditAction.INSERT
                else ((hist.unchanged or hist.deleted or [None])[0])
            )
            if value is None:
                continue  # an empty column of a new or deleted row says nothing
            old, new = (None, value) if action is AuditAction.INSERT else (value, None)
        changes[attr.key] = [old, new]
    return changes


def _row_id(obj: Any) -> int:
    return int(inspect(obj).mapper.primary_key_from_instance(obj)[0])


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    pending: list[tuple[AuditAction, Any]] = [(AuditAction.INSERT, o) for o in session.new]
    pending += [(AuditAction.UPDATE, o) for o in session.dirty if session.is_modified(o, include_collections=False)]
    pending += [(AuditAction.DELETE, o) for o in session.deleted]
    changes = [
        Change(action, obj.__tablename__, _row_id(obj), _row_changes(obj, action))
        for action, obj in sorted(pending, key=lambda p: (p[1].__tablename__, _row_id(p[1])))
        if not isinstance(obj, AuditEntry)
    ]
    record(session.connection(), session.info.get("actor", "unknown"), changes)


@dataclass(frozen=True)
class Change:
    """One row's change, for `record`: values as {column: [old, new]} (None for absent)."""

    action: AuditAction
    table: str
    row_id: int
    values: dict[str, list[Any]]


def record(connection: Connection, actor: str, changes: Iterable[Change]) -> int:
    """Append audit entries for `changes`, chained after the last entry, in the caller's transaction.

    ORM sessions call this on every flush; bulk writes through Core (imports) call it themselves with the
    rows they wrote. The caller's write transaction must hold the write lock (Database.write does), so that
    no other writer can slip an entry in between reading the last hash and appending."""
    prev = connection.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    at = utcnow()
    rows = []
    for change in changes:
        if not change.values:
            continue
        text = json.dumps(
            {k: [_plain(old), _plain(new)] for k, (old, new) in change.values.items()},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        digest = entry_hash(prev, at, actor, change.action.value, change.table, change.row_id, text)
        rows.append(
            {
                "at": at,
                "actor": actor,
                "action": change.action,
                "table_name": change.table,
                "row_id": change.row_id,
                "changes": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        connection.execute(insert(AuditEntry), rows)
    return len(rows)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    # A deleted row's values are gone after the flush: load any expired ones while the row still exists.
    for obj in session.deleted:
        for attr in inspect(obj).mapper.column_attrs:
            getattr(obj, attr.key)


def install(session_factory: Any) -> None:
    """Audit every flush of sessions made by this factory (a `sessionmaker`)."""
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush", _after_flush)


def describe_changes(changes: str) -> str:
    """`status: placed → paid; qty: 1 → 2` for people reading the log."""
    parts = []
    for key, (old, new) in read_json(changes, words.tr("an entry of the change history")).items():
        if old is None:
            parts.append(f"{key}={new}")
        elif new is None:
            parts.append(words.tr("{0} was {1}").format(key, old))
        else:
            parts.append(f"{key}: {old} → {new}")
    return "; ".join(parts)


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: str


def verify_chain(
    session: Session, batch: int = 5000, on_entry: Callable[[int], None] | None = None
) -> Iterator[ChainBreak]:
    """Walk the log in order and yield every entry whose hash or link does not hold."""
    prev = GENESIS
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=batch))
    for done, e in enumerate(entries, start=1):
        if on_entry is not None:
            on_entry(done)
        if e.prev_hash != prev:
            yield ChainBreak(e.id, words.tr("does not follow the entry before it (an entry was removed or reordered)"))
        expected = entry_hash(e.prev_hash, e.at, e.actor, e.action.value, e.table_name, e.row_id, e.changes)
        if expected != e.hash:
            yield ChainBreak(e.id, words.tr("its content does not match its hash (the entry was altered)"))
        prev = e.hash
