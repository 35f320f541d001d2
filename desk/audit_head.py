"""The audit log's head — the number, hash and time of its last entry — kept outside the log too, so that `desk verify`
can tell when entries were cut off its end or wiped: the hash chain proves the entries' order, not that none is
missing after the last one left.

The head is kept in a small file beside the database (`desk.sqlite3` → `desk.audit-head.json`), replaced atomically
after each write that added entries, and in every backup Desk makes (a one-row table of the copy). The file may be
behind the log — a crash between a commit and the file's replacement — and that is fine as long as the log still
holds the entry the file names; the log may never be behind it. Those who replace the file take turns under the
database's write lock, and never put back a lower head, nor one the log no longer holds (that head is the evidence).

    keep(connection, head_file(db_path))     # in a transaction holding the write lock
    read_head(head_file(db_path))            # None when there is none; UnreadableHead when it cannot be read"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from desk.files import replace_file
from desk.json_reading import read_json
from desk.language import words
from desk.models.audit import AuditEntry
from desk.sqlite_uri import sqlite_uri

HEAD_SUFFIX = ".audit-head.json"
BACKUP_TABLE = "desk_audit_head"  # in backups only: the head of the log the copy holds, as the file has it
ABOUT = (
    "The last entry of this data folder's audit log, kept outside the database so that desk verify can tell when "
    "entries were removed from its end."
)
_HASH = re.compile(r"[0-9a-f]{64}")


class UnreadableHead(Exception):
    """A head file (or a backup's head) that is not one: its message says why, in plain words."""


@dataclass(frozen=True)
class AuditHead:
    last: int  # the last entry's number
    hash: str
    at: datetime  # when it was recorded (UTC)

    def to_json(self) -> str:
        fields = {"about": ABOUT, "last": self.last, "hash": self.hash, "at": self.at.isoformat()}
        return json.dumps(fields, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> AuditHead:
        try:
            fields = read_json(text, words.tr("the audit log's head file"))
            last, digest, at = fields["last"], fields["hash"], datetime.fromisoformat(fields["at"])
        except (ValueError, TypeError, KeyError) as error:
            raise UnreadableHead(words.tr("it is not what Desk writes there ({0})").format(error)) from None
        if not isinstance(last, int) or isinstance(last, bool) or last < 1:
            raise UnreadableHead(words.tr("its entry number {0!r} is not a whole number from 1").format(last))
        if not isinstance(digest, str) or not _HASH.fullmatch(digest):
            raise UnreadableHead(words.tr("its hash {0!r} is not 64 hexadecimal digits").format(digest))
        if at.tzinfo is None:
            raise UnreadableHead(words.tr("its time {0!r} has no time zone").format(fields["at"]))
        return cls(last, digest, at.astimezone(UTC))

    def when(self) -> str:
        return self.at.strftime("%Y-%m-%d %H:%M UTC")


def head_file(database: Path) -> Path:
    """Where the head of `database`'s audit log is kept: beside it."""
    return database.with_suffix(HEAD_SUFFIX)


def read_head(path: Path) -> AuditHead | None:
    """The head kept in `path`; None when there is no such file; UnreadableHead when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableHead(words.tr("it could not be read ({0})").format(error)) from None
    return AuditHead.from_json(text)


def write_head(path: Path, head: AuditHead) -> None:
    """Replace `path` with `head` by a rename: readers see the old file or the whole new one. Not synced to the disk
    (each write would wait twice as long): a power cut may lose the file's last replacement or, on some file
    systems, leave it empty. Neither is ever ahead of the log, whose commit came first: a head left behind is
    accepted, and one left unreadable is said and recorded anew."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(head.to_json())
        replace_file(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Built once: every write asks (a statement built anew costs more than the query).
_LAST = select(AuditEntry.id, AuditEntry.hash, AuditEntry.at).order_by(AuditEntry.id.desc()).limit(1)
_HASH_OF = select(AuditEntry.hash).where(AuditEntry.id == bindparam("number"))


def log_head(connection: Connection | Session) -> AuditHead | None:
    """The last entry of the log `connection` sees; None when the log is empty."""
    row = connection.execute(_LAST).first()
    return None if row is None else AuditHead(row.id, row.hash, row.at)


def hash_of_entry(connection: Connection | Session, number: int) -> str | None:
    """The hash of entry `number`; None when the log has no such entry."""
    return connection.execute(_HASH_OF, {"number": number}).scalar()


def keep(connection: Connection, path: Path) -> AuditHead | None:
    """Record the log's head in `path`, and return the head the file holds afterwards. `connection` must be in a
    transaction holding the write lock: no entry is added meanwhile, and two Desks writing the folder replace the
    file in turn. A head the file already holds that is later than the log's, or that the log no longer holds, is
    left as it is: it is what tells that entries went missing."""
    head = log_head(connection)
    try:
        kept = read_head(path)
    except UnreadableHead:
        kept = None  # nothing can be learnt from it: a new one is better
    if kept is not None:
        behind = head is not None and kept.last < head.last
        if not behind or hash_of_entry(connection, kept.last) != kept.hash:
            return kept
    if head is None:
        return None
    write_head(path, head)
    return head


def seal_backup(copy: sqlite3.Connection) -> None:
    """Record in a backup the head of the log it holds (`copy`: the copy just made, not yet in its place). A copy of
    a database without an audit log (none is that old) is left as it is."""
    try:
        row = copy.execute("SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return
    if row is None:
        return
    try:
        at = datetime.fromisoformat(str(row[2])).replace(tzinfo=UTC)  # stored in UTC, without the zone
    except ValueError:
        return  # a time Desk did not write: the copy is still worth having, without its head
    head = AuditHead(int(row[0]), str(row[1]), at)
    with copy:
        copy.execute(f"CREATE TABLE IF NOT EXISTS {BACKUP_TABLE} (head TEXT NOT NULL)")
        copy.execute(f"DELETE FROM {BACKUP_TABLE}")
        copy.execute(f"INSERT INTO {BACKUP_TABLE} (head) VALUES (?)", (head.to_json(),))


def backup_head(backup: Path) -> AuditHead | None:
    """The head a backup Desk made records; None for a copy that records none (made before Desk kept heads, or not
    a database): such a copy proves nothing either way."""
    try:
        with closing(sqlite3.connect(sqlite_uri(backup.resolve(), mode="ro", immutable="1"), uri=True)) as conn:
            row = conn.execute(f"SELECT head FROM {BACKUP_TABLE}").fetchone()
        return None if row is None else AuditHead.from_json(str(row[0]))
    except (sqlite3.Error, UnreadableHead):
        return None


def backup_heads(backups: Path) -> list[tuple[Path, AuditHead]]:
    """The heads the backups in `backups` record, latest entry first."""
    if not backups.is_dir():
        return []
    found = [(path, backup_head(path)) for path in sorted(backups.glob("*.sqlite3"))]
    return sorted(((path, head) for path, head in found if head is not None), key=lambda p: -p[1].last)
