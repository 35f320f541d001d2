"""The team server's database (PostgreSQL through psycopg 3): its engine, the lock that takes writers in turn, and
the schema checks made when a desk connects.

Writes are serialised as on SQLite: each write transaction first takes one transaction-level advisory lock, so the
audit chain reads its last hash, a withdrawal reads the balance and a claim its limit with no other writer between
(READ COMMITTED: every statement after the lock sees all that was committed before it). Reads run in REPEATABLE
READ, one snapshot per read as SQLite's deferred transactions give. A desk never changes the server's schema when
it connects: setting a server up and upgrading it are the owner's explicit commands (`desk team init`/`upgrade`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL

from desk.errors import DeskError, SchemaTooNewError, ServerSchemaOlderError
from desk.language import words

# The advisory lock every write transaction takes first (any constant of our own: "Desk" in ASCII).
WRITE_LOCK = 0x4465736B
WRITER = "desk_writer"  # the execution option that marks the writers' connections
READ_ISOLATION = "REPEATABLE READ"


def make_server_engine(url: URL, *, lock_timeout_ms: int, application: str = "Desk") -> Engine:
    """The engine of a team server's database. `lock_timeout_ms`: how long a write waits for another desk's."""
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a server restarted, or a laptop woken, leaves dead connections in the pool
        connect_args={
            "connect_timeout": 10,
            "application_name": application,
            "options": f"-c lock_timeout={int(lock_timeout_ms)} -c TimeZone=UTC",
        },
    )
    event.listen(engine, "connect", _text_without_nul)
    event.listen(engine, "begin", _on_begin)
    return engine


def _text_without_nul(dbapi_connection: Any, record: Any) -> None:
    """PostgreSQL's text cannot hold the NUL character, which SQLite keeps: text that reaches the server with one (a
    broken or hostile file's: nobody types it) is stored with U+FFFD, the replacement character, in its place,
    instead of the whole write failing. Registered in psycopg's own order, so that each format's default stays."""
    from psycopg.types import string

    for base in (
        string.StrBinaryDumperVarchar,
        string.StrBinaryDumper,
        string.StrDumperVarchar,
        string.StrDumper,
        string.StrDumperUnknown,
    ):
        dbapi_connection.adapters.register_dumper(str, _nul_replacing(base))


def _nul_replacing(base: type[Any]) -> type[Any]:
    class WithoutNul(base):  # type: ignore[misc]
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)

    return WithoutNul


def _on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(WRITER):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def make_foreign_keys_deferrable(connection: Connection) -> int:
    """Let every foreign key of the server's schema be checked at commit when a write asks (SET CONSTRAINTS ALL
    DEFERRED: Undo puts rows back and takes them away in the audit log's order, not always parents first), as
    SQLite's defer_foreign_keys does for any. PostgreSQL checks ON DELETE RESTRICT at once, deferred or not: such a
    key becomes NO ACTION, which refuses the same deletes, at the end of the statement or of a deferring write. Run
    after each migration, which may have made new keys; how many it changed."""
    keys = connection.execute(
        text(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND NOT condeferrable AND connamespace = current_schema()::regnamespace"
        )
    ).all()
    for table, name, definition in keys:
        deferrable = definition.replace(" ON DELETE RESTRICT", "") + " DEFERRABLE INITIALLY IMMEDIATE"
        connection.exec_driver_sql(
            f'ALTER TABLE {table} DROP CONSTRAINT "{name}", ADD CONSTRAINT "{name}" {deferrable}'
        )
    return len(keys)


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision of the server's database; None when it holds no Desk schema (empty)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return None if found is None else str(found)


def check_schema(engine: Engine, server: str, head: str, known: set[str]) -> None:
    """Refuse a server whose schema this desk cannot use, with what to do: none yet, newer, or older."""
    revision = schema_revision(engine)
    if revision == head:
        return
    if revision is None:
        raise DeskError(
            words.tr(
                "the team server {0} holds no Desk records yet: its owner sets it up first (desk team init). "
                "Nothing was changed."
            ).format(server)
        )
    if revision not in known:
        raise SchemaTooNewError(
            words.tr(
                "the team server {0} was upgraded by a newer Desk (schema {1}); this Desk knows schemas up to {2}. "
                "Update Desk to connect to it. Nothing was changed."
            ).format(server, revision, head)
        )
    raise ServerSchemaOlderError(
        words.tr(
            "the team server {0} has an older schema ({1}) than this Desk uses ({2}): its owner upgrades it first "
            "(desk team upgrade), after the other desks have closed. Nothing was changed."
        ).format(server, revision, head)
    )


# -- Roles: who may do what on a team server ------------------------------------------------------------------------
#
# Two group roles per database, named after it: the owner role owns the schema (made and upgraded under it, SET ROLE),
# the staff role may read and change the records but not the schema, and may only add to the audit log and read it.
# Each person logs in with a login role of their own, a member of one of them (`desk team add-user`).


def owner_role(database: str) -> str:
    return f"{database}_owner"[:63]


def staff_role(database: str) -> str:
    return f"{database}_staff"[:63]


def quote(connection: Connection, name: str) -> str:
    return str(connection.dialect.identifier_preparer.quote(name))


def create_roles(connection: Connection, database: str) -> None:
    """Make the owner and staff roles (when missing), make the connected login an owner, and take the schema's
    CREATE right from everyone else."""
    for role in (owner_role(database), staff_role(database)):
        if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}) is None:
            connection.exec_driver_sql(f"CREATE ROLE {quote(connection, role)} NOLOGIN")
    owner = quote(connection, owner_role(database))
    connection.exec_driver_sql(f"GRANT {owner} TO CURRENT_USER")
    connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {quote(connection, database)} FROM PUBLIC")
    connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}")
    # CREATE on the database: the owner role installs pg_trgm (a trusted extension) for the search (revision 0013).
    connection.exec_driver_sql(f"GRANT CREATE ON DATABASE {quote(connection, database)} TO {owner}")
    staff = quote(connection, staff_role(database))
    for role in (owner, staff):  # here, as the login: the owner role does not own the database
        connection.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {quote(connection, database)} TO {role}")


def refuse_without_case_rules(connection: Connection, server: str) -> None:
    """The search finds text in any case (ILIKE): a database whose character type does not know Unicode's case
    rules (the C locale knows only A–Z) would miss Cyrillic and other letters in another case."""
    if connection.scalar(text("SELECT lower('ЩЁ') = 'щё'")):
        return
    ctype = connection.scalar(text("SELECT datctype FROM pg_database WHERE datname = current_database()"))
    raise DeskError(
        words.tr(
            "the database on {0} does not know Unicode's upper and lower case (its character type is {1}): the "
            "search would miss words in another case. Create it with a UTF-8 locale (for example ENCODING 'UTF8' "
            "LOCALE 'C.UTF-8' or 'en_US.UTF-8'). Nothing was changed."
        ).format(server, ctype)
    )


def act_as_owner(connection: Connection, database: str) -> None:
    """What this transaction makes (tables of a migration) belongs to the owner role, not to the person."""
    connection.exec_driver_sql(f"SET LOCAL ROLE {quote(connection, owner_role(database))}")


def grant_staff(connection: Connection, database: str) -> None:
    """The staff role's rights on every table there is now (again after each upgrade, which may add tables)."""
    staff = quote(connection, staff_role(database))
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {staff}")
    connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {staff}")
    # The audit log is added to, never changed; the schema's version only read.
    connection.exec_driver_sql(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {staff}")
    connection.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {staff}")
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {staff}")


def add_login(connection: Connection, database: str, login: str, password: str, *, owner: bool = False) -> None:
    """A login for one person, a member of the staff role (or the owner role). The password goes to the server
    as a string literal of its own statement (CREATE ROLE takes no parameters); the server keeps only its hash."""
    from psycopg import sql

    group = owner_role(database) if owner else staff_role(database)
    raw = connection.connection.driver_connection
    assert raw is not None
    exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}) is not None
    verb = "ALTER ROLE {} WITH LOGIN PASSWORD {}" if exists else "CREATE ROLE {} WITH LOGIN PASSWORD {}"
    statement = sql.SQL(verb).format(sql.Identifier(login), sql.Literal(password))
    raw.execute(statement)
    connection.exec_driver_sql(f"GRANT {quote(connection, group)} TO {quote(connection, login)}")


# -- Upgrading a server: a copy first, by pg_dump ---------------------------------------------------------------------


def other_desks(connection: Connection) -> list[str]:
    """The logins of the other desks connected to this database now (Desk names its connections)."""
    return list(
        connection.scalars(
            text(
                "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name = 'Desk' AND pid <> pg_backend_pid() ORDER BY usename"
            )
        )
    )


def find_pg_dump() -> str | None:
    """PostgreSQL's pg_dump: on the PATH, or where Debian and Ubuntu keep each version's programs."""
    found = shutil.which("pg_dump")
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: p.parts[-3])
    return str(versions[-1]) if versions else None


def dump(url: URL, target: Path, pg_dump: str) -> Path:
    """A copy of the server's database in pg_dump's custom format at `target`, written whole or not at all. The
    password reaches pg_dump through its environment, never its command line (which others may list)."""
    environment = {**os.environ, "PGAPPNAME": "Desk backup"}
    if url.password:
        environment["PGPASSWORD"] = url.password
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    done = subprocess.run(
        [pg_dump, "--format=custom", f"--file={partial}", f"--dbname={conninfo(url._replace(password=None))}"],
        env=environment,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        why = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit code {done.returncode}"
        raise DeskError(words.tr("pg_dump could not copy the team server's database: {0}").format(why))
    partial.replace(target)
    return target


# -- Live: every desk hears what the others changed (LISTEN/NOTIFY) ---------------------------------------------------

CHANNEL = "desk_changes"


def announce_change(connection: Connection, after_entry: int, desk: str) -> None:
    """Tell the other desks, when this transaction commits, the tables its audit entries (after `after_entry`) name.
    PostgreSQL delivers a notification only on commit, and none of a transaction rolled back."""
    tables = sorted(
        connection.scalars(text("SELECT DISTINCT table_name FROM audit_log WHERE id > :id"), {"id": after_entry})
    )
    payload = json.dumps({"desk": desk, "tables": tables}, separators=(",", ":"))
    connection.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


class ChangeListener:
    """A thread with a connection of its own that LISTENs on the server and calls `heard(tables)` (on that thread)
    for each change another desk committed. Stopped by `stop`, within half a second."""

    def __init__(self, url: URL, desk: str, heard: Callable[[frozenset[str]], None]) -> None:
        self.url, self.desk, self.heard = url, desk, heard
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-listen", daemon=True)
        self.listening = threading.Event()  # set once LISTEN is in place: changes from then on are heard

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo(self.url), autocommit=True, application_name="Desk listening") as c:
                    c.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in c.notifies(timeout=0.5, stop_after=16):
                            self._deliver(note.payload)
            except psycopg.Error:
                # A server restarted or a network gone: try again in a while; the pages read again when it is back.
                self._stop.wait(5)

    def _deliver(self, payload: str) -> None:
        try:
            said = json.loads(payload)
        except ValueError:
            return
        if isinstance(said, dict) and said.get("desk") != self.desk:
            self.heard(frozenset(str(t) for t in said.get("tables", ())))


def conninfo(url: URL) -> str:
    """libpq's connection string of a SQLAlchemy URL (its password included, for this process only)."""
    from psycopg.conninfo import make_conninfo

    query = dict(url.query)
    options = {
        "host": url.host or query.get("host"),
        "port": url.port or query.get("port"),
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
    }
    return make_conninfo(**{key: str(value) for key, value in options.items() if value})
