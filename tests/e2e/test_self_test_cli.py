"""`desk --self-test`, the check the installer's lane runs on the installed Desk.exe: a demo claim packet made in a
temporary folder, then the folder removed; also with no standard streams, as the windowed Desk.exe has
(tests/unit/test_self_test.py: a step that fails)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_runs import desk

WINDOWED = """
import sys
sys.stdin = sys.stdout = sys.stderr = None  # as the windowed Desk.exe starts
from desk.cli import main
code = main(["--self-test"])
with open(sys.argv[1], "w", encoding="utf-8") as said:
    said.write(str(code))
"""


def _temporary(folder: Path) -> dict[str, str]:
    """Where `tempfile` makes its folders, on every platform."""
    return {"TMPDIR": str(folder), "TEMP": str(folder), "TMP": str(folder)}


def test_self_test_makes_a_demo_packet_and_leaves_nothing_behind(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    done = desk("--self-test", env=_temporary(temporary))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("self-test passed in ")
    assert "claim packet made and read back" in done.stdout and "the main window drawn" in done.stdout
    assert list(temporary.iterdir()) == []  # its folder was made there, and removed


def test_self_test_reports_json_and_runs_with_no_standard_streams(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    done = desk("self-test", "--json", env=_temporary(temporary))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["passed"] is True and report["pages"] > 0 and report["dispute"] >= 1

    said = tmp_path / "exit-code.txt"
    env = {k: v for k, v in os.environ.items() if k != "DESK_DATA"} | _temporary(temporary)
    windowed = subprocess.run(
        [sys.executable, "-c", WINDOWED, str(said)],
        capture_output=True,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert windowed.returncode == 0 and said.read_text("utf-8") == "0", windowed
    assert list(temporary.iterdir()) == []
