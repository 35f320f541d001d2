"""Content-addressed evidence store: each file once, under `sha256/ab/cdef…`, written atomically.

Bytes go to a temporary file in `tmp/`, are flushed to disk and then renamed into place, so a crash never
leaves a partial file under a real name. The user's file name is data in the database, never a path here."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


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

    def put_file(self, source: Path) -> Stored:
        with source.open("rb") as stream:
            return self.put_stream(stream)

    def put_bytes(self, data: bytes) -> Stored:
        return self.put_stream(io.BytesIO(data))

    def put_stream(self, stream: BinaryIO) -> Stored:
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            target = self.path_for(digest.hexdigest())
            if target.is_file():
                os.unlink(tmp_name)  # already stored: content addressing makes the copy redundant
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, target)
                _sync_directory(target.parent)  # the rename itself must survive a power cut
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        return Stored(digest.hexdigest(), size)

    def read_bytes(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()


def _sync_directory(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
