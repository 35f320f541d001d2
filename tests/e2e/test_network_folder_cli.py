"""`desk` on a data folder it cannot keep safe (on a network drive, or on a volume that cannot lock files) says so
in one note on stderr, and goes on. The volume without locks is made at the OS edge: the process's `fcntl.flock`
refuses as an SMB mount does, before Desk runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runs import in_process

# Runs `desk` as `python -m desk` does, after replacing the system's flock with one that refuses.
WITHOUT_LOCKS = """\
import errno, fcntl, os, sys
def refuse(fd, operation):
    raise OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))
fcntl.flock = refuse
from desk.cli import main
sys.exit(main(sys.argv[1:]))
"""

needs_flock = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has no flock to refuse, and Wine offers no network share to open"
)


def desk(*args: str, locks: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DESK_DATA"}
    start = ["-m", "desk"] if locks else ["-c", WITHOUT_LOCKS]
    return subprocess.run(
        [sys.executable, *start, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


@needs_flock
def test_a_folder_without_locks_gets_one_plain_note(data_folder: Path) -> None:
    result = desk("--data", str(data_folder), "orders", locks=False)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    note = lines[0]
    assert note.startswith(f"desk: note: The data folder {data_folder.resolve()} is on a drive that cannot lock")
    assert "damaged" in note and "on this computer" in note and "back it up" in note
    assert "Traceback" not in result.stderr


@needs_flock
def test_with_json_the_note_is_a_json_line(data_folder: Path) -> None:
    result = desk("--data", str(data_folder), "--json", "orders", locks=False)
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)  # the output itself is untouched
    (line,) = result.stderr.splitlines()
    assert "cannot lock files" in json.loads(line)["note"]["message"]


def test_a_folder_on_this_computer_gets_no_note(data_folder: Path) -> None:
    result = in_process("orders", data=data_folder)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
