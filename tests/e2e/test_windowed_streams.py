"""Desk in a windowed app, where there are no standard streams (PyInstaller's windowed build, `pythonw.exe`:
`sys.stdin`, `sys.stdout` and `sys.stderr` are None). Every command's road that prints, asks the terminal or shows
progress runs there as anywhere and ends with its exit code; a bug still reaches the log, also one nobody catches.

Each test runs a real process that drops its streams, as the windowed app has them, before it calls `desk.cli.main`;
the exit code comes back in a file, since the process has nowhere else to say it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from keyring_memory import FILE_ENV

from desk.paths import DB_NAME

TESTS = Path(__file__).resolve().parents[1]
IMPORTS = TESTS / "data" / "import"

WINDOWED = """
import json, sys
sys.stdin = sys.stdout = sys.stderr = None  # as a windowed app starts
from desk.cli import main
try:
    code = main(json.loads(sys.argv[2]))
except SystemExit as usage:  # argparse's way out
    code = usage.code
with open(sys.argv[1], "w", encoding="utf-8") as said:
    said.write(str(code))
"""


def windowed(tmp_path: Path, *args: str, script: str = WINDOWED) -> int:
    """Run `desk ARGS` with no standard streams; its exit code. The process itself must end well: an exception
    that escaped `main` would end it with 1 and no code written."""
    said = tmp_path / "exit-code.txt"
    env = {k: v for k, v in os.environ.items() if k != "DESK_DATA"}
    path = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH")]))  # the test keyring, for export
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=path,
        PYTHON_KEYRING_BACKEND="keyring_memory.FileKeyring",
        **{FILE_ENV: str(tmp_path / "keyring.json")},
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(said), json.dumps(args)],
        capture_output=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0 and said.exists(), done
    assert done.stdout == done.stderr == b""  # it had nowhere to write: nothing reached the real streams
    return int(said.read_text("utf-8"))


def _log(folder: Path) -> Path:
    return folder / "logs" / "desk.log"


def _break_an_order_date(folder: Path) -> None:
    """Data Desk never writes, as a disk fault might leave it: reading it is a bug."""
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute("UPDATE orders SET placed_on = 'garbage' WHERE id = (SELECT min(id) FROM orders)")
    db.close()


def test_a_users_error_ends_with_exit_1_and_logs_nothing(data_folder: Path, tmp_path: Path) -> None:
    assert windowed(tmp_path, "--data", str(data_folder), "dispute", "show", "999") == 1
    assert windowed(tmp_path, "--data", str(data_folder), "dispute", "show", "999", "--json") == 1
    assert windowed(tmp_path, "--data", str(data_folder), "no-such-command") == 2  # argparse's usage error
    assert not _log(data_folder).exists()


def test_a_bug_goes_to_the_log_with_exit_2(demo_folder: Path, tmp_path: Path) -> None:
    _break_an_order_date(demo_folder)
    assert windowed(tmp_path, "--data", str(demo_folder), "orders") == 2
    assert windowed(tmp_path, "--data", str(demo_folder), "orders", "--json") == 2
    text = _log(demo_folder).read_text("utf-8")
    assert text.count("bug while running `desk orders`") == 2 and "ValueError" in text and "garbage" in text


def test_verify_with_its_progress_line(demo_folder: Path, tmp_path: Path) -> None:
    assert windowed(tmp_path, "--data", str(demo_folder), "verify") == 0
    assert windowed(tmp_path, "--data", str(demo_folder), "verify", "--progress") == 0
    assert not _log(demo_folder).exists()


def test_an_import_asks_whether_to_show_progress(data_folder: Path, tmp_path: Path) -> None:
    assert windowed(tmp_path, "--data", str(data_folder), "import", str(IMPORTS / "gb18030-suppliers.csv")) == 0
    with sqlite3.connect(data_folder / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM orders").fetchone()[0] > 0
    db.close()
    assert windowed(tmp_path, "--data", str(data_folder), "import", str(IMPORTS / "bad-rows.csv")) == 1  # its report
    assert not _log(data_folder).exists()


def test_a_packet_an_export_and_an_evidence_add_with_their_progress(demo_folder: Path, tmp_path: Path) -> None:
    data = ("--data", str(demo_folder))
    packet = tmp_path / "packet.pdf"
    assert windowed(tmp_path, *data, "packet", "dispute:4", "-o", str(packet), "--today", "2026-11-23") == 0
    assert packet.read_bytes().startswith(b"%PDF")
    bundle = tmp_path / "for lawyer.zip"
    assert windowed(tmp_path, *data, "export", "-o", str(bundle), "--from", "2026-08-01") == 0
    assert bundle.stat().st_size > 0
    receipt = tmp_path / "收据.pdf"
    receipt.write_bytes(b"%PDF-1.4\n% a receipt\n")
    assert windowed(tmp_path, *data, "evidence", "add", "1", str(receipt)) == 0
    assert not _log(demo_folder).exists()


UNCAUGHT = """
import sys, threading
sys.stdin = sys.stdout = sys.stderr = None
from desk.cli import main
code = main(["--data", sys.argv[1], "verify"])  # opens the folder: its log is the one in use
with open(sys.argv[2], "w", encoding="utf-8") as said:
    said.write(str(code))

def work():
    raise RuntimeError("a worker thread's bug")

worker = threading.Thread(target=work, name="worker")
worker.start()
worker.join()
raise RuntimeError("the main thread's bug")
"""


def test_a_bug_nobody_catches_in_any_thread_reaches_the_log(data_folder: Path, tmp_path: Path) -> None:
    said = tmp_path / "exit-code.txt"
    done = subprocess.run(
        [sys.executable, "-c", UNCAUGHT, str(data_folder), str(said)],
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )
    assert said.read_text("utf-8") == "0"
    assert done.returncode == 1 and done.stdout == done.stderr == b""  # as Python ends on an uncaught exception
    text = _log(data_folder).read_text("utf-8")
    assert "bug while running the thread worker" in text and "RuntimeError: a worker thread's bug" in text
    assert "RuntimeError: the main thread's bug" in text


WINDOW = """
import json, sys
from pathlib import Path
sys.stdin = sys.stdout = sys.stderr = None
from PySide6.QtCore import QTimer
from desk.cli import main
from desk.logs import use_data_folder
from desk.ui.app import make_application

app = make_application()  # the window's start reuses it
use_data_folder(Path(sys.argv[2]))  # the folder's log from the start, as the window uses it once the folder is open

def slot():
    raise RuntimeError("a slot's bug")

QTimer.singleShot(0, slot)
code = main(["--data", sys.argv[2]])
with open(sys.argv[1], "w", encoding="utf-8") as said:
    said.write(str(code))
"""


@pytest.mark.gui
def test_the_window_without_streams_logs_a_slots_bug(data_folder: Path, tmp_path: Path) -> None:
    """The window's start-up probe prints (to nowhere here), and a slot that raises goes to the bug hook: logged."""
    said = tmp_path / "exit-code.txt"
    done = subprocess.run(
        [sys.executable, "-c", WINDOW, str(said), str(data_folder)],
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_EXIT_WHEN_SHOWN": "1"},
        timeout=180,
    )
    assert done.returncode == 0 and said.read_text("utf-8") == "0", done
    assert done.stdout == b"" and b"Traceback" not in done.stderr  # Qt's own warnings go to the process's fd 2
    assert "RuntimeError: a slot's bug" in _log(data_folder).read_text("utf-8")
