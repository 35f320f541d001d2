"""`desk orders | head -1`: the reader takes one line and leaves while Desk still has far more to write than a pipe
holds. Desk stops quietly: nothing on stderr (no BrokenPipeError traceback, no "Exception ignored" at exit) and
the exit code of a command that could not finish (1). A real process and a real pipe: the point is the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_runs import in_process
from factories import order

from desk.workspace import Workspace

PIPE_BUFFER = 64 * 1024  # Linux's default pipe capacity; macOS and Windows hold less


def test_a_reader_that_leaves_after_one_line_ends_desk_quietly(workspace: Workspace, data_folder: Path) -> None:
    with workspace.write() as s:
        for n in range(20):  # 20 orders of 20 lines of some 500 characters: about 200 kB to write
            lines = tuple((f"USB-C cable {n}.{i} " + "braided nylon, 100 W, 2 m, " * 17, 1, 1250) for i in range(20))
            order(s, order_no=f"8100{n:06d}", lines=lines)
    listed = in_process("orders", data=data_folder)
    assert listed.returncode == 0 and len(listed.stdout.encode("utf-8")) > 2 * PIPE_BUFFER  # still writing, then

    env = {k: v for k, v in os.environ.items() if k != "DESK_DATA"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    desk = subprocess.Popen(
        [sys.executable, "-m", "desk", "--data", str(data_folder), "orders"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert desk.stdout is not None and desk.stderr is not None
    first = desk.stdout.readline()  # `head -1`: one line, then gone
    desk.stdout.close()
    err = desk.stderr.read().decode("utf-8", "replace")
    code = desk.wait(timeout=120)
    assert first.decode("utf-8") == listed.stdout.splitlines(keepends=True)[0]
    assert err == "", err
    assert code == 1
