"""Every `desk` command fails the same way: the user's error is one line and exit 1; a bug is one line naming the
log (its traceback is in the log, not on the terminal) and exit 2; with --json the error is JSON on stderr. The
common options --json and --data are accepted by every command."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import keyring.backends.null
import pytest
from cli_runs import desk, in_process
from keyring_memory import install

from desk.cli import EXIT_BUG, EXIT_USER_ERROR, build_parser, main
from desk.paths import DB_NAME


def _break_an_order_date(folder: Path) -> None:
    """Data Desk never writes, as a disk fault or another program might leave it: reading it is Desk's bug."""
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute("UPDATE orders SET placed_on = 'garbage' WHERE id = (SELECT min(id) FROM orders)")
    db.close()


def _error_json(stderr: str) -> dict[str, object]:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr  # one JSON document, on one line, and nothing else
    document = json.loads(lines[0])
    assert list(document) == ["error"]
    return dict(document["error"])


def test_a_users_error_is_one_line_and_exit_1(data_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data", str(data_folder), "dispute", "show", "999"])
    out, err = capsys.readouterr()
    assert code == EXIT_USER_ERROR == 1
    assert err == "desk: error: no dispute 999\n" and out == ""
    assert not (data_folder / "logs" / "desk.log").exists()  # the user's error is not a bug to log


def test_a_users_error_with_json_is_json_on_stderr(data_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["evidence", "delete", "999", "--json", "--data", str(data_folder)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert _error_json(err) == {"kind": "user", "message": "no evidence 999", "log": None}


def test_a_bug_is_one_line_naming_the_log_and_exit_2(
    demo_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break_an_order_date(demo_folder)
    code = main(["--data", str(demo_folder), "orders"])
    _, err = capsys.readouterr()
    log = demo_folder.resolve() / "logs" / "desk.log"
    assert code == EXIT_BUG == 2
    assert err == f"desk: error: a bug in Desk stopped this (ValueError); the details are in {log}\n"
    text = log.read_text("utf-8")
    assert "bug while running `desk orders`" in text and "Traceback (most recent call last)" in text
    assert "ValueError" in text and "garbage" in text

    code = main(["--data", str(demo_folder), "orders", "--json"])
    _, err = capsys.readouterr()
    assert code == 2
    assert _error_json(err) == {"kind": "bug", "message": "a bug in Desk stopped this (ValueError)", "log": str(log)}
    assert log.read_text("utf-8").count("Traceback") == 2


def test_a_bug_in_a_real_process_leaves_no_traceback_on_the_terminal(demo_folder: Path) -> None:
    _break_an_order_date(demo_folder)
    result = desk("orders", data=demo_folder)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("desk: error: a bug in Desk") and "desk.log" in result.stderr
    assert "Traceback" in (demo_folder / "logs" / "desk.log").read_text("utf-8")


def test_a_packet_into_a_folder_that_cannot_be_made_is_one_clear_line(demo_folder: Path) -> None:
    result = in_process("packet", "4", "-o", "/proc/nope/x.pdf", data=demo_folder)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("desk: error: ") and str(Path("/proc/nope")) in result.stderr
    assert not (demo_folder / "logs" / "desk.log").exists()


def test_a_command_without_json_output_still_gives_json_errors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(monkeypatch, keyring.backends.null.Keyring())  # a keyring that stores nothing: the user's to fix
    code = main(["keyring", "--json", "--data", str(tmp_path / "unused")])
    out, err = capsys.readouterr()
    error = _error_json(err)
    assert code == 1 and out == "" and error["kind"] == "user"
    assert str(error["message"]).startswith("No usable keyring")


def test_a_usage_error_with_json_is_json_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["due", "--today", "someday", "--json"])
    _, err = capsys.readouterr()
    assert exited.value.code == 2
    assert _error_json(err)["message"] == "desk due: argument --today: 'someday' is not a date like 2026-11-23"


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], object]:
    """Every command's parser, by its words (`("account", "show")`)."""
    found: dict[tuple[str, ...], object] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[(*path, name)] = sub
                found.update(_commands(sub, (*path, name)))
    return found


def test_every_command_takes_json_and_data_declared_once() -> None:
    commands = _commands(build_parser())
    assert len(commands) > 40 and ("account", "show") in commands and ("keyring",) in commands
    for words, sub in commands.items():
        assert isinstance(sub, argparse.ArgumentParser)
        for option in ("--json", "--data"):
            declared = [a for a in sub._actions if option in a.option_strings]
            assert len(declared) == 1, f"desk {' '.join(words)}: {option} declared {len(declared)} times"
            assert declared[0].default is argparse.SUPPRESS  # the common declaration, not the command's own


def test_json_and_data_go_before_or_after_the_command(tmp_path: Path) -> None:
    parser = build_parser()
    for words in (["--json", "due"], ["due", "--json"], ["--json", "account", "show", "x"]):
        assert parser.parse_args(words).json is True
    assert parser.parse_args(["due"]).json is False
    assert parser.parse_args(["--data", str(tmp_path), "due"]).data == str(tmp_path)
    assert parser.parse_args(["due", "--data", str(tmp_path)]).data == str(tmp_path)


def test_json_given_before_the_command_still_gives_its_output(
    demo_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(demo_folder), "--json", "due", "--today", "2026-11-23"]) == 0
    out, _ = capsys.readouterr()
    deadlines = json.loads(out)
    assert isinstance(deadlines, list) and deadlines and {"case", "due", "state"} <= set(deadlines[0])
