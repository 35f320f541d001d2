"""`desk packet` as a user runs it, on the demo folder (`desk demo --today 2026-11-23`)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runs import desk, in_process
from pdfcheck import checks_pdfs, qpdf_check, text_of

pytestmark = checks_pdfs


def test_desk_packet_makes_the_dispute_packet_and_lists_destinations(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet-dispute-4.pdf"
    made = desk("packet", "dispute:4", "-o", str(out), "--today", "2026-11-23", "--json", data=demo_folder)
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert report["dispute"] == 4 and report["destination"] == "platform" and report["audience"] == "external"
    assert report["files"] == [{"path": str(out), "size": out.stat().st_size}] and report["exhibits"] == 2
    qpdf_check(out)
    text = text_of(out)
    # The demo's dispute 4: the seller's e-mail (Chinese and English) and the tracking screenshot.
    assert "8178240917563306" in text and "Exhibit A — 1/1" in text and "Exhibit B — 1/1" in text
    assert "广州海珠区手机壳工厂店" in text and "Please do not open dispute" in text
    assert f"DESK{report['pages']:06d}" in text

    listed = in_process("packet", "--destinations", data=tmp_path / "no-folder-needed")
    assert listed.returncode == 0, listed.stderr
    assert "paypal" in listed.stdout and "10 MB a file, 50 MB a case" in listed.stdout
    assert "5 MB a file, 18 pages a file, at most 3 files; photos at 200 dpi" in listed.stdout
    listed_json = in_process("packet", "--destinations", "--json", data=tmp_path / "none")
    as_json = {d["code"]: d for d in json.loads(listed_json.stdout)}
    assert as_json["card"]["pages_per_file"] == 18 and as_json["lawyer"]["image_dpi"] is None
    assert "(default)" in listed.stdout.splitlines()[0] and not (tmp_path / "no-folder-needed").exists()

    # A deposit packet goes to the platform only (tests/unit/test_deposit_packet.py makes one).
    refused = in_process(
        "packet", "deposit:1", "-o", str(tmp_path / "deposit.pdf"), "--destination", "counsel", data=demo_folder
    )
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "a deposit packet goes to the platform only" in refused.stderr
    assert not (tmp_path / "deposit.pdf").exists()
