"""`desk export` and `desk verify-bundle` as a user runs them, on the demo folder: the bundle is made and found
intact; a bundle whose evidence was changed is named as not intact, file by file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from test_cli import desk


def test_export_then_verify_the_bundle_and_a_tampered_copy(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "for lawyer.zip"
    made = desk("export", "-o", str(out), "--from", "2026-08-01", "--json", data=demo_folder)
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    with zipfile.ZipFile(out) as bundle:
        names = bundle.namelist()
        manifest = json.loads(bundle.read("manifest.json"))
    assert report["path"] == str(out) and report["size"] == out.stat().st_size
    assert report["files"] == len(names) - 1 == len(manifest["files"]) and report["cases"] >= 1
    assert "summary.pdf" in names and any(n.startswith("evidence/") for n in names)
    assert not list(tmp_path.glob("*.partial"))

    intact = desk("verify-bundle", str(out))
    assert (intact.returncode, intact.stdout.strip()) == (0, f"intact: {report['files']} files"), intact.stderr

    photo = next(n for n in names if n.startswith("evidence/") and n.endswith(".png"))
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(tampered, "w") as copy:
        for info in source.infolist():
            if info.filename != "tables/orders.csv":  # dropped
                copy.writestr(info, b"not the photo" if info.filename == photo else source.read(info.filename))
    checked = desk("verify-bundle", str(tampered))
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0] == "tables/orders.csv: missing"  # in the manifest's order
    assert lines[1].startswith(f"{photo}: altered (sha256 ")
    assert "is not intact: 2 problems" in checked.stderr and "Traceback" not in checked.stderr
    checked_json = desk("verify-bundle", str(tampered), "--json")
    assert checked_json.returncode == 1 and len(json.loads(checked_json.stdout)["problems"]) == 2
    error = json.loads(checked_json.stderr)["error"]
    assert error["kind"] == "user" and "is not intact: 2 problems" in error["message"]
