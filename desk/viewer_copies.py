"""Copies of evidence made for the system's viewer: a file Desk does not show itself opens in the program the system
has for it, from a read-only copy in a temporary folder, never from the vault.

The copy is named so that no system runs it (an extension a system would run gives way to the content's, or
`.bin`; device names such as CON are never used), carries the mark of a downloaded file (Windows' Mark of the Web,
macOS's quarantine attribute) so that the viewer treats it as coming from outside, and is removed a day later: at
the next start of Desk, or when its window closes. Every copy lives under one folder, `desk-view…` in the system's
temporary folder.

    copy = copy_for_viewer(vault.path_for(sha256), viewer_name(name, media_type, evidence_id))
    remove_old_copies()"""

from __future__ import annotations

import mimetypes
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path, PurePath

from desk.errors import DeskError
from desk.file_names import FORBIDDEN, safe_name
from desk.language import words

# Extensions a system may run, install, mount or follow rather than show (Windows, macOS, Linux desktops).
RUNNABLE = frozenset(
    ".ade .adp .app .appimage .application .appref-ms .appx .appxbundle .bas .bat .cer .chm .cmd .com .command "  # noqa: SIM905
    ".cpl .crt .csh .deb .definition .der .desktop .diagcab .dll .dmg .exe .fileloc .flatpakref .gadget .hlp .hta "
    ".inetloc .inf .ins .iso .isp .jar .jnlp .js .jse .kext .ksh .library-ms .lnk .mad .maf .mam .maq .mar .mas "
    ".mat .mau .mav .maw .mcf .mda .mdb .mde .mdt .mdw .mdz .mht .mhtml .mpkg .msc .msh .msh1 .msh2 .mshxml "
    ".msh1xml .msh2xml .msi .msix .msixbundle .msp .mst .ocx .osax .pcd .pif .pkg .pl .plg .prefpane .prf .prg "
    ".ps1 .ps1xml .ps2 .ps2xml .psc1 .psc2 .psd1 .psm1 .py .pyc .pyo .pyw .pyz .rb .reg .rpm .run .scf .scpt "
    ".scptd .scr .sct .search-ms .settingcontent-ms .sh .shb .shs .snap .sys .terminal .tool .url .vb .vbe "
    ".vbp .vbs .vhd .vhdx .vsmacros .vsw .webloc .website .workflow .ws .wsc .wsf .wsh .xbap .xll .xnk .zsh".split()
)
FALLBACK_SUFFIX = ".bin"  # no program claims it: the system asks which one to open it with
KEEP_SECONDS = 24 * 60 * 60  # a copy older than a day is removed at the next start or close of Desk
ZONE_IDENTIFIER = b"[ZoneTransfer]\r\nZoneId=3\r\n"  # zone 3: the Internet
QUARANTINE = "com.apple.quarantine"
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


def viewer_name(name: str, media_type: str, evidence_id: int) -> str:
    """A safe file name for the viewer's copy: the original name's stem and extension, except that text always
    opens as `.txt` and an extension that a system would run (`.js`, `.lnk`, …) gives way to the content's (or to
    `.bin`, which opens as data); the stem as `safe_name` makes it, `evidence-<id>` when nothing of it is left."""
    pure = PurePath(name.replace("\\", "/")).name
    suffix = PurePath(pure).suffix.lower()
    stem = FORBIDDEN.sub("_", pure[: len(pure) - len(suffix)] if suffix else pure).strip(" .")
    if media_type.startswith("text/"):
        suffix = ".txt"
    elif suffix in RUNNABLE or not _SUFFIX.fullmatch(suffix):
        guessed = (mimetypes.guess_extension(media_type) or "").lower()
        suffix = guessed if _SUFFIX.fullmatch(guessed) and guessed not in RUNNABLE else FALLBACK_SUFFIX
    return safe_name(f"{stem or f'evidence-{evidence_id}'}{suffix}")


def viewer_folder(temporary: Path | None = None) -> Path:
    """The one folder every viewer copy goes under, made if missing: `desk-view` in the system's temporary folder
    (`desk-view-<uid>` on a shared Unix /tmp). A folder of that name that is not the user's own (another user made
    it first) is refused: a copy there could be swapped for another file before the viewer opens it."""
    base = Path(temporary) if temporary is not None else Path(tempfile.gettempdir())
    if sys.platform == "win32":
        folder = base / "desk-view"
        folder.mkdir(exist_ok=True)
        return folder
    folder = base / f"desk-view-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    facts = folder.lstat()
    if not stat.S_ISDIR(facts.st_mode) or facts.st_uid != os.getuid():
        raise DeskError(
            words.tr("{0} is not your own folder: Desk will not put copies of evidence there; remove it").format(folder)
        )
    if stat.S_IMODE(facts.st_mode) != 0o700:
        folder.chmod(0o700)
    return folder


def copy_for_viewer(source: Path, name: str, *, temporary: Path | None = None) -> Path:
    """A read-only copy of `source` called `name` (a `viewer_name`), marked as downloaded, in a new private folder
    under `viewer_folder`."""
    folder = Path(tempfile.mkdtemp(prefix="copy-", dir=viewer_folder(temporary)))
    target = folder / name
    shutil.copyfile(source, target)
    mark_as_downloaded(target)  # before it is read-only: Windows will not add a stream to a read-only file
    target.chmod(stat.S_IRUSR)
    return target


def mark_as_downloaded(path: Path) -> None:
    """Mark `path` as a file that came from outside, so that the program opening it is careful with it (Office's
    Protected View, SmartScreen, Gatekeeper). Best effort: a copy that cannot be marked still opens."""
    try:
        if sys.platform == "win32":
            write_zone_identifier(path)
        elif sys.platform == "darwin":
            set_quarantine(path)
    except (OSError, subprocess.SubprocessError):
        pass  # a file system without streams or attributes (FAT, a network share): the copy is still read-only


def write_zone_identifier(path: Path) -> Path:
    """Windows' Mark of the Web: the `Zone.Identifier` alternate data stream of `path`, saying zone 3 (the Internet);
    the stream's path. (Where there are no streams, as under Wine, this makes a file of that name beside it.)"""
    stream = Path(f"{path}:Zone.Identifier")
    with open(stream, "wb") as out:
        out.write(ZONE_IDENTIFIER)
    return stream


def quarantine_value(now: float | None = None) -> bytes:
    """macOS's quarantine record: flags (0083: downloaded, to be checked), when (hexadecimal seconds), by whom, an
    event id."""
    moment = int(time.time() if now is None else now)
    return f"0083;{moment:08x};Desk;{str(uuid.uuid4()).upper()}".encode()


def set_quarantine(path: Path, attribute: str = QUARANTINE) -> None:
    """Set the quarantine attribute (`attribute`: another name where a test's system reserves that one) on `path`:
    with `os.setxattr` where Python has it, else with macOS's `xattr` command."""
    value = quarantine_value()
    setxattr = getattr(os, "setxattr", None)
    if setxattr is not None:
        setxattr(path, attribute, value)
        return
    subprocess.run(
        ["xattr", "-w", attribute, value.decode(), str(path)], check=True, capture_output=True, timeout=10
    )


def remove_old_copies(
    *, older_than: float = KEEP_SECONDS, now: float | None = None, temporary: Path | None = None
) -> int:
    """Remove the viewer copies made more than `older_than` seconds ago; how many folders went. One still open in
    a viewer (Windows will not delete it) or otherwise stuck stays for the next time."""
    base = Path(temporary) if temporary is not None else Path(tempfile.gettempdir())
    if sys.platform == "win32":
        names: tuple[str, ...] = ("desk-view",)
    else:
        names = (f"desk-view-{os.getuid()}",)
    cutoff = (time.time() if now is None else now) - older_than
    removed = 0
    for parent in (base / name for name in names):
        try:
            if not parent.is_dir() or parent.is_symlink() or not _own(parent):
                continue
            folders = list(parent.iterdir())
        except OSError:
            continue
        for folder in folders:
            try:
                if folder.is_symlink() or not folder.is_dir() or folder.stat().st_mtime > cutoff:
                    continue
                _remove_copy(folder)
            except OSError:
                continue
            removed += 1
    return removed


def _own(folder: Path) -> bool:
    return sys.platform == "win32" or folder.lstat().st_uid == os.getuid()


def _remove_copy(folder: Path) -> None:
    for entry in folder.iterdir():
        if not entry.is_symlink():
            entry.chmod(stat.S_IRUSR | stat.S_IWUSR)  # Windows will not delete a read-only file
        entry.unlink()
    folder.rmdir()
