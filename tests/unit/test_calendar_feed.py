"""The deadline calendar (.ics): one all-day event per deadline, an alarm at each step of its kind's reminder ladder,
UIDs that outlive a moved date so that a re-export updates instead of duplicating, parsed back with `icalendar`."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from deadline_cases import deposit, open_dispute, refund, shipped_order, withdrawal
from icalendar import Calendar, Event

from desk.errors import DeskError
from desk.models import (
    CaseKind,
    DeadlineOverride,
    DisputeEventKind,
    OrderStatus,
    PaymentMethod,
    RefundPart,
    Submission,
)
from desk.operations.calendar import CALENDAR_FILE, WriteCalendar, write_calendar
from desk.operations.disputes import RecordDisputeEvent, record_dispute_event
from desk.operations.settings import ChangeSetting, change_setting
from desk.overview.deadlines import KIND_WORDS, Deadline, deadlines_for
from desk.policies import load_policies
from desk.reports.calendar_feed import PRODID, deadline_calendar
from desk.settings import DEADLINE_KINDS
from desk.workspace import Workspace

TODAY = date(2026, 12, 1)
NOON = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
LATER = datetime(2026, 12, 2, 8, 30, tzinfo=UTC)
LADDER = [(-7, 9), (-3, 9), (-1, 9), (0, 9)]  # the default 7,3,1,0: 09:00 on each of those days
E = DisputeEventKind
KEYS = [kind for kind in DEADLINE_KINDS if "_" in kind] + ["dispute:", "refund_part:", "ledger_entry:", "deposit:"]


def export(ws: Workspace, today: date = TODAY, previous: bytes | None = None, now: datetime = NOON) -> bytes:
    with ws.read() as s:
        return deadline_calendar(s, load_policies(s), today, previous=previous, now=now).data


def deadlines(ws: Workspace, today: date = TODAY) -> list[Deadline]:
    with ws.read() as s:
        return deadlines_for(s, load_policies(s), today)


@cache
def events(data: bytes) -> list[Event]:
    """The file's events, read back (once per file: the tests only look)."""
    calendar = Calendar.from_ical(data)
    assert isinstance(calendar, Calendar)
    return list(calendar.walk("VEVENT"))


def by_summary(data: bytes, start: str) -> Event:
    found = [e for e in events(data) if str(e["SUMMARY"]).startswith(start)]
    assert len(found) == 1, [str(e["SUMMARY"]) for e in events(data)]
    return found[0]


def triggers(event: Event) -> list[timedelta]:
    return [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]


def texts(event: Event) -> list[str]:
    """Everything of the event a calendar shows a person."""
    return [str(event["SUMMARY"]), str(event["DESCRIPTION"])] + [str(a["DESCRIPTION"]) for a in event.walk("VALARM")]


def without_stamps(data: bytes) -> bytes:
    return re.sub(rb"(?m)^(DTSTAMP|LAST-MODIFIED):.*\r\n", b"", data)


@pytest.fixture
def cases(workspace: Workspace) -> Workspace:
    """A case with each kind of deadline, due within the next weeks of TODAY."""
    with workspace.write() as s:
        shipped_order(s, shipped_on=date(2026, 11, 28))  # a dispute can be opened; buyer protection
        open_dispute(s, date(2026, 11, 29))  # the seller's answer, escalation
        o = shipped_order(s, shipped_on=date(2026, 11, 1), status=OrderStatus.CANCELLED)
        refund(s, o, date(2026, 11, 25), RefundPart(method=PaymentMethod.CARD, expected_minor=1000))
        withdrawal(s, date(2026, 11, 30))
        deposit(s, Submission(seq=1, submitted_on=date(2026, 11, 25)))
    return workspace


def test_every_deadline_is_one_all_day_event_in_plain_words(cases: Workspace) -> None:
    data, listed = export(cases), deadlines(cases)
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == PRODID and str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "Desk deadlines" and "METHOD" not in calendar
    found = events(data)
    assert data.count(b"\r\nDTSTART;VALUE=DATE:") == data.count(b"\r\nDTEND;VALUE=DATE:") == len(found)
    assert {d.kind for d in listed} == set(DEADLINE_KINDS)
    assert len(found) == len(listed)
    assert [(e.decoded("DTSTART"), str(e["UID"])) for e in found] == sorted(
        (e.decoded("DTSTART"), str(e["UID"])) for e in found
    )
    summaries = {str(e["SUMMARY"]): e for e in found}
    for deadline in listed:
        event = summaries[f"{KIND_WORDS[deadline.kind]}: {deadline.name}"]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and (start, end) == (deadline.due, deadline.due + timedelta(days=1))
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert re.fullmatch(r"[0-9a-f]{32}@desk", str(event["UID"]))
        assert str(deadline.detail)[1:] in str(event["DESCRIPTION"])
        assert isinstance(event.decoded("DTSTAMP"), datetime) and isinstance(event.decoded("SEQUENCE"), int)
        for text in texts(event):
            # No key of Desk's own: neither the case's (dispute:12, refund_part:3) nor a kind's (seller_response).
            assert deadline.case not in text and not any(key in text for key in KEYS), text


def test_each_alarm_rings_at_nine_on_a_step_of_the_ladder_and_follows_the_setting(cases: Workspace) -> None:
    data = export(cases)
    answer = by_summary(data, "Seller's answer due")
    assert answer.decoded("DTSTART") == date(2026, 12, 4)  # opened 11-29, 5 days to answer
    assert triggers(answer) == [timedelta(days=d, hours=h) for d, h in LADDER]
    rings = [datetime.combine(answer.decoded("DTSTART"), datetime.min.time()) + t for t in triggers(answer)]
    assert rings[1] == datetime(2026, 12, 1, 9, 0)  # three days before, at nine
    assert [str(a["ACTION"]) for a in answer.walk("VALARM")] == ["DISPLAY"] * 4
    assert [str(a["DESCRIPTION"]).split(" — ")[0] for a in answer.walk("VALARM")] == [
        "In 7 days",
        "In 3 days",
        "Tomorrow",
        "Today",
    ]

    change_setting(cases, ChangeSetting("remind_seller_response", "14,2"))
    changed = export(cases, previous=data, now=LATER)
    assert triggers(by_summary(changed, "Seller's answer due")) == [timedelta(-14, hours=9), timedelta(-2, hours=9)]
    assert triggers(by_summary(changed, "Escalate to the platform")) == [timedelta(days=d, hours=h) for d, h in LADDER]


def test_a_reexport_gives_the_same_events_and_the_same_bytes_once_it_knows_the_last_file(cases: Workspace) -> None:
    first = export(cases)
    again = export(cases, now=LATER)
    uids = [str(e["UID"]) for e in events(first)]
    assert len(set(uids)) == len(uids) and uids == [str(e["UID"]) for e in events(again)]
    assert first != again and without_stamps(first) == without_stamps(again)  # only when it was made differs
    # Replacing its own file: nothing changed, so nothing is revised, stamps included.
    assert export(cases, previous=first, now=LATER) == first
    assert export(cases, previous=again, now=NOON) == again


def test_a_moved_deadline_keeps_its_event_with_the_new_date_and_a_higher_revision(cases: Workspace) -> None:
    first = export(cases)
    before = {str(e["UID"]): e for e in events(first)}
    protection = by_summary(first, "Buyer protection ends")
    with cases.write() as s:  # the platform's page shows a later end: a deadline override
        order_id = next(d.case_id for d in deadlines_for(s, load_policies(s), TODAY) if d.kind == "protection_end")
        s.add(DeadlineOverride(case_kind=CaseKind.ORDER, case_id=order_id, kind="protection_end", due=date(2027, 2, 1)))
    moved = export(cases, previous=first, now=LATER)
    after = {str(e["UID"]): e for e in events(moved)}
    assert set(after) == set(before)
    event = after[str(protection["UID"])]
    assert event.decoded("DTSTART") == date(2027, 2, 1) and event.decoded("DTEND") == date(2027, 2, 2)
    assert event.decoded("SEQUENCE") > protection.decoded("SEQUENCE")
    assert event.decoded("DTSTAMP") == event.decoded("LAST-MODIFIED") == LATER
    for uid, other in after.items():
        if uid != str(protection["UID"]):
            assert other.decoded("SEQUENCE") == before[uid].decoded("SEQUENCE")
            assert other.decoded("DTSTAMP") == NOON


def test_a_deadline_that_ends_leaves_the_calendar(cases: Workspace) -> None:
    first = export(cases)
    answer = by_summary(first, "Seller's answer due")
    with cases.read() as s:
        dispute_id = next(d.case_id for d in deadlines_for(s, load_policies(s), TODAY) if d.kind == "seller_response")
    record_dispute_event(cases, RecordDisputeEvent(dispute_id, E.SELLER_ANSWERED, date(2026, 12, 1)))
    answered = export(cases, previous=first, now=LATER)
    summaries = [str(e["SUMMARY"]) for e in events(answered)]
    assert not [s for s in summaries if s.startswith(("Seller's answer due", "Escalate to the platform"))]
    assert str(answer["UID"]) not in {str(e["UID"]) for e in events(answered)}
    assert len(summaries) == len(events(first)) - 2


def test_an_overdue_deadline_is_still_an_event_and_says_so(cases: Workspace) -> None:
    data, listed = export(cases, date(2026, 12, 6)), deadlines(cases, date(2026, 12, 6))
    overdue = [d for d in listed if d.state == "overdue"]
    assert {d.kind for d in overdue} >= {"seller_response"}
    event = by_summary(data, "Seller's answer due")
    assert "Overdue: this day has passed" in str(event["DESCRIPTION"])
    assert len(events(data)) == len(listed)


def test_chinese_and_cyrillic_names_round_trip_and_control_characters_are_left_out(workspace: Workspace) -> None:
    item = "Кабель USB-C «Быстрая зарядка» 数据线 快充 1 м, 深圳市华强电子有限公司 " * 3
    # NUL where the database keeps it (SQLite); a team server keeps none (test_team_server), so there another
    control = "\x00" if workspace.database.server is None else "\x07"
    with workspace.write() as s:
        open_dispute(s, date(2026, 11, 29), order_no="8123Ж").order_line.item = item
        open_dispute(s, date(2026, 11, 30)).order_line.item = f"Щётка{control} с\x1b[31m подсветкой\r\n牙刷\u2028"
    data = export(workspace)
    data.decode("utf-8")  # folded lines never cut a character in two
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    answers = [e for e in events(data) if str(e["SUMMARY"]).startswith("Seller's answer due")]
    assert str(answers[0]["SUMMARY"]).endswith(f"({item}, order aliexpress:8123Ж)")
    assert item in str(answers[0]["DESCRIPTION"])
    assert "(Щётка  с [31m подсветкой\n牙刷\n, order aliexpress:" in str(answers[1]["SUMMARY"])
    assert not re.search(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]", data)


# ---- the operation: the data folder's own file, a file of the user's choosing -------------------------------------


def test_the_data_folders_calendar_is_written_and_its_revisions_carried_on(cases: Workspace) -> None:
    written = write_calendar(cases, WriteCalendar(today=TODAY))
    path = cases.root / CALENDAR_FILE
    assert written.path == path and written.events == len(events(path.read_bytes())) == 7
    assert written.message == f"Wrote 7 deadlines to {path}." and not written.changed
    first = {str(e["UID"]): e.decoded("SEQUENCE") for e in events(path.read_bytes())}
    same = path.stat()
    write_calendar(cases, WriteCalendar(today=TODAY))  # nothing changed: the file is left as it is
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (same.st_ino, same.st_mtime_ns)
    with cases.write() as s:
        order_id = next(d.case_id for d in deadlines_for(s, load_policies(s), TODAY) if d.kind == "protection_end")
        s.add(DeadlineOverride(case_kind=CaseKind.ORDER, case_id=order_id, kind="protection_end", due=date(2027, 2, 1)))
    write_calendar(cases, WriteCalendar(today=TODAY))
    second = {str(e["UID"]): e.decoded("SEQUENCE") for e in events(path.read_bytes())}
    assert set(second) == set(first) and sum(second[u] != first[u] for u in first) == 1
    assert all(second[u] >= first[u] for u in first)


def test_a_file_written_afresh_on_a_later_day_counts_above_an_older_copy(cases: Workspace, tmp_path: Path) -> None:
    old = write_calendar(cases, WriteCalendar(tmp_path / "old.ics", TODAY))
    new = write_calendar(cases, WriteCalendar(tmp_path / "new.ics", TODAY + timedelta(days=1)))
    before = {str(e["UID"]): e.decoded("SEQUENCE") for e in events(old.path.read_bytes())}
    after = {str(e["UID"]): e.decoded("SEQUENCE") for e in events(new.path.read_bytes())}
    assert after.keys() == before.keys() and all(after[u] > before[u] for u in before)


def test_a_file_that_is_not_a_calendar_desk_wrote_is_never_overwritten(cases: Workspace, tmp_path: Path) -> None:
    other = tmp_path / "family.ics"
    theirs = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nEND:VCALENDAR\r\n"
    other.write_bytes(theirs)
    with pytest.raises(DeskError, match=r"family\.ics holds something other than a calendar Desk wrote"):
        write_calendar(cases, WriteCalendar(other, TODAY))
    assert other.read_bytes() == theirs
    with pytest.raises(DeskError, match="is a folder"):
        write_calendar(cases, WriteCalendar(tmp_path, TODAY))
    with pytest.raises(DeskError, match=r"give a file name ending in \.ics"):
        write_calendar(cases, WriteCalendar(tmp_path / "deadlines.pdf", TODAY))
    # An empty file, and a calendar of Desk's without events (a business with nothing due), are replaced.
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    assert write_calendar(cases, WriteCalendar(empty, TODAY)).events == 7
    nothing_due = Calendar()
    nothing_due.add("PRODID", PRODID)
    nothing_due.add("VERSION", "2.0")
    empty.write_bytes(nothing_due.to_ical())
    assert write_calendar(cases, WriteCalendar(empty, TODAY)).events == 7
