"""Checks every test of a produced PDF makes: qpdf finds no damage, pypdf reads the text back, and the pages are
rendered to PNG under tests/artifacts/ for people to look at (DESIGN.md, "Tests")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

ARTIFACTS = Path(__file__).parent / "artifacts"


def qpdf_check(path: Path) -> None:
    """Fails the test when qpdf finds the file damaged or malformed (it exits 0 only for a clean file)."""
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, f"qpdf --check {path.name}: {result.stdout[-2000:]}{result.stderr[-2000:]}"


def text_of(path: Path) -> str:
    """All text pypdf extracts, page after page."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def render(path: Path, name: str, first: int = 1, last: int | None = None, dpi: int = 60) -> list[Path]:
    """Render pages `first`..`last` to tests/artifacts/NAME-N.png with pdftoppm and return the PNGs."""
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    command = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    subprocess.run([*command, str(path), str(ARTIFACTS / name)], check=True, capture_output=True)
    pngs = sorted(ARTIFACTS.glob(f"{name}-*.png"))
    assert pngs, f"pdftoppm rendered no page of {path.name}"
    return pngs


def tools_present() -> bool:
    return shutil.which("qpdf") is not None and shutil.which("pdftoppm") is not None
