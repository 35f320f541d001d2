"""`desk calendar` as a user runs it, on a folder filled by `desk demo`: the .ics read back with `icalendar`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from cli_runs import desk, in_process
from folder_copies import Folders
from icalendar import Calendar, Event

DAY = "2026-11-23"  # the demo's day


@pytest.fixture(scope="module")
def demo_built(tmp_path_factory: pytest.TempPathFactory, copy_demo: Callable[[Path], Path]) -> Path:
    return copy_demo(tmp_path_factory.mktemp("calendar") / "shop")


@pytest.fixture
def shop(demo_built: Path, tmp_path: Path, folders: Folders) -> Path:
    """A copy of the demo folder of this test's own."""
    target = tmp_path / "shop"
    return folders.copy(demo_built, target)


def events(path: Path) -> list[Event]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert isinstance(calendar, Calendar)
    return list(calendar.walk("VEVENT"))


def due_count(shop: Path) -> int:
    listed = in_process("due", "--today", DAY, "--json", data=shop)
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


def test_calendar_writes_every_deadline_to_the_file_given(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "new folder" / "deadlines.ics"
    result = desk("calendar", "-o", str(out), "--today", DAY, data=shop)
    assert (result.returncode, result.stderr) == (0, "")
    count = due_count(shop)
    assert count > 5 and result.stdout == f"Wrote {count} deadlines to {out}.\n"
    found = events(out)
    assert len(found) == len({str(e["UID"]) for e in found}) == count
    assert all(len(list(e.walk("VALARM"))) == 4 for e in found)  # the default ladder: 7, 3, 1 and 0 days before


def test_without_a_file_it_writes_the_data_folders_own_and_names_it(shop: Path) -> None:
    result = in_process("--json", "calendar", "--today", DAY, data=shop)
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout)
    assert written == {"path": str(shop.resolve() / "deadlines.ics"), "events": due_count(shop)}
    assert len(events(Path(written["path"]))) == written["events"]
    plain = in_process("calendar", "--today", DAY, data=shop)
    assert plain.stdout == f"Wrote {written['events']} deadlines to {written['path']}.\n"


def test_a_deadline_the_platform_moved_moves_its_event_on_the_next_export(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    assert in_process("calendar", "-o", str(out), "--today", DAY, data=shop).returncode == 0
    before = {str(e["UID"]): e for e in events(out)}
    (answer,) = [e for e in before.values() if str(e["SUMMARY"]).startswith("Seller's answer due: Dispute 1 (")]
    moved = in_process(
        "policy", "set", "aliexpress", "seller_response", "7", "--effective", "2026-01-01", data=shop
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert in_process("calendar", "-o", str(out), "--today", DAY, data=shop).returncode == 0
    after = {str(e["UID"]): e for e in events(out)}
    assert set(after) == set(before)  # updated, not added
    event = after[str(answer["UID"])]
    assert (answer.decoded("DTSTART"), event.decoded("DTSTART")) == (date(2026, 11, 26), date(2026, 11, 28))
    assert event.decoded("SEQUENCE") > answer.decoded("SEQUENCE")


def test_a_place_it_cannot_write_is_refused_in_one_line_and_nothing_is_replaced(shop: Path, tmp_path: Path) -> None:
    folder = in_process("calendar", "-o", str(tmp_path), "--today", DAY, data=shop)
    assert folder.returncode == 1
    assert (
        folder.stderr == f"desk: error: {tmp_path} is a folder: give the name of the file to write (ending in .ics)\n"
    )
    theirs = tmp_path / "holidays.ics"
    kept = b"BEGIN:VCALENDAR\r\nPRODID:-//Another app//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    theirs.write_bytes(kept)
    refused = in_process("calendar", "-o", str(theirs), "--today", DAY, data=shop)
    assert refused.returncode == 1 and refused.stdout == ""
    said = f"desk: error: {theirs} holds something other than a calendar Desk wrote: give another file name\n"
    assert refused.stderr == said
    assert theirs.read_bytes() == kept
    wrong = in_process("--json", "calendar", "-o", str(tmp_path / "deadlines.txt"), data=shop)
    assert wrong.returncode == 1
    assert json.loads(wrong.stderr)["error"]["message"].endswith("deadlines.txt: give a file name ending in .ics")
