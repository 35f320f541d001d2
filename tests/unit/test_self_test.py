"""`desk self-test` when a step fails: one line naming the step and why, exit 1, its folder removed all the same
(tests/e2e/test_self_test_cli.py runs it whole)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.commands.self_test import run_self_test


def test_a_failed_step_is_named_in_one_line_and_the_folder_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "self-test"
    folder.mkdir()
    (folder / "data").write_text("a file where the data folder goes")
    assert run_self_test(folder) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        f"desk: error: self-test failed while opening a new data folder: {folder.resolve() / 'data'} is a file, "
        "not a data folder\n"
    )
    assert not folder.exists()
