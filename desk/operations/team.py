"""Team mode's setup (issue 16): connecting a desk to a team server, setting a server up, and giving people logins.

A desk connects to a server through the folder linked to it (desk.team_link); the login's password is asked once,
checked against the server, and kept in the system's keyring, never in a file (desk.secrets)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from desk.db import BUSY_TIMEOUT_MS, ServerUpgraded, init_server, upgrade_server
from desk.errors import DeskError
from desk.language import words
from desk.operations import Record
from desk.operations.undo import record_kind
from desk.paths import server_folder
from desk.secrets import keep_server_password
from desk.server_db import ChangeListener, add_login, make_server_engine, staff_role
from desk.team_link import display, link, parse, server_of, without_password
from desk.workspace import Workspace, server_address


@dataclass(frozen=True)
class Connected:
    folder: Path  # this desk's folder linked to the server
    server: str  # the address as people read it


def server_url(folder: Path) -> URL:
    """The linked server's address with the password this desk keeps for it."""
    team = server_of(folder)
    if team is None:
        raise DeskError(words.tr("{0} is not linked to a team server").format(folder))
    return server_address(team)


def log_in(address: str, password: str) -> Connected:
    """Check the login and password against the server, then keep the password in the keyring and link this desk's
    folder for the server to it. A login the server refuses changes nothing."""
    url = parse(address).set(password=password)
    engine = make_server_engine(url, lock_timeout_ms=BUSY_TIMEOUT_MS)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    plain = without_password(url)
    folder = server_folder(plain.render_as_string(hide_password=False))
    keep_server_password(display(plain), password)
    link(folder, plain, password_in_keyring=True)
    return Connected(folder, display(plain))


def set_up_server(address: str) -> Connected:
    """`desk team init`: Desk's schema and roles in an empty server database, as the login the address names."""
    folder = server_folder(address)
    init_server(server_url(folder))
    return Connected(folder, display(parse(address)))


def upgrade_team_server(folder: Path) -> ServerUpgraded:
    """`desk team upgrade`: the linked server's schema brought to this Desk's, after a copy by pg_dump kept in the
    folder's backups (the owner's login)."""
    return upgrade_server(server_url(folder), folder / "backups")


def listen_for_changes(ws: Workspace, heard: Callable[[frozenset[Record]], None]) -> ChangeListener | None:
    """On a team server, call `heard(kinds of record)` (on a thread of its own) each time another desk commits a
    change, so that the pages showing them read again; None for a folder of its own, which only this desk changes."""
    if ws.database.server is None:
        return None

    def tables_heard(tables: frozenset[str]) -> None:
        kinds = frozenset(kind for kind in map(record_kind, tables) if kind is not None)
        if kinds:
            heard(kinds)

    return ChangeListener(ws.database.engine.url, ws.database.desk_id, tables_heard).start()


def add_user(ws: Workspace, login: str, password: str, *, owner: bool = False) -> str:
    """Give a person a login on the workspace's server (staff, or an owner); the role they joined."""
    if ws.database.server is None:
        raise DeskError(words.tr("{0} is a folder of its own, not a team server's: it has no logins").format(ws.root))
    if not login or len(login) > 63 or not login.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise DeskError(
            words.tr("a login is 1 to 63 letters, digits, dots, dashes or underscores, not «{0}»").format(login)
        )
    database = str(ws.database.engine.url.database)
    with ws.database.engine.begin() as connection:
        add_login(connection, database, login, password, owner=owner)
    return staff_role(database) if not owner else database
