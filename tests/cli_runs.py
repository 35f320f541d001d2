"""Running the `desk` command in a test, two ways with one result (exit code, stdout, stderr):

- `desk(...)`: a real process, as a user or a script runs it: what the e2e suite is about (the entry point, output
  into a pipe in UTF-8 on every system, exit codes, a folder left as it was after a refusal).
- `in_process(...)`: the same command line through `desk.cli.main` in the test's own process: the same parser,
  handlers, checks and messages, without starting Python again. A test whose subject is what the commands decide
  (the rules of a withdrawal, a deposit, a deadline) runs them this way, and each such file still runs a few of
  its commands as processes. A `desk` process costs 1.3 s to start here and about 3 s under Wine in the Windows
  lane, where starting them was most of the e2e suite's time.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from desk.cli import main

Done = subprocess.CompletedProcess[str]
Runner = Callable[..., Done]  # desk or in_process


def desk(*args: str, data: Path | None = None, env: dict[str, str] | None = None, input: str | None = None) -> Done:
    """`desk ARGS` in a process of its own, its output read as UTF-8 (what it writes into a pipe everywhere)."""
    inherited = {k: v for k, v in os.environ.items() if k != "DESK_DATA"}  # never the developer's own folder
    full_env = {**inherited, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desk", *_data(data), *args],
        capture_output=True,
        encoding="utf-8",
        env=full_env,
        timeout=120,
        input=input,
    )


def in_process(*args: str, data: Path, input: str | None = None) -> Done:
    """`desk ARGS` through `desk.cli.main` in this process, with `input` as its stdin."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(input):
        try:
            code = main([*_data(data), *args])
        except SystemExit as exit:  # argparse refusing the command line
            code = exit.code if isinstance(exit.code, int) else 2
    return Done(["desk", *args], code, out.getvalue(), err.getvalue())


def _data(folder: Path | None) -> list[str]:
    return [] if folder is None else ["--data", str(folder)]


@contextlib.contextmanager
def _stdin(text: str | None) -> Iterator[None]:
    if text is None:
        yield
        return
    saved, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = saved
