"""Data folders an earlier Desk wrote (tests/data/upgrade/NNNN.zip, one per schema revision), for tests of opening
and upgrading them."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

UPGRADE_FIXTURES = Path(__file__).parent / "data" / "upgrade"


def old_folder(tmp_path: Path, revision: str = "0001") -> Path:
    """A copy of the data folder an earlier Desk wrote at schema `revision`."""
    folder = tmp_path / f"shop-{revision}"
    with zipfile.ZipFile(UPGRADE_FIXTURES / f"{revision}.zip") as archive:
        archive.extractall(folder)
    return folder


def schema_version(folder: Path) -> str:
    """The schema revision of `folder`'s database, read without changing it."""
    with closing(sqlite3.connect(f"{(folder / 'desk.sqlite3').as_uri()}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
