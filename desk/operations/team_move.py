"""`desk team move FOLDER ADDRESS` (issue 16, point 7): a single desk's data folder moves into an empty team server —
every record with its id, the audit log entry for entry, the evidence files — and the folder is left as it was.

Before anything is copied the folder's audit chain is checked (a broken one is refused: it would be carried over as
if whole). Each table is copied in one transaction of its own, parents first, together with a row in the server's
`desk_move` table that says it is done: a move cut short (a network gone, a cancel) goes on from the next table when
run again, and never leaves half a table behind. Files go to the server's vault one by one (each whole or not at
all, kept once). After the last, the server must hold as many rows as the folder in every table, its audit chain
must hold and end on the folder's last entry, and the server must hash every file to its name; then `desk_move` is
dropped."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text
from sqlalchemy.orm import Session

from desk.common import Cancelled, Progress, stop_if_cancelled
from desk.db import BUSY_TIMEOUT_MS, read_only_engine, read_schema_version
from desk.errors import DeskError
from desk.language import words
from desk.migrations import HEAD
from desk.models import Base, Evidence
from desk.models.audit import verify_chain
from desk.operations import Result
from desk.operations.team import server_url
from desk.operations.undo import name as record_name
from desk.paths import DB_NAME, server_folder
from desk.server_db import WRITE_LOCK, check_schema, make_server_engine
from desk.server_vault import ServerVault
from desk.vault import Vault

MOVE_TABLE = "desk_move"
BATCH = 2000  # rows per INSERT … VALUES


@dataclass(frozen=True)
class MoveFolder:
    folder: Path  # a single desk's data folder, at this Desk's schema
    address: str  # the team server, set up (desk team init) and empty, as `desk team login` knows it


@dataclass(frozen=True, kw_only=True)
class FolderMoved(Result):
    tables: int  # copied by this run
    resumed: int  # found copied by an earlier run cut short
    rows: int
    files: int  # sent to the server by this run


def move_folder(
    request: MoveFolder, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> FolderMoved:
    source_db = request.folder.expanduser().resolve() / DB_NAME
    if not source_db.is_file():
        raise DeskError(words.tr("{0} is not a data folder: it has no {1}").format(request.folder, DB_NAME))
    found = read_schema_version(source_db)
    if found != HEAD:
        raise DeskError(
            words.tr(
                "{0} has schema {1} and this Desk {2}: open it once with this Desk (which upgrades it), then move it"
            ).format(request.folder, found, HEAD)
        )
    url = server_url(server_folder(request.address))
    source = read_only_engine(source_db)
    target = make_server_engine(url, lock_timeout_ms=BUSY_TIMEOUT_MS)
    try:
        _refuse_broken_chain(source, request.folder)
        check_schema(target, request.address, HEAD, {HEAD})
        done = _start(target)
        tables = [t for t in Base.metadata.sorted_tables if t.name not in done]
        total = sum(_count(source, t) for t in tables)
        copied = rows = 0
        for table in tables:
            stop_if_cancelled(cancelled, words.tr("the move was stopped; run it again to go on from where it was"))
            rows += _copy(source, target, table)
            copied += 1
            if progress is not None:
                progress(rows, total)
        _move_sequences(target)
        files = _send_files(source, Vault(request.folder / "vault"), ServerVault(Path(), target), cancelled)
        _check(source, target)
        with target.begin() as connection:
            connection.exec_driver_sql(f"DROP TABLE {MOVE_TABLE}")
    finally:
        source.dispose()
        target.dispose()
    return FolderMoved(
        message=words.tr(
            "Moved {0} to the team server: {1} rows in {2} tables and {3} files; the folder is as it was."
        ).format(request.folder, f"{rows:,}", copied, files),
        tables=copied,
        resumed=len(done),
        rows=rows,
        files=files,
    )


def _refuse_broken_chain(source: Engine, folder: Path) -> None:
    with Session(source) as session:
        broken = next(verify_chain(session), None)
    if broken is not None:
        raise DeskError(
            words.tr("{0}'s audit log is broken at entry {1} ({2}): run desk verify on it; nothing was moved").format(
                folder, broken.entry_id, broken.problem
            )
        )


def _start(target: Engine) -> set[str]:
    """The tables an earlier move copied; an empty server is made ready for a move. A server that holds records and
    no move under way is refused."""
    with target.begin() as connection:
        if connection.scalar(text("SELECT to_regclass(:t)"), {"t": MOVE_TABLE}) is not None:
            return set(connection.scalars(text(f"SELECT table_name FROM {MOVE_TABLE}")))
        holding = [
            t.name for t in Base.metadata.sorted_tables if connection.scalar(select(func.count()).select_from(t))
        ]
        if holding:
            raise DeskError(
                words.tr("the team server already holds records ({0}): a folder moves only into an empty one").format(
                    ", ".join(words.tr(record_name(table)) for table in holding[:3])
                )
            )
        connection.exec_driver_sql(f"CREATE TABLE {MOVE_TABLE} (table_name text PRIMARY KEY, rows bigint NOT NULL)")
    return set()


def _count(engine: Engine, table: Table) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def _copy(source: Engine, target: Engine, table: Table) -> int:
    """One table, all or nothing, with the row that says it is done; how many rows."""
    rows = 0
    with target.begin() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")  # no desk writes meanwhile
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")  # a table that names itself (evidence's parent)
        for batch in _batches(source, table):
            connection.execute(insert(table), batch)
            rows += len(batch)
        connection.execute(
            text(f"INSERT INTO {MOVE_TABLE} (table_name, rows) VALUES (:t, :n)"), {"t": table.name, "n": rows}
        )
    return rows


def _batches(source: Engine, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    with source.connect() as connection:
        result = connection.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
        for part in result.mappings().partitions(BATCH):
            yield [dict(row) for row in part]


def _move_sequences(target: Engine) -> None:
    """Each table's next id after the highest moved: a desk's next record must not take a moved one's id."""
    with target.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if "id" in table.c and table.c.id.autoincrement:
                highest = f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name})"
                sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name})
                if sequence is not None:
                    connection.execute(text(f"SELECT setval(:s, {highest}, false)"), {"s": sequence})


def _send_files(source: Engine, vault: Vault, server: ServerVault, cancelled: Cancelled | None) -> int:
    with source.connect() as connection:
        hashes = list(connection.scalars(select(Evidence.sha256).distinct()))
    sent = 0
    for sha256 in hashes:
        stop_if_cancelled(cancelled, words.tr("the move was stopped; run it again to go on from where it was"))
        path = vault.local_path(sha256)
        if not path.is_file():
            raise DeskError(
                words.tr("evidence file {0} is missing from the folder's vault; nothing more was sent").format(sha256)
            )
        sent += server.send(sha256, path)
    return sent


def _check(source: Engine, target: Engine) -> None:
    """The server holds what the folder holds: every table's rows, the audit chain to the same last entry, every
    file hashing to its name."""
    with source.connect() as left, target.connect() as right:
        for table in Base.metadata.sorted_tables:
            here = left.scalar(select(func.count()).select_from(table))
            there = right.scalar(select(func.count()).select_from(table))
            if here != there:
                raise DeskError(
                    words.tr("the move is not whole: the server has {1} and the folder {2} of: {0}").format(
                        words.tr(record_name(table.name)), there, here
                    )
                )
        last = _last_hash(left)
        if last != _last_hash(right):
            raise DeskError(
                words.tr("the move is not whole: the server's audit log does not end where the folder's does")
            )
    with Session(target) as session:
        broken = next(verify_chain(session), None)
    if broken is not None:
        raise DeskError(
            words.tr("the server's audit log is broken at entry {0}: {1}").format(broken.entry_id, broken.problem)
        )
    vault = ServerVault(Path(), target)
    with target.connect() as connection:
        for sha256 in connection.scalars(select(Evidence.sha256).distinct()):
            if vault.hash_of(sha256) != sha256:
                raise DeskError(
                    words.tr("the server's copy of evidence file {0} does not hash to its name").format(sha256)
                )


def _last_hash(connection: Connection) -> str | None:
    found = connection.scalar(text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
    return None if found is None else str(found)
