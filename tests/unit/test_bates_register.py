"""Page (Bates) numbers that hold across the business (issue 13, point 4): every packet takes the next free range
from the register, two packets never overlap, making the same packet again is a new production with new numbers, a
packet refused or cancelled takes none, and one laid out while another took its numbers is laid out again from the
next free ones. The register reads as a paralegal keeps it and is saved as CSV by `desk register` too.

(An arbitrator or a paralegal cites a page by its number; 004_e3fc575abb2b001c.txt: gather the order confirmation,
correspondence and proof of payment for mediation or arbitration.)"""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from factories import add_files
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desk.cli import main
from desk.common import OperationCancelled
from desk.errors import DeskError
from desk.evidence.productions import NumbersTaken, next_free_number
from desk.models import Production
from desk.operations.packets import (
    MakeClaimPacket,
    MakeDepositPacket,
    PacketMade,
    SaveRegister,
    make_claim_packet,
    make_deposit_packet,
    save_register,
)
from desk.reports.bates_register import COLUMNS
from desk.reports.destinations import Destination
from desk.workspace import Workspace

DAY = date(2026, 12, 6)
STAMP = re.compile(r"DESK(\d{6})")


def _stamped(made: PacketMade) -> list[int]:
    """The running number printed on each page, in order, read back from the files."""
    numbers = []
    for path in made.parts:
        for page in PdfReader(path).pages:
            found = [int(n) for n in STAMP.findall(page.extract_text())]
            numbers.append(found[-1])  # the stamp, drawn last; a contents or index page names others before it
    return numbers


def _register(ws: Workspace, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / "register.csv"
    save_register(ws, SaveRegister(out))
    return list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))


def test_packets_one_after_another_take_ranges_that_never_overlap(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    first = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "a.pdf", today=DAY))
    stamped = [_stamped(first)]  # read now: the same packet made again writes over it
    second = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "b.pdf", "lawyer", DAY))
    again = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "a.pdf", today=DAY))  # the same packet again
    deposit = make_deposit_packet(ws, MakeDepositPacket(1, tmp_path / "d.pdf", today=DAY))
    stamped += [_stamped(packet) for packet in (second, again, deposit)]

    made = [first, second, again, deposit]
    assert (first.first_number, first.last_number) == (1, first.pages)
    for before, after in itertools.pairwise(made):
        assert after.first_number == before.last_number + 1
    for packet, numbers in zip(made, stamped, strict=True):
        assert numbers == list(range(packet.first_number, packet.last_number + 1))
    assert again.first_number > first.last_number  # a new production, with new numbers
    assert f"numbered DESK{again.first_number:06d}–DESK{again.last_number:06d}" in again.message

    rows = _register(ws, tmp_path)
    whole = [r for r in rows if r["Exhibit"] == "Whole packet"]
    assert [(r["Production"], r["File"], r["First"], r["Last"]) for r in whole] == [
        (str(k), p.parts[0].name, f"DESK{p.first_number:06d}", f"DESK{p.last_number:06d}")
        for k, p in enumerate(made, start=1)
    ]
    assert whole[1]["Destination"] == "Our lawyer (counsel)" and whole[3]["Case"].startswith("Deposit application 1")


def test_the_register_gives_each_exhibit_the_numbers_its_pages_carry(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    make_deposit_packet(ws, MakeDepositPacket(1, tmp_path / "d.pdf", today=DAY))  # the claim packet starts later
    packet = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "a.pdf", today=DAY))
    pages = [page.extract_text() for page in PdfReader(packet.parts[0]).pages]
    rows = [r for r in _register(ws, tmp_path) if r["Production"] == "2" and r["Exhibit"] != "Whole packet"]
    assert [r["Exhibit"] for r in rows] == ["A", "B"]
    for row in rows:
        first, last = int(row["First"][4:]), int(row["Last"][4:])
        assert int(row["Pages"]) == last - first + 1
        for number in range(first, last + 1):
            text = pages[number - packet.first_number]
            assert f"DESK{number:06d}" in text and f"Exhibit {row['Exhibit']} — " in text
        assert row["Date"] == DAY.isoformat()


def test_the_register_reads_as_a_paralegal_keeps_it(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    empty = save_register(ws, SaveRegister(tmp_path / "empty.csv"))
    assert empty.productions == 0 and "no packets made yet" in empty.message
    make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "a.pdf", today=DAY))
    saved = save_register(ws, SaveRegister(tmp_path / "register.csv"))
    raw = saved.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads Chinese file names only with the BOM
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))  # every cell quoted (desk.spreadsheets)
    assert tuple(header) == COLUMNS
    assert COLUMNS[:4] == ("Production", "Destination", "Case", "Exhibit")
    assert {"First", "Last", "Pages", "Date"} <= set(COLUMNS)
    text = raw.decode("utf-8-sig")
    for internal in ("productions", "produced_exhibits", "first_number", "evidence_id", "dispute_id", "None"):
        assert internal not in text
    with pytest.raises(DeskError, match=r"give a file name ending in \.csv"):
        save_register(ws, SaveRegister(tmp_path / "register.xlsx"))


def test_a_refused_or_cancelled_packet_takes_no_numbers(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    tiny = Destination("tiny", "Tiny", 1_000, None, None, "external", "a test")
    with pytest.raises(DeskError):
        make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "refused.pdf", tiny, DAY))
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3  # after the labels and the first exhibits: in the middle of the work

    with pytest.raises(OperationCancelled):
        make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "stopped.pdf", today=DAY), cancelled=stop)
    assert not (tmp_path / "refused.pdf").exists() and not (tmp_path / "stopped.pdf").exists()
    with ws.read() as session:
        assert next_free_number(session) == 1 and session.scalars(select(Production)).all() == []
    made = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "made.pdf", today=DAY))
    assert made.first_number == 1


def test_a_packet_whose_numbers_were_taken_meanwhile_is_numbered_again(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """Another packet (another window, the command line) is recorded while this one is laid out."""
    ws = demo_workspace
    other: list[PacketMade] = []

    def progress(done: int, total: int) -> None:
        if not other:  # once, while the claim packet is being made
            other.append(make_deposit_packet(ws, MakeDepositPacket(1, tmp_path / "other.pdf", today=DAY)))

    made = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "a.pdf", today=DAY), progress=progress)
    assert other[0].first_number == 1
    assert made.first_number == other[0].last_number + 1
    assert _stamped(made) == list(range(made.first_number, made.last_number + 1))
    with ws.read() as session:
        ranges = sorted((p.first_number, p.last_number) for p in session.scalars(select(Production)))
    assert ranges == [(1, other[0].last_number), (made.first_number, made.last_number)]


def test_numbers_taken_says_where_to_go_on(demo_workspace: Workspace, tmp_path: Path) -> None:
    from desk.evidence.productions import Produced, record_production

    ws = demo_workspace
    make_deposit_packet(ws, MakeDepositPacket(1, tmp_path / "d.pdf", today=DAY))
    late = Produced(None, None, "a case", "Tiny", "DESK", 1, 3, 1, "late.pdf", DAY, ())
    with pytest.raises(NumbersTaken) as taken, ws.write() as session:
        record_production(session, late, "test")
    with ws.read() as session:
        assert taken.value.next_free == next_free_number(session) > 1


def test_desk_register_saves_the_register(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "register.csv"
    assert main(["--data", str(demo_folder), "packet", "4", "-o", str(tmp_path / "p.pdf")]) == 0
    assert main(["--data", str(demo_folder), "register", "-o", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"Saved the Bates register (1 packet) to {out}."
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["Exhibit"] for r in rows] == ["Whole packet", "A", "B"] and rows[0]["First"] == "DESK000001"


def test_a_split_packet_numbers_on_through_its_parts(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    for n in range(3):  # photos that do not compress: the packet outgrows a file
        photo = tmp_path / f"noise{n}.jpg"
        Image.effect_noise((420, 320), 90).convert("RGB").save(photo, "JPEG", quality=97)
        add_files(ws, [photo], "dispute:4")
    small = Destination("small", "Small files", 260_000, None, None, "external", "a test")
    made = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "s.pdf", small, DAY))
    assert len(made.parts) > 1
    assert _stamped(made) == list(range(made.first_number, made.last_number + 1))  # part 2 goes on from part 1
    rows = _register(ws, tmp_path)
    assert rows[0]["File"] == ", ".join(p.name for p in made.parts)
    assert (rows[0]["First"], rows[0]["Last"]) == made.numbers
    later = make_claim_packet(ws, MakeClaimPacket(4, tmp_path / "t.pdf", today=DAY))
    assert later.first_number == made.last_number + 1


def test_desk_packet_says_its_numbers(demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(demo_folder), "packet", "deposit:1", "-o", str(tmp_path / "d.pdf")]) == 0
    assert main(["--data", str(demo_folder), "--json", "packet", "4", "-o", str(tmp_path / "p.pdf")]) == 0
    out = capsys.readouterr().out
    first_line = out.splitlines()[2]
    assert first_line.startswith("numbered DESK000001–DESK0000") and "Bates register" in first_line
    assert '"first_page": "DESK0000' in out


def test_the_lawyers_bundle_carries_the_register_and_its_load_file_the_latest_numbers(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    from desk.operations.bundles import ExportBundle, export_bundle

    make_claim_packet(demo_workspace, MakeClaimPacket(2, tmp_path / "first.pdf", today=DAY))
    again = make_claim_packet(demo_workspace, MakeClaimPacket(2, tmp_path / "again.pdf", today=DAY))
    register = _register(demo_workspace, tmp_path)
    latest = [r for r in register if r["Production"] == register[-1]["Production"] and r["Exhibit"] != "Whole packet"]
    assert latest and latest[0]["First"].startswith("DESK") and int(latest[0]["First"][4:]) >= again.first_number
    bundle = export_bundle(demo_workspace, ExportBundle(tmp_path / "bundle.zip")).path
    with zipfile.ZipFile(bundle) as z:
        carried = z.read("tables/bates-register.csv")
        rows = list(csv.DictReader(io.StringIO(z.read("loadfile.csv").decode("utf-8-sig"))))
    assert list(csv.DictReader(io.StringIO(carried.decode("utf-8-sig")))) == register
    numbered = {(r["BEGBATES"], r["ENDBATES"]) for r in rows if r["BEGBATES"]}
    assert numbered == {(r["First"], r["Last"]) for r in latest}  # the second packet's, not the first's
