"""On a volume that cannot lock files (SMB and NFS mounts often cannot: flock fails with ENOTSUP or ENOLCK) the
evidence store goes on without its advisory locks, remembers it, and the folder is reported like one on a network
drive. The OS edge is faked: `fcntl.flock` refuses, as such a volume does."""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

import pytest

from desk.vault import STALE_SECONDS, TMP_PREFIX, Vault
from desk.workspace import Workspace

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has no flock: a file another process has open cannot be deleted there"
)


@pytest.fixture(params=[errno.ENOTSUP, errno.ENOLCK], ids=["ENOTSUP", "ENOLCK"])
def no_locks(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    import fcntl

    code: int = request.param

    def refuse(fd: int, operation: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(fcntl, "flock", refuse)
    return code


def test_evidence_is_added_without_the_lock(tmp_path: Path, no_locks: int) -> None:
    vault = Vault(tmp_path / "vault")
    stored = vault.put_bytes(b"a receipt", name="receipt.pdf")
    assert vault.read_bytes(stored.sha256) == b"a receipt"
    assert vault.without_locks
    assert list((tmp_path / "vault" / "tmp").iterdir()) == []


def test_opening_such_a_folder_warns_like_a_network_drive(data_folder: Path, no_locks: int) -> None:
    with Workspace.open(data_folder, actor="tester") as ws:
        assert ws.warning is not None
        assert "cannot lock files" in ws.warning and str(ws.root) in ws.warning
        assert ws.vault.without_locks
        assert list((ws.root / "vault" / "tmp").iterdir()) == []  # the probe left nothing behind


def test_a_folder_that_locks_is_not_warned_about(data_folder: Path) -> None:
    with Workspace.open(data_folder, actor="tester") as ws:
        assert ws.warning is None
        assert not ws.vault.without_locks


def test_cleaning_without_locks_removes_only_what_was_left_long_ago(tmp_path: Path, no_locks: int) -> None:
    tmp = tmp_path / "vault" / "tmp"
    tmp.mkdir(parents=True)
    fresh, old = tmp / f"{TMP_PREFIX}fresh", tmp / f"{TMP_PREFIX}old"
    fresh.write_bytes(b"being written by another Desk, perhaps")
    old.write_bytes(b"left by a crash")
    then = time.time() - STALE_SECONDS - 60
    os.utime(old, (then, then))
    assert Vault(tmp_path / "vault").clean() == 1
    assert fresh.exists() and not old.exists()


def test_another_lock_error_is_not_taken_for_a_volume_without_locks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    def broken(fd: int, operation: int) -> None:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    monkeypatch.setattr(fcntl, "flock", broken)
    with pytest.raises(OSError) as raised:
        Vault(tmp_path / "vault").put_bytes(b"x")
    assert raised.value.errno == errno.EBADF
