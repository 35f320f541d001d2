"""Every kind of PDF Desk makes from the demo is PDF/A-2b as far as tests/pdfcheck.py can tell (issue 13, point 6):
claim packets for every destination, the deposit packet, letters in each language, the lawyer's summary."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desk.cli import main
from tests.pdfcheck import archival_check, checks_pdfs, render

TODAY = "2026-11-23"
DESTINATIONS = ("platform", "aliexpress", "paypal", "card", "lawyer")

pytestmark = checks_pdfs


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["--data", str(data), *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_every_pdf_the_demo_makes_is_archival(
    demo_folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made: list[Path] = []
    for code in DESTINATIONS:
        out = tmp_path / f"packet-{code}.pdf"
        run(demo_folder, capsys, "packet", "dispute:4", "--destination", code, "-o", str(out), "--today", TODAY)
        made += sorted(tmp_path.glob(f"packet-{code}*.pdf"))
    run(demo_folder, capsys, "packet", "deposit:1", "-o", str(tmp_path / "deposit.pdf"), "--today", TODAY)
    made.append(tmp_path / "deposit.pdf")
    for lang, kind in (("en", "formal_demand"), ("ru", "platform_complaint"), ("zh", "seller_reminder")):
        out = tmp_path / f"letter-{lang}.pdf"
        run(
            demo_folder,
            capsys,
            "letter",
            "1",
            "--kind",
            kind,
            "--lang",
            lang,
            "-o",
            str(out),
            "--today",
            TODAY,
            "--force",
        )
        made.append(out)
    bundle = tmp_path / "bundle.zip"
    run(demo_folder, capsys, "export", "-o", str(bundle))
    with zipfile.ZipFile(bundle) as z:
        (tmp_path / "summary.pdf").write_bytes(z.read("summary.pdf"))
    made.append(tmp_path / "summary.pdf")
    assert len(made) >= 10
    for pdf in made:
        archival_check(pdf)
    for pdf in (tmp_path / "letter-zh.pdf", tmp_path / "letter-ru.pdf", tmp_path / "summary.pdf"):
        render(pdf, f"archival-{pdf.stem}", last=1)  # for people to look at: the embedded fonts, no blank boxes


def test_the_cli_says_which_exhibit_keeps_a_packet_from_pdfa(
    demo_folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from factories import add_files, helvetica_pdf

    from desk.evidence.cases import CaseRef
    from desk.workspace import Workspace

    invoice = tmp_path / "supplier invoice.pdf"
    invoice.write_bytes(helvetica_pdf())
    with Workspace.open(demo_folder, actor="tester") as ws:
        add_files(ws, [invoice], CaseRef("dispute", 2, "d"))
    out = tmp_path / "packet.pdf"
    printed = run(demo_folder, capsys, "packet", "2", "-o", str(out), "--today", TODAY)
    assert (
        "Not marked as archival (PDF/A): Exhibit B — supplier invoice.pdf brings fonts it does not include" in printed
    )
    assert run(demo_folder, capsys, "--json", "packet", "2", "-o", str(out)).count('"pdfa": false') == 1
    archival_check(out, claimed=False)
