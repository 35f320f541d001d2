"""The packet operations on the demo folder: a claim packet labels its exhibits in a write of its own before the
report reads them, and the labels stay; a place that cannot be written is refused before any work, naming it; a
deposit packet goes to the platform only; `desk packet` reaches them and says so in one line."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.errors import DeskError, Kind, Problem, classify
from desk.models import ExhibitLabel
from desk.operations import Record
from desk.operations.packets import MakeClaimPacket, MakeDepositPacket, make_claim_packet, make_deposit_packet
from desk.reports.document import write_atomically
from desk.workspace import Workspace

DAY = date(2026, 11, 23)
UNWRITABLE = Path("/proc/nope/x.pdf")  # /proc takes no new files, whoever asks (root too)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc")


def _labels(ws: Workspace, dispute_id: int) -> dict[int, str]:
    with ws.read() as session:
        rows = session.scalars(select(ExhibitLabel).where(ExhibitLabel.dispute_id == dispute_id))
        return {row.evidence_id: row.label for row in rows}


def test_a_claim_packet_gives_its_labels_first_and_they_are_kept(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    assert _labels(ws, 4) == {}
    first = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "first.pdf", today=DAY))
    assert first.parts == (tmp_path / "first.pdf",) and first.exhibits == 2 and first.pages > 2
    assert first.size == (tmp_path / "first.pdf").stat().st_size
    assert first.changed == {Record.EVIDENCE} and first.message.startswith("Made the claim packet for dispute 4: ")
    labels = _labels(ws, 4)
    assert sorted(labels.values()) == ["A", "B"]

    again = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "again.pdf", "lawyer", DAY))
    assert again.changed == frozenset() and _labels(ws, 4) == labels  # nothing new to label: nothing changed


@linux_only
def test_a_place_that_cannot_be_written_is_refused_before_any_work(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    with pytest.raises(DeskError) as refused:
        make_claim_packet(ws, MakeClaimPacket(4, UNWRITABLE, today=DAY))
    assert str(refused.value).startswith(f"{UNWRITABLE}: cannot write there: the folder /proc cannot be written (")
    assert _labels(ws, 4) == {}  # refused before the labels were given

    folder = tmp_path / "out"
    folder.mkdir()
    in_the_way = folder / "a file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DeskError, match="is not a folder"):
        make_claim_packet(ws, MakeClaimPacket(4, in_the_way / "packet.pdf", today=DAY))
    with pytest.raises(DeskError, match="is a folder: give the name of the file to write"):
        make_deposit_packet(ws, MakeDepositPacket(1, folder, today=DAY))
    assert list(folder.iterdir()) == [in_the_way]


@linux_only
def test_a_failed_write_names_the_file_not_its_temporary_twin() -> None:
    target = Path("/proc/packet.pdf")  # no check first: the write itself fails, in the temporary file beside it
    with pytest.raises(OSError) as failed:
        write_atomically(target, b"%PDF")
    assert failed.value.filename == str(target)  # the one classifier then names it, with the reason in words
    assert classify(failed.value) == Problem(Kind.USER, f"{target}: no such file or folder")


def test_a_deposit_packet_goes_to_the_platform_only_and_names_a_missing_application(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "deposit.pdf"
    with pytest.raises(DeskError, match=r"a deposit packet goes to the platform only .* made for 'lawyer'"):
        make_deposit_packet(demo_workspace, MakeDepositPacket(1, out, "lawyer", DAY))
    with pytest.raises(DeskError, match="no deposit application 99"):
        make_deposit_packet(demo_workspace, MakeDepositPacket(99, out, today=DAY))
    assert not out.exists()
    made = make_deposit_packet(demo_workspace, MakeDepositPacket(1, out, "platform", DAY))
    assert made.parts == (out,) and made.changed == frozenset() and made.exhibits >= 1


@linux_only
def test_desk_packet_refuses_an_unwritable_place_in_one_line(
    demo_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(demo_folder), "packet", "4", "-o", str(UNWRITABLE)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"desk: error: {UNWRITABLE}: cannot write there: the folder /proc cannot be written")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_desk_packet_reaches_the_operation(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deep" / "down" / "packet.pdf"  # missing folders are made
    assert main(["--data", str(demo_folder), "packet", "dispute:4", "-o", str(out), "--today", "2026-11-23"]) == 0
    printed = capsys.readouterr().out
    assert out.is_file() and f"{out}  " in printed and "dispute 4: " in printed and "2 exhibits" in printed
    with Workspace.open(demo_folder) as ws:
        assert sorted(_labels(ws, 4).values()) == ["A", "B"]
    deposit = tmp_path / "deposit.pdf"
    assert main(["--data", str(demo_folder), "packet", "deposit:1", "-o", str(deposit)]) == 0
    assert deposit.is_file() and "deposit 1: " in capsys.readouterr().out
