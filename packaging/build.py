"""Build Desk with PyInstaller: `python packaging/build.py` (run it with the Python of an environment that has
Desk's dependencies and PyInstaller installed). On macOS it also makes a .dmg if hdiutil is there; on Windows an
installer if Inno Setup's compiler (ISCC) is found."""

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


def find_iscc() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for variable in ("PROGRAMFILES(X86)", "PROGRAMFILES"):  # its installer does not add it to PATH
        candidate = Path(os.environ.get(variable, "")) / "Inno Setup 6" / "ISCC.exe"
        if os.environ.get(variable) and candidate.is_file():
            return str(candidate)
    return None


def make_installer(folder: Path, dist: Path, ver: str) -> None:
    command = ["iscc", f"/DAppVersion={ver}", f"/DSourceDir={folder}", f"/O{dist}", str(HERE / "desk.iss")]
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup's compiler (iscc) not found. To make an installer, install Inno Setup 6, then run:")
        print("  " + subprocess.list2cmdline(command))
        return
    run(iscc, *command[1:])
    print(f"Installer: {dist / f'Desk-{ver}-setup.exe'}")


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
