"""desk.standard_streams: a pipe or a file in a code page becomes UTF-8, a terminal keeps its encoding, a missing
stream (a windowed app's) becomes the null device; desk.logs.log_uncaught logs a bug nobody caught, once."""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path

import pytest

from desk import logs, standard_streams
from desk.logs import log_uncaught, use_data_folder

TEXT = "深圳市华强北 Чехол-книжка"


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def _stream(raw: io.BytesIO, encoding: str = "cp1252") -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="\n")  # "\r\n" is not the point here


def test_pipes_and_files_in_a_code_page_become_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out, err, into = _stream(out_bytes), _stream(err_bytes), _stream(io.BytesIO(TEXT.encode("utf-8")))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdin", into)
    standard_streams.prepare()
    assert (out.encoding, out.errors) == ("utf-8", "surrogateescape")
    assert (err.encoding, err.errors) == ("utf-8", "backslashreplace")
    assert (into.encoding, into.errors) == ("utf-8", "surrogateescape")
    print(TEXT)
    print(TEXT, "\udc80", file=sys.stderr)  # a lone surrogate, as a file name may hold: shown, not a crash
    sys.stdout.flush()
    sys.stderr.flush()
    assert out_bytes.getvalue().decode("utf-8") == TEXT + "\n"
    assert err_bytes.getvalue().decode("utf-8") == TEXT + " \\udc80\n"
    assert sys.stdin.read() == TEXT


def test_a_terminal_keeps_its_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _stream(_Terminal(), "koi8-r")
    monkeypatch.setattr(sys, "stdout", terminal)
    standard_streams.prepare()
    assert sys.stdout is terminal and terminal.encoding == "koi8-r"


def test_a_windowed_apps_missing_streams_become_the_null_device(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, None)
    standard_streams.prepare()
    try:
        assert not sys.stderr.isatty() and not sys.stdout.isatty()
        assert sys.stdout.write(TEXT) == len(TEXT) and sys.stderr.write(TEXT) == len(TEXT)
        assert sys.stdin.read() == ""
    finally:
        for stream in (sys.stdin, sys.stdout, sys.stderr):
            stream.close()


def test_an_uncaught_bug_is_logged_once_then_handed_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    handed_on: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: handed_on.append(exc))
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    monkeypatch.setattr(logs, "_next_hook", logs._next_hook)
    monkeypatch.setattr(logs, "_next_thread_hook", logs._next_thread_hook)
    use_data_folder(tmp_path)
    log_uncaught()
    log_uncaught()  # desk.cli.main may run more than once in a process: still one hook
    try:
        raise RuntimeError("nobody caught me")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        bug = exc
    assert handed_on == [bug]
    text = (tmp_path / "logs" / "desk.log").read_text("utf-8")
    assert text.count("RuntimeError: nobody caught me") == 1
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)  # Ctrl+C: handed on, not logged
    assert len(handed_on) == 2 and "KeyboardInterrupt" not in (tmp_path / "logs" / "desk.log").read_text("utf-8")
