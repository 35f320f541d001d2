"""Build Desk with PyInstaller: `python packaging/build.py` (run it with the Python of an environment that has
Desk's dependencies and PyInstaller installed). On macOS it also makes a .dmg if hdiutil is there; on Windows an
installer if NSIS's compiler (makensis) is found. On Linux, tools/windows/build.py makes the Windows build and its
installer under Wine."""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def version() -> str:
    match = re.search(r'__version__ = "([^"]+)"', (ROOT / "desk" / "__init__.py").read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit("build: no __version__ in desk/__init__.py")
    return match.group(1)


def run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True)


def make_dmg(app: Path, dist: Path, work: Path, ver: str) -> None:
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        print("hdiutil not found: no .dmg made")
        return
    staging = work / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")  # drag-to-install target
    dmg = dist / f"Desk-{ver}.dmg"
    run(hdiutil, "create", "-volname", "Desk", "-srcfolder", staging, "-ov", "-format", "UDZO", dmg)
    print(f"Disk image: {dmg}")


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for variable in ("PROGRAMFILES(X86)", "PROGRAMFILES"):  # its installer does not add it to PATH
        candidate = Path(os.environ.get(variable, "")) / "NSIS" / "makensis.exe"
        if os.environ.get(variable) and candidate.is_file():
            return str(candidate)
    return None


def nsis_command(makensis: str, folder: Path, out: Path, ver: str, *, compressor: str | None = None) -> list[str]:
    """makensis on desk.nsi: the installer `out` for the app `folder`; `compressor` "zlib" is quicker than LZMA."""
    defines = [f"-DVERSION={ver}", f"-DSOURCE_DIR={folder}", f"-DOUT_FILE={out}"]
    if compressor:
        defines.append(f"-DCOMPRESSOR={compressor}")
    return [makensis, "-V2", *defines, str(HERE / "desk.nsi")]


def make_installer(folder: Path, dist: Path, ver: str) -> None:
    out = dist / f"Desk-{ver}-setup.exe"
    makensis = find_makensis()
    if makensis is None:
        print("NSIS's compiler (makensis) not found. To make an installer, install NSIS 3, then run:")
        print("  " + subprocess.list2cmdline(nsis_command("makensis", folder, out, ver)))
        return
    run(*nsis_command(makensis, folder, out, ver))
    print(f"Installer: {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes (./dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"build: PyInstaller is not installed for {sys.executable}: pip install pyinstaller", file=sys.stderr)
        return 1

    ver = version()
    spec = HERE / "desk.spec"
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", dist, "--workpath", work, spec)

    folder = dist / "Desk"
    exe = ".exe" if sys.platform == "win32" else ""
    if sys.platform == "darwin":
        app = dist / "Desk.app"
        print(f"\nDesk {ver} built: {app}  (command line: {app}/Contents/MacOS/desk-cli)")
        make_dmg(app, dist, work, ver)
    else:
        print(f"\nDesk {ver} built: {folder}")
        print(f"  app:          {folder / ('Desk' + exe)}")
        print(f"  command line: {folder / ('desk-cli' + exe)}")
        if sys.platform == "win32":
            make_installer(folder, dist, ver)
    return 0


if __name__ == "__main__":
    sys.exit(main())
