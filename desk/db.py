"""The database of a data folder: engine and pragmas, schema check and migration at open, online backup.

SQLite-specific SQL lives only here. Reads run in plain deferred transactions; writes begin IMMEDIATE so that a
write transaction holds the write lock from its first statement (the audit chain reads its last hash safely)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desk import migrations
from desk.errors import DeskError, NotADeskDatabaseError, SchemaTooNewError
from desk.models import audit

DB_NAME = "desk.sqlite3"
BUSY_TIMEOUT_MS = 10_000
_IMMEDIATE = "desk_begin_immediate"


def _read_schema_version(path: Path) -> str | None:
    """The Alembic revision of an existing file, read without changing it; None for an empty database."""
    # Read-only, and `immutable` when no WAL is pending so that not even a -shm file is created; a leftover
    # WAL (after a crash) must be read, so then only read-only.
    wal_pending = path.with_name(path.name + "-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal_pending else "&immutable=1")
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotADeskDatabaseError(f"{path} is an SQLite database but not one of Desk's (no schema version)")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADeskDatabaseError(f"{path} is not a Desk database: {exc}") from exc
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class Migrations:
    """Where the Alembic scripts are and which revision they lead to; tests point it at other scripts."""

    location: Path = Path(migrations.__file__).parent
    head: str = migrations.HEAD

    def config(self, connection: Any = None) -> Any:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(self.location))
        cfg.attributes["connection"] = connection
        return cfg

    def known_revisions(self) -> set[str]:
        from alembic.script import ScriptDirectory

        return {rev.revision for rev in ScriptDirectory.from_config(self.config()).walk_revisions()}

    def script_head(self) -> str | None:
        from alembic.script import ScriptDirectory

        head: str | None = ScriptDirectory.from_config(self.config()).get_current_head()
        return head


def online_backup(db_path: Path, backups: Path, label: str) -> Path:
    """Copy a live database with SQLite's backup API into `backups/`, atomically (temp file, then rename)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"desk-{stamp}-{label}.sqlite3"
    partial = target.with_suffix(".partial")
    with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
    partial.replace(target)
    return target


# SQLite's own words for conditions the user can do something about (qutebrowser's misc/sql.py does the same).
_KNOWN_ERRORS = {
    "database is locked": "the data folder is busy: another Desk (or another program) is writing to it. "
    "Close it, or wait, and try again.",
    "database or disk is full": "the disk holding the data folder is full: free some space and try again.",
    "attempt to write a readonly database": "the data folder is read-only: Desk needs to write to it.",
    "unable to open database file": "the database file cannot be opened: check the folder's permissions.",
    "disk I/O error": "the disk reported an error while reading or writing the database.",
}


def describe_database_error(exc: BaseException) -> str | None:
    """A message for the user when `exc` is a known SQLite condition, None when it is a bug to report."""
    text = str(getattr(exc, "orig", exc))
    for key, message in _KNOWN_ERRORS.items():
        if key in text:
            return message
    return None


def _pragmas(foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below start transactions instead of the sqlite3 module.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    return on_connect


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_IMMEDIATE) else "BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _pragmas(foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Database:
    path: Path
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    backup: Path | None  # the backup taken before this open's migration, if any

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.reader() as session:
            yield session

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back entirely on any error."""
        with self.writer() as session, session.begin():
            session.info["actor"] = actor
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backups: Path, scripts: Migrations = Migrations()) -> Database:
    """Open (or create) the database at `path`, upgrading it to head after an online backup when it held data."""
    version = _read_schema_version(path) if path.exists() else None
    if version is not None and version != scripts.head and version not in scripts.known_revisions():
        raise SchemaTooNewError(
            f"{path} was written by a newer Desk (schema {version}); this Desk knows schemas up to "
            f"{scripts.head}. Update Desk to open it. Nothing was changed."
        )
    backup = None
    if version != scripts.head:
        if version is not None:
            backup = online_backup(path, backups, f"before-{scripts.head}")
        _upgrade(path, scripts)
    engine = make_engine(path)
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False)
    audit.install(reader)
    audit.install(writer)
    return Database(path, engine, reader, writer, backup)


def _upgrade(path: Path, scripts: Migrations) -> None:
    from alembic import command

    # Batch migrations rebuild tables; with foreign keys on, dropping the old copy of a parent table would
    # delete or block its children. They are checked once, at the end, inside the same transaction.
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(scripts.config(connection), "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DeskError(f"the migration would leave {len(broken)} broken references, e.g. {broken[0]}")
    except Exception as exc:
        raise DeskError(f"could not upgrade the database {path}: {exc}") from exc
    finally:
        engine.dispose()
