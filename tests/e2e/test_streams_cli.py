"""`desk` into a pipe or a file gives UTF-8, whatever the system's code page: on Windows a pipe or a file gets the
ANSI code page (cp1252 here), which has no Chinese or Cyrillic, and `desk orders --json | …` used to stop halfway
through its document with UnicodeEncodeError. On Linux the test gives the process that code page with
PYTHONIOENCODING; on Windows it is the default (the Windows lane)."""

from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest
from cli_runs import in_process

SUPPLIER = "深圳市华强北电子有限公司"  # in the demo folder
PRODUCT = "Чехол-книжка для Xiaomi Redmi Note 13, чёрный"


def desk(
    *args: str, data: Path, stdout: int | IO[bytes] = subprocess.PIPE, input: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`desk ARGS` with the code page Windows gives pipes and files; its output as bytes, undecoded."""
    env = {k: v for k, v in os.environ.items() if k not in ("DESK_DATA", "PYTHONIOENCODING", "PYTHONUTF8")}
    if sys.platform != "win32":
        env["PYTHONIOENCODING"] = "cp1252"
    return subprocess.run(
        [sys.executable, "-m", "desk", "--data", str(data), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        input=input,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


@pytest.mark.skipif(sys.platform != "win32", reason="the ANSI code page is Windows' default for pipes and files")
def test_the_windows_default_for_pipes_is_a_code_page_without_chinese() -> None:
    """What the other tests stand on in the Windows lane: without Desk's fix, its pipes would be cp1252."""
    assert locale.getpreferredencoding(False).lower() == "cp1252"


def test_json_into_a_pipe_is_whole_utf8(demo_folder: Path) -> None:
    done = desk("orders", "--json", data=demo_folder)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    orders = json.loads(done.stdout.decode("utf-8"))
    text = json.dumps(orders, ensure_ascii=False)
    assert len(orders) == 40 and SUPPLIER in text and PRODUCT in text


def test_plain_lines_into_a_pipe_are_utf8(demo_folder: Path) -> None:
    done = desk("orders", data=demo_folder)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")
    assert SUPPLIER in text and PRODUCT in text


def test_output_redirected_to_a_file_is_utf8(demo_folder: Path, tmp_path: Path) -> None:
    for args, name in ((("orders",), "orders.txt"), (("orders", "--json"), "orders.json")):
        path = tmp_path / name
        with path.open("wb") as file:
            done = desk(*args, data=demo_folder, stdout=file)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        text = path.read_bytes().decode("utf-8")
        assert SUPPLIER in text and PRODUCT in text
    assert len(json.loads((tmp_path / "orders.json").read_bytes().decode("utf-8"))) == 40


def test_an_error_naming_chinese_and_cyrillic_text_is_utf8_on_stderr(demo_folder: Path, tmp_path: Path) -> None:
    missing = tmp_path / "收据 квитанция.pdf"
    plain = desk("evidence", "add", "1", str(missing), data=demo_folder)
    assert plain.returncode == 1
    [line] = plain.stderr.decode("utf-8").splitlines()
    assert line.startswith("desk: error: ") and line.endswith(f"{missing}: no such file or folder")
    as_json = desk("evidence", "add", "1", str(missing), "--json", data=demo_folder)
    assert as_json.returncode == 1
    error = json.loads(as_json.stderr.decode("utf-8"))["error"]
    assert error["message"].endswith(f"{missing}: no such file or folder")


def test_text_piped_in_is_read_as_utf8(demo_folder: Path) -> None:
    statement = "Поставщик прислал не тот товар. 供应商发错了货。"
    saved = desk("dispute", "statement", "1", data=demo_folder, input=statement.encode("utf-8"))
    assert saved.returncode == 0, saved.stderr.decode("utf-8", "replace")
    shown = json.loads(in_process("dispute", "show", "1", "--json", data=demo_folder).stdout)
    assert shown["statement"] == statement


def test_a_reader_that_left_early_ends_the_command_quietly(demo_folder: Path) -> None:
    """`desk orders | head`: the reader is gone before Desk writes; no error, no traceback (on Windows such a write
    fails with EINVAL, not EPIPE, and was reported as a bug)."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = desk("orders", "--json", data=demo_folder, stdout=write)
    finally:
        os.close(write)
    assert done.returncode == 1 and done.stderr == b""
