"""A data folder opens wherever it is: on a drive letter, on a Windows share (a mapped drive resolves to one), and
with `?`, `#`, `%`, spaces or Chinese in its name. The read-only look at the schema goes through an SQLite URI, which
`Path.as_uri()` gets wrong for a share (`file://server/…`: SQLite refuses the host)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from desk.db import open_database
from desk.sqlite_uri import sqlite_uri
from desk.workspace import Workspace

WINDOWS = sys.platform == "win32"

pytestmark = pytest.mark.sqlite_only("the path of the folder's database file")


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (PureWindowsPath(r"C:\Users\ana\AppData\Local\Desk\desk.sqlite3"),
         "file:///C:/Users/ana/AppData/Local/Desk/desk.sqlite3"),
        (PureWindowsPath(r"\\nas\shop\Desk\desk.sqlite3"), "file:////nas/shop/Desk/desk.sqlite3"),
        (PureWindowsPath(r"\\?\UNC\nas\shop\Desk\desk.sqlite3"), "file:////nas/shop/Desk/desk.sqlite3"),
        (PureWindowsPath(r"\\?\D:\Desk\desk.sqlite3"), "file:///D:/Desk/desk.sqlite3"),
        (PureWindowsPath(r"D:\Sales 100%\a#b\a%20b\中文\desk.sqlite3"),
         "file:///D:/Sales%20100%25/a%23b/a%2520b/%E4%B8%AD%E6%96%87/desk.sqlite3"),
        (PurePosixPath("/home/ana/what?ever/#1/desk.sqlite3"), "file:///home/ana/what%3Fever/%231/desk.sqlite3"),
    ],
)  # fmt: skip
def test_every_kind_of_path_becomes_a_uri_sqlite_accepts(path: PureWindowsPath | PurePosixPath, uri: str) -> None:
    assert sqlite_uri(path) == uri
    assert sqlite_uri(path, mode="ro", immutable="1") == uri + "?mode=ro&immutable=1"


def test_a_share_has_an_empty_authority_which_sqlite_accepts() -> None:
    share = PureWindowsPath(r"\\nas\shop\Desk\desk.sqlite3")
    with pytest.raises(sqlite3.OperationalError, match="invalid uri authority"):
        sqlite3.connect(share.as_uri() + "?mode=ro", uri=True)  # what Desk did before
    with pytest.raises(sqlite3.OperationalError) as refused:
        sqlite3.connect(sqlite_uri(share, mode="ro"), uri=True)  # no such server here: only that the URI parsed
    assert "authority" not in str(refused.value)


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(ValueError, match="absolute"):
        sqlite_uri(PurePosixPath("desk.sqlite3"))


NAMES = [
    pytest.param("what?ever", marks=pytest.mark.skipif(WINDOWS, reason="Windows does not allow '?' in a name")),
    "order #12",
    "Sales 100%",
    "a%20b",
    "中文 数据",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_folder_whose_name_holds_uri_characters_opens_again(data_folder: Path, tmp_path: Path, name: str) -> None:
    folder = tmp_path / name / "Desk"
    shutil.copytree(data_folder, folder)  # a migrated database: opening it reads its schema through the URI
    with Workspace.open(folder, actor="tester") as ws:
        assert ws.db_path == (folder / "desk.sqlite3").resolve()
        assert ws.database.backup is None  # read as up to date, not as an empty file to build again
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == ["desk.sqlite3"]
    assert [p.name for p in (tmp_path / name).iterdir()] == ["Desk"]  # nothing was made beside the folder


def _share_for(local: Path) -> Iterator[Path]:
    r"""`local` (a folder) reached as a Windows share. Under Wine, a folder under the prefix's `dosdevices/unc/HOST/
    SHARE` is `\\HOST\SHARE`; on Windows, the administrative share `\\localhost\C$` reaches drive C:."""
    prefix = os.environ.get("WINEPREFIX")
    if prefix:
        host = f"desk-test-{uuid.uuid4().hex[:8]}"
        place = Path("Z:" + prefix.replace("/", "\\")) / "dosdevices" / "unc" / host / "share"
        shutil.copytree(local, place)
        try:
            yield Path(f"\\\\{host}\\share")
        finally:
            shutil.rmtree(place.parent)
        return
    share = Path(f"\\\\localhost\\{local.drive[0]}$") / local.relative_to(local.anchor)
    if not share.is_dir():
        pytest.skip("this Windows has no administrative share \\\\localhost\\C$ to reach a folder as a share")
    yield share


@pytest.mark.skipif(not WINDOWS, reason="a Windows share (UNC path) exists only on Windows")
def test_a_database_on_a_windows_share_is_read(data_folder: Path) -> None:
    for share in _share_for(data_folder):
        database = share / "desk.sqlite3"
        assert database.is_file()
        with pytest.raises(sqlite3.OperationalError, match="authority"):
            sqlite3.connect(database.as_uri() + "?mode=ro", uri=True)  # what Desk did before
        with sqlite3.connect(sqlite_uri(database, mode="ro"), uri=True) as conn:
            assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        conn.close()
        opened = open_database(database, share / "backups")  # Wine's resolve() may give the Z: path back
        assert opened.backup is None
        opened.close()
