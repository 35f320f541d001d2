"""Errors the user can act on, and the one rule that tells them from bugs.

`classify(exc)` decides, by type and error code (never by the words of a message), whether an exception is the
user's to act on — a `DeskError`, a database that is busy, full or read-only, a file that cannot be read or
written — or a bug. Every front end asks it: the CLI (`desk.cli`), the window (`desk.ui.errors`) and background
operations (`desk.ui.worker`). A user's error is shown as its message; a bug goes with its traceback to the log
(`desk.logs`) and the user is told where that is."""

from __future__ import annotations

import errno
import re
import sqlite3
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desk.language import words


class DeskError(Exception):
    """A problem with the user's input or data folder, with a message that says what and where."""


class SchemaTooNewError(DeskError):
    pass


class NotADeskDatabaseError(DeskError):
    pass


class ServerSchemaOlderError(DeskError):
    """A team server whose schema is older than this Desk's: its owner upgrades it (`desk team upgrade`)."""


@dataclass(frozen=True)
class Difference:
    """A field of a record that a form would save as `yours` and that another desk saved as `theirs` meanwhile."""

    key: str  # the request's field
    label: str  # as the form names it
    yours: str
    theirs: str


class EditConflict(DeskError):
    """Saving a form over a change someone else saved since the form was opened: refused, with both versions, so that
    the user reloads, overwrites or merges field by field instead of undoing the other change unseen."""

    def __init__(self, what: str, by: str, version: int, differences: tuple[Difference, ...]) -> None:
        self.what, self.by, self.version, self.differences = what, by, version, differences
        fields = ", ".join(d.label for d in differences)
        super().__init__(
            words.tr("{0} was changed by {1} after you opened it ({2}): nothing was saved.").format(what, by, fields)
        )


class FileInUseError(DeskError):
    """Windows refused to replace or delete a file because another program holds it open (a viewer with the packet
    open, a preview pane, an antivirus scan), and went on refusing while Desk waited (`desk.files`)."""

    def __init__(self, path: Path, doing: str) -> None:
        """`doing`: "save over" or "delete" (desk.files)."""
        if doing == "save over":
            said = words.tr(
                "{0}: Desk could not save over it because another program has it open; close {1} in the other "
                "program that has it open, then try again"
            )
        elif doing == "delete":
            said = words.tr(
                "{0}: Desk could not delete it because another program has it open; close {1} in the other program "
                "that has it open, then try again"
            )
        else:
            said = (
                f"{{0}}: Desk could not {doing} it because another program has it open; close {{1}} in the other "
                "program that has it open, then try again"
            )
        super().__init__(said.format(path, path.name))
        self.path = path


class Kind(StrEnum):
    USER = "user"  # the user can act on it: the message says what and where
    BUG = "bug"  # Desk's fault: the message says so, the log has the traceback


@dataclass(frozen=True)
class Problem:
    kind: Kind
    message: str

    @property
    def is_bug(self) -> bool:
        return self.kind is Kind.BUG


def classify(exc: BaseException, *, database: Path | None = None) -> Problem:
    """The user's error (with a message naming the record, file or field) or a bug. `database`: the database
    file in use, named in the message of a database error (else "the database")."""
    if isinstance(exc, DeskError):
        return Problem(Kind.USER, str(exc))
    sqlite_error = _sqlite_error(exc)
    if sqlite_error is not None:
        message = _database_message(sqlite_error, database)
        if message is not None:
            return Problem(Kind.USER, message)
    server_error = _server_error(exc)
    if server_error is not None:
        message = _server_message(server_error)
        if message is not None:
            return Problem(Kind.USER, message)
    if isinstance(exc, OSError):
        message = _file_message(exc)
        if message is not None:
            return Problem(Kind.USER, message)
    return Problem(Kind.BUG, words.tr("a bug in Desk stopped this ({0})").format(type(exc).__name__))


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error itself, or the one SQLAlchemy wrapped (`DBAPIError.orig`)."""
    if isinstance(exc, sqlite3.Error):
        return exc
    wrappers = sys.modules.get("sqlalchemy.exc")  # not loaded: it cannot have wrapped anything
    if wrappers is not None and isinstance(exc, wrappers.DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    return None


def _server_error(exc: BaseException) -> BaseException | None:
    """The team server's error (psycopg's), itself or as SQLAlchemy wrapped it; None when psycopg was never loaded."""
    driver = sys.modules.get("psycopg")
    if driver is None:
        return None
    error_type: type[BaseException] = driver.Error
    if isinstance(exc, error_type):
        return exc
    orig: BaseException | None = getattr(exc, "orig", None)
    return orig if isinstance(orig, error_type) else None


# What the team server's refusals mean, by SQLSTATE class or code (PostgreSQL's appendix "Error Codes").
_SERVER_STATES = {
    "55P03": "lock",  # lock_not_available: lock_timeout ran out waiting for another desk's write
    "40P01": "lock",  # deadlock_detected
    "40001": "lock",  # serialization_failure
    "42501": "privilege",  # insufficient_privilege
    "53100": "full",  # disk_full
    "53200": "full",  # out_of_memory
    "25006": "read_only",  # read_only_sql_transaction: a standby, or a server in read-only mode
    "3D000": "no_database",  # invalid_catalog_name
    "22001": "too_long",  # string_data_right_truncation: a text longer than its column keeps
    "57P01": "gone",  # admin_shutdown
    "57P02": "gone",  # crash_shutdown
    "57P03": "gone",  # cannot_connect_now: starting up or shutting down
}


def _server_message(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    kind = _SERVER_STATES.get(state or "")
    if kind is None and state is not None and state.startswith(("08", "28")):
        kind = "connection" if state.startswith("08") else "login"
    if kind is None and state is None and type(exc).__name__ == "OperationalError":
        kind = "connection"  # libpq could not connect (no SQLSTATE): the server is down, unknown, or refused us
    if kind == "lock":
        return words.tr("the team server is busy: another desk is saving a change. Wait, and try again.")
    if kind == "privilege":
        return words.tr("your login on the team server may not do this ({0}): ask the team's owner.").format(detail)
    if kind == "full":
        return words.tr("the team server is out of space ({0}): tell the team's owner.").format(detail)
    if kind == "read_only":
        return words.tr("the team server accepts no changes now (read-only): tell the team's owner.")
    if kind == "too_long":
        return words.tr(
            "a text is longer than the team server keeps for it (at most {0} characters): shorten it. Nothing was "
            "saved."
        ).format(_limit(detail))
    if kind == "no_database":
        return words.tr("the team server has no such database ({0}): check the address.").format(detail)
    if kind == "gone":
        return words.tr("the team server stopped while Desk was using it ({0}): try again in a moment.").format(detail)
    if kind == "login":
        return words.tr(
            "the team server refused the login ({0}): check the login and password (desk team login)."
        ).format(detail)
    if kind == "connection":
        return words.tr(
            "Desk cannot reach the team server ({0}): check the network and the server's address."
        ).format(detail)
    return None


def _limit(detail: str) -> str:
    """The length PostgreSQL names in "value too long for type character varying(200)"."""
    found = re.search(r"\((\d+)\)", detail)
    return found.group(1) if found else "?"


def _database_message(exc: sqlite3.Error, database: Path | None) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # the extended code's low byte is the primary one (SQLITE_READONLY_DBMOVED → READONLY)
    where = str(database) if database is not None else words.tr("the database")
    folder = (
        words.tr("the data folder {0}").format(database.parent) if database is not None else words.tr("the data folder")
    )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return words.tr("{0} is busy: another Desk (or another program) is writing to it. Wait, and try again.").format(
            folder
        )
    if primary == sqlite3.SQLITE_FULL:
        return words.tr("the disk holding {0} is full: free some space and try again.").format(where)
    if primary == sqlite3.SQLITE_READONLY:
        return words.tr("Desk cannot write to {0}: the file, its folder or the disk is read-only.").format(where)
    if primary == sqlite3.SQLITE_PERM:
        return words.tr("Desk is not allowed to use {0}: check the permissions of the file and its folder.").format(
            where
        )
    if primary == sqlite3.SQLITE_CANTOPEN:
        return words.tr("Desk cannot open {0}: check that its folder exists and that you may write to it.").format(
            where
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return words.tr(
            "{0} is damaged or is not a database: restore it from a copy in the backups folder beside it."
        ).format(where)
    if primary == sqlite3.SQLITE_IOERR:
        return words.tr("the disk reported an error while reading or writing {0}.").format(where)
    return None


_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # not on every system



def _reasons() -> dict[int, str]:
    """What the operating system's refusals mean, in plain words, by error number."""
    return {
        errno.ENOENT: words.tr("no such file or folder"),
        errno.EACCES: words.tr("permission denied"),
        errno.EPERM: words.tr("permission denied"),
        _EDQUOT: words.tr("the disk quota is used up"),
        errno.ENOSPC: words.tr("the disk is full"),  # after: where there is no EDQUOT, ENOSPC keeps its own words
        errno.EROFS: words.tr("the disk is read-only"),
        errno.EISDIR: words.tr("it is a folder, not a file"),
        errno.ENOTDIR: words.tr("a part of the path is not a folder"),
        errno.EEXIST: words.tr("it already exists"),
        errno.ENAMETOOLONG: words.tr("the name is too long"),
        errno.EIO: words.tr("the disk reported an error"),
    }


# Refusals that are about the disk, not a path: the user's to act on even when no file is named.
_DISK_ERRNOS = {errno.ENOSPC, _EDQUOT, errno.EROFS, errno.EIO}
# Windows: another program holds the file open (ERROR_SHARING_VIOLATION), or a part of it locked (ERROR_LOCK_VIOLATION).
_HELD_OPEN = {32, 33}


def _file_message(exc: OSError) -> str | None:
    if getattr(exc, "winerror", None) in _HELD_OPEN:
        reason = words.tr("another program has it open: close it there, then try again")
    else:
        reason = _reasons().get(exc.errno or 0) or (exc.strerror or "").lower()
    if exc.filename is None:
        return reason if exc.errno in _DISK_ERRNOS else None
    if not reason:
        return None  # an OSError with a file but no error number is not the system's refusal: a bug
    path = str(exc.filename)
    if exc.filename2 is not None:
        path = f"{path} → {exc.filename2}"
    return f"{path}: {reason}"
