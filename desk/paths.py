"""Where things live on disk: the data folder and the resources shipped with Desk. Tests redirect the data
folder with `--data` or DESK_DATA; nothing here runs at import time."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA = "DESK_DATA"
APP_NAME = "Desk"
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")  # a team server's address (desk.team_link)
DB_NAME = "desk.sqlite3"  # a data folder's database; here, so the window can name it before the database layer loads


def default_data_dir() -> Path:
    """The platform's local (not roaming) user data folder: on Windows `%LOCALAPPDATA%\\Desk`. A roaming profile
    is copied to a server at every logoff (gigabytes of evidence), and where it is redirected to a network share,
    SQLite's write-ahead log is not safe there. Desk once chose `%APPDATA%\\Desk`: a database there is kept
    where it is (`keep_earlier_default`)."""
    from platformdirs import user_data_dir

    local = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    return keep_earlier_default(local, Path(user_data_dir(APP_NAME, appauthor=False, roaming=True)))


def keep_earlier_default(local: Path, roaming: Path) -> Path:
    """The default folder: `local`, unless it holds no database and the roaming folder earlier Desks chose does.
    Data is never moved behind the user's back; README's "Where data lives" says how to move it."""
    if (local / DB_NAME).exists() or not (roaming / DB_NAME).exists():
        return local
    return roaming


def choose_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data DIR` first, then DESK_DATA, then the platform's local user data folder. A team server's address
    (`postgresql://login@server/database`) means the folder of this desk linked to it (desk.team_link)."""
    chosen = explicit or os.environ.get(ENV_DATA)
    if not chosen:
        return default_data_dir()
    if str(chosen).lower().startswith(SERVER_SCHEMES):
        return server_folder(str(chosen))
    return Path(chosen).expanduser()


def server_folder(address: str) -> Path:
    """The folder of this desk linked to the team server at `address`, under the user data folder. An address that
    holds a password is refused: passwords are kept in the system's keyring, never on a command line or in a file."""
    from desk.errors import DeskError  # here: the command line's parsers load this module and must start light
    from desk.language import words
    from desk.team_link import linked_folder, parse

    if parse(address).password:
        raise DeskError(
            words.tr(
                "give the team server's address without its password: Desk asks for it once (desk team login) and "
                "keeps it in the system's keyring"
            )
        )
    return linked_folder(address, default_data_dir())[0]


def resources_dir() -> Path:
    """`resources/` of a source checkout, or its copy inside an installed wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Desk's resources folder is missing (looked beside {package})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
