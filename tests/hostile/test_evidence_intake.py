"""Issue 20, point 5: hostile files in a folder added as evidence, and a vault the system will not write to. A file
found inside a folder that cannot be added is named with why and the rest of the folder is added (exit 1: not
everything given was added); a file the user named that cannot be added refuses the whole add; a vault that cannot
be written to is one sentence naming its folder, with nothing half added. Each hostile file is made here."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import pytest
from cli_runs import desk, in_process
from image_bombs import bomb_png
from PIL import Image
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.models import Evidence, EvidenceLink
from desk.operations.evidence import AddEvidence, add_evidence
from desk.vault import NotAFile
from desk.workspace import Workspace

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="Windows has no named pipes or sockets in its file system")
TOO_MANY_PIXELS = (
    "an image of more than 256 million pixels, too large to open safely (a small file made this way fills the "
    "memory when it is opened)"
)


def _bomb(path: Path) -> Path:
    path.write_bytes(bomb_png())
    return path


def _photo(path: Path) -> Path:
    Image.new("RGB", (40, 30), "red").save(path)
    return path


def _kept(ws: Workspace) -> tuple[list[str], list[Path]]:
    """The evidence's names, and the files in the vault (outside its empty tmp/)."""
    with ws.read() as s:
        names = sorted(s.scalars(select(Evidence.original_name)))
    return names, sorted(p for p in (ws.root / "vault").rglob("*") if p.is_file())


def test_a_decompression_bomb_is_refused_alone_and_the_rest_of_its_folder_is_added(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """It stopped the whole add with a traceback (DecompressionBombError), after the files before it were added."""
    folder = tmp_path / "parcel"
    folder.mkdir()
    _photo(folder / "box.jpg")
    bomb = _bomb(folder / "bomb.png")
    assert bomb.stat().st_size < 100_000
    (folder / "receipt.txt").write_text("paid 60.00", encoding="utf-8")

    done = in_process("evidence", "add", str(case.id), str(folder), data=workspace.root)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == f"desk: error: 1 file found in the folders given was not added: {bomb}: {TOO_MANY_PIXELS}\n"
    assert [name for name in ("box.jpg", "bomb.png", "receipt.txt") if name in done.stdout] == [
        "box.jpg",
        "receipt.txt",
    ]
    names, stored = _kept(workspace)
    assert names == ["box.jpg", "receipt.txt"] and len(stored) == 2

    named = in_process("evidence", "add", str(case.id), str(bomb), str(folder / "box.jpg"), data=workspace.root)
    assert named.returncode == 1 and named.stdout == ""
    assert named.stderr == (
        f"desk: error: nothing was added, because of a file that cannot be added: {bomb}: {TOO_MANY_PIXELS}\n"
    )
    assert _kept(workspace) == (names, stored)


def test_a_file_that_becomes_a_bomb_after_it_was_checked_is_refused_and_leaves_the_vault(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """The bytes stored are read again (the user's file may change): a bomb found there is skipped too, and its
    bytes, already in the vault, are removed."""
    folder = tmp_path / "parcel"
    folder.mkdir()
    photo = _photo(folder / "a.png")
    (folder / "b.txt").write_text("tracking LP00123456789CN", encoding="utf-8")
    swapped = []

    def progress(done: int, _total: int) -> None:
        if not swapped:  # after the check, before any byte is copied
            swapped.append(_bomb(photo))

    result = add_evidence(workspace, AddEvidence((folder,), case), progress=progress)
    assert [a.name for a in result.added] == ["b.txt"]
    assert [(p.path, p.reason) for p in result.skipped] == [(photo, TOO_MANY_PIXELS)]
    assert _kept(workspace)[0] == ["b.txt"]
    assert len(_kept(workspace)[1]) == 1  # the bomb's bytes are not left behind


@POSIX_ONLY
@pytest.mark.timeout(60)  # opening the pipe to read it would wait for ever: this ends such a test
def test_pipes_sockets_and_devices_in_a_folder_are_skipped_unopened_and_named(
    workspace: Workspace, case: CaseRef, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "parcel"
    folder.mkdir()
    (folder / "note.txt").write_text("the seller agreed", encoding="utf-8")
    pipe = folder / "pipe"
    os.mkfifo(pipe)
    monkeypatch.chdir(folder)  # a socket's path has a short limit (104 bytes on macOS): bind it by its name alone
    listening = socket.socket(socket.AF_UNIX)
    listening.bind("sock")
    device = folder / "device"
    device.symlink_to(os.devnull)
    try:
        result = add_evidence(workspace, AddEvidence((folder,), case))
    finally:
        listening.close()
    assert [a.name for a in result.added] == ["note.txt"]
    assert {p.path: p.reason for p in result.skipped} == {
        device: "not a regular file",
        pipe: "not a regular file",
        folder / "sock": "not a regular file",
    }
    assert result.not_added is not None and str(pipe) in result.not_added
    with pytest.raises(NotAFile):  # the vault itself never opens one to read, whoever asks
        workspace.vault.put_file(pipe)
    with pytest.raises(OSError) as nobody:  # no reader holds the pipe open: a writer finds none
        os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
    assert nobody.value.errno == errno.ENXIO


def test_a_file_above_the_size_limit_is_refused_by_name_and_the_rest_of_its_folder_is_added(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """The limit is the user's (`desk setting`, and Settings in the window): 2 GB unless changed."""
    changed = in_process("setting", "evidence_max_mb", "1", data=workspace.root)
    assert changed.stdout.startswith("evidence_max_mb = 1 ")
    folder = tmp_path / "parcel"
    folder.mkdir()
    big = folder / "unboxing.mp4"
    big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(1_200_000))
    (folder / "receipt.txt").write_text("paid 60.00", encoding="utf-8")

    done = in_process("evidence", "add", str(case.id), str(folder), data=workspace.root)
    assert done.returncode == 1
    assert done.stderr == (
        "desk: error: 1 file found in the folders given was not added: "
        f"{big}: 1.2 MB, above the limit of 1 MB (setting evidence_max_mb)\n"
    )
    assert _kept(workspace)[0] == ["receipt.txt"]


def _permissions_hold(tmp_path: Path) -> bool:
    """Whether this user is held to a folder's permissions (root, or a process with its powers, is not)."""
    probe = tmp_path / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        (probe / "x").touch()
    except PermissionError:
        return True
    finally:
        probe.chmod(0o755)
    return False


def _nothing_half_added(ws: Workspace, names: list[str], stored: list[Path]) -> None:
    """The evidence and the vault's files as they were, no link to a file the vault lacks, no temporary file."""
    assert _kept(ws) == (names, stored)
    with ws.read() as s:
        linked = s.scalars(select(Evidence.sha256).join(EvidenceLink)).all()
    assert all(ws.vault.has(sha256) for sha256 in linked)
    assert not list((ws.root / "vault" / "tmp").iterdir())


@pytest.mark.skipif(os.name != "posix", reason="Windows' read-only attribute does not stop a folder being written to")
def test_a_read_only_vault_is_refused_naming_its_folder_and_nothing_is_half_added(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    if not _permissions_hold(tmp_path):
        pytest.skip("root reads and writes every folder")
    _photo(tmp_path / "first.jpg")
    in_process("evidence", "add", str(case.id), str(tmp_path / "first.jpg"), data=workspace.root)
    names, stored = _kept(workspace)
    folder = tmp_path / "parcel"
    folder.mkdir()
    (folder / "a.txt").write_text("one", encoding="utf-8")
    vault = workspace.root / "vault"
    folders = [vault, *(p for p in vault.rglob("*") if p.is_dir())]
    for each in folders:
        each.chmod(0o555)
    try:
        done = in_process("evidence", "add", str(case.id), str(folder), data=workspace.root)
    finally:
        for each in folders:
            each.chmod(0o755)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"desk: error: Desk cannot store a.txt in the evidence folder {vault}: the folder is read-only, or Desk is "
        "not allowed to write there\n"
    )
    _nothing_half_added(workspace, names, stored)


def test_a_full_disk_is_refused_naming_the_folder_and_nothing_is_half_added(
    workspace: Workspace, case: CaseRef, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the second file is written: the first stays whole, the second leaves nothing."""
    folder = tmp_path / "parcel"
    folder.mkdir()
    (folder / "a.txt").write_text("fits", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"FULL" + bytes(3_000_000))
    write = os.write

    def full_disk(fd: int, data: bytes) -> int:  # the system's write, refusing the second file's bytes
        if bytes(data[:4]) == b"FULL":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    done = in_process("evidence", "add", str(case.id), str(folder), data=workspace.root)
    vault = workspace.root / "vault"
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == (
        f"desk: error: Desk cannot store b.txt in the evidence folder {vault}: the disk is full: free some space and "
        f"try again; 1 of 2 files were added to dispute {case.id} before it, the rest were not\n"
    )
    names, stored = _kept(workspace)
    assert names == ["a.txt"] and len(stored) == 1
    _nothing_half_added(workspace, names, stored)
    alone = in_process("evidence", "add", str(case.id), str(folder / "b.txt"), data=workspace.root)
    assert alone.returncode == 1 and alone.stderr.startswith("desk: error: Desk cannot store b.txt in the evidence")
    _nothing_half_added(workspace, names, stored)


def test_desk_names_what_it_skipped_and_exits_1_without_a_traceback(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """The process itself: its exit code and stderr, where a traceback used to be."""
    folder = tmp_path / "parcel"
    folder.mkdir()
    _bomb(folder / "bomb.png")
    _photo(folder / "box.jpg")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe")
    done = desk("evidence", "add", str(case.id), str(folder), data=workspace.root)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("desk: error: ")] == done.stderr.splitlines()
    assert f"{folder / 'bomb.png'}: {TOO_MANY_PIXELS}" in done.stderr
    assert "box.jpg" in done.stdout and _kept(workspace)[0] == ["box.jpg"]
