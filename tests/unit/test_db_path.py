"""A data folder's path is a path, whatever characters it holds: the database URL is built by SQLAlchemy, not by
string formatting (a "?" would start a query string, a "%" an escape)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.db import make_engine

NO_QUESTION_MARK = pytest.mark.skipif(sys.platform == "win32", reason="Windows does not allow '?' in a name")


@pytest.mark.parametrize("name", ["Sales 100%", pytest.param("what?ever", marks=NO_QUESTION_MARK), "a%20b"])
def test_the_database_is_created_at_the_path_given(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    engine = make_engine(folder / "desk.sqlite3")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    assert (folder / "desk.sqlite3").is_file()
