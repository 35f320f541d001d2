"""The leak scan, part 2 (issue 12, plain words): the CLI's read commands without --json and every PDF the demo
can make (claim packet, deposit packet, a letter, the lawyer's bundle summary) read back with pypdf, checked for
internal words as tests/ui/test_plain_words.py checks the window (tests/leaks.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desk.cli import main
from tests.leaks import Leak, leaks
from tests.pdfcheck import text_of

TODAY = "2026-11-23"


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["--data", str(data), *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out + out.err


def scanned(where: str, text: str) -> list[Leak]:
    return [leak for line in text.splitlines() for leak in leaks(where, line)]


READS = (
    ("due", "--today", TODAY),
    ("dispute", "show", "1"),
    ("dispute", "show", "5"),
    ("dispute", "show", "6"),
    ("refund", "show", "1"),
    ("refund", "show", "2"),
    ("policy", "list"),
    ("evidence", "list"),
    ("account", "show", "reseller_eu_01", "--today", TODAY),
    ("deposit", "show", "1"),
    ("deposit", "check", "1"),
    ("letter", "1", "--today", TODAY),
    ("orders",),
    ("packet", "--destinations"),
    ("verify",),
    ("search", "cable"),
    ("setting",),
)


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_the_clis_read_commands_print_no_internal_word(
    demo_folder: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    found = scanned(f"desk {' '.join(args)}", run(demo_folder, capsys, *args))
    assert not found, "\n".join(map(str, found))


def test_the_pdfs_for_people_carry_no_internal_word(
    demo_folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    packet, deposit, letter, bundle = (tmp_path / n for n in ("packet.pdf", "deposit.pdf", "letter.pdf", "b.zip"))
    run(demo_folder, capsys, "packet", "dispute:4", "-o", str(packet), "--today", TODAY)
    run(demo_folder, capsys, "packet", "deposit:1", "-o", str(deposit), "--today", TODAY)
    run(demo_folder, capsys, "letter", "1", "--kind", "seller_reminder", "-o", str(letter), "--today", TODAY, "--force")
    run(demo_folder, capsys, "export", "-o", str(bundle))
    with zipfile.ZipFile(bundle) as z:
        summary = next(n for n in z.namelist() if n.lower().endswith(".pdf") and "summary" in n.lower())
        (tmp_path / "summary.pdf").write_bytes(z.read(summary))
    found: list[Leak] = []
    for pdf in (packet, deposit, letter, tmp_path / "summary.pdf"):
        text = text_of(pdf)
        assert len(text) > 300, pdf.name  # read back: a scan of nothing would pass
        found += scanned(pdf.name, text)
    assert not found, "\n".join(map(str, found))
