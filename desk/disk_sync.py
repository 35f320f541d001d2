"""Bytes that must survive a power cut: every file Desk writes whole (evidence, PDFs, bundles) is flushed here before
it is renamed into place.

On macOS `fsync` only hands the bytes to the drive, whose cache can still lose them; `fcntl(F_FULLFSYNC)` asks the
drive to write them down. Some volumes (network shares, some external drives) refuse it: then `fsync` is the most
that can be done."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def sync_file(fd: int, *, platform: str = sys.platform, fcntl_module: Any = None) -> str:
    """Flush what was written to `fd` to the disk itself; which call did it: "F_FULLFSYNC" or "fsync".
    `platform` and `fcntl_module` are the system's unless a test gives others."""
    if platform == "darwin":
        if fcntl_module is None:
            import fcntl as fcntl_module
        full = getattr(fcntl_module, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl_module.fcntl(fd, full)
                return "F_FULLFSYNC"
            except OSError:
                pass  # a volume that cannot: fsync below
    os.fsync(fd)
    return "fsync"


def sync_folder(path: Path) -> None:
    """Make a rename into `path` (or a file made there) survive a power cut."""
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        sync_file(fd)
    finally:
        os.close(fd)
