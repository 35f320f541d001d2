"""`desk export` and `desk verify-bundle` as a user runs them, on the demo folder: the bundle is made and found
intact and signed (with a keyring kept in a file for the test); a bundle whose evidence was changed is named as not
intact, file by file; without a keyring the bundle is made unsigned, and its check says so."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from cli_runs import desk, in_process
from keyring_memory import FILE_ENV

TESTS = Path(__file__).resolve().parents[1]


def _keyring(tmp_path: Path, backend: str = "keyring_memory.FileKeyring") -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))
    return {"PYTHONPATH": path, "PYTHON_KEYRING_BACKEND": backend, FILE_ENV: str(tmp_path / "keyring.json")}


def test_export_then_verify_the_bundle_and_a_tampered_copy(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "for lawyer.zip"
    made = desk("export", "-o", str(out), "--from", "2026-08-01", "--json", data=demo_folder, env=_keyring(tmp_path))
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    with zipfile.ZipFile(out) as bundle:
        names = bundle.namelist()
        manifest = json.loads(bundle.read("manifest.json"))
    assert report["path"] == str(out) and report["size"] == out.stat().st_size
    assert report["files"] == len(names) - 3 == len(manifest["files"]) and report["cases"] >= 1
    key = report["key_fingerprint"]
    assert key and key == manifest["signing_key_sha256"]
    assert "summary.pdf" in names and any(n.startswith("evidence/") for n in names)
    assert not list(tmp_path.glob("*.partial"))

    intact = in_process("verify-bundle", str(out), "--key", key, data=demo_folder)  # no keyring needed to check
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.splitlines() == [
        f"intact: {report['files']} files, the manifest signed and unchanged since",
        f"manifest sha256 {report['manifest_sha256']}",
        f"signed with the key {key} (the key expected)",
    ]

    photo = next(n for n in names if n.startswith("evidence/") and n.endswith(".png"))
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(tampered, "w") as copy:
        for info in source.infolist():
            if info.filename != "tables/orders.csv":  # dropped
                copy.writestr(info, b"not the photo" if info.filename == photo else source.read(info.filename))
    checked = in_process("verify-bundle", str(tampered), data=demo_folder)
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert len(lines) == 4 and lines[2].startswith("manifest sha256 ")
    assert lines[0] == "tables/orders.csv: missing"  # in the manifest's order
    assert lines[1].startswith(f"{photo}: altered (sha256 ")
    assert "is not intact: 2 problems" in checked.stderr and "Traceback" not in checked.stderr
    checked_json = in_process("verify-bundle", str(tampered), "--json", data=demo_folder)
    assert checked_json.returncode == 1 and len(json.loads(checked_json.stdout)["problems"]) == 2
    error = json.loads(checked_json.stderr)["error"]
    assert error["kind"] == "user" and "is not intact: 2 problems" in error["message"]


def test_without_a_keyring_the_bundle_is_unsigned_and_its_check_says_so(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    made = desk(
        "export",
        "-o",
        str(out),
        "--case",
        "4",
        data=demo_folder,
        env=_keyring(tmp_path, "keyring.backends.fail.Keyring"),
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1].startswith("not signed: No usable keyring")
    checked = in_process("verify-bundle", str(out), data=demo_folder)
    assert checked.returncode == 1 and checked.stdout.splitlines()[0].startswith("manifest.json.sig: missing")
