"""The vault (issue 4, point 1): each content once under sha256/ab/cdef…, written through a temporary file that is
renamed into place, size-limited, and cleaned of what an interrupted add leaves."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from desk.vault import TMP_PREFIX, TooLargeError, Vault


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_the_same_bytes_are_stored_once_under_their_hash(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    data = "退款凭证 receipt".encode()
    digest = hashlib.sha256(data).hexdigest()
    first = vault.put_bytes(data)
    second = vault.put_bytes(data)
    assert first == second and first.sha256 == digest and first.size == len(data)
    assert _files(tmp_path / "vault") == [f"sha256/{digest[:2]}/{digest[2:]}"]
    assert vault.read_bytes(digest) == data and vault.hash_of(digest) == digest


class _Breaks(io.RawIOBase):
    """A source that fails after its first chunk, as a disk or network share may."""

    def __init__(self) -> None:
        self.calls = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self.calls += 1
        if self.calls > 1:
            raise OSError("the USB stick was pulled out")
        buffer[:4] = b"abcd"
        return 4


def test_a_failed_copy_leaves_nothing_under_a_real_name_nor_in_tmp(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    with pytest.raises(OSError, match="pulled out"):
        vault.put_stream(io.BufferedReader(_Breaks(), buffer_size=4))
    assert _files(tmp_path / "vault") == []


def test_a_file_over_the_limit_is_refused_by_name_and_nothing_stays(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    with pytest.raises(TooLargeError, match=r"video\.mp4 is larger than the limit of 2 KB"):
        vault.put_bytes(b"x" * 3000, limit=2000, name="video.mp4")
    assert _files(tmp_path / "vault") == []
    assert vault.put_bytes(b"x" * 2000, limit=2000).size == 2000  # the limit itself is allowed


def test_clean_removes_abandoned_temporary_files_but_not_one_being_written(tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")  # on Windows an open file cannot be deleted: no lock needed
    vault = Vault(tmp_path / "vault")
    kept = vault.put_bytes(b"evidence")
    tmp = tmp_path / "vault" / "tmp"
    abandoned = tmp / f"{TMP_PREFIX}crashed"
    abandoned.write_bytes(b"half a photo")
    live = tmp / f"{TMP_PREFIX}live"
    live.write_bytes(b"being written")
    with live.open("rb") as writer:
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)  # what put_stream holds while it writes
        assert vault.clean() == 1
        assert not abandoned.exists() and live.exists()
    assert vault.clean() == 1 and not live.exists()  # its writer is gone now
    assert vault.has(kept.sha256)


@pytest.mark.skipif(os.name != "posix", reason="file names with backslashes and dots are a POSIX test")
def test_the_users_file_name_is_never_a_path(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    sneaky = source / "..\\..\\evil.jpg"
    sneaky.write_bytes(b"not really a photo")
    vault = Vault(tmp_path / "vault")
    stored = vault.put_file(sneaky)
    assert _files(tmp_path / "vault") == [f"sha256/{stored.sha256[:2]}/{stored.sha256[2:]}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "vault"]
