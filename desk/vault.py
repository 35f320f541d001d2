"""Content-addressed evidence store: each file once, under `sha256/ab/cdef…`, written atomically.

Bytes go to a temporary file in `tmp/`, are flushed to disk and then renamed into place, so a crash never
leaves a partial file under a real name; what a crash leaves in `tmp/` is removed at the next open (`clean`). A
file no evidence needs any more that could not be removed (held open by another program) is listed in `leftovers/`
and removed at the next open (`desk.evidence.editing.remove_leftovers`).
The user's file name is data in the database, never a path here.

A vault the system will not let Desk write to (a full disk, a read-only folder) is one sentence naming its folder
(`CannotStore`), and the temporary file is gone. A user's file is opened only when it is a regular file, and
without waiting: a named pipe or a device would never end (`open_regular`)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desk.common import format_size
from desk.disk_sync import sync_file, sync_folder
from desk.errors import DeskError, FileInUseError
from desk.files import remove_file
from desk.language import words

CHUNK = 1 << 20
TMP_PREFIX = "incoming-"
# What flock raises on a volume that cannot lock files (SMB and NFS mounts often cannot).
NO_LOCKS = frozenset({errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOLCK, errno.ENOSYS})
STALE_SECONDS = 24 * 3600  # without locks, a temporary file untouched this long is taken for abandoned
LEFTOVERS = "leftovers"  # one empty file per stored file a removal could not remove, named by its hash
_HEX64 = re.compile(r"[0-9a-f]{64}")


class TooLargeError(DeskError):
    """A file above the size limit (the `evidence_max_mb` setting); nothing of it is kept. `reason` says so without
    naming the file."""

    def __init__(self, name: str, limit: int) -> None:
        self.reason = words.tr("larger than the limit of {0} (setting evidence_max_mb)").format(format_size(limit))
        super().__init__(
            words.tr("{0} is {1}: nothing of it was added").format(name or words.tr("the file"), self.reason)
        )


class CannotStore(DeskError):
    """The system refused to let Desk write into the vault (a full disk, a read-only folder): nothing of the file
    is kept, and nothing else can be until the user frees space or changes the folder."""

    def __init__(self, root: Path, name: str, why: str) -> None:
        super().__init__(
            words.tr("Desk cannot store {0} in the evidence folder {1}: {2}").format(
                name or words.tr("the file"), root, why
            )
        )


class NotAFile(DeskError):
    """A path that names a pipe, a socket, a device or a folder: never opened for reading."""

    def __init__(self, path: Path) -> None:
        self.reason = words.tr("not a regular file")
        super().__init__(f"{path}: {self.reason}")


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading when it is a regular file; NotAFile (never waiting on it) when it is not. A named
    pipe opened the usual way waits for a writer that may never come; without waiting, it opens at once and is
    refused. A regular file reads the same either way."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    if not regular:
        os.close(fd)
        raise NotAFile(path)
    return os.fdopen(fd, "rb")


def _refusal(error: BaseException) -> str | None:
    """Why the system refused a write into the vault, when it is the user's to act on, in plain words; None for
    any other error (a bug's)."""
    if not isinstance(error, OSError):
        return None
    full = words.tr("the disk is full: free some space and try again")
    not_allowed = words.tr("the folder is read-only, or Desk is not allowed to write there")
    refusals = {
        errno.ENOSPC: full,
        getattr(errno, "EDQUOT", errno.ENOSPC): full,  # the user's quota
        errno.EROFS: words.tr("the disk is read-only"),
        errno.EACCES: not_allowed,
        errno.EPERM: not_allowed,
        errno.EFBIG: words.tr("the disk cannot hold a file this large (FAT32 disks hold at most 4 GB a file)"),
        errno.EIO: words.tr("the disk reported an error"),
    }
    return refusals.get(error.errno or 0)


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.without_locks = False  # found on a volume that cannot lock files: see `locks_work`

    def path_for(self, sha256: str) -> Path:
        """Where the file stored under `sha256` is, to be read."""
        return self.local_path(sha256)

    def local_path(self, sha256: str) -> Path:
        """Where the file stored under `sha256` is in this folder (in team mode: this desk's copy, if it has one)."""
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / "sha256" / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.local_path(sha256).is_file()

    def put_file(
        self, source: Path, *, limit: int | None = None, on_bytes: Callable[[int], None] | None = None
    ) -> Stored:
        """Store the regular file `source` (NotAFile for anything else, never opened for reading)."""
        with open_regular(source) as stream:
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
        each chunk copied, for a progress bar. CannotStore, naming the vault's folder, when the system refuses a
        write into it; an error reading `stream` is the stream's own."""
        tmp_dir = self.root / "tmp"
        try:
            tmp_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp_name, locked = _held_temporary(tmp_dir)
        except OSError as error:
            if (why := _refusal(error)) is None:
                raise
            raise CannotStore(self.root, name, why) from error
        self.without_locks |= not locked
        digest = hashlib.sha256()
        size = 0
        reading: OSError | None = None
        try:
            try:
                while True:
                    try:
                        chunk = stream.read(CHUNK)
                    except OSError as error:
                        reading = error
                        raise
                    if not chunk:
                        break
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise TooLargeError(name, limit)
                    digest.update(chunk)
                    _write_all(fd, chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                sync_file(fd)
            finally:
                os.close(fd)
            target = self.local_path(digest.hexdigest())
            if target.is_file():
                os.unlink(tmp_name)  # already stored: content addressing makes the copy redundant
            else:
                new_folders = [d for d in (target.parent.parent, target.parent) if not d.is_dir()]
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, target)
                # The rename, and any folder made for it, must survive a power cut.
                for folder in (target.parent, *(d.parent for d in reversed(new_folders))):
                    sync_folder(folder)
        except BaseException as error:
            _discard(tmp_name)
            if error is not reading and (why := _refusal(error)) is not None:
                raise CannotStore(self.root, name, why) from error
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

    def remove(self, sha256: str, *, patience: float | None = None) -> bool:
        """Remove a file no evidence refers to any more (the caller checks that, under the write lock); True once it
        is gone. A file the system will not let go of (on Windows, one another program holds open even after
        `patience` seconds, by default `desk.files.PATIENCE`, of trying again) stays, listed among the `leftovers`
        for the next open to remove: never a file nothing names and nothing remembers."""
        try:
            remove_file(self.local_path(sha256), patience=patience)
        except (OSError, FileInUseError):
            leftovers = self.root / LEFTOVERS
            leftovers.mkdir(parents=True, exist_ok=True)
            (leftovers / sha256).touch()
            return False
        (self.root / LEFTOVERS / sha256).unlink(missing_ok=True)
        return True

    def leftovers(self) -> list[str]:
        """The hashes of files a removal had to leave behind (see `remove`)."""
        folder = self.root / LEFTOVERS
        if not folder.is_dir():
            return []
        return sorted(f.name for f in folder.iterdir() if _HEX64.fullmatch(f.name))

    def forget_leftover(self, sha256: str) -> None:
        """Strike a file off the leftovers without removing it: evidence holds its bytes again."""
        self.local_path(sha256)  # refuses anything but a digest as a name
        (self.root / LEFTOVERS / sha256).unlink(missing_ok=True)

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

    def locks_work(self) -> bool:
        """Whether a file in the vault can be locked: not on a volume without locks (SMB and NFS often are), where
        Desk goes on without them and the folder is reported like one on a network drive. Called at open."""
        if os.name != "posix":
            return True  # Windows locks no temporary file: one that is open cannot be deleted there
        try:
            tmp_dir = self.root / "tmp"
            tmp_dir.mkdir(parents=True, exist_ok=True)
            fd, name, locked = _held_temporary(tmp_dir)
        except OSError:
            return not self.without_locks  # a folder Desk cannot write to: that is said when it writes, not here
        os.close(fd)
        os.unlink(name)
        self.without_locks |= not locked
        return not self.without_locks


def _write_all(fd: int, data: bytes) -> None:
    """All of `data` to `fd` (a write may take part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _discard(tmp_name: str) -> None:
    """Remove a temporary file whose copy failed; one that cannot be removed now (a folder that became read-only)
    is removed by `clean` at the next open."""
    with contextlib.suppress(OSError):
        os.unlink(tmp_name)


def _held_temporary(tmp_dir: Path) -> tuple[int, str, bool]:
    """A new temporary file, locked for as long as it is open so that another process's `clean` leaves it alone,
    and whether it could be locked (not on a volume without locks). Windows needs no lock: a file another process
    has open cannot be deleted there. Between its creation and the lock, a `clean` may take it for abandoned and
    delete it: then the lock is on a file with no name, and a new one is made."""
    while True:
        fd, name = tempfile.mkstemp(dir=tmp_dir, prefix=TMP_PREFIX)
        if os.name != "posix":
            return fd, name, True
        locked = _lock(fd, wait=True)
        try:
            if os.stat(name).st_ino == os.fstat(fd).st_ino:
                return fd, name, locked
        except FileNotFoundError:
            pass
        os.close(fd)


def _remove_if_abandoned(leftover: Path) -> int:
    """Remove a temporary file no live process is writing: 1 if removed."""
    try:
        if os.name == "posix":
            with leftover.open("rb") as probe:
                # A lock is held while the file is written and freed by a crash; without locks only its age tells.
                held = _lock(probe.fileno(), wait=False)
                if not held and time.time() - os.fstat(probe.fileno()).st_mtime < STALE_SECONDS:
                    return 0
                leftover.unlink()
        else:
            leftover.unlink()
    except (BlockingIOError, PermissionError, FileNotFoundError):
        return 0  # being written by another Desk (or already gone)
    return 1


def _lock(fd: int, *, wait: bool) -> bool:
    """An exclusive advisory lock on `fd` (POSIX); False when the volume cannot lock files. Without `wait`, a lock
    another process holds raises BlockingIOError."""
    if sys.platform == "win32":  # callers ask on POSIX only; this also lets mypy check the rest for POSIX only
        raise AssertionError("no advisory locks on Windows")
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in NO_LOCKS:
            return False
        raise
    return True
