"""What a drag from a mail program carries instead of files, for the drops that add evidence (desk.ui.evidence_drop).

Outlook on Windows drags messages (and attachments) as *virtual files*: no file on disk, but the shell's
FileGroupDescriptorW format — a count, then a 592-byte FILEDESCRIPTORW for each file with its name (WCHAR[260] at
byte 72) and, when its flags say so, its time — and FileContents, the bytes of each (Qt reads the nth with
`;index=n`; a message, which Outlook hands only as a storage object, desk.ui.ole_drops reads). They are written to a
private temporary folder and added from there as dropped files are.

Apple Mail drags file promises and `message:` links, which Qt cannot turn into files: such a drag is recognised so
that Desk can say what to do instead (drag the message to the desktop first, which saves it as an .eml)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePath

from PySide6.QtCore import QMimeData

from desk.file_names import safe_name

WINDOWS_MIME = 'application/x-qt-windows-mime;value="{0}"'
FILE_DESCRIPTORS = WINDOWS_MIME.format("FileGroupDescriptorW")
FILE_CONTENTS = WINDOWS_MIME.format("FileContents")
DESCRIPTOR_SIZE = 592
NAME_AT, NAME_CHARS = 72, 260
FLAGS_AT, ATTRIBUTES_AT, WRITE_TIME_AT = 0, 36, 56
FD_ATTRIBUTES, FD_WRITESTIME = 0x04, 0x20
DIRECTORY = 0x10
MAX_FILES = 500  # a drag of more names than this is not what a person dragged
# What a promise of files looks like among a drag's formats, as macOS names it or as Qt passes an unknown type on.
PROMISES = (
    "com.apple.nsfilepromiseitemmetadata",
    "com.apple.pasteboard.promised-file-url",
    "com.apple.pasteboard.promised-file-content-type",
    "nspromisecontentspboardtype",
    "apple files promise pasteboard type",
)


@dataclass(frozen=True)
class VirtualFile:
    index: int  # its place in the drag: FileContents with this index holds its bytes
    name: str  # a safe file name, as the source named it
    modified: datetime | None  # when the source says it was last written


def has_virtual_files(mime: QMimeData | None) -> bool:
    """Cheap enough for every move of a drag: the formats alone, no data asked for."""
    return mime is not None and mime.hasFormat(FILE_DESCRIPTORS)


def is_mail_drag(mime: QMimeData | None) -> bool:
    """A drag from Apple Mail (file promises, `message:` links) that carries no file Qt can read."""
    if mime is None:
        return False
    if any(url.scheme().lower() == "message" for url in mime.urls()):
        return True
    return any(marker in fmt.lower() for fmt in mime.formats() for marker in PROMISES)


def virtual_files(mime: QMimeData) -> list[VirtualFile]:
    """The files FileGroupDescriptorW names (folders left out: their files are named too)."""
    data = bytes(mime.data(FILE_DESCRIPTORS).data())
    if len(data) < 4:
        return []
    count = min(int.from_bytes(data[:4], "little"), (len(data) - 4) // DESCRIPTOR_SIZE, MAX_FILES)
    files = []
    for index in range(count):
        at = 4 + index * DESCRIPTOR_SIZE
        flags = int.from_bytes(data[at + FLAGS_AT : at + FLAGS_AT + 4], "little")
        attributes = int.from_bytes(data[at + ATTRIBUTES_AT : at + ATTRIBUTES_AT + 4], "little")
        if flags & FD_ATTRIBUTES and attributes & DIRECTORY:
            continue
        raw = data[at + NAME_AT : at + NAME_AT + 2 * NAME_CHARS].decode("utf-16-le", errors="replace")
        given = PurePath(raw.split("\x00", 1)[0].replace("\\", "/")).name  # a file in a dragged folder: its name
        written = int.from_bytes(data[at + WRITE_TIME_AT : at + WRITE_TIME_AT + 8], "little")
        modified = _filetime(written) if flags & FD_WRITESTIME else None
        files.append(VirtualFile(index, safe_name(given, f"dragged-{index + 1}"), modified))
    return files


def contents(mime: QMimeData, index: int) -> bytes:
    """The bytes of the drag's `index`th virtual file; b"" when the source gave none. Outlook hands a message only
    as a storage object, which Qt does not read: on Windows it is read from the drop itself (desk.ui.ole_drops)."""
    data = bytes(mime.data(f"{FILE_CONTENTS};index={index}").data())
    if not data and index == 0:  # a source that answers only the plain request (the first file)
        data = bytes(mime.data(FILE_CONTENTS).data())
    if not data and sys.platform == "win32":
        from desk.ui import ole_drops

        data = ole_drops.dragged_contents(index)
    return data


@dataclass
class Saved:
    folder: Path | None  # the temporary folder holding them, removed by `discard`
    paths: list[Path]
    missing: list[str]  # the names the source gave no bytes for

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def save_virtual_files(mime: QMimeData) -> Saved:
    """Write the drag's virtual files to a new private temporary folder, with the times the source gave them; the
    names the source gave no bytes for are `missing`."""
    items = [(item.name, contents(mime, item.index), item.modified) for item in virtual_files(mime)]
    saved = save_files((name, data, modified) for name, data, modified in items if data)
    saved.missing = [name for name, data, _modified in items if not data]
    return saved


def save_files(files: Iterable[tuple[str, bytes, datetime | None]]) -> Saved:
    """Write (safe name, bytes, time or None) to a new private temporary folder, each in a folder of its own, so
    that two messages with one subject keep their names."""
    folder = Path(tempfile.mkdtemp(prefix="desk-drop-"))
    saved = Saved(folder, [], [])
    try:
        for number, (name, data, modified) in enumerate(files):
            place = folder / str(number)
            place.mkdir()
            path = place / name
            path.write_bytes(data)
            if modified is not None:
                _set_time(path, modified)
            saved.paths.append(path)
    except BaseException:
        saved.discard()
        raise
    return saved


def _set_time(path: Path, moment: datetime) -> None:
    """The file's time as the source gave it (an attachment's capture time is taken from it); a time the file
    system cannot hold is left out."""
    with contextlib.suppress(OSError, OverflowError, ValueError):
        os.utime(path, (moment.timestamp(), moment.timestamp()))


def _filetime(ticks: int) -> datetime | None:
    if not ticks:
        return None
    try:  # tenths of a microsecond since 1601, UTC
        return datetime(1601, 1, 1, tzinfo=UTC) + timedelta(microseconds=ticks // 10)
    except OverflowError:
        return None
