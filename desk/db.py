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
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotADeskDatabaseError(f"{path} is an SQLite database but not one of Desk's (no schema version)")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADeskDatabaseError(f"{path} is not a Desk database: {exc}") from exc
    return None if row is None else str(row[0])


def _known_revisions() -> set[str]:
    script = _script_directory()
    return {rev.revision for rev in script.walk_revisions()}


def _alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.attributes["connection"] = connection
    return cfg


def _script_directory() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


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


def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    # Let SQLAlchemy's "begin" hook below start transactions instead of the sqlite3 module.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_IMMEDIATE) else "BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
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


def open_database(path: Path, backups: Path) -> Database:
    """Open (or create) the database at `path`, upgrading it to head after an online backup when it held data."""
    version = _read_schema_version(path) if path.exists() else None
    had_data = version is not None
    if version is not None and version != migrations.HEAD and version not in _known_revisions():
        raise SchemaTooNewError(
            f"{path} was written by a newer Desk (schema {version}); this Desk knows schemas up to "
            f"{migrations.HEAD}. Update Desk to open it. Nothing was changed."
        )
    backup = None
    if version != migrations.HEAD:
        if had_data:
            backup = online_backup(path, backups, f"before-{migrations.HEAD}")
        _upgrade(path)
    engine = make_engine(path)
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False)
    audit.install(reader)
    audit.install(writer)
    return Database(path, engine, reader, writer, backup)


def _upgrade(path: Path) -> None:
    from alembic import command

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
    except Exception as exc:
        raise DeskError(f"could not upgrade the database {path}: {exc}") from exc
    finally:
        engine.dispose()
