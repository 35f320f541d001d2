"""Whether a data folder is on a network drive, and what to tell the user when it is (the CLI prints it, the window
shows it; no Qt here).

SQLite's locks and its write-ahead log need a disk of this computer: over SMB or NFS, two computers writing, or one
whose connection drops while it writes, can damage the database. A volume that cannot lock files at all (Desk's
evidence store finds that out) is treated the same way: network volumes are the ones that cannot."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from desk.language import words

DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
# Linux file system types (as /proc/self/mountinfo names them) that reach another machine; 9p is also how WSL
# reaches Windows' own drives, which has the same trouble with SQLite's locks.
LINUX_NETWORK = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "ceph", "glusterfs", "lustre", "gpfs",
        "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.glusterfs", "fuse.cephfs",
        "fuse.gvfsd-fuse",  # GNOME's file manager opens SMB and SFTP shares through it
    }
)  # fmt: skip
MACOS_NETWORK = frozenset({"smbfs", "afpfs", "nfs", "webdav", "cifs", "ftp"})  # statfs f_fstypename



def storage_warning(folder: Path, *, locks_work: bool = True) -> str | None:
    """What to tell the user about where `folder` is (None: nothing). `locks_work`: whether a file there could be
    locked (`Vault.locks_work`)."""
    if on_network_drive(folder):
        return words.tr(
            "The data folder {0} is on a network drive. Desk's database can be damaged when two computers write to "
            "it, or when the connection drops while Desk is saving. Keep the data folder on this computer and back "
            "it up (copy the whole folder while Desk is closed)."
        ).format(folder)
    if not locks_work:
        return words.tr(
            "The data folder {0} is on a drive that cannot lock files, as network drives often cannot. Desk's "
            "database can be damaged when two computers write to it, or when the connection drops while Desk is "
            "saving. Keep the data folder on this computer and back it up (copy the whole folder while Desk is "
            "closed)."
        ).format(folder)
    return None


def on_network_drive(path: Path) -> bool:
    """Whether `path` (an existing absolute path) is on a network volume. When the system cannot say, it is taken
    for local: a warning that cannot be checked is not worth refusing a folder over."""
    try:
        if os.name == "nt":
            return windows_network(PureWindowsPath(path), _drive_type)
        if sys.platform == "darwin":
            return _macos_fs_type(path) in MACOS_NETWORK
        if sys.platform.startswith("linux"):
            mountinfo = os.fsdecode(Path("/proc/self/mountinfo").read_bytes())
            return linux_fs_type(os.fsdecode(path), mountinfo) in LINUX_NETWORK
    except OSError:
        pass
    return False


def windows_network(path: PureWindowsPath, drive_type: Callable[[str], int]) -> bool:
    r"""A share (`\\server\share\…`, the form a mapped drive resolves to) or a drive letter Windows calls remote.
    `drive_type` is GetDriveTypeW (a test gives another)."""
    text = str(path)
    if text.startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        path = PureWindowsPath(text[4:])
    if path.drive.startswith("\\\\"):
        return True
    return bool(path.drive) and drive_type(path.drive + "\\") == DRIVE_REMOTE


def _drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def linux_fs_type(path: str, mountinfo: str) -> str | None:
    """The file system type of the mount that holds `path` (absolute, resolved), read from the text of
    /proc/self/mountinfo: the longest mount point above it, the last one mounted there winning."""
    found, longest = None, -1
    for line in mountinfo.splitlines():
        before, dash, after = line.partition(" - ")
        fields = before.split(" ")
        if not dash or len(fields) < 5 or not after:
            continue
        point = _unescape(fields[4])
        if _within(path, point) and len(point) >= longest:
            found, longest = after.split(" ")[0], len(point)
    return found


def _unescape(field: str) -> str:
    # The kernel writes a space, tab, newline and backslash in a mount point as octal escapes (\040 …).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _within(path: str, point: str) -> bool:
    return point == "/" or path == point or path.startswith(point.rstrip("/") + "/")


def _macos_fs_type(path: Path) -> str:
    """`statfs(2)`'s f_fstypename ("apfs", "smbfs", …)."""
    import ctypes

    class StatFs(ctypes.Structure):  # <sys/mount.h>, the 64-bit-inode layout (the only one on Apple silicon)
        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL("/usr/lib/libSystem.B.dylib", use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]  # on Intel Macs the plain name has the old, 32-bit-inode layout
    except AttributeError:
        statfs = libc["statfs"]
    statfs.argtypes = [ctypes.c_char_p, ctypes.POINTER(StatFs)]
    result = StatFs()
    if statfs(os.fsencode(path), ctypes.byref(result)) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(path))
    return str(result.f_fstypename.decode("utf-8", "replace"))
