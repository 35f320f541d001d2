"""Workspace: one open data folder (database, vault, backups, logs). The GUI and the CLI each hold one."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desk.db import Database, open_database
from desk.errors import DeskError
from desk.models import DepositApplication, MemberAccount, Order, Store, Supplier
from desk.paths import DB_NAME
from desk.vault import Vault


def current_user() -> str:
    """Who makes a change, for the audit log: the OS user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry or login name (containers, services)
        return "unknown"


class Workspace:
    def __init__(self, root: Path, database: Database, actor: str) -> None:
        self.root = root
        self.database = database
        self.actor = actor
        self.vault = Vault(root / "vault")
        self.closed = False

    @classmethod
    def open(cls, root: Path, actor: str | None = None) -> Workspace:
        """Open a data folder, creating it when missing, and bring its schema up to date."""
        root = root.expanduser().resolve()
        if root.exists() and not root.is_dir():
            raise DeskError(f"{root} is a file, not a data folder")
        root.mkdir(parents=True, exist_ok=True)
        # Refuses a newer or foreign schema before it changes anything in the folder.
        database = open_database(root / DB_NAME, root / "backups")
        for sub in ("vault", "backups", "logs"):
            (root / sub).mkdir(exist_ok=True)
        workspace = cls(root, database, actor or current_user())
        workspace.vault.clean()  # what an add cut short by a crash left behind
        return workspace

    @property
    def db_path(self) -> Path:
        return self.database.path

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._refuse_if_closed()
        with self.database.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        self._refuse_if_closed()
        with self.database.write(self.actor) as session:
            yield session

    def has_data(self) -> bool:
        """Whether the folder already holds any business data (the demo refuses such a folder)."""
        with self.read() as session:
            return any(
                session.scalar(select(exists().select_from(model)))
                for model in (Supplier, Store, Order, MemberAccount, DepositApplication)
            )

    def close(self) -> None:
        self.closed = True
        self.database.close()

    def _refuse_if_closed(self) -> None:
        # Without this the engine would quietly open a new connection: a window left listening after its folder
        # was switched would read (or write) a folder the user has left.
        if self.closed:
            raise DeskError(f"the data folder {self.root} has been closed")

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
