"""The letter operation on the demo folder: the exhibits are labelled before the letter is made, the letter, its
note and its PDF are recorded together and said to have changed the dispute and its evidence; a cancel before the
recording keeps nothing of the letter; `desk letter` reaches it and refuses a place it cannot write in one line."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.cli import main
from desk.common import OperationCancelled
from desk.errors import DeskError
from desk.models import DisputeLetter, Evidence, ExhibitLabel
from desk.operations import Record
from desk.operations.letters import MakeLetter, copy_letter_templates, make_letter
from desk.workspace import Workspace

DAY = date(2026, 11, 23)


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_letter_is_labelled_made_and_recorded(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    seen: list[tuple[int, int]] = []
    made = make_letter(
        ws, MakeLetter(2, "platform_arbitration", "en", tmp_path / "a.pdf", DAY), progress=lambda *p: seen.append(p)
    )
    assert made.changed == {Record.DISPUTE, Record.EVIDENCE} and made.path == tmp_path / "a.pdf"
    assert made.message.startswith("Made the ") and "for dispute 2 in English, kept as evidence " in made.message
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with ws.read() as session:
        letter = session.get_one(DisputeLetter, made.letter_id)
        assert (letter.dispute_id, letter.kind, letter.evidence_id) == (2, "platform_arbitration", made.evidence_id)
        labelled = session.scalar(select(func.count()).select_from(ExhibitLabel).where(ExhibitLabel.dispute_id == 2))
    assert labelled and (tmp_path / "a.pdf").is_file()


def test_a_cancel_before_the_recording_keeps_no_letter(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    before = _count(ws, DisputeLetter), _count(ws, Evidence)
    asked = iter([False, True])  # go on past the checks, stop before the recording
    request = MakeLetter(2, "platform_arbitration", "en", tmp_path / "a.pdf", DAY)
    with pytest.raises(OperationCancelled, match="nothing was recorded"):
        make_letter(ws, request, cancelled=lambda: next(asked))
    assert (_count(ws, DisputeLetter), _count(ws, Evidence)) == before and not (tmp_path / "a.pdf").exists()
    with pytest.raises(DeskError, match=r"a\.txt: give a file name ending in \.pdf"):
        make_letter(ws, MakeLetter(2, "platform_arbitration", "en", tmp_path / "a.txt", DAY))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc")
def test_desk_letter_reaches_the_operation_and_refuses_in_one_line(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data", str(demo_folder), "letter", "2", "--kind", "platform_arbitration", "--today", "2026-11-23"]
    assert main([*base, "-o", "/proc/nope/x.pdf"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("desk: error: /proc/nope/x.pdf: cannot write there: the folder /proc cannot be written")
    assert len(err.strip().splitlines()) == 1
    out = tmp_path / "arbitration.pdf"
    assert main([*base, "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.is_file() and f"for dispute 2: {out}" in printed and "Recorded as letter " in printed


def test_the_templates_are_copied_once_and_an_edited_one_is_kept(workspace: Workspace) -> None:
    first = copy_letter_templates(workspace)
    assert first.folder == workspace.root / "templates" / "letters" and first.changed == frozenset()
    statuses = dict(first.files)
    mine = first.folder / "en" / "formal_demand.txt"
    assert statuses[mine] == "copied" and statuses[first.folder / "FIELDS.md"] == "written"
    assert first.message == f"Copied {len(statuses) - 1} letter templates into {first.folder}."
    mine.write_text("Subject: mine\n\nDear $supplier,\n", encoding="utf-8")
    again = dict(copy_letter_templates(workspace).files)
    assert again[mine] == "kept: yours differs from the shipped one" and mine.read_text(encoding="utf-8")[:13] == (
        "Subject: mine"
    )
