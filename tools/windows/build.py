"""Desk's Windows installer, made and tried on Linux: the PyInstaller build under Wine, the installer by Debian's
makensis, installed silently into the Wine prefix, the installed Desk.exe's self-test, and the uninstall.

    uv run python tools/windows/build.py           # everything, the installer as released (LZMA)
    uv run python tools/windows/build.py --quick   # the installer compressed with zlib: bigger, made much faster

Each step prints how long it took; the last line is the summary (`installed size NNN MB`). The work goes under the
lane's folder (`DESK_WINE_ROOT`, default ~/.cache/desk-wine), in `build/`, never into the checkout:
`build/dist/Desk/` (the app) and `build/Desk-<version>-setup.exe`.

1. build: `pyinstaller packaging/desk.spec` by the lane's Windows Python; PyInstaller is in the lock's `build` group,
   so `lane.py setup` installed its Windows wheel, which carries the Windows bootloader. The embeddable CPython keeps
   its standard library in python311.zip, and PyInstaller collects from it as it is: nothing to unpack.
2. installer: `makensis packaging/desk.nsi`, natively.
3. install: `Desk-<version>-setup.exe /S`, as the prefix's user: into %LOCALAPPDATA%\\Programs\\Desk. The Start menu
   entry and the registry keys are checked and printed (`wine reg query`), and `desk-cli.exe --version` must print.
4. self-test: the installed (windowed) `Desk.exe --self-test`: its exit code is the result.
5. open with: the command the installer registered for Open with › Desk, on a .zip that is not a bundle: exit 1
   (not intact), not 2 (a bug).
6. uninstall: `uninstall.exe /S`; the program folder, the Start menu entry and the registry keys are gone, and the
   data folder, made before by the installed `desk-cli.exe verify`, is still there.

Wine 8 lacks two DLLs every Windows 10 has (bcryptprimitives.dll, icuuc.dll): the lane's stand-ins for them are
put into the prefix's system32, where Windows has its own, and never into the app."""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from lane import PROJECT, ROOT, setup, start_prefix, wine_env, wine_path

WORK = ROOT / "build"
PREFIX = ROOT / "prefix"
WINDOWS_OWN = ("bcryptprimitives.dll", "icuuc.dll")
PROGID_KEY = r"HKCU\Software\Classes\Desk.Bundle"
OPEN_WITH_KEY = r"HKCU\Software\Classes\.zip\OpenWithProgids"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Desk"
OPEN_COMMAND_KEY = PROGID_KEY + r"\shell\open\command"
MB = 1_000_000


def packaging_build() -> ModuleType:
    """packaging/build.py, for the version and the makensis command it shares with a build on Windows."""
    spec = importlib.util.spec_from_file_location("packaging_build", PROJECT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wine(*args: str | Path, check: bool = True, env: dict[str, str] | None = None) -> tuple[int, str]:
    """A Windows program under Wine: its exit code and output. Wine wants pipes for the standard handles (lane.py)."""
    command = ["wine", *(str(a) for a in args)]
    done = subprocess.run(
        command,
        env={**wine_env(), **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        timeout=900,
    )
    if check and done.returncode != 0:
        sys.exit(f"build: `{' '.join(command)}` exited {done.returncode}:\n{done.stdout}")
    return done.returncode, done.stdout


def user_folder() -> Path:
    return PREFIX / "drive_c" / "users" / getpass.getuser()


def installed() -> Path:
    return user_folder() / "AppData" / "Local" / "Programs" / "Desk"


def start_menu_entry() -> Path:
    return user_folder() / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Desk.lnk"


def windows_child(folder: Path, name: str) -> Path:
    """`folder/name` as Windows finds it, whatever the case of the name on the Linux disk below Wine."""
    found = [child for child in folder.iterdir() if child.name.lower() == name.lower()] if folder.is_dir() else []
    return found[0] if found else folder / name


def folder_size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file()]
    return sum(path.stat().st_size for path in files), len(files)


@contextmanager
def step(name: str, times: dict[str, float]) -> Iterator[None]:
    print(f"build: {name}…", flush=True)
    started = time.monotonic()
    yield
    times[name] = time.monotonic() - started
    print(f"build: {name} took {times[name]:.0f} s", flush=True)


def build_app() -> Path:
    """PyInstaller under Wine. Its warnings that Windows' own api-ms-win-* DLLs (the Universal CRT, part of Windows
    10) cannot be found in Wine are counted, not printed: there are hundreds."""
    command = ["wine", str(ROOT / "cp311" / "python.exe"), "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", wine_path(WORK / "dist"), "--workpath",
               wine_path(WORK / "pyinstaller"), wine_path(PROJECT / "packaging" / "desk.spec")]  # fmt: skip
    api_sets = 0
    with subprocess.Popen(command, cwd=PROJECT, env=wine_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors="replace") as process:  # fmt: skip
        assert process.stdout is not None
        for line in process.stdout:
            if "could not resolve 'api-ms-win-" in line:
                api_sets += 1
            else:
                print(line, end="", flush=True)
        code = process.wait()
    print(f"build: ({api_sets} warnings about api-ms-win-* DLLs left out: Windows has them)", flush=True)
    app = WORK / "dist" / "Desk"
    if code != 0 or not (app / "Desk.exe").is_file():
        sys.exit(f"build: PyInstaller exited {code}")
    return app


def make_installer(app: Path, version: str, quick: bool) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("build: `makensis` is missing (Debian: apt-get install nsis)")
    out = WORK / f"Desk-{version}-setup.exe"
    command = packaging_build().nsis_command(makensis, app, out, version, compressor="zlib" if quick else None)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return out


def windows_own_dlls() -> None:
    system32 = PREFIX / "drive_c" / "windows" / "system32"
    for name in WINDOWS_OWN:
        shutil.copy2(ROOT / "cp311" / name, system32 / name)


def uninstall(check: bool = True) -> None:
    """The uninstaller copies itself to %TEMP% and returns at once: wait for the folder to go."""
    uninstaller = installed() / "uninstall.exe"
    if not uninstaller.exists():
        return
    wine(uninstaller, "/S", check=check)
    deadline = time.monotonic() + 120
    while installed().exists() and time.monotonic() < deadline:
        time.sleep(1)


def registry(key: str) -> str | None:
    """`reg query KEY /s` as it prints it; None when the key is not there."""
    code, text = wine("reg", "query", key, "/s", check=False)
    return text.strip() if code == 0 else None


def check_install(version: str) -> list[str]:
    """What a user gets from the installer: the files, the Start menu entry, the keys, both executables working."""
    problems = [f"{path} is missing" for path in (installed() / "Desk.exe", start_menu_entry()) if not path.exists()]
    for key in (PROGID_KEY, OPEN_WITH_KEY, UNINSTALL_KEY):
        found = registry(key)
        print(f"build: {key}\n  " + (found or "(missing)").replace("\n", "\n  "), flush=True)
        if found is None:
            problems.append(f"the registry key {key} is missing")
    _, printed = wine(installed() / "desk-cli.exe", "--version")
    if printed.strip() != f"desk {version}":
        problems.append(f"desk-cli.exe --version printed {printed.strip()!r}")
    return problems


def check_open_with() -> list[str]:
    """Open with › Desk on a .zip that is not a bundle, by the command the installer registered: Desk checks it in
    its window (closed by itself once it has answered) and says it is not intact (exit 1), without a bug (2)."""
    found = registry(OPEN_COMMAND_KEY) or ""
    command = found.partition("REG_SZ")[2].strip()
    if "%1" not in command:
        return [f"no open command with %1 in {OPEN_COMMAND_KEY}: {found!r}"]
    not_a_bundle = WORK / "not-a-bundle.zip"
    with zipfile.ZipFile(not_a_bundle, "w") as made:
        made.writestr("notes.txt", "not made by desk export")
    program, _, rest = command.removeprefix('"').partition('" ')
    arguments = [part.strip('"').replace("%1", wine_path(not_a_bundle)) for part in rest.split()]
    code, said = wine(program, *arguments, check=False, env={"DESK_EXIT_WHEN_SHOWN": "1"})
    return [] if code == 1 else [f"Open with › Desk on a .zip that is not a bundle exited {code}: {said.strip()}"]


def check_uninstall(data: Path) -> list[str]:
    problems = [f"{path} is still there" for path in (installed(), start_menu_entry()) if path.exists()]
    problems += [f"the registry key {key} is still there" for key in (PROGID_KEY, UNINSTALL_KEY) if registry(key)]
    if "Desk.Bundle" in (registry(OPEN_WITH_KEY) or ""):
        problems.append("Desk is still offered in Open with for .zip files")
    if not (data / "desk.sqlite3").is_file():
        problems.append(f"the data folder {data} is gone")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="compress the installer with zlib, not LZMA")
    args = parser.parse_args(argv)
    times: dict[str, float] = {}
    version = packaging_build().version()
    with step("lane setup", times):
        setup()
        start_prefix()
        windows_own_dlls()
    with step("build", times):
        app = build_app()
    app_size, app_files = folder_size(app)
    print(f"build: the app: {app_size / MB:.0f} MB in {app_files:,} files", flush=True)
    with step("installer", times):
        installer = make_installer(app, version, args.quick)
    print(f"build: {installer}: {installer.stat().st_size / MB:.0f} MB", flush=True)

    uninstall(check=False)  # what an earlier run that stopped half-way left
    with step("install", times):
        wine(installer, "/S")
    size, files = folder_size(installed())
    problems = check_install(version)
    with step("self-test", times):
        code, said = wine(installed() / "Desk.exe", "--self-test", check=False)
    print(said.rstrip() or "(Desk.exe printed nothing)", flush=True)
    if code != 0:
        problems.append(f"Desk.exe --self-test exited {code}")
    with step("open with", times):
        problems += check_open_with()

    data = windows_child(user_folder() / "AppData" / "Local", "Desk")  # Desk's default data folder (desk.paths)
    wine(installed() / "desk-cli.exe", "verify", check=False)  # opens, so makes, the default data folder
    with step("uninstall", times):
        uninstall()
    problems += check_uninstall(data)

    print("build: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in times.items()))
    for problem in problems:
        print(f"build: FAILED: {problem}", file=sys.stderr)
    print(
        f"build: installer {installer.stat().st_size / MB:.0f} MB, installed size {size / MB:.0f} MB "
        f"({files:,} files; goal ≤ 150 MB), self-test {'passed' if code == 0 else 'FAILED'}; "
        + ("all checks passed" if not problems else f"{len(problems)} checks FAILED"),
        flush=True,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
