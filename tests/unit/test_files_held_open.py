"""Files another program holds open (issue 14): on Windows a file open in a viewer, a preview or an antivirus scan
cannot be replaced or deleted. Desk tries again briefly, then names the file and says what to do; evidence deleted
while its vault file is held keeps nothing silently: the file is listed, removed at the next open, and `desk verify`
lists it meanwhile.

On Linux Windows' refusal is played by a stand-in for `os.replace` / `os.unlink` (the OS edge) raising what Windows
raises; in the Windows lane a real handle holds the file open (Python's `open()` does not share deletion)."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import add_files, dispute, order

from desk import files
from desk.errors import FileInUseError, Kind, Problem, classify
from desk.evidence.cases import CaseRef
from desk.files import remove_file, replace_file
from desk.operations.checks import verify_data_folder
from desk.operations.evidence import DeleteEvidence, delete_evidence
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.reports.document import write_atomically
from desk.workspace import Workspace

WINDOWS = pytest.mark.skipif(
    sys.platform != "win32", reason="only Windows refuses to replace or delete a file another program holds open"
)
HELD_MESSAGE = (
    "{path}: Desk could not {doing} it because another program has it open; close {name} in the other program that "
    "has it open, then try again"
)


def refusing(real: Callable[..., Any], times: int, *, winerror: int | None = 32, only: Path | None = None) -> Any:
    """A stand-in for `os.replace` / `os.unlink` that refuses its first `times` calls (on `only`, if given) as
    Windows does while another program holds the file open (`winerror` 32: a sharing violation), then does it."""

    def stand_in(*args: Any) -> Any:
        if only is None or Path(args[-1]) == only:
            stand_in.calls += 1  # type: ignore[attr-defined]
            if stand_in.calls <= times:  # type: ignore[attr-defined]
                error = PermissionError(13, "The process cannot access the file", str(args[-1]))
                error.winerror = winerror  # type: ignore[attr-defined]  # what Windows sets; Linux never does
                raise error
        return real(*args)

    stand_in.calls = 0  # type: ignore[attr-defined]
    return stand_in


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up after a fifth of a second, not two: the tests wait for the whole of it."""
    monkeypatch.setattr(files, "PATIENCE", 0.2)


def test_a_replace_refused_while_the_file_is_held_open_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    stand_in = refusing(os.replace, 3)
    monkeypatch.setattr(os, "replace", stand_in)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and stand_in.calls == 4
    assert [p.name for p in tmp_path.iterdir()] == ["receipt.pdf"]  # no temporary file left beside it


def test_a_file_held_open_for_longer_is_named_with_what_to_do_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick: None
) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    stand_in = refusing(os.replace, 10**6)
    monkeypatch.setattr(os, "replace", stand_in)
    with pytest.raises(FileInUseError) as refused:
        write_atomically(target, b"new")
    message = HELD_MESSAGE.format(path=target, doing="save over", name="receipt.pdf")
    assert str(refused.value) == message
    assert classify(refused.value) == Problem(Kind.USER, message)
    assert stand_in.calls > 2  # tried again, not given up at once
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["receipt.pdf"]


def test_other_refusals_are_not_waited_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal that is not Windows' "held open" (here Linux's permission denied) is the system's, at once."""
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    stand_in = refusing(os.replace, 1, winerror=None)
    monkeypatch.setattr(os, "replace", stand_in)
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "other", target)
    assert stand_in.calls == 1


def test_a_delete_is_tried_again_and_then_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick: None) -> None:
    held = tmp_path / "packet-part-2.pdf"
    held.write_bytes(b"%PDF")
    monkeypatch.setattr(os, "unlink", refusing(os.unlink, 2, winerror=33))  # 33: a locked region, as a scanner does
    remove_file(held)
    assert not held.exists()
    remove_file(held)  # already gone: fine
    held.write_bytes(b"%PDF")
    monkeypatch.setattr(os, "unlink", refusing(os.unlink, 10**6))
    with pytest.raises(FileInUseError, match=r"could not delete it because another program has it open; close "):
        remove_file(held)
    assert held.exists()


def test_the_systems_own_sharing_violation_is_the_users_error() -> None:
    error = PermissionError(13, "The process cannot access the file", r"C:\Users\ana\receipt.pdf")
    error.winerror = 32  # type: ignore[attr-defined]
    assert classify(error) == Problem(
        Kind.USER,
        r"C:\Users\ana\receipt.pdf: another program has it open: close it there, then try again",
    )


@pytest.fixture
def voided(workspace: Workspace, tmp_path: Path) -> tuple[int, str]:
    """A piece of evidence, voided, ready to be deleted for good: (its id, its sha256)."""
    with workspace.write() as s:
        bought = order(s, order_no="8170002")
        case = dispute(s, bought.lines[0])
        s.flush()
        ref = CaseRef("dispute", case.id, f"dispute {case.id}")
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4\n% a receipt\n")
    [added] = add_files(workspace, [receipt], ref)
    void_record(workspace, VoidRecord(VoidKind.EVIDENCE, added.evidence_id, "the wrong receipt"))
    return added.evidence_id, added.sha256


LEFT_MESSAGE = (
    "receipt.pdf was deleted for good; its file could not be removed yet (another program may have it open): Desk "
    "removes it the next time it opens this data folder"
)


def test_a_deleted_records_file_held_open_is_listed_and_removed_at_the_next_open(
    workspace: Workspace, voided: tuple[int, str], monkeypatch: pytest.MonkeyPatch, quick: None
) -> None:
    evidence_id, sha256 = voided
    vault_file = workspace.vault.path_for(sha256)
    monkeypatch.setattr(os, "unlink", refusing(os.unlink, 10**6, only=vault_file))
    deleted = delete_evidence(workspace, DeleteEvidence(evidence_id))
    assert deleted.message == LEFT_MESSAGE
    assert vault_file.is_file() and workspace.vault.leftovers() == [sha256]
    assert verify_data_folder(workspace).report.unreferenced == (sha256,)  # `desk verify` lists it meanwhile
    workspace.close()
    with Workspace.open(workspace.root) as again:  # still held: it stays listed, and the folder opens
        assert vault_file.is_file() and again.vault.leftovers() == [sha256]
    monkeypatch.undo()
    with Workspace.open(workspace.root) as again:
        assert not vault_file.exists() and again.vault.leftovers() == []


def test_a_leftover_whose_bytes_were_added_again_is_kept(
    workspace: Workspace, voided: tuple[int, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick: None
) -> None:
    evidence_id, sha256 = voided
    vault_file = workspace.vault.path_for(sha256)
    with monkeypatch.context() as held:
        held.setattr(os, "unlink", refusing(os.unlink, 10**6, only=vault_file))
        delete_evidence(workspace, DeleteEvidence(evidence_id))
    again = tmp_path / "receipt again.pdf"
    again.write_bytes(vault_file.read_bytes())
    [added] = add_files(workspace, [again])
    assert added.sha256 == sha256
    workspace.close()
    with Workspace.open(workspace.root) as reopened:
        assert vault_file.is_file() and reopened.vault.leftovers() == []
        assert verify_data_folder(reopened).report.ok


@WINDOWS
def test_saving_over_a_file_open_in_another_program_waits_for_it_then_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    held = target.open("rb")  # Python's open() shares reading and writing, not deletion: as most programs
    threading.Timer(0.5, held.close).start()  # the other program lets go while Desk is trying again
    write_atomically(target, b"new")  # within the two seconds it waits
    assert target.read_bytes() == b"new"
    monkeypatch.setattr(files, "PATIENCE", 0.2)
    with target.open("rb"):
        with pytest.raises(FileInUseError) as refused:
            write_atomically(target, b"newer")
        assert str(refused.value) == HELD_MESSAGE.format(path=target, doing="save over", name="receipt.pdf")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["receipt.pdf"]


@WINDOWS
def test_deleting_a_file_open_in_another_program_names_it(tmp_path: Path, quick: None) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    with target.open("rb"), pytest.raises(FileInUseError, match=r"could not delete it"):
        remove_file(target)
    assert target.read_bytes() == b"old"


@WINDOWS
def test_evidence_deleted_while_its_file_is_open_elsewhere_loses_nothing(
    workspace: Workspace, voided: tuple[int, str], quick: None
) -> None:
    evidence_id, sha256 = voided
    vault_file = workspace.vault.path_for(sha256)
    with vault_file.open("rb"):
        deleted = delete_evidence(workspace, DeleteEvidence(evidence_id))
    assert deleted.message == LEFT_MESSAGE
    assert vault_file.is_file() and workspace.vault.leftovers() == [sha256]
    workspace.close()
    with Workspace.open(workspace.root) as again:
        assert not vault_file.exists() and again.vault.leftovers() == []
