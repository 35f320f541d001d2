"""The database of a data folder: engine and pragmas, schema check and migration at open, online backup, and the
full-text search index.

SQLite-specific SQL lives only here. Reads run in plain deferred transactions; writes begin IMMEDIATE so that a
write transaction holds the write lock from its first statement (the audit chain reads its last hash safely)."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import unicodedata
import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Engine,
    Integer,
    Select,
    and_,
    column,
    create_engine,
    event,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from desk import audit_head, migrations
from desk.common import (
    BACKING_UP,
    CHECKING,
    CREATING,
    OPENING,
    UPGRADING,
    Cancelled,
    Progress,
    stop_if_cancelled,
)
from desk.errors import DeskError, NotADeskDatabaseError, SchemaTooNewError, classify
from desk.language import words
from desk.models import audit, voided
from desk.server_db import (
    READ_ISOLATION,
    WRITE_LOCK,
    WRITER,
    act_as_owner,
    announce_change,
    check_schema,
    create_roles,
    dump,
    find_pg_dump,
    grant_staff,
    make_foreign_keys_deferrable,
    make_server_engine,
    other_desks,
    refuse_without_case_rules,
    schema_revision,
)
from desk.sqlite_uri import sqlite_uri
from desk.team_link import display

BUSY_TIMEOUT_MS = 10_000  # how long a write waits for another's (another program's, or another desk's on a server)
_IMMEDIATE = WRITER  # SQLite: BEGIN IMMEDIATE; a team server: the writers' lock (desk.server_db)
BACKUP_STEP_PAGES = 1024  # copied between two progress reports: 4 MiB at SQLite's default page size
OpenProgress = Callable[[str, int, int], None]  # (step, done, total): the bytes copied while backing up, else 0 of 0
# The longest path of a file SQLite opens on Linux and macOS, in UTF-8 bytes (its Unix layer allows 512, less room
# for "-journal"): Linux allows 4,096. Windows has its own limit, which it names itself.
SQLITE_LONGEST_PATH = 504


def read_schema_version(path: Path) -> str | None:
    """The Alembic revision of an existing file, read without changing it; None for an empty database."""
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotADeskDatabaseError(
                    words.tr("{0} is an SQLite database but not one of Desk's (no schema version)").format(path)
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADeskDatabaseError(words.tr("{0} is not a Desk database: {1}").format(path, exc)) from exc
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


def online_backup(
    db_path: Path, backups: Path, label: str, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Path:
    """Copy a live database with SQLite's backup API into `backups/`, atomically (temp file, then rename), telling
    `progress` the bytes copied. A copy cut short (cancelled, a full disk) leaves no partial file behind."""
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / _backup_name(datetime.now(UTC), label)
    partial = target.with_suffix(".partial")
    page_size = 0

    def copied(_status: int, remaining: int, pages: int) -> None:  # raising here makes SQLite abandon the copy
        stop_if_cancelled(
            cancelled, words.tr("the backup of {0} was stopped; the database was not changed").format(db_path)
        )
        if progress is not None:
            progress((pages - remaining) * page_size, pages * page_size)

    try:
        with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(partial)) as dst:
            if _full_fsync(sys.platform):
                dst.execute("PRAGMA fullfsync = ON")
            page_size = int(src.execute("PRAGMA page_size").fetchone()[0])
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=copied)
            audit_head.seal_backup(dst)  # the copy carries the head of its audit log
    except BaseException:
        partial.unlink(missing_ok=True)  # once both are closed: Windows deletes no file that is open
        raise
    partial.replace(target)
    return target


def _backup_name(at: datetime, label: str) -> str:
    return f"desk-{at.strftime('%Y%m%dT%H%M%S%fZ')}-{label}.sqlite3"


def refuse_too_long(path: Path, backups: Path, head: str = migrations.HEAD, *, platform: str = sys.platform) -> None:
    """Refuse, before anything is made, a database whose path, or the path of its backup before an upgrade to
    `head`, is longer than SQLite can open: a DeskError naming the folder."""
    if platform == "win32":
        return
    path, backups = path.absolute(), backups.absolute()
    backup = backups / _backup_name(datetime(2000, 1, 1, tzinfo=UTC), f"before-{head}")
    folder = len(os.fsencode(path.parent))
    longest = max(len(os.fsencode(p)) for p in (path, backup.with_suffix(".partial"), backup))
    if longest > SQLITE_LONGEST_PATH:
        room = SQLITE_LONGEST_PATH - (longest - folder)
        raise DeskError(
            words.tr(
                "{0} cannot be a data folder: its path is too long for the database Desk uses ({1} bytes, where at "
                "most {2} fit; a letter outside English counts 2 to 4). Choose a folder with a shorter path. Nothing "
                "was changed."
            ).format(path.parent, f"{folder:,}", f"{room:,}")
        )


def _full_fsync(platform: str) -> bool:
    # macOS's fsync leaves committed pages in the drive's cache, where a power cut can lose them.
    return platform == "darwin"


def _pragmas(foreign_keys: bool, full_fsync: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below start transactions instead of the sqlite3 module.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        if full_fsync:
            cursor.execute("PRAGMA fullfsync = ON")
            cursor.execute("PRAGMA checkpoint_fullfsync = ON")
        cursor.close()

    return on_connect


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_IMMEDIATE) else "BEGIN")


def read_only_engine(path: Path) -> Engine:
    """An engine that only reads the database at `path`, of a folder no Desk has open (one moving to a team server),
    leaving the folder as it was, byte for byte (`_read_only_uri`)."""
    return create_engine(URL.create("sqlite", database=_read_only_uri(path), query={"uri": "true"}))


def _read_only_uri(path: Path) -> str:
    """Read-only, and `immutable` when no WAL is pending so that not even a -shm file is created; a leftover WAL
    (after a crash) must be read, so then only read-only."""
    wal_pending = path.with_name(path.name + "-wal").exists()
    return sqlite_uri(path.resolve(), mode="ro", **({} if wal_pending else {"immutable": "1"}))


def make_engine(path: Path, *, foreign_keys: bool = True, platform: str = sys.platform) -> Engine:
    """The engine of the database at `path`; `platform` is the system's unless a test gives another."""
    engine = create_engine(URL.create("sqlite", database=str(path)))  # a "?" or "%" in the path stays a path
    event.listen(engine, "connect", _pragmas(foreign_keys, _full_fsync(platform)))
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Database:
    path: Path  # the SQLite file; on a team server, the folder's link to it (desk.team_link): the head is kept beside
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    backup: Path | None  # the backup taken before this open's migration, if any
    server: str | None = None  # the team server, as people read its address; None for a folder's own database
    desk_id: str = field(default_factory=lambda: uuid.uuid4().hex)  # tells this desk's changes from the others'

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.reader() as session:
            yield session

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back entirely on any error. The audit
        entries it wrote are remembered for the thread that wrote them (`take_written`), for Undo."""
        with self.writer() as session:
            with session.begin():
                session.info["actor"] = actor
                before = _last_audit_id(session)  # the first statement: the write lock is held from here on
                yield session
                session.flush()
                after = _last_audit_id(session)
                if self.server is not None and after > before:  # the other desks hear it once this commits
                    announce_change(session.connection(), before, self.desk_id)
            if after > before:
                _remember(self, before + 1, after)
        if after > before:
            self.keep_audit_head()

    def keep_audit_head(self) -> None:
        """Record the audit log's head in the file beside the database (desk.audit_head), in a transaction of its own
        holding the write lock. Called after a write committed, so a failure here cannot undo it: the file is then
        left behind the log, which `desk verify` accepts and brings up to date."""
        try:
            with self.engine.execution_options(**{_IMMEDIATE: True}).begin() as connection:
                audit_head.keep(connection, audit_head.head_file(self.path))
        except Exception as error:
            if classify(error, database=self.path).is_bug:
                raise

    def close(self) -> None:
        self.engine.dispose()


# The audit entries each thread's writes committed, until its caller takes them (`take_written`).
_written = threading.local()


def _last_audit_id(session: Session) -> int:
    return int(session.scalar(select(func.max(audit.AuditEntry.id))) or 0)


def _remember(database: object, first: int, last: int) -> None:
    ranges: list[tuple[int, int, int]] = getattr(_written, "ranges", [])
    ranges.append((id(database), first, last))
    _written.ranges = ranges


def take_written() -> tuple[int, int] | None:
    """The first and last audit entry of the writes this thread just committed (None: none), and forget every
    write it remembered. "Just": the last write and those right before it in the same database with no other
    entry between (an operation's writes, one after the other, each holding the write lock); anything older
    is not the operation the caller just ran."""
    ranges: list[tuple[int, int, int]] = getattr(_written, "ranges", [])
    _written.ranges = []
    if not ranges:
        return None
    database, first, last = ranges[-1]
    for other, before_first, before_last in reversed(ranges[:-1]):
        if other != database or before_last + 1 != first:
            break
        first = before_first
    return first, last


def defer_foreign_keys(session: Session) -> None:
    """Check foreign keys at the commit of this write, not at each statement: Undo removes and puts back rows in
    the order the audit log has them, which is not always parents first."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    else:  # the server's foreign keys are DEFERRABLE (revision 0013)
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))


def open_database(
    path: Path,
    backups: Path,
    scripts: Migrations = Migrations(),
    *,
    progress: OpenProgress | None = None,
    cancelled: Cancelled | None = None,
) -> Database:
    """Open (or create) the database at `path`, upgrading it to head after an online backup when it held data.
    `progress(step, done, total)` hears each step as it begins (CHECKING … OPENING) and the backup's bytes;
    `cancelled` is heard until the backup is done, never once the database is being changed."""
    report = progress or _no_progress
    refuse_too_long(path, backups, scripts.head)
    report(CHECKING, 0, 0)
    version = read_schema_version(path) if path.exists() else None
    if version is not None and version != scripts.head and version not in scripts.known_revisions():
        raise SchemaTooNewError(
            words.tr(
                "{0} was written by a newer Desk (schema {1}); this Desk knows schemas up to {2}. Update Desk to "
                "open it. Nothing was changed."
            ).format(path, version, scripts.head)
        )
    backup = None
    if version != scripts.head:
        if version is not None:
            stop_if_cancelled(cancelled, words.tr("{0} was not opened; it was not changed").format(path))
            report(BACKING_UP, 0, 0)
            backup = online_backup(
                path,
                backups,
                f"before-{scripts.head}",
                progress=lambda done, total: report(BACKING_UP, done, total),
                cancelled=cancelled,
            )
        report(UPGRADING if version is not None else CREATING, 0, 0)
        _upgrade(path, scripts)
    report(OPENING, 0, 0)
    return _database(path, make_engine(path), backup=backup)


def open_server(
    url: URL, link: Path, server: str, scripts: Migrations = Migrations(), *, progress: OpenProgress | None = None
) -> Database:
    """Connect to a team server's database (`url` with its password), refusing one whose schema is not this Desk's
    (desk.server_db.check_schema); `link` is the folder's link to it, beside which the audit log's head is kept."""
    report = progress or _no_progress
    report(CHECKING, 0, 0)
    engine = make_server_engine(url, lock_timeout_ms=BUSY_TIMEOUT_MS)
    try:
        check_schema(engine, server, scripts.head, scripts.known_revisions())
    except BaseException:
        engine.dispose()
        raise
    report(OPENING, 0, 0)
    return _database(link, engine, server=server)


def init_server(url: URL, scripts: Migrations = Migrations()) -> str:
    """Set up an empty server database for a team, all or nothing: its owner and staff roles (the connected login
    becomes an owner), Desk's schema owned by the owner role, and the staff's rights (desk.server_db). A database
    that already holds a schema is refused. The revision it reached."""
    database = str(url.database)
    engine = make_server_engine(url, lock_timeout_ms=BUSY_TIMEOUT_MS)
    try:
        found = schema_revision(engine)
        if found is not None:
            raise DeskError(
                words.tr("the database already holds Desk's records (schema {0}); nothing was changed").format(found)
            )
        with engine.begin() as connection:
            refuse_without_case_rules(connection, display(url))
            create_roles(connection, database)
            _migrate_server(connection, database, scripts)
    finally:
        engine.dispose()
    return scripts.head


@dataclass(frozen=True)
class ServerUpgraded:
    before: str  # the revision it had
    after: str
    backup: Path | None  # pg_dump's copy from before; None when there was nothing to upgrade


def upgrade_server(
    url: URL, backups: Path, scripts: Migrations = Migrations(), *, pg_dump: str | None = None
) -> ServerUpgraded:
    """`desk team upgrade`: bring a team server's schema to this Desk's, all or nothing, after a copy of its
    database by pg_dump (`pg_dump`: its path; found on the system when None, none when ""). Refused, with nothing
    changed, when pg_dump is missing, when other desks are connected, or when the schema is newer than this Desk's."""
    server = display(url)
    engine = make_server_engine(url, lock_timeout_ms=BUSY_TIMEOUT_MS)
    try:
        before = schema_revision(engine)
        if before is None:
            raise DeskError(
                words.tr("the team server {0} holds no Desk records yet: set it up with desk team init").format(server)
            )
        if before == scripts.head:
            return ServerUpgraded(before, before, None)
        if before not in scripts.known_revisions():
            check_schema(engine, server, scripts.head, scripts.known_revisions())  # says: update Desk
        with engine.connect() as connection:
            others = other_desks(connection)
        if others:
            raise DeskError(
                words.tr(
                    "other desks are connected to {0} ({1}): they must close Desk before its schema changes. "
                    "Nothing was changed."
                ).format(server, ", ".join(others))
            )
        program = find_pg_dump() if pg_dump is None else pg_dump
        if not program:
            raise DeskError(
                words.tr(
                    "Desk copies the team server's database with pg_dump before upgrading it, and pg_dump is not "
                    "installed here: install PostgreSQL's client programs (the same version as the server, or "
                    "newer) and try again. Nothing was changed."
                )
            )
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = dump(url, backups / f"team-{url.database}-{stamp}-before-{scripts.head}.dump", program)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")  # no desk writes meanwhile
            _migrate_server(connection, str(url.database), scripts)
    finally:
        engine.dispose()
    return ServerUpgraded(before, scripts.head, backup)


def _migrate_server(connection: Any, database: str, scripts: Migrations) -> None:
    """Migrate to `scripts.head` as the owner role (it owns what is made), then make the new foreign keys
    deferrable and give the staff their rights on the new tables."""
    from alembic import command

    act_as_owner(connection, database)
    command.upgrade(scripts.config(connection), scripts.head)
    make_foreign_keys_deferrable(connection)
    grant_staff(connection, database)


def _database(path: Path, engine: Engine, *, backup: Path | None = None, server: str | None = None) -> Database:
    reader_engine = engine if server is None else engine.execution_options(isolation_level=READ_ISOLATION)
    reader = sessionmaker(reader_engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False)
    audit.install(reader)
    audit.install(writer)
    voided.install(reader)
    voided.install(writer)
    return Database(path, engine, reader, writer, backup, server)


def _no_progress(step: str, done: int, total: int) -> None:
    pass


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
                raise DeskError(
                    words.tr("the migration would leave {0} broken references, e.g. {1}").format(len(broken), broken[0])
                )
    except DeskError:
        raise
    except Exception as exc:
        problem = classify(exc, database=path)
        if problem.is_bug:
            raise  # a migration that breaks is Desk's bug, to be logged with its traceback; it rolled back
        raise DeskError(words.tr("could not upgrade the database {0}: {1}").format(path, problem.message)) from exc
    finally:
        engine.dispose()


# -- Full-text search ---------------------------------------------------------------------------------------------
#
# The one way in is `full_text(session, text)`: it returns a `FullText`, whose methods give the matching records as
# SQL to combine with other queries (desk.search builds the hits and the lists' conditions on them).
#
# One FTS5 table, `search_index` (revision 0003), with the `trigram` tokenizer: it finds any substring of three or
# more characters, in any script (Chinese has no spaces between words), and folds case, Cyrillic included. SQLite
# triggers keep it current on every write (ORM or Core). Nothing outside this section knows its layout:
#
# - rowid < 2^61: order id × 64 + slot. Slot 0 is the order itself (columns `ident` = its number, `tracking` = its
#   tracking numbers, `notes`), slots 1–63 its lines by line number (`item`, `sku`). Queries for lists never read
#   the stored text: the order id is in the rowid, and consecutive rowids keep the index small.
# - rowid ≥ 2^61: 2^61 + id × 8 + kind for the other records: a line numbered 64 or more (kind 1, `item`, `sku`),
#   a supplier (3, `ident` = name, `notes`), a dispute (4, `ident` = the platform's case number, `notes` = the
#   statement), a dispute event (5, `notes`), evidence (6, `ident` = the file's name, `notes` = its description
#   and text: an e-mail's headers and body; revision 0004). Above every order, so that one query in rowid order,
#   newest first, returns them first (they are few, and they are the cases staff work on), then the newest orders.
# - Every field ends with two U+001F, so that one- and two-character queries (below) also find text at its end.
#
# A query is split at white space; every part must occur (AND). A part of three or more characters is a phrase of
# its trigrams: a case-insensitive substring match. Trigrams cannot match a shorter part, and SQLite 3.40's LIKE
# over a trigram table returns nothing for patterns under three characters (measured), yet two-character words are
# common in Chinese (耳机, 手机): such a part — or one Chinese, Japanese or Korean character — matches the trigrams
# that begin with it, read from the index's vocabulary (`search_terms`, a range scan), OR-ed together.

SEARCH_KINDS = ("order", "tracking", "line", "supplier", "dispute", "event", "evidence")
_SLOTS = 64  # per order: the order and its lines 1–63
_OTHERS = 1 << 61  # where the other records' rowids start
_OTHER_CODES = {"line": 1, "supplier": 3, "dispute": 4, "event": 5, "evidence": 6}
_CODE_KINDS = {code: kind for kind, code in _OTHER_CODES.items()}
_END = "\x1f\x1f"  # the mark at the end of every indexed field
_MAX_EXPANSION = 256  # a shorter part that begins more trigrams than this narrows nothing: it is left out
_COLUMNS = ("item", "sku", "ident", "tracking", "notes")
_IDENTIFIERS = ("sku", "ident", "tracking")

_index = table("search_index", column("rowid", Integer), *(column(name) for name in _COLUMNS))
_vocabulary = table("search_terms", column("term"))
# A team server's search table (revision 0013): the same rowids and columns, and `document`, the five joined.
_server_index = table(
    "search_docs", column("rowid", BigInteger), *(column(name) for name in _COLUMNS), column("document")
)


@dataclass(frozen=True)
class FullTextDoc:
    """A document the index found: an order (with its tracking numbers), a line, a supplier, a dispute or an event."""

    kind: str  # "order", "line", "supplier", "dispute" or "event" ("tracking" is told apart by the caller)
    order_id: int | None  # for an order or one of its first 63 lines
    line_no: int | None  # for one of those lines
    ref_id: int | None  # the record's own id, for the others (lines past 63 included)
    fields: dict[str, str]  # column → its text (tracking numbers separated by spaces), without the end marks


@dataclass(frozen=True)
class FullText:
    """A search, ready to be combined with other SQL: what `full_text` returns."""

    query: str | None  # the FTS5 query; None when some part of the search matches no trigram at all (or on a server)
    parts: tuple[str, ...]  # what the user's text was split into, for highlighting
    server: bool = False  # on a team server: `search_docs` and ILIKE instead of FTS5's MATCH

    @property
    def _table(self) -> Any:
        return _server_index if self.server else _index

    @property
    def _rowid(self) -> Any:
        return self._table.c.rowid

    @property
    def _order_side(self) -> ColumnElement[bool]:
        return self._rowid < _OTHERS  # type: ignore[no-any-return]

    @property
    def _other_code(self) -> Any:
        return (self._rowid - _OTHERS) % 8

    def _match(self, columns: Collection[str] | None = None) -> ColumnElement[bool]:
        if self.server:
            return _server_match(self.parts, columns)
        if self.query is None:
            return false()
        query = self.query if columns is None else f"{{{' '.join(columns)}}} : ({self.query})"
        return literal_column("search_index").op("MATCH", is_comparison=True)(literal(query))

    def order_ids(self, *, own_only: bool = False) -> Select[tuple[int]]:
        """Ids of the orders whose own text matches: number, notes, tracking numbers, and unless `own_only` their
        lines 1–63 (items, SKUs)."""
        rowid = self._rowid
        found = select((rowid // _SLOTS).label("order_id")).where(self._match(), self._order_side)
        return found.where(rowid % _SLOTS == 0) if own_only else found

    def record_ids(self, kind: str) -> Select[tuple[int]]:
        """Ids of the records of one kind ("line" past 63, "supplier", "dispute", "event") whose text matches."""
        rowid = self._rowid
        return select(((rowid - _OTHERS) // 8).label("id")).where(
            self._match(), rowid >= _OTHERS, self._other_code == _OTHER_CODES[kind]
        )

    def line_slots(self) -> Select[tuple[int]]:
        """The lines (1–63) whose text matches, as `line_slot` names them."""
        rowid = self._rowid
        return select(rowid).where(self._match(), self._order_side, rowid % _SLOTS != 0)

    @staticmethod
    def line_slot(order_id: Any, line_no: Any) -> Any:
        """A line given by its order id and line number (SQL expressions), as `line_slots` returns it."""
        return order_id * _SLOTS + line_no

    def count_order_documents(self, session: Session, cap: int) -> int:
        """How many orders and lines 1–63 match, counted up to `cap`: a cheap measure of how broad the search is."""
        found = select(literal(1)).where(self._match(), self._order_side).limit(cap).subquery()
        return int(session.scalar(select(func.count()).select_from(found)) or 0)

    def documents(
        self, session: Session, kinds: Collection[str], limit: int, *, identifiers: bool = False
    ) -> list[FullTextDoc]:
        """Up to `limit` matching documents of the given kinds: suppliers, disputes and events first, then orders
        and lines, newest first; with `identifiers` only orders and lines whose number, SKU or tracking number
        matches."""
        rowid = self._rowid
        groups: list[tuple[ColumnElement[bool], tuple[str, ...] | None]] = []  # (rows, column filter)
        codes = [] if identifiers else [_OTHER_CODES[k] for k in kinds if k in _OTHER_CODES]
        if codes:
            groups.append((and_(rowid >= _OTHERS, self._other_code.in_(codes)), None))
        columns = _order_side_columns(kinds, identifiers)
        if columns:
            side = self._order_side
            if "line" not in kinds:
                side = and_(side, rowid % _SLOTS == 0)
            elif not {"order", "tracking"} & set(kinds):
                side = and_(side, rowid % _SLOTS != 0)
            groups.append((side, None if set(columns) == set(_COLUMNS) else columns))
        if len(groups) == 2 and groups[0][1] == groups[1][1]:  # one query: the others come first, by rowid
            groups = [(or_(groups[0][0], groups[1][0]), None)]
        docs: list[FullTextDoc] = []
        shown = [rowid, *(self._table.c[name] for name in _COLUMNS)]
        for rows, only in groups:
            stmt = select(*shown).where(self._match(only), rows).order_by(rowid.desc()).limit(limit)
            docs += [_doc(row._mapping) for row in session.execute(stmt)]
        return docs


def _server_match(parts: tuple[str, ...], columns: Collection[str] | None) -> ColumnElement[bool]:
    """Every part a case-insensitive substring of the document (through its trigram index when it has three
    characters or more), and with `columns` of one of them."""
    conditions: list[ColumnElement[bool]] = []
    for part in parts:
        pattern = "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(_server_index.c.document.ilike(pattern, escape="\\"))
        if columns is not None:
            conditions.append(or_(*(_server_index.c[name].ilike(pattern, escape="\\") for name in columns)))
    return and_(*conditions)


def _order_side_columns(kinds: Collection[str], identifiers: bool) -> tuple[str, ...]:
    wanted: set[str] = set()
    if "order" in kinds:
        wanted |= {"ident", "notes"}
    if "tracking" in kinds:
        wanted.add("tracking")
    if "line" in kinds:
        wanted |= {"item", "sku"}
    if identifiers:
        wanted &= set(_IDENTIFIERS)
    return tuple(c for c in _COLUMNS if c in wanted)


def _doc(row: Any) -> FullTextDoc:
    rowid = int(row["rowid"])
    fields = {c: str(row[c]).replace(_END, "").strip() for c in _COLUMNS if row[c] is not None}
    if rowid < _OTHERS:
        order_id, slot = divmod(rowid, _SLOTS)
        return FullTextDoc("line" if slot else "order", order_id, slot or None, None, fields)
    ref_id, code = divmod(rowid - _OTHERS, 8)
    return FullTextDoc(_CODE_KINDS[code], None, None, ref_id, fields)


def full_text(session: Session, text: str) -> FullText | None:
    """The full-text search for `text`, or None when there is nothing to look for (only white space or single
    Latin/Cyrillic letters)."""
    parts = search_parts(text)
    if session.get_bind().dialect.name != "sqlite":
        return FullText(None, parts, server=True) if parts else None
    queries: list[str] = []
    for part in parts:
        if len(part) >= 3:
            queries.append(_phrase(part))
            continue
        folded = part.lower()  # as the index folds case
        trigrams = session.scalars(
            select(_vocabulary.c.term)
            .where(_vocabulary.c.term >= folded, _vocabulary.c.term < folded + "\U0010ffff")
            .limit(_MAX_EXPANSION + 1)
        ).all()
        if not trigrams:
            return FullText(None, parts)  # this part occurs nowhere: nothing can match
        if len(trigrams) <= _MAX_EXPANSION:
            queries.append("(" + " OR ".join(_phrase(t) for t in trigrams) + ")")
    if not queries:
        return None
    return FullText(" AND ".join(queries), parts)


def search_parts(text: str) -> tuple[str, ...]:
    """The parts of a search that are looked for: words of two or more characters, and single Chinese, Japanese
    or Korean characters (a single Latin or Cyrillic letter narrows nothing). Control characters split words."""
    cleaned = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    return tuple(part for part in cleaned.split() if len(part) >= 2 or _is_wide(part))


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _is_wide(part: str) -> bool:
    """One character that is a word on its own: Chinese, Japanese or Korean (wide in East Asian width)."""
    return len(part) == 1 and unicodedata.east_asian_width(part) in ("W", "F")
