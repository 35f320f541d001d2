"""Content-addressed evidence store: each file once, under `sha256/ab/cdef…`, written atomically.

Bytes go to a temporary file in `tmp/`, are flushed to disk and then renamed into place, so a crash never
leaves a partial file under a real name; what a crash leaves in `tmp/` is removed at the next open (`clean`).
The user's file name is data in the database, never a path here."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desk.common import format_size
from desk.errors import DeskError

CHUNK = 1 << 20
TMP_PREFIX = "incoming-"


class TooLargeError(DeskError):
    """A file above the size limit (the `evidence_max_mb` setting); nothing of it is kept."""


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / "sha256" / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(
        self, source: Path, *, limit: int | None = None, on_bytes: Callable[[int], None] | None = None
    ) -> Stored:
        with source.open("rb") as stream:
            return self.put_stream(stream, limit=limit, name=source.name, on_bytes=on_bytes)

    def put_bytes(self, data: bytes, *, limit: int | None = None, name: str = "") -> Stored:
        return self.put_stream(io.BytesIO(data), limit=limit, name=name)

    def put_stream(
        self,
        stream: BinaryIO,
        *,
        limit: int | None = None,
        name: str = "",
        on_bytes: Callable[[int], None] | None = None,
    ) -> Stored:
        """Store what `stream` holds; at most `limit` bytes (TooLargeError names `name`). `on_bytes(n)` is told of
        each chunk copied, for a progress bar."""
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = _held_temporary(tmp_dir)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise TooLargeError(
                            f"{name or 'the file'} is larger than the limit of {format_size(limit)} "
                            "(setting evidence_max_mb): nothing of it was added"
                        )
                    digest.update(chunk)
                    out.write(chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                out.flush()
                os.fsync(out.fileno())
            target = self.path_for(digest.hexdigest())
            if target.is_file():
                os.unlink(tmp_name)  # already stored: content addressing makes the copy redundant
            else:
                new_folders = [d for d in (target.parent.parent, target.parent) if not d.is_dir()]
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, target)
                # The rename, and any folder made for it, must survive a power cut.
                for folder in (target.parent, *(d.parent for d in reversed(new_folders))):
                    _sync_directory(folder)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        return Stored(digest.hexdigest(), size)

    def read_bytes(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def hash_of(self, sha256: str, on_bytes: Callable[[int], None] | None = None) -> str:
        """The sha256 of the file stored under `sha256`, computed again from its bytes (FileNotFoundError if gone)."""
        digest = hashlib.sha256()
        with self.path_for(sha256).open("rb") as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
        return digest.hexdigest()

    def remove(self, sha256: str) -> None:
        """Remove a file no evidence refers to any more (the caller checks that, after its transaction)."""
        self.path_for(sha256).unlink(missing_ok=True)

    def stored(self) -> list[str]:
        """The hashes of every file in the vault."""
        base = self.root / "sha256"
        if not base.is_dir():
            return []
        return sorted(f"{d.name}{f.name}" for d in base.iterdir() if d.is_dir() for f in d.iterdir() if f.is_file())

    def clean(self) -> int:
        """Remove what an interrupted add left in `tmp/` (never a stored file); how many were removed. Called when
        a data folder is opened, before anything is added."""
        removed = 0
        tmp_dir = self.root / "tmp"
        if tmp_dir.is_dir():
            for leftover in tmp_dir.glob(f"{TMP_PREFIX}*"):
                removed += _remove_if_abandoned(leftover)
        return removed


def _held_temporary(tmp_dir: Path) -> tuple[int, str]:
    """A new temporary file, locked for as long as it is open so that another process's `clean` leaves it alone.
    Windows needs no lock: a file another process has open cannot be deleted there. Between its creation and the
    lock, a `clean` may take it for abandoned and delete it: then the lock is on a file with no name, and a new
    one is made."""
    while True:
        fd, name = tempfile.mkstemp(dir=tmp_dir, prefix=TMP_PREFIX)
        if os.name != "posix":
            return fd, name
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(name).st_ino == os.fstat(fd).st_ino:
                return fd, name
        except FileNotFoundError:
            pass
        os.close(fd)


def _remove_if_abandoned(leftover: Path) -> int:
    """Remove a temporary file no live process is writing: 1 if removed."""
    try:
        if os.name == "posix":
            import fcntl

            with leftover.open("rb") as probe:
                fcntl.flock(probe.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # held while written, freed by a crash
                leftover.unlink()
        else:
            leftover.unlink()
    except (BlockingIOError, PermissionError, FileNotFoundError):
        return 0  # being written by another Desk (or already gone)
    return 1


def _sync_directory(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
