"""Where a file Desk makes (a packet, a letter, a bundle) is written: checked before any work is done, so that a
path that cannot be written is refused at once with a message naming it, not after minutes of work or with a
traceback. Missing folders on the way are made when the file is written (`write_atomically`); a write that fails
after the check raises the system's refusal naming the file (`cannot_write`)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desk.errors import DeskError
from desk.language import words


def check_target(out: Path, *, suffix: str | None = None) -> Path:
    """`out` (with `~` expanded) when a file can be written there; DeskError naming it otherwise. `suffix`
    (".pdf"): the name must end so. Writability is tried, not guessed from permissions: a file is made and removed
    in the nearest folder that exists (permissions say nothing of /proc, a read-only disk or a full share)."""
    out = Path(out).expanduser()
    if out.is_dir():
        if suffix:
            said = words.tr("{0} is a folder: give the name of the file to write (ending in {1})")
            raise DeskError(said.format(out, suffix))
        raise DeskError(words.tr("{0} is a folder: give the name of the file to write").format(out))
    if suffix is not None and out.suffix.lower() != suffix:
        raise DeskError(words.tr("{0}: give a file name ending in {1}").format(out, suffix))
    folder = next((p for p in [out.parent, *out.parent.parents] if p.exists()), None)
    if folder is None or not folder.is_dir():
        raise DeskError(words.tr("{0}: cannot write there: {1} is not a folder").format(out, folder or out.parent))
    try:
        handle, probe = tempfile.mkstemp(prefix=".desk-", suffix=".probe", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        reason = _reason(error)
        raise DeskError(
            words.tr("{0}: cannot write there: the folder {1} cannot be written ({2})").format(out, folder, reason)
        ) from None
    return out


def cannot_write(path: Path, error: OSError) -> OSError:
    """The error to raise when writing `path` failed: the same refusal (its errno, so the same subclass), naming
    the file Desk was making rather than a temporary one beside it, for the one classifier
    (`desk.errors.classify`) to put in words ("…/packet.pdf: the disk is full")."""
    return OSError(error.errno, error.strerror, str(path))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)

