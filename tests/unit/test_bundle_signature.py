"""The bundle for counsel, verifiable (issue 13, point 6): its manifest is signed with the folder's key kept in the
keyring, the README prints the public key and its fingerprint, and a bundle whose file was changed and re-hashed
into its manifest fails the check, as does one re-signed with another key when the expected key is given; a load
file lists every evidence file for a review tool. Built on the demo folder."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import keyring.backends.fail
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring_memory import MemoryKeyring, install

from desk.cli import main
from desk.operations.bundles import ExportBundle, VerifyBundle, export_bundle, own_signing_key, verify_bundle
from desk.reports.bundle_signature import fingerprint, public_bytes, public_key_text, sign
from desk.workspace import Workspace

SIG, PUB = "manifest.json.sig", "signing-key.pub"


def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info.filename)))


def _tampered(source: Path, target: Path, *, resign: Ed25519PrivateKey | None = None) -> str:
    """A copy with one evidence file changed and its new sha256 and size written into the manifest (re-signed with
    `resign` where given); returns the changed file's path."""
    with zipfile.ZipFile(source) as z:
        manifest = json.loads(z.read("manifest.json"))
    forged = b"a different receipt"
    entry = next(f for f in manifest["files"] if f["path"].startswith("evidence/"))
    entry.update(sha256=hashlib.sha256(forged).hexdigest(), size=len(forged))
    text = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    change = {entry["path"]: forged, "manifest.json": text}
    if resign is not None:
        change[SIG] = sign(resign, text)
        change[PUB] = public_key_text(public_bytes(resign), "someone").encode("utf-8")
    _rewrite(source, target, change)
    return str(entry["path"])


@pytest.fixture
def signed(demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    install(monkeypatch, MemoryKeyring())
    return export_bundle(demo_workspace, ExportBundle(tmp_path / "bundle.zip")).path


def test_the_manifest_is_signed_with_the_folders_key_and_the_readme_prints_it(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = install(monkeypatch, MemoryKeyring())
    made = export_bundle(demo_workspace, ExportBundle(tmp_path / "bundle.zip"))
    assert made.key_fingerprint is not None and made.key_fingerprint == own_signing_key(demo_workspace)
    assert f"signed with the key {made.key_fingerprint}" in made.message
    # The key lives only in the keyring: one entry, and nothing of it in the bundle but the public half.
    assert isinstance(backend, MemoryKeyring) and len(backend.entries) == 1
    (secret,) = backend.entries.values()
    with zipfile.ZipFile(made.path) as z:
        readme = z.read("README.txt").decode("utf-8-sig")
        public = z.read(PUB).decode("utf-8")
        everything = b"".join(z.read(n) for n in z.namelist())
    assert secret.encode() not in everything
    assert public.splitlines()[1] in readme and made.key_fingerprint in readme and "NOT SIGNED" not in readme

    again = export_bundle(demo_workspace, ExportBundle(tmp_path / "again.zip"))
    assert again.key_fingerprint == made.key_fingerprint  # one key per folder, kept

    checked = verify_bundle(VerifyBundle(made.path, made.key_fingerprint.upper().replace(" ", ":")))
    assert checked.intact and checked.key_matches is True and checked.problems == ()
    assert checked.key_fingerprint == made.key_fingerprint and checked.manifest_sha256 == made.manifest_sha256


def test_a_file_changed_and_rehashed_into_the_manifest_fails(signed: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.zip"
    _tampered(signed, tampered)
    checked = verify_bundle(VerifyBundle(tampered))
    assert not checked.intact
    assert checked.problems == (
        "manifest.json: does not match its signature: it was changed after the bundle was exported",
    )


def test_a_bundle_resigned_with_another_key_fails_against_the_expected_key(
    signed: Path, demo_workspace: Workspace, tmp_path: Path
) -> None:
    forger = Ed25519PrivateKey.generate()
    tampered = tmp_path / "resigned.zip"
    _tampered(signed, tampered, resign=forger)
    loose = verify_bundle(VerifyBundle(tampered))
    # Consistent in itself: only the fingerprint shows it is not ours, which the check names.
    assert loose.intact and loose.key_matches is None
    assert loose.key_fingerprint == fingerprint(public_bytes(forger))
    ours = own_signing_key(demo_workspace)
    assert ours is not None and ours != loose.key_fingerprint
    strict = verify_bundle(VerifyBundle(tampered, ours))
    assert not strict.intact and strict.key_matches is False
    assert strict.problems == (f"{SIG}: made with the key {loose.key_fingerprint}, not with the expected key {ours}",)


def test_a_signature_of_another_key_or_none_fails(signed: Path, tmp_path: Path) -> None:
    other = public_key_text(public_bytes(Ed25519PrivateKey.generate()), "x").encode()
    swapped = tmp_path / "swapped.zip"
    _rewrite(signed, swapped, {PUB: other})
    assert verify_bundle(VerifyBundle(swapped)).problems == (f"{SIG}: made with another key than the one in {PUB}",)
    with zipfile.ZipFile(signed) as z, zipfile.ZipFile(tmp_path / "bare.zip", "w") as bare:
        for info in z.infolist():
            if info.filename != SIG:
                bare.writestr(info, z.read(info.filename))
    assert verify_bundle(VerifyBundle(tmp_path / "bare.zip")).problems == (
        f"{SIG}: missing, so nothing proves the manifest is the one exported",
    )


def test_without_a_keyring_the_bundle_is_made_unsigned_and_says_so(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, keyring.backends.fail.Keyring())
    made = export_bundle(demo_workspace, ExportBundle(tmp_path / "bundle.zip"))
    assert made.key_fingerprint is None and made.message.endswith("this computer has no usable keyring.")
    with zipfile.ZipFile(made.path) as z:
        assert SIG not in z.namelist() and "NOT SIGNED" in z.read("README.txt").decode("utf-8-sig")
    checked = verify_bundle(VerifyBundle(made.path))
    assert not checked.intact and checked.problems[-1].startswith(f"{SIG}: missing")


def test_the_load_file_lists_every_evidence_file_with_its_hash_custodian_and_dates(signed: Path) -> None:
    with zipfile.ZipFile(signed) as z:
        manifest = json.loads(z.read("manifest.json"))
        data = z.read("loadfile.csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == [
        "BEGBATES", "ENDBATES", "EXHIBIT", "CASE", "FILENAME", "NATIVEPATH", "FILESIZE", "MIMETYPE", "SHA256HASH",
        "CUSTODIAN", "ADDEDBY", "DATECAPTURED", "DATEADDED", "CONFIDENTIALITY",
    ]  # fmt: skip
    evidence = {f["path"]: f for f in manifest["files"] if f["path"].startswith("evidence/")}
    assert {r["NATIVEPATH"] for r in rows} == set(evidence) and len(rows) == len(evidence)
    for row in rows:
        listed = evidence[row["NATIVEPATH"]]
        assert (row["SHA256HASH"], int(row["FILESIZE"])) == (listed["sha256"], listed["size"])
        assert row["CUSTODIAN"] and row["ADDEDBY"] and row["DATEADDED"].endswith("Z")
        assert row["NATIVEPATH"].split("/")[-1].startswith(row["EXHIBIT"])
        assert row["CASE"].startswith(("dispute ", "order "))
        assert (row["BEGBATES"], row["ENDBATES"]) == ("", "")  # no packet was made: nothing numbered yet


def test_desk_verify_bundle_prints_the_manifests_hash_and_checks_the_key(
    signed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(signed) as z:
        digest = hashlib.sha256(z.read("manifest.json")).hexdigest()
        key = z.read(PUB)
    assert main(["verify-bundle", str(signed)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("intact: ") and f"manifest sha256 {digest}" in out and "compare it with" in out
    raw = key.decode().splitlines()[1]
    ours = fingerprint(base64.b64decode(raw)[10:])
    assert main(["verify-bundle", str(signed), "--key", ours]) == 0
    assert "(the key expected)" in capsys.readouterr().out
    tampered = tmp_path / "t.zip"
    _tampered(signed, tampered, resign=Ed25519PrivateKey.generate())
    assert main(["verify-bundle", str(tampered), "--key", ours]) == 1
    assert "NOT the key expected" in capsys.readouterr().out
