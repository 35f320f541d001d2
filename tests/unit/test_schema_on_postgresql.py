"""Team mode's first ground (issue 16): Desk's schema as its migrations make it runs on a real PostgreSQL server.
Every revision, from an empty database to the head, upgrades there (the SQLite-only search index is left to
SQLite), and the result is exactly what the models declare: the same tables, columns, types, keys and indexes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from postgres_server import Server
from sqlalchemy import Engine, create_engine, inspect, text

from desk import migrations
from desk.db import Migrations
from desk.migrations import include_name
from desk.models import Base


@pytest.fixture
def engine(postgres: Server, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A new database of the test's own on the run's server."""
    name = "desk_" + request.node.name.removeprefix("test_")[:40]
    made = create_engine(postgres.create_database(name))
    yield made
    made.dispose()


def test_every_revision_upgrades_an_empty_postgresql_database_to_the_head(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(Migrations().config(connection), "head")
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == migrations.HEAD
        tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert tables & migrations.SEARCH_TABLES == {"search_docs", "evidence_chunks"}  # the FTS5 index is SQLite's


def test_the_models_and_the_migrated_postgresql_schema_agree(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(Migrations().config(connection), "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_the_servers_search_goes_down_to_0012_and_up_again(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(Migrations().config(connection), "head")
        command.downgrade(Migrations().config(connection), "0012")
        assert not inspect(connection).has_table("search_docs")
        command.upgrade(Migrations().config(connection), "head")
        assert inspect(connection).has_table("search_docs")
