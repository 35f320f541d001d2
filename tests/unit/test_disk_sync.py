"""Bytes reach the disk itself before a file is renamed into place: on macOS `fsync` leaves them in the drive's cache,
so Desk asks for `F_FULLFSYNC` there (and SQLite for `fullfsync`), falling back to `fsync` where a volume refuses it.
The platform is passed in; the fake is the system's `fcntl` module, nothing of Desk's."""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import desk
from desk.db import make_engine
from desk.disk_sync import sync_file, sync_folder

F_FULLFSYNC = 51  # <sys/fcntl.h> on macOS


class MacFcntl:
    """What macOS's fcntl module offers for this: F_FULLFSYNC, and fcntl() that a volume may refuse."""

    F_FULLFSYNC = F_FULLFSYNC

    def __init__(self, refuse: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.refuse = refuse

    def fcntl(self, fd: int, command: int) -> int:
        self.calls.append((fd, command))
        if self.refuse is not None:
            raise OSError(self.refuse, os.strerror(self.refuse))
        return 0


def test_macos_asks_the_drive_to_write_its_cache(tmp_path: Path) -> None:
    mac = MacFcntl()
    with (tmp_path / "f").open("wb") as out:
        out.write(b"evidence")
        out.flush()
        assert sync_file(out.fileno(), platform="darwin", fcntl_module=mac) == "F_FULLFSYNC"
        assert mac.calls == [(out.fileno(), F_FULLFSYNC)]


def test_a_volume_that_refuses_full_fsync_still_gets_fsync(tmp_path: Path) -> None:
    mac = MacFcntl(refuse=errno.ENOTTY)  # what an SMB share answers
    with (tmp_path / "f").open("wb") as out:
        out.write(b"evidence")
        out.flush()
        assert sync_file(out.fileno(), platform="darwin", fcntl_module=mac) == "fsync"
    assert len(mac.calls) == 1


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_elsewhere_fsync_is_enough(tmp_path: Path, platform: str) -> None:
    mac = MacFcntl()
    with (tmp_path / "f").open("wb") as out:
        assert sync_file(out.fileno(), platform=platform, fcntl_module=mac) == "fsync"
    assert mac.calls == []


def test_the_systems_own_call(tmp_path: Path) -> None:
    with (tmp_path / "f").open("wb") as out:
        out.write(b"x")
        out.flush()
        assert sync_file(out.fileno()) == ("F_FULLFSYNC" if sys.platform == "darwin" else "fsync")
    sync_folder(tmp_path)


def test_every_file_desk_writes_whole_is_flushed_through_the_one_helper() -> None:
    package = Path(desk.__file__).parent
    plain = [
        f"{path.relative_to(package)}:{n}"
        for path in package.rglob("*.py")
        if path.name != "disk_sync.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bos\.fsync\(", line)
    ]
    assert plain == []


@pytest.mark.parametrize(("platform", "on"), [("darwin", 1), ("linux", 0), ("win32", 0)])
def test_sqlite_asks_for_full_fsync_on_macos(tmp_path: Path, platform: str, on: int) -> None:
    engine = make_engine(tmp_path / "desk.sqlite3", platform=platform)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA fullfsync")).scalar() == on
        assert conn.execute(text("PRAGMA checkpoint_fullfsync")).scalar() == on
    engine.dispose()
