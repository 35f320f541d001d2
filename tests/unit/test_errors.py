"""One classifier tells the user's errors from bugs, by type and error code: real SQLite errors from a real
database file, real OSErrors from the file system."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from desk.common import OperationCancelled
from desk.errors import DeskError, Kind, classify
from desk.paths import DB_NAME


def _raised(action: object) -> BaseException:
    try:
        action()  # type: ignore[operator]
    except BaseException as exc:
        return exc
    raise AssertionError("nothing was raised")


def test_a_desk_error_is_the_users_with_its_own_message() -> None:
    problem = classify(DeskError("no dispute 12"))
    assert problem.kind is Kind.USER and problem.message == "no dispute 12"
    assert not classify(OperationCancelled("stopped: 3 files were added")).is_bug


def test_anything_else_is_a_bug() -> None:
    problem = classify(_raised(lambda: 1 / 0))
    assert problem.is_bug and problem.kind == "bug"
    assert "ZeroDivisionError" in problem.message
    assert classify(KeyError("a")).is_bug
    assert classify(ValueError("database is locked")).is_bug  # the words do not decide; the type and code do


def test_a_busy_database_is_the_users_error_naming_the_folder(data_folder: Path) -> None:
    database = data_folder / DB_NAME
    holder = sqlite3.connect(database)
    holder.execute("BEGIN IMMEDIATE")  # another Desk holds the write lock
    try:
        other = sqlite3.connect(database, timeout=0)
        busy = _raised(lambda: other.execute("BEGIN IMMEDIATE"))
        other.close()
        engine = create_engine(f"sqlite:///{database}", connect_args={"timeout": 0})
        with engine.connect() as connection:
            wrapped = _raised(lambda: connection.exec_driver_sql("BEGIN IMMEDIATE"))
        engine.dispose()
    finally:
        holder.rollback()
        holder.close()
    assert isinstance(busy, sqlite3.OperationalError)
    problem = classify(busy, database=database)
    assert problem.kind is Kind.USER
    assert problem.message.startswith(f"the data folder {data_folder} is busy: another Desk")
    assert isinstance(wrapped, OperationalError)  # SQLAlchemy's, with the sqlite3 error as .orig
    assert classify(wrapped, database=database) == problem


@pytest.mark.sqlite_only("the file's permissions")
def test_a_read_only_database_is_the_users_error_naming_the_file(data_folder: Path) -> None:
    database = data_folder / DB_NAME
    reader = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    refused = _raised(lambda: reader.execute("CREATE TABLE x (a)"))
    reader.close()
    assert getattr(refused, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY
    problem = classify(refused, database=database)
    assert problem.kind is Kind.USER and str(database) in problem.message and "read-only" in problem.message
    assert "the database" in classify(refused).message  # no file known: still the user's, in general words


def test_a_file_that_is_not_a_database_is_the_users_error(tmp_path: Path) -> None:
    fake = tmp_path / "desk.sqlite3"
    fake.write_bytes(b"this is not a database, it is a note" * 100)
    connection = sqlite3.connect(fake)
    refused = _raised(lambda: connection.execute("SELECT * FROM sqlite_master"))
    connection.close()
    problem = classify(refused, database=fake)
    assert problem.kind is Kind.USER and "not a database" in problem.message and str(fake) in problem.message


def test_an_sqlite_error_that_is_ours_is_a_bug(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "x.sqlite3")
    wrong_sql = _raised(lambda: connection.execute("SELEC nothing"))
    connection.execute("CREATE TABLE t (a UNIQUE)")
    connection.execute("INSERT INTO t VALUES (1)")
    duplicate = _raised(lambda: connection.execute("INSERT INTO t VALUES (1)"))
    connection.close()
    assert classify(wrong_sql).is_bug and classify(duplicate).is_bug


def test_a_missing_file_names_the_file_and_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "photo.jpg"
    problem = classify(_raised(missing.read_bytes))
    assert problem.kind is Kind.USER and problem.message == f"{missing}: no such file or folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_permission_names_the_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF")
    locked.chmod(0)
    try:
        problem = classify(_raised(locked.read_bytes))
    finally:
        locked.chmod(0o600)
    assert problem.message == f"{locked}: permission denied"


def test_os_errors_are_told_by_their_number_not_their_words(tmp_path: Path) -> None:
    where = str(tmp_path / "packet.pdf")
    assert classify(OSError(errno.EACCES, "Permission denied", where)).message == f"{where}: permission denied"
    assert classify(OSError(errno.ENOSPC, "whatever the system says", where)).message == f"{where}: the disk is full"
    assert classify(OSError(errno.EROFS, "Read-only file system", where)).message.endswith("the disk is read-only")
    full = classify(OSError(errno.ENOSPC, "No space left on device"))  # a write() names no file: still the disk's
    assert full.kind is Kind.USER and full.message == "the disk is full"
    assert classify(ConnectionResetError(errno.ECONNRESET, "reset")).is_bug  # no file, not the disk: a bug


def test_a_folder_that_cannot_be_made_names_it(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    problem = classify(_raised(lambda: (blocker / "out").mkdir(parents=True)))
    # Linux names the folder asked for; Windows the file in its way, which "already exists"
    named = f"{blocker}: it already exists" if os.name == "nt" else f"{blocker / 'out'}: "
    assert problem.kind is Kind.USER and problem.message.startswith(named)
