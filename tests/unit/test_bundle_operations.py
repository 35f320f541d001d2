"""The bundle operations on the demo folder: the export labels its disputes' exhibits in a write of its own, says
so, and gives the manifest's sha256; a request that cannot be exported is refused before any work; checking a
bundle reports progress and can be cancelled; `desk export` and `desk verify-bundle` reach them."""

from __future__ import annotations

import hashlib
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from keyring_memory import MemoryKeyring, install
from sqlalchemy import func, select

from desk.cli import main
from desk.common import OperationCancelled
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.models import ExhibitLabel
from desk.operations import Record
from desk.operations.bundles import ExportBundle, VerifyBundle, check_export, export_bundle, verify_bundle
from desk.workspace import Workspace


@pytest.fixture(autouse=True)
def keyring_for_signing(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, MemoryKeyring())


def _labels(ws: Workspace) -> int:
    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(ExhibitLabel)) or 0


def test_an_export_labels_first_says_what_changed_and_names_its_manifest(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    out = tmp_path / "out" / "bundle.zip"  # a missing folder is made
    made = export_bundle(ws, ExportBundle(out, (CaseRef("dispute", 4, "dispute 4"),)))
    assert made.path == out and made.cases == 1 and made.size == out.stat().st_size
    assert made.changed == {Record.EVIDENCE} and _labels(ws) == 2
    with zipfile.ZipFile(out) as bundle:
        assert made.manifest_sha256 == hashlib.sha256(bundle.read("manifest.json")).hexdigest()
        assert made.files == len(bundle.namelist()) - 3  # the manifest, its signature and the public key
    assert made.message == (
        f"Exported {made.files} files and the manifest (1 dispute) to {out}. "
        f"The manifest is signed with the key {made.key_fingerprint}."
    )
    again = export_bundle(ws, ExportBundle(tmp_path / "again.zip", (CaseRef("dispute", 4, "dispute 4"),)))
    assert again.changed == frozenset() and _labels(ws) == 2


def test_what_cannot_be_exported_is_refused_before_any_work(demo_workspace: Workspace, tmp_path: Path) -> None:
    backwards = ExportBundle(tmp_path / "b.zip", (), date(2026, 11, 2), date(2026, 11, 1))
    for check in (check_export, lambda request: export_bundle(demo_workspace, request)):
        with pytest.raises(DeskError, match="the dates are the wrong way round: 2026-11-02 is after 2026-11-01"):
            check(backwards)
    if sys.platform.startswith("linux"):
        with pytest.raises(DeskError, match=r"^/proc/nope/b\.zip: cannot write there: the folder /proc cannot be"):
            export_bundle(demo_workspace, ExportBundle(Path("/proc/nope/b.zip")))
    with pytest.raises(DeskError, match="no dispute 999"):
        export_bundle(demo_workspace, ExportBundle(tmp_path / "b.zip", (CaseRef("dispute", 999, "dispute 999"),)))
    assert _labels(demo_workspace) == 0 and not (tmp_path / "b.zip").exists()


def test_checking_a_bundle_reports_progress_and_can_be_cancelled(demo_workspace: Workspace, tmp_path: Path) -> None:
    made = export_bundle(demo_workspace, ExportBundle(tmp_path / "bundle.zip"))
    seen: list[tuple[int, int]] = []
    checked = verify_bundle(VerifyBundle(made.path), progress=lambda *p: seen.append(p))
    assert checked.intact and checked.files == made.files and checked.problems == ()
    assert checked.message == f"{made.path} is intact: {made.files} files" and checked.changed == frozenset()
    assert seen[-1][0] == seen[-1][1] > 0 and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(OperationCancelled, match=r"the check of .* was cancelled"):
        verify_bundle(VerifyBundle(made.path), cancelled=lambda: True)


def test_desk_export_and_verify_bundle_reach_the_operations(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundle.zip"
    assert main(["--data", str(demo_folder), "export", "-o", str(out), "--case", "4"]) == 0
    printed = capsys.readouterr().out
    with zipfile.ZipFile(out) as bundle:
        digest = hashlib.sha256(bundle.read("manifest.json")).hexdigest()
    assert printed.startswith(f"wrote {out}: ") and f"manifest sha256 {digest} (note it" in printed
    assert main(["verify-bundle", str(out)]) == 0
    assert capsys.readouterr().out.startswith("intact: ")
    assert (
        main(["--data", str(demo_folder), "export", "-o", str(out), "--from", "2026-11-02", "--to", "2026-11-01"]) == 1
    )
    assert "desk: error: the dates are the wrong way round" in capsys.readouterr().err
