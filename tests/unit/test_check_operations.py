"""The check of a data folder on the demo folder: intact, with progress on one growing scale (vault bytes and audit
entries) that ends at its total; an altered file named with its case; a cancel stops it; `desk verify` reaches it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.common import OperationCancelled
from desk.models import Evidence
from desk.operations.checks import verify_data_folder
from desk.workspace import Workspace


def test_an_intact_folder_with_progress_to_its_total(demo_workspace: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    checked = verify_data_folder(demo_workspace, progress=lambda *p: seen.append(p))
    report = checked.report
    assert report.ok and report.files_checked > 0 and report.audit_entries > 0 and checked.changed == frozenset()
    assert checked.message.endswith(f"is intact: {report.files_checked} evidence files and {report.audit_entries:,} "
                                    "audit entries")  # fmt: skip
    assert seen[-1][0] == seen[-1][1] >= report.bytes_checked > 0 and len({total for _, total in seen}) == 1
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_an_altered_file_is_named_and_a_cancel_stops_the_check(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    with ws.read() as session:
        item = session.scalars(select(Evidence).order_by(Evidence.id)).first()
        assert item is not None
        sha, name = item.sha256, item.original_name
    stored = ws.vault.path_for(sha)
    data = bytearray(stored.read_bytes())
    data[0] ^= 0xFF
    stored.write_bytes(bytes(data))
    checked = verify_data_folder(ws)
    assert not checked.report.ok and checked.message.endswith("is not intact: 1 problem")
    (problem,) = checked.report.file_problems
    assert problem.name == name and problem.problem.startswith("altered: its bytes now hash to ")
    with pytest.raises(OperationCancelled, match="the check was cancelled"):
        verify_data_folder(ws, cancelled=lambda: True)


def test_desk_verify_reaches_the_operation(demo_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(demo_folder), "verify", "--progress"]) == 0
    captured = capsys.readouterr()
    assert "all intact." in captured.out and "Audit log: " in captured.out
    assert captured.err.endswith("verifying: 100 %\n")
