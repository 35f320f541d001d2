"""A team data folder: a folder of this computer whose records are on a team server (PostgreSQL), named by a small
file in it. The folder keeps what is this desk's own — its logs, its copy of the audit log's head — and the
records live on the server, shared by every desk linked to it.

`--data`, DESK_DATA and File › Connect to Team Server accept a server's address (`postgresql://login@host/db`);
`linked_folder` turns it into the folder of that server and login under Desk's user data folder, linking it the
first time. The address in the file never holds the password: that is in the system's keyring (desk.secrets)."""

from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.errors import DeskError
from desk.files import replace_file
from desk.language import words

if TYPE_CHECKING:  # SQLAlchemy is loaded when an address is read, not when the window starts
    from sqlalchemy.engine import URL

LINK_NAME = "team-server.toml"
_ABOUT = "# This data folder's records are on a team server; Desk connects to it with the address below.\n"


def parse(address: str) -> URL:
    """The server's address as SQLAlchemy's URL for psycopg 3; a DeskError naming what is wrong with it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(address.strip())
    except ArgumentError:
        raise DeskError(
            words.tr("{0} is not a team server's address (postgresql://login@server/database)").format(address)
        ) from None
    if not url.database:
        raise DeskError(
            words.tr("the team server's address {0} names no database (…/database at its end)").format(display(url))
        )
    if not url.username:
        raise DeskError(
            words.tr("the team server's address {0} names no login (postgresql://login@…)").format(display(url))
        )
    return url.set(drivername="postgresql+psycopg")


def without_password(url: URL) -> URL:
    """The address without its password (SQLAlchemy's `URL.set(password=None)` keeps it: None means "unchanged")."""
    return url._replace(password=None)


def display(url: URL) -> str:
    """The address as people read it: login, server and database, never the password."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    port = f":{url.port or url.query.get('port')}" if (url.port or url.query.get("port")) else ""
    return f"{url.username}@{host}{port}/{url.database}"


@dataclass(frozen=True)
class TeamLink:
    url: URL  # without the password
    password_in_keyring: bool  # whether this desk keeps the login's password (desk.secrets.server_password)

    @property
    def login(self) -> str:
        return display(self.url)


def server_of(folder: Path) -> TeamLink | None:
    """The server a folder is linked to, or None for a folder of its own database."""
    link = folder / LINK_NAME
    try:
        raw = link.read_bytes()
    except FileNotFoundError:
        return None
    try:
        fields = tomllib.loads(raw.decode("utf-8"))
        address = str(fields["address"])
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError) as error:
        raise DeskError(words.tr("{0} does not name a team server as Desk wrote it: {1}").format(link, error)) from None
    return TeamLink(without_password(parse(address)), fields.get("password") == "keyring")


def linked_folder(address: str, base: Path, *, password_in_keyring: bool = False) -> tuple[Path, str | None]:
    """The folder under `base` of the server and login `address` names, linked to it (made the first time), and the
    password the address held, if any, for the caller to keep in the keyring (and then link again saying so)."""
    url = parse(address)
    folder = base / "servers" / _folder_name(url)
    link(folder, url, password_in_keyring=password_in_keyring)
    return folder, url.password


def link(folder: Path, url: URL, *, password_in_keyring: bool = False) -> None:
    """Make `folder` (made if missing) a team data folder of the server at `url` (its password is not written)."""
    wanted = TeamLink(without_password(url), password_in_keyring)
    folder.mkdir(parents=True, exist_ok=True)
    if server_of(folder) != wanted:
        _write_link(folder, wanted)


def _folder_name(url: URL) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in display(url).replace("@", "_at_"))
    return safe.strip("._")[:120] or "server"


def _write_link(folder: Path, link: TeamLink) -> None:
    text = _ABOUT + f"address = {_toml_string(link.url.render_as_string(hide_password=False))}\n"
    if link.password_in_keyring:
        text += 'password = "keyring"\n'

    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".link-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        replace_file(temporary, folder / LINK_NAME)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
