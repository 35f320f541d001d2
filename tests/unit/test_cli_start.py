"""What `desk` imports before it knows the command: the parser of every command, and nothing heavy. Each `desk`
process a script (or the e2e suite) starts pays for what is imported here; the database layer alone took a second
of `desk --version`'s 1.2 s before it was kept out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = {"sqlalchemy", "alembic", "babel", "holidays", "PySide6", "reportlab", "PIL", "pypdf", "keyring", "openpyxl"}


def fresh_python(code: str) -> str:
    """What a fresh Python printed running `code`."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def imported_by(code: str) -> set[str]:
    """The top-level packages a fresh Python has imported once `code` has run."""
    probe = f"{code}\nimport json, sys; print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    return set(json.loads(fresh_python(probe).splitlines()[-1]))


def test_building_every_commands_parser_imports_nothing_heavy() -> None:
    imported = imported_by("from desk.cli import build_parser; build_parser().format_help()")
    assert "desk" in imported  # the probe saw the import it made
    assert imported & HEAVY == set()


def test_a_command_imports_what_it_needs_not_the_window_or_documents(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    imported = imported_by(f"from desk.cli import main; main(['--data', {str(folder)!r}, 'due'])")
    assert "sqlalchemy" in imported  # `desk due` reads the database
    assert imported & {"PySide6", "reportlab", "PIL", "pypdf", "openpyxl", "keyring"} == set()


def test_a_command_runs_with_the_collector_on_and_start_up_set_aside(tmp_path: Path) -> None:
    """The cyclic collector is paused while `desk` starts (its classes and models would only be walked again and
    again) and back on for the command's work, which may make millions of objects (an import, a packet)."""
    folder = tmp_path / "data"
    code = (
        f"import gc, sys; sys.argv = ['desk', '--data', {str(folder)!r}, 'due']; from desk.cli import main; "
        "code = main(); print(code, gc.isenabled(), gc.get_freeze_count() > 10_000)"
    )
    out = fresh_python(code)
    assert out.split()[-3:] == ["0", "True", "True"]


def test_a_command_run_by_a_caller_leaves_the_callers_objects_collectable(tmp_path: Path) -> None:
    """A test runs set-up commands in its own process (tests/cli_runs.py): what it made stays collectable."""
    folder = tmp_path / "data"
    code = (
        f"import gc; from desk.cli import main; code = main(['--data', {str(folder)!r}, 'due']); "
        "print(code, gc.isenabled(), gc.get_freeze_count())"
    )
    out = fresh_python(code)
    assert out.split()[-3:] == ["0", "True", "0"]


def test_a_usage_error_leaves_the_collector_as_it_found_it() -> None:
    """A caller that runs `desk` in its own process (a test, the self-test) gets its collector back whatever
    happened, a refused command line included."""
    code = (
        "import gc, contextlib, io; from desk.cli import main\n"
        "with contextlib.redirect_stderr(io.StringIO()):\n"
        "    try:\n"
        "        main(['--no-such-option'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(gc.isenabled())"
    )
    out = fresh_python(code)
    assert out.split()[-1] == "True"
