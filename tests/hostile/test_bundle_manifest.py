"""`desk verify-bundle` on a stranger's bundle: one made by the export, then rewritten here and signed again with the
stranger's own key (so that the signature holds and nothing else gives it away). A name that leads outside the
folder the bundle is unpacked into, a name held or listed twice, and a manifest larger than any Desk reads are each
refused, with one sentence, before a file is hashed; until they were, the first two said "intact"."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runs import in_process
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from factories import add_files, order
from folder_copies import Folders
from keyring_memory import MemoryKeyring, install

from desk.operations.bundles import ExportBundle, VerifyBundle, export_bundle, verify_bundle
from desk.reports.bundle_manifest import MANIFEST_LIMIT
from desk.reports.bundle_signature import public_bytes, public_key_text, sign
from desk.workspace import Workspace

SIG, PUB = "manifest.json.sig", "signing-key.pub"
EVIL = b"echo owned"


@pytest.fixture(scope="module")
def bundle(template_folder: Path, tmp_path_factory: pytest.TempPathFactory, folders: Folders) -> Iterator[Path]:
    """A bundle the export made, of one order with one evidence file."""
    root = tmp_path_factory.mktemp("manifest")
    folders.copy(template_folder, root / "data")
    receipt = root / "receipt.txt"
    receipt.write_text("paid 124.99 CNY", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch, Workspace.open(root / "data", actor="tester") as ws:
        install(patch, MemoryKeyring())
        with ws.write() as s:
            made = order(s)
            s.flush()
            number = f"aliexpress:{made.order_no}"
        add_files(ws, [receipt], number)
        yield export_bundle(ws, ExportBundle(root / "bundle.zip")).path


def _forged(source: Path, target: Path, *, files: list[dict[str, object]] | None = None,
            add: tuple[tuple[str, bytes], ...] = ()) -> Path:  # fmt: skip
    """A copy of `source` holding `add` too, its manifest listing `files` (else its own list and `add`), signed
    with a key of the forger's."""
    with zipfile.ZipFile(source) as old:
        manifest = json.loads(old.read("manifest.json"))
        kept = [(i, old.read(i)) for i in old.infolist() if i.filename not in ("manifest.json", SIG, PUB)]
    added = [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in add]
    manifest["files"] = [*manifest["files"], *added] if files is None else files
    text = json.dumps(manifest, indent=2).encode("utf-8")
    key = Ed25519PrivateKey.generate()
    with zipfile.ZipFile(target, "w") as new:
        for info, data in kept:
            new.writestr(info, data)
        for name, data in add:
            new.writestr(name, data)
        new.writestr("manifest.json", text)
        new.writestr(SIG, sign(key, text))
        new.writestr(PUB, public_key_text(public_bytes(key), "a stranger"))
    return target


def _refused(path: Path, *words: str) -> str:
    checked = verify_bundle(VerifyBundle(path))
    assert not checked.intact and checked.files == 0, checked.problems  # nothing hashed
    assert len(checked.problems) == 1, checked.problems
    (sentence,) = checked.problems
    assert all(word in sentence for word in words), sentence
    assert "\n" not in sentence and "Traceback" not in sentence
    return sentence


def test_the_export_as_made_is_intact(bundle: Path) -> None:
    assert verify_bundle(VerifyBundle(bundle)).intact  # the forgeries below differ from it only as they say


@pytest.mark.parametrize(
    "name", ["../../evil.sh", "evidence/../../evil.sh", "/tmp/evil.sh", "C:evil.sh", "c:/Windows/evil.bat",
             "evidence\\..\\..\\evil.bat", "\\\\server\\share\\evil.bat"],
)  # fmt: skip
def test_a_name_that_leads_outside_the_folder_is_refused(bundle: Path, tmp_path: Path, name: str) -> None:
    forged = _forged(bundle, tmp_path / "forged.zip", add=((name, EVIL),))
    _refused(forged, "lead outside the folder", name)
    # listed in the manifest only (no such file in the zip): refused as well, not merely "missing"
    listed_only = _forged(bundle, tmp_path / "listed.zip", files=[
        *json.loads(zipfile.ZipFile(bundle).read("manifest.json"))["files"],
        {"path": name, "sha256": hashlib.sha256(EVIL).hexdigest(), "size": len(EVIL)},
    ])  # fmt: skip
    _refused(listed_only, "manifest.json", "lead outside the folder", name)


def test_a_file_listed_twice_in_the_manifest_is_refused(bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as z:
        files = json.loads(z.read("manifest.json"))["files"]
    forged = _forged(bundle, tmp_path / "forged.zip", files=[*files, files[-1]])
    _refused(forged, "manifest.json", "more than once", files[-1]["path"])


def test_a_name_the_zip_holds_twice_is_refused(bundle: Path, tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):  # zipfile's own warning, as it writes the forgery
        forged = _forged(bundle, tmp_path / "forged.zip", add=(("README.txt", b"Run evil.sh first."),))
    _refused(forged, "more than one file named", "README.txt")


def test_an_oversized_manifest_is_refused_before_it_is_read(bundle: Path, tmp_path: Path) -> None:
    """The zip says its manifest unpacks to 1 GiB (its central directory is edited, so the test writes no GiB):
    refused from that size, before a byte of it is read. The command says so and exits 1, without a traceback."""
    forged = _forged(bundle, tmp_path / "forged.zip")
    claimed = 1 << 30
    assert claimed > MANIFEST_LIMIT
    _claim_size(forged, "manifest.json", claimed)
    with zipfile.ZipFile(forged) as z:
        assert z.getinfo("manifest.json").file_size == claimed
    _refused(forged, "manifest.json", f"{claimed:,} bytes", "not read")
    done = in_process("verify-bundle", str(forged), data=tmp_path / "no-folder")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{claimed:,} bytes" in done.stdout and "desk: error:" in done.stderr, (done.stdout, done.stderr)


def _claim_size(path: Path, name: str, size: int) -> None:
    """Write `size` as the unpacked size of member `name` in the zip's central directory."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} is not in {path}")
