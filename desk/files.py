"""Replacing and removing files that another program may hold open.

On Windows a file open in another program cannot be deleted, nor replaced by a rename, unless that program let it
(FILE_SHARE_DELETE, which few do): Acrobat with the packet open, Explorer's preview pane or thumbnailer, an
antivirus scanning the file Desk has just written. Most of them let go within moments, so Desk tries again for a
short while; a program that keeps the file open is named to the user as a `FileInUseError` ("close packet.pdf in the
other program…"), never a traceback. Elsewhere these calls are `os.replace` and `os.unlink`.

    replace_file(tmp, out)           # save over a file
    remove_file(path)                # delete one (already gone is fine)"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from desk.errors import FileInUseError

PATIENCE = 2.0  # seconds to keep trying: a scan or a thumbnail lets go within it, a program the user has open does not
FIRST_PAUSE = 0.02
LONGEST_PAUSE = 0.25

_SHARING_VIOLATION = 32
_LOCK_VIOLATION = 33
_ACCESS_DENIED = 5  # what a rename onto a file held open gives; also a real refusal: `_held_open` tells them apart
_DELETE = 0x00010000  # the DELETE access right
_SHARE_ALL = 0x7  # FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE
_OPEN_EXISTING = 3


def replace_file(source: Path | str, target: Path | str, *, patience: float | None = None) -> None:
    """`os.replace(source, target)`, tried again for `patience` seconds (`PATIENCE`) while another program holds
    `target` (or `source`) open."""
    _retrying(lambda: os.replace(source, target), Path(target), "save over", patience)


def remove_file(path: Path | str, *, patience: float | None = None, missing_ok: bool = True) -> None:
    """Delete `path`, tried again for `patience` seconds (`PATIENCE`) while another program holds it open.
    `missing_ok`: a file already gone is fine."""

    def unlink() -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    _retrying(unlink, Path(path), "delete", patience)


def _retrying(action: Callable[[], None], path: Path, doing: str, patience: float | None) -> None:
    deadline = time.monotonic() + (PATIENCE if patience is None else patience)
    pause = FIRST_PAUSE
    while True:
        try:
            action()
            return
        except OSError as error:
            if not _held_open(error, path):
                raise
            if time.monotonic() >= deadline:
                raise FileInUseError(path, doing) from error
        time.sleep(pause)
        pause = min(pause * 2, LONGEST_PAUSE)


def _held_open(error: OSError, path: Path) -> bool:
    """Whether Windows refused because another program has the file open (not because of permissions, a read-only
    file or a folder). A rename onto a file held open says only "access denied": asking for the right to delete it,
    sharing everything, tells the two apart (a sharing violation means another handle does not share deletion)."""
    code = getattr(error, "winerror", None)
    if code in (_SHARING_VIOLATION, _LOCK_VIOLATION):
        return True
    if code != _ACCESS_DENIED or sys.platform != "win32":
        return False
    import _winapi

    try:
        handle = _winapi.CreateFile(str(path), _DELETE, _SHARE_ALL, 0, _OPEN_EXISTING, 0, 0)
    except OSError as probe:
        return getattr(probe, "winerror", None) in (_SHARING_VIOLATION, _LOCK_VIOLATION)
    _winapi.CloseHandle(handle)
    return False
