"""A data folder on a network drive is told apart from one on this computer, on each system by what that system says:
Windows by the path (a share) or GetDriveTypeW, Linux by the mount table, macOS by statfs. The fakes are those
system answers (the mount table's text, GetDriveTypeW), nothing of Desk's."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from desk.network_drive import (
    DRIVE_REMOTE,
    linux_fs_type,
    on_network_drive,
    storage_warning,
    windows_network,
)

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:40 / /home/ana/NAS rw,relatime - cifs //nas/shop rw,vers=3.1.1
41 40 8:2 / /home/ana/NAS/usb rw,relatime - ext4 /dev/sdb1 rw
42 27 0:41 / /srv/nfs\040share rw,relatime - nfs4 nas:/export rw
43 27 0:42 / /home/ana/laptop rw,nosuid shared:12 - fuse.sshfs ana@laptop:/ rw
44 27 0:43 / /run/user/1000/gvfs rw,nosuid master:3 - fuse.gvfsd-fuse gvfsd-fuse rw
45 27 0:44 / /mnt/c rw,noatime - 9p drvfs rw
46 27 0:45 / /home/ana/NASA rw,relatime - ext4 /dev/sdc1 rw
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/ana/Desk", "ext4"),
        ("/home/ana/NAS", "cifs"),
        ("/home/ana/NAS/Desk", "cifs"),
        ("/home/ana/NAS/usb/Desk", "ext4"),  # a disk mounted inside the share
        ("/home/ana/NASA/Desk", "ext4"),  # a name that only begins like the share's
        ("/srv/nfs share/Desk", "nfs4"),  # the space is written \040 in the table
        ("/home/ana/laptop/Desk", "fuse.sshfs"),
        ("/run/user/1000/gvfs/smb-share:server=nas,share=shop/Desk", "fuse.gvfsd-fuse"),
        ("/mnt/c/Users/ana/Desk", "9p"),
    ],
)
def test_linux_reads_the_mount_that_holds_the_folder(path: str, kind: str) -> None:
    assert linux_fs_type(path, MOUNTINFO) == kind


def test_linux_the_last_mount_on_a_place_wins() -> None:
    table = MOUNTINFO + "50 27 0:50 / /home/ana/NAS rw - tmpfs tmpfs rw\n"
    assert linux_fs_type("/home/ana/NAS/Desk", table) == "tmpfs"


class DriveTypes:
    """GetDriveTypeW's answers: DRIVE_FIXED unless told otherwise; which roots were asked."""

    def __init__(self, types: dict[str, int]) -> None:
        self.types = types
        self.asked: list[str] = []

    def __call__(self, root: str) -> int:
        self.asked.append(root)
        return self.types.get(root, 3)


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\nas\shop\Desk", True),
        (r"\\?\UNC\nas\shop\Desk", True),
        (r"M:\Desk", True),  # a mapped drive that resolve() left as a letter
        (r"\\?\M:\Desk", True),
        (r"C:\Users\ana\AppData\Local\Desk", False),
        (r"\\?\C:\Desk", False),
    ],
)
def test_windows_a_share_or_a_remote_drive_is_a_network_drive(path: str, network: bool) -> None:
    assert windows_network(PureWindowsPath(path), DriveTypes({"M:\\": DRIVE_REMOTE})) is network


def test_windows_asks_about_the_drive_not_the_folder() -> None:
    drive_type = DriveTypes({})
    windows_network(PureWindowsPath(r"D:\Shop\Desk"), drive_type)
    assert drive_type.asked == ["D:\\"]


def test_a_temporary_folder_of_this_machine_is_not_on_a_network_drive(tmp_path: Path) -> None:
    assert on_network_drive(tmp_path) is False
    assert storage_warning(tmp_path) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mountinfo is Linux's")
def test_linux_finds_the_real_mount_of_a_folder(tmp_path: Path) -> None:
    table = Path("/proc/self/mountinfo").read_text()
    assert linux_fs_type(str(tmp_path.resolve()), table) not in (None, "")


@pytest.mark.skipif(sys.platform != "darwin", reason="statfs' f_fstypename is macOS's")
def test_macos_reads_the_file_system_of_a_local_folder(tmp_path: Path) -> None:
    from desk.network_drive import _macos_fs_type

    assert _macos_fs_type(tmp_path) in {"apfs", "hfs"}


@pytest.mark.skipif(sys.platform != "win32", reason="GetDriveTypeW is Windows'")
def test_windows_asks_the_system_about_a_local_drive(tmp_path: Path) -> None:
    from desk.network_drive import _drive_type

    assert _drive_type(tmp_path.drive + "\\") == 3  # DRIVE_FIXED (under Wine, Z: is a local folder)


def test_the_warning_says_why_in_plain_words(tmp_path: Path) -> None:
    message = storage_warning(tmp_path, locks_work=False)
    assert message is not None
    assert str(tmp_path) in message
    assert "cannot lock files" in message
    assert "two computers" in message and "connection drops" in message
    assert "on this computer" in message and "back it up" in message
