"""Alembic owns the schema: the models and the migrations agree, a folder is upgraded at open after an online
backup, and a folder from a newer Desk is refused without being touched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from factories import order

from desk import migrations
from desk.db import Migrations, open_database
from desk.errors import NotADeskDatabaseError, SchemaTooNewError
from desk.migrations import include_name
from desk.models import Base, Order
from desk.paths import DB_NAME
from desk.workspace import Workspace

pytestmark = pytest.mark.sqlite_only("a folder's schema, upgraded as it opens (a server's: test_schema_on_postgresql)")


def test_models_and_migrations_agree(data_folder: Path) -> None:
    with Workspace.open(data_folder) as ws, ws.database.engine.connect() as conn:
        opts = {"compare_type": True, "render_as_batch": True, "include_name": include_name}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []


def test_head_constant_matches_the_scripts() -> None:
    assert Migrations().script_head() == migrations.HEAD


def test_a_new_folder_is_created_at_head_without_a_backup(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "new") as ws:
        assert ws.database.backup is None
        with sqlite3.connect(ws.db_path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (migrations.HEAD,)
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert {"backups", "desk.sqlite3", "logs", "vault"} <= {p.name for p in (tmp_path / "new").iterdir()}
    assert not list((tmp_path / "new" / "backups").iterdir())


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9001_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("buyer_note", sa.Text(), nullable=True))
"""


def _scripts_with_next_revision(tmp_path: Path) -> Migrations:
    """Our migrations plus one more revision: what a later Desk would ship."""
    location = tmp_path / "migrations"
    shutil.copytree(Path(migrations.__file__).parent, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9001_buyer_note.py").write_text(NEXT_REVISION.format(head=migrations.HEAD))
    return Migrations(location=location, head="9001_test_next")


def test_opening_an_older_folder_backs_it_up_then_upgrades_it_keeping_the_data(
    data_folder: Path, tmp_path: Path
) -> None:
    with Workspace.open(data_folder) as ws, ws.write() as s:
        order(s, order_no="KEEP-1", notes="价格 < 5 & more")
    scripts = _scripts_with_next_revision(tmp_path)

    database = open_database(data_folder / DB_NAME, data_folder / "backups", scripts)
    try:
        assert database.backup is not None and database.backup.parent == data_folder / "backups"
        with sqlite3.connect(data_folder / DB_NAME) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9001_test_next",)
            columns = {row[1] for row in conn.execute("PRAGMA table_info(orders)")}
            assert "buyer_note" in columns
            assert conn.execute("SELECT order_no, notes FROM orders").fetchall() == [("KEEP-1", "价格 < 5 & more")]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.close()
    # The backup is a complete database at the old revision, with the data.
    with sqlite3.connect(database.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (migrations.HEAD,)
        assert backup.execute("SELECT order_no FROM orders").fetchall() == [("KEEP-1",)]
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_opening_an_up_to_date_folder_takes_no_backup(data_folder: Path) -> None:
    with Workspace.open(data_folder) as ws, ws.write() as s:
        order(s)
    with Workspace.open(data_folder) as ws:
        assert ws.database.backup is None
    assert not list((data_folder / "backups").iterdir())


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_a_newer_schema_is_refused_and_nothing_changes(data_folder: Path) -> None:
    with Workspace.open(data_folder) as ws, ws.write() as s:
        order(s)
    with sqlite3.connect(data_folder / DB_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _digest(data_folder)

    with pytest.raises(SchemaTooNewError, match=r"newer Desk \(schema 9999_from_the_future\).*Nothing was changed"):
        Workspace.open(data_folder)
    assert _digest(data_folder) == before


def test_a_file_that_is_not_a_desk_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"these are not the bytes of a database" * 100)
    with pytest.raises(NotADeskDatabaseError, match="not a Desk database"):
        Workspace.open(folder)
    other = tmp_path / "other"
    other.mkdir()
    with sqlite3.connect(other / DB_NAME) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    with pytest.raises(NotADeskDatabaseError, match="not one of Desk's"):
        Workspace.open(other)


def test_an_upgrade_keeps_the_orders_readable_through_the_models(data_folder: Path, tmp_path: Path) -> None:
    with Workspace.open(data_folder) as ws, ws.write() as s:
        order(s, order_no="R-1")
    scripts = _scripts_with_next_revision(tmp_path)
    database = open_database(data_folder / DB_NAME, data_folder / "backups", scripts)
    try:
        with database.read() as s:
            assert [o.order_no for o in s.query(Order)] == ["R-1"]
    finally:
        database.close()
