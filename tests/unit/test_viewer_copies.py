"""Copies of evidence for the system's viewer (issue 14): named so that no system runs them and every system accepts
the name (device names, runnable types), marked as downloaded (Windows' Zone.Identifier stream, macOS's quarantine
attribute), under one folder, and removed a day later."""

from __future__ import annotations

import ctypes
import os
import re
import stat
import sys
import time
from pathlib import Path

import pytest

from desk.file_names import FORBIDDEN, RESERVED
from desk.viewer_copies import (
    RUNNABLE,
    ZONE_IDENTIFIER,
    copy_for_viewer,
    remove_old_copies,
    set_quarantine,
    viewer_folder,
    viewer_name,
    write_zone_identifier,
)

# The types the issue names, which a system runs, installs or follows when asked to open them.
NAMED_RUNNABLE = (
    ".exe .com .bat .cmd .scr .pif .msi .msp .lnk .url .hta .js .jse .vbs .vbe .wsf .wsh .ps1 .psm1 .cpl .reg .jar "  # noqa: SIM905
    ".appref-ms .application .gadget .inf .scf .command .app .tool .workflow .terminal .sh".split()
)
DAY = 24 * 60 * 60


def under_wine() -> bool:
    """Wine's ntdll exports `wine_get_version`; Windows' does not."""
    return sys.platform == "win32" and hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def accepted_everywhere(name: str) -> bool:
    stem = name.split(".")[0].rstrip(" ").upper()
    return (
        bool(name)
        and not FORBIDDEN.search(name)
        and stem not in RESERVED
        and name == name.rstrip(". ")
        and len(name.encode()) <= 255
    )


def test_the_types_a_system_would_run_are_all_known() -> None:
    assert set(NAMED_RUNNABLE) <= RUNNABLE


@pytest.mark.parametrize("extension", NAMED_RUNNABLE)
def test_a_runnable_type_never_reaches_the_viewer(extension: str) -> None:
    assert viewer_name(f"invoice{extension}", "application/pdf", 1) == "invoice.pdf"  # the content's type instead
    assert viewer_name(f"INVOICE{extension.upper()}", "application/octet-stream", 2) == "INVOICE.bin"


@pytest.mark.parametrize(
    ("name", "media_type", "shown"),
    [
        ("shop_logs.zip", "application/zip", "shop_logs.zip"),
        ("notes.js", "text/plain", "notes.txt"),
        ("run.js", "application/javascript", "run.bin"),  # the content's own type is one a system runs
        ("setup.com", "application/x-msdos-program", "setup.bin"),
        ("../../etc/passwd", "application/octet-stream", "passwd.bin"),
        ('A/B:C*?"<>|.pdf', "application/pdf", "B_C______.pdf"),
        ("CON.pdf", "application/pdf", "_CON.pdf"),
        ("nul", "image/png", "_nul.png"),
        ("LPT1.tar.gz", "application/gzip", "_LPT1.tar.gz"),
        ("...", "image/png", "evidence-6.png"),
        ("photo. ", "image/jpeg", "photo.jpg"),
    ],
)
def test_the_viewer_copy_gets_a_name_every_system_accepts(name: str, media_type: str, shown: str) -> None:
    made = viewer_name(name, media_type, 6)
    assert made == shown and accepted_everywhere(made)


def test_a_copy_is_read_only_in_the_one_viewer_folder(tmp_path: Path) -> None:
    source = tmp_path / "vault-file"
    source.write_bytes(b"%PDF-1.4 receipt")
    copy = copy_for_viewer(source, viewer_name("CON.pdf", "application/pdf", 1), temporary=tmp_path)
    assert copy.name == "_CON.pdf" and copy.read_bytes() == source.read_bytes()
    assert copy.parent.parent == viewer_folder(tmp_path)
    assert viewer_folder(tmp_path).name.startswith("desk-view")
    assert not copy.stat().st_mode & stat.S_IWUSR
    if os.name == "posix":  # a shared /tmp: the folder is the user's alone
        assert stat.S_IMODE(viewer_folder(tmp_path).stat().st_mode) == 0o700


def test_the_mark_of_the_web_says_the_internet_zone(tmp_path: Path) -> None:
    """What Windows reads from the Zone.Identifier stream (written here to a file of that name where, as on Linux
    and under Wine, there are no streams)."""
    copy = tmp_path / "receipt.pdf"
    copy.write_bytes(b"%PDF")
    stream = write_zone_identifier(copy)
    assert str(stream) == f"{copy}:Zone.Identifier"
    with open(f"{copy}:Zone.Identifier", "rb") as marked:
        assert marked.read() == b"[ZoneTransfer]\r\nZoneId=3\r\n" == ZONE_IDENTIFIER
    assert copy.read_bytes() == b"%PDF"


@pytest.mark.skipif(sys.platform != "win32", reason="the Mark of the Web is Windows' (an NTFS stream)")
@pytest.mark.skipif(under_wine(), reason="Wine has no NTFS alternate data streams: the stream is a separate file")
def test_a_copy_on_windows_carries_the_mark_of_the_web_as_a_stream(tmp_path: Path) -> None:
    source = tmp_path / "vault-file"
    source.write_bytes(b"%PDF-1.4 receipt")
    copy = copy_for_viewer(source, "receipt.pdf", temporary=tmp_path)
    with open(f"{copy}:Zone.Identifier", "rb") as marked:
        assert marked.read() == ZONE_IDENTIFIER
    assert os.listdir(copy.parent) == ["receipt.pdf"]  # a stream of the copy, not a file beside it


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no os.setxattr on this system (Windows, macOS)")
def test_the_quarantine_attribute_is_set_with_setxattr(tmp_path: Path) -> None:
    """macOS's attribute, under a name Linux lets a user set (the user.* namespace)."""
    copy = tmp_path / "receipt.pdf"
    copy.write_bytes(b"%PDF")
    set_quarantine(copy, "user.com.apple.quarantine")
    value = os.getxattr(copy, "user.com.apple.quarantine").decode()
    assert re.fullmatch(r"0083;[0-9a-f]{8};Desk;[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", value)
    assert abs(int(value.split(";")[1], 16) - time.time()) < 60


@pytest.mark.skipif(os.name != "posix", reason="the `xattr` command is macOS's (a shell script stands in for it)")
def test_without_setxattr_the_xattr_command_sets_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS's Python has no os.setxattr: its `xattr` command is run (a stand-in here, recording its arguments)."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    record = tmp_path / "args"
    fake = bin_folder / "xattr"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do echo "$a"; done > "{record}"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_folder))
    monkeypatch.delattr(os, "setxattr", raising=False)
    copy = tmp_path / "receipt.pdf"
    copy.write_bytes(b"%PDF")
    set_quarantine(copy)
    written, name, value, path = record.read_text().splitlines()
    assert (written, name, path) == ("-w", "com.apple.quarantine", str(copy))
    assert value.startswith("0083;") and value.split(";")[2] == "Desk"


def test_copies_older_than_a_day_are_removed_and_newer_ones_kept(tmp_path: Path) -> None:
    source = tmp_path / "vault-file"
    source.write_bytes(b"%PDF-1.4 receipt")
    old = copy_for_viewer(source, "old.pdf", temporary=tmp_path)
    new = copy_for_viewer(source, "new.pdf", temporary=tmp_path)
    yesterday = time.time() - DAY - 60
    os.utime(old.parent, (yesterday, yesterday))
    assert remove_old_copies(temporary=tmp_path) == 1
    assert not old.parent.exists()  # the read-only copy too (Windows will not delete one as it is)
    assert new.is_file()
    assert remove_old_copies(temporary=tmp_path, now=time.time() + DAY + 60) == 1
    assert list(viewer_folder(tmp_path).iterdir()) == []


@pytest.mark.skipif(sys.platform != "win32", reason="only Windows refuses to delete a file another program has open")
def test_a_copy_still_open_in_a_viewer_stays_for_the_next_time(tmp_path: Path) -> None:
    source = tmp_path / "vault-file"
    source.write_bytes(b"%PDF-1.4 receipt")
    copy = copy_for_viewer(source, "receipt.pdf", temporary=tmp_path)
    yesterday = time.time() - DAY - 60
    os.utime(copy.parent, (yesterday, yesterday))
    with copy.open("rb"):
        assert remove_old_copies(temporary=tmp_path) == 0
    assert copy.is_file()
    os.utime(copy.parent, (yesterday, yesterday))
    assert remove_old_copies(temporary=tmp_path) == 1
