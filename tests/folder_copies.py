"""The test fixtures' data folders, on SQLite or on the run's PostgreSQL server (DESK_TEST_DATABASE, tests/conftest.py).

On SQLite a folder is its own database: a copy is a copy of the folder. On the server a folder is linked to a
database of its own there (desk.team_link): a copy is a copy of the folder's local files, linked to a copy of its
database (PostgreSQL's CREATE DATABASE … TEMPLATE). Templates are closed before they are copied: PostgreSQL copies no
database anyone is connected to."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from postgres_server import Server
from sqlalchemy.engine import make_url

from desk.db import init_server
from desk.team_link import link, server_of

_numbers = itertools.count(1)


class Folders:
    def __init__(self, server: Server | None) -> None:
        self.server = server

    def _database_name(self) -> str:
        return f"desk_{os.getpid()}_{next(_numbers)}"

    def new(self, target: Path) -> Path:
        """An empty data folder at `target`: on the server, linked to a new database with Desk's schema."""
        if self.server is not None:
            url = make_url(self.server.create_database(self._database_name()))
            init_server(url)
            link(target, url)
        return target

    def copy(self, source: Path, target: Path) -> Path:
        """A copy of the data folder `source` at `target`, records and files."""
        shutil.copytree(source, target)
        team = server_of(source)
        if team is not None:
            assert self.server is not None and team.url.database is not None
            url = self.server.create_database(self._database_name(), template=team.url.database)
            link(target, make_url(url))
        return target
