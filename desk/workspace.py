"""Workspace: one open data folder (database, vault, backups, logs). The GUI and the CLI each hold one."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from desk.common import Cancelled
from desk.db import Database, OpenProgress, open_database, open_server, refuse_too_long
from desk.errors import DeskError, classify
from desk.language import words
from desk.models import DepositApplication, MemberAccount, Order, Store, Supplier
from desk.network_drive import storage_warning
from desk.paths import DB_NAME
from desk.server_vault import ServerVault
from desk.team_link import LINK_NAME, TeamLink, server_of
from desk.vault import Vault


def current_user() -> str:
    """Who makes a change, for the audit log: the OS user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry or login name (containers, services)
        return "unknown"


def server_address(team: TeamLink) -> URL:
    """The linked server's address with the password this desk keeps for it (none when it keeps none)."""
    from desk.secrets import server_password

    return team.url.set(password=server_password(team.login)) if team.password_in_keyring else team.url


def _connect(root: Path, team: TeamLink, progress: OpenProgress | None) -> Database:
    """The team server's database a team data folder is linked to."""
    return open_server(server_address(team), root / LINK_NAME, team.login, progress=progress)


class Workspace:
    def __init__(self, root: Path, database: Database, actor: str) -> None:
        self.root = root
        self.database = database
        self.actor = actor
        # A team folder's vault keeps its files on the server, this folder a copy of those it used.
        self.vault = Vault(root / "vault") if database.server is None else ServerVault(root / "vault", database.engine)
        self.warning: str | None = None  # what to tell the user about where the folder is (a network drive)
        self.closed = False

    @classmethod
    def open(
        cls,
        root: Path,
        actor: str | None = None,
        *,
        progress: OpenProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Workspace:
        """Open a data folder, creating it when missing, and bring its schema up to date (`progress` and `cancelled`
        as `open_database` hears them: a big upgrade takes a while)."""
        root = root.expanduser().resolve()
        if root.exists() and not root.is_dir():
            raise DeskError(words.tr("{0} is a file, not a data folder").format(root))
        team = server_of(root) if root.is_dir() else None
        if team is not None:
            database = _connect(root, team, progress)
        else:
            refuse_too_long(root / DB_NAME, root / "backups")  # before a folder is made for it
            root.mkdir(parents=True, exist_ok=True)
            # Refuses a newer or foreign schema before it changes anything in the folder.
            database = open_database(root / DB_NAME, root / "backups", progress=progress, cancelled=cancelled)
        for sub in ("vault", "backups", "logs"):
            (root / sub).mkdir(exist_ok=True)
        # On a team server the person is the server's login; on a folder of one's own, the system's user.
        workspace = cls(root, database, actor or (team.url.username if team and team.url.username else current_user()))
        workspace.vault.clean()  # what an add cut short by a crash left behind
        workspace.warning = storage_warning(root, locks_work=workspace.vault.locks_work())
        workspace._remove_leftovers()
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

    def _remove_leftovers(self) -> None:
        """Remove the files deletes left in the vault because another program had them open. Never a reason not to
        open the folder: a busy or read-only database leaves them listed for the next time (`desk verify` lists
        them meanwhile, as files no evidence names)."""
        if not self.vault.leftovers():
            return
        from desk.evidence.editing import remove_leftovers

        try:
            with self.write() as session:
                remove_leftovers(session, self.vault)
        except Exception as error:
            if classify(error, database=self.db_path).is_bug:
                raise

    def close(self) -> None:
        self.closed = True
        self.database.close()

    def _refuse_if_closed(self) -> None:
        # Without this the engine would quietly open a new connection: a window left listening after its folder
        # was switched would read (or write) a folder the user has left.
        if self.closed:
            raise DeskError(words.tr("the data folder {0} has been closed").format(self.root))

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
