"""The `desk` command as a user runs it: a real process on a temporary data folder (a step that only sets up or
reads back runs in-process: tests/cli_runs.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runs import desk, in_process

from desk import __version__


def test_version() -> None:
    result = desk("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"desk {__version__}"


def test_demo_fills_an_empty_folder_once(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    made = in_process("demo", "--today", "2026-11-23", data=folder)
    assert made.returncode == 0, made.stderr
    assert "40 orders" in made.stdout and "8 disputes" in made.stdout
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        orders = db.execute("SELECT count(*) FROM orders").fetchone()[0]
        audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    db.close()
    assert orders == 40 and audit > 0

    again = desk("demo", data=folder)
    assert again.returncode == 1
    assert again.stderr.strip() == f"desk: error: {folder} already holds data; the demo only fills an empty folder"
    assert "Traceback" not in again.stderr
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
    db.close()


def test_the_data_folder_comes_from_the_environment_when_not_given(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = desk("verify", env={"DESK_DATA": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "desk.sqlite3").is_file() and (folder / "vault").is_dir()
    # --data after the command works too, and wins over the environment.
    other = tmp_path / "explicit"
    result = subprocess.run(
        [sys.executable, "-m", "desk", "verify", "--data", str(other)],
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_DATA": str(folder)},
        timeout=120,
    )
    assert result.returncode == 0 and "0 entries" in result.stdout
    assert (other / "desk.sqlite3").is_file()


def test_verify_passes_then_names_the_first_altered_entry(demo_folder: Path) -> None:
    folder = demo_folder
    ok = in_process("verify", data=folder)
    assert ok.returncode == 0, ok.stderr
    assert "chain intact" in ok.stdout
    ok_json = in_process("verify", "--json", data=folder)
    assert ok_json.returncode == 0 and ok_json.stderr == ""
    assert json.loads(ok_json.stdout)["ok"] is True and json.loads(ok_json.stdout)["audit_entries"] > 0

    with sqlite3.connect(folder / "desk.sqlite3") as db:
        db.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 42")
        db.execute("UPDATE audit_log SET changes = '{}' WHERE id = 17")
    db.close()
    broken = desk("verify", data=folder)
    assert broken.returncode == 1
    lines = broken.stderr.splitlines()
    assert lines[0] == "Audit log broken at entry 17: its content does not match its hash (the entry was altered)"
    assert lines[1] == "(1 more problem after it)"
    assert "Traceback" not in broken.stderr
    as_json = in_process("verify", "--json", data=folder)
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["ok"] is False and [b["entry"] for b in report["audit_breaks"]] == [17, 42]
    assert json.loads(as_json.stderr)["error"] == {
        "kind": "user", "message": f"{folder} is not intact: 2 problems", "log": None
    }


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("page", ["dashboard", "orders", "evidence"])
def test_screenshot_renders_a_page_at_the_asked_size(tmp_path: Path, demo_folder: Path, page: str) -> None:
    folder = demo_folder
    target = tmp_path / "shots" / f"{page}.png"
    result = desk("screenshot", "--page", page, "--size", "1024x700", "-o", str(target), data=folder)
    assert result.returncode == 0, result.stderr
    assert _png_size(target) == (1024, 700)
    assert target.stat().st_size > 10_000  # a rendered window, not a blank image


def test_screenshot_refuses_an_unknown_page_and_a_bad_size(tmp_path: Path) -> None:
    bad_page = in_process("screenshot", "--page", "nowhere", "-o", str(tmp_path / "x.png"), data=tmp_path / "d")
    assert bad_page.returncode == 1
    assert "unknown page 'nowhere'" in bad_page.stderr and "Traceback" not in bad_page.stderr
    bad_size = desk("screenshot", "--size", "big", "-o", str(tmp_path / "x.png"), data=tmp_path / "d")
    assert bad_size.returncode == 2 and "is not a size like 1280x800" in bad_size.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_folder_from_a_newer_desk_is_refused_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    assert in_process("verify", data=folder).returncode == 0
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '0999'")
    db.close()
    before = (folder / "desk.sqlite3").read_bytes()
    result = desk("verify", data=folder)
    assert result.returncode == 1
    assert "written by a newer Desk (schema 0999)" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "desk.sqlite3").read_bytes() == before


def test_a_data_path_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    file = tmp_path / "not-a-folder"
    file.write_text("x")
    result = in_process("verify", data=file)
    assert result.returncode == 1 and "is a file, not a data folder" in result.stderr


def test_desk_without_a_command_opens_the_window_on_the_folder(tmp_path: Path, demo_folder: Path) -> None:
    folder = demo_folder
    home = tmp_path / "home"
    result = desk(data=folder, env={"DESK_EXIT_WHEN_SHOWN": "1", "HOME": str(home), "XDG_CONFIG_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["shown", "ready"]  # the frame first, then the page with its rows
