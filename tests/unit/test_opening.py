"""Opening a data folder for a front end (desk/opening.py, desk.db.open_database): each step is told as it begins,
the backup before an upgrade in bytes; a cancel is heard until the backup is done and leaves the folder as it was;
one that comes too late says the folder was upgraded; what the user should know comes back as notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from old_folders import old_folder, schema_version

from desk import db
from desk.common import BACKING_UP, CHECKING, OPENING, UPGRADING, OperationCancelled
from desk.opening import open_folder


def test_an_old_folder_tells_each_step_and_the_bytes_backed_up(tmp_path: Path) -> None:
    folder = old_folder(tmp_path)
    size = (folder / "desk.sqlite3").stat().st_size
    heard: list[tuple[str, int, int]] = []

    opened = open_folder(folder, progress=lambda *report: heard.append(report))
    opened.workspace.close()

    steps = [step for step, _, _ in heard]
    assert steps[:2] == [CHECKING, BACKING_UP] and steps[-2:] == [UPGRADING, OPENING]
    assert set(steps[1:-2]) == {BACKING_UP}
    assert heard[-3] == (BACKING_UP, size, size)  # the whole file, in bytes
    (backup,) = (folder / "backups").glob("*.sqlite3")
    assert opened.notes == (
        f"The data folder was upgraded for this version of Desk; the copy from before is {backup}.",
    )


def test_a_folder_up_to_date_is_checked_and_opened_with_nothing_to_note(data_folder: Path) -> None:
    heard: list[str] = []
    opened = open_folder(data_folder, progress=lambda step, done, total: heard.append(step))
    opened.workspace.close()
    assert heard == [CHECKING, OPENING] and opened.notes == ()


def test_a_cancel_during_the_backup_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = old_folder(tmp_path)
    monkeypatch.setattr(db, "BACKUP_STEP_PAGES", 8)  # many reports from a small file
    copied: list[int] = []

    def progress(step: str, done: int, total: int) -> None:
        if step == BACKING_UP and done:
            copied.append(done)

    with pytest.raises(OperationCancelled) as stopped:
        open_folder(folder, progress=progress, cancelled=lambda: len(copied) >= 2)

    assert str(stopped.value) == f"{folder.resolve()} was not opened; nothing in it was changed"
    assert copied[0] < copied[1] < (folder / "desk.sqlite3").stat().st_size  # stopped partway
    assert list((folder / "backups").iterdir()) == []  # the unfinished copy is gone
    assert schema_version(folder) == "0001"


def test_a_cancel_that_comes_once_the_upgrade_has_begun_says_the_folder_was_upgraded(tmp_path: Path) -> None:
    folder = old_folder(tmp_path)
    heard: list[str] = []

    with pytest.raises(OperationCancelled) as stopped:
        open_folder(folder, progress=lambda step, done, total: heard.append(step), cancelled=lambda: UPGRADING in heard)

    (backup,) = (folder / "backups").glob("*.sqlite3")
    assert str(stopped.value) == (
        f"{folder.resolve()} was not opened, but its database had already been upgraded for this version of Desk "
        f"(the copy from before is {backup})"
    )
    assert schema_version(folder) != "0001" and heard[-1] == OPENING
