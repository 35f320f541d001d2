"""The deadline calendar: every deadline of the open cases as an all-day event of an iCalendar file (RFC 5545), with
an alarm at each step of its kind's reminder ladder, for calendar apps to import or to subscribe to as a file.

    feed = deadline_calendar(session, policies, today, previous=old_file_bytes)  # feed.data: the file's bytes

One event per deadline, whatever its state; an event goes with its deadline (once the seller has answered, the
seller's answer is off the calendar). Built with `icalendar`, never by hand. Its words are those of the lists (the
kind of deadline, the case as people name it); no key of Desk's own is in anything a calendar shows.

A re-export updates the events a calendar app already holds instead of adding copies (RFC 5545 3.8.4.7, 3.8.7.2-4):
- UID: a deadline's for as long as it lives, made from its case and kind, not its date, so that a date the platform
  moved (a deadline override) moves the event.
- SEQUENCE, the event's revision: kept for an event as it was in `previous` (the file this one replaces); raised, to
  at least the day's number (days since 2000-01-01), for one whose date, words or alarms changed; the day's number
  for a new one, so that a file written afresh on a later day, beside an older copy an app imported, still counts
  higher than what the app holds.
- DTSTAMP and LAST-MODIFIED: in a file without METHOD (this one: it is published, not sent to attendees) DTSTAMP is
  when the event's content was last revised, as LAST-MODIFIED is: kept from `previous` for an unchanged event (then
  the same data gives the same bytes), now for a new or changed one.

Alarms ring at 09:00 on the day of each step in the calendar's own time zone: an all-day event starts at local
midnight and each trigger is relative to that start (-3 days + 9 hours: 09:00 three days before). Every step is
kept, those already past too, so that an event does not change (and is not revised) each day.

An app that subscribes reads the whole file again and drops what it no longer holds; an app that imported a file
keeps an event whose deadline has gone until the user deletes it (a file without METHOD cannot cancel one)."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Component, Event, vDuration

from desk.overview.deadlines import Deadline, deadlines_for
from desk.overview.reminders import ladders

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk.policies import Policies

PRODID = "-//Desk//Deadlines//EN"
NAME = "Desk deadlines"
ABOUT = "The deadlines of the open cases in Desk, with a reminder at each step before them."
REFRESH = timedelta(hours=1)  # how often a subscribed app should read the file again (RFC 7986 REFRESH-INTERVAL)
ALARM_HOUR = 9
SEQUENCE_EPOCH = date(2000, 1, 1)
MAX_SEQUENCE = 2**31 - 1  # iCalendar's INTEGER is 32 bits (RFC 5545 3.3.8)
REVISION = ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE")  # what says when and how often an event changed, not what it is


def event_uid(deadline: Deadline) -> str:
    """The deadline's event UID: the same while its case and kind are, whatever its date; a plain token."""
    digest = hashlib.sha256(f"{deadline.case}\n{deadline.kind}".encode()).hexdigest()
    return f"{digest[:32]}@desk"


def alarm_trigger(lead: int) -> timedelta:
    """When the alarm `lead` days before rings, from the start of the all-day event: 09:00 that day."""
    return timedelta(days=-lead, hours=ALARM_HOUR)


@dataclass(frozen=True)
class Previous:
    """An event as the previous file had it: its revision and what it said."""

    sequence: int
    stamp: datetime
    content: str  # its content lines but those of REVISION, unfolded


def read_feed(data: bytes) -> dict[str, Previous] | None:
    """The events of a calendar Desk wrote, by UID; None when `data` is something else (another program's calendar,
    any other file). An event of it that cannot be read is left out: it is written again as new."""
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    if not isinstance(calendar, Calendar) or str(calendar.get("PRODID", "")) != PRODID:
        return None
    events: dict[str, Previous] = {}
    for event in calendar.walk("VEVENT"):
        try:
            uid = str(event["UID"])
            sequence = int(event.decoded("SEQUENCE"))
            stamp = event.decoded("DTSTAMP")
            for key in REVISION:
                event.pop(key, None)
            content = _content(event)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if isinstance(stamp, datetime) and stamp.tzinfo is not None and 0 <= sequence < MAX_SEQUENCE:
            events[uid] = Previous(sequence, stamp.astimezone(UTC), content)
    return events


@dataclass(frozen=True)
class Feed:
    data: bytes  # the iCalendar file
    events: int


def deadline_calendar(
    session: Session,
    policies: Policies,
    today: date,
    *,
    previous: bytes | None = None,
    now: datetime | None = None,
    problems: list[str] | None = None,
) -> Feed:
    """Every deadline of the open cases on `today` as an iCalendar file, with the number of its events. `previous`:
    the file this one replaces (its events' revisions are carried on; see the module). `now`: the time of a revision
    (now). `problems`: as `deadlines_for` gives them, the cases left without a deadline for want of a rule."""
    steps = ladders(session)
    deadlines = deadlines_for(session, policies, today, problems)
    before = (read_feed(previous) if previous else None) or {}
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    floor = max(0, (today - SEQUENCE_EPOCH).days)
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("NAME", NAME)
    calendar.add("X-WR-CALNAME", NAME)
    calendar.add("DESCRIPTION", ABOUT)
    calendar.add("X-WR-CALDESC", ABOUT)
    calendar.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))  # the same, as Outlook reads it
    events = sorted(((d.due, event_uid(d), d) for d in deadlines), key=lambda item: item[:2])
    seen: set[str] = set()
    for _, uid, deadline in events:
        if uid in seen:  # one event per deadline: never two of one case and kind
            continue
        seen.add(uid)
        event = _event(uid, deadline, steps[deadline.kind])
        content = _content(event)
        old = before.get(uid)
        if old is not None and old.content == content:
            sequence, revised = old.sequence, old.stamp
        else:
            sequence = max(floor, old.sequence + 1) if old is not None else floor
            revised = stamp
        event.add("DTSTAMP", revised)
        event.add("LAST-MODIFIED", revised)
        event.add("SEQUENCE", sequence)
        calendar.add_component(event)
    return Feed(bytes(calendar.to_ical()), len(seen))


def _content(event: Component) -> str:
    """What an event says, to tell whether it changed (unfolded: folding long lines is most of the writing's time)."""
    return "\n".join(event.content_lines())


def _event(uid: str, deadline: Deadline, ladder: tuple[int, ...]) -> Event:
    summary = plain(f"{deadline.what}: {deadline.name}")
    event = Event()
    event.add("UID", uid)
    event.add("DTSTART", deadline.due)
    event.add("DTEND", deadline.due + timedelta(days=1))
    event.add("SUMMARY", summary)
    event.add("DESCRIPTION", plain(_description(deadline, ladder)))
    event.add("TRANSP", "TRANSPARENT")  # a date to keep, not time taken
    for lead in ladder:
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", f"{_when(lead)} — {summary}")
        alarm.add("TRIGGER", alarm_trigger(lead))
        event.add_component(alarm)
    return event


def _description(deadline: Deadline, ladder: tuple[int, ...]) -> str:
    lines = [str(deadline.name), _sentence(str(deadline.detail)), f"Why this date: {_sentence(str(deadline.rule))}"]
    if deadline.state == "overdue":
        lines.insert(1, "Overdue: this day has passed and the case has not moved past it.")
    if ladder:
        lines.append(f"Reminders: {_listed([_when(lead).lower() for lead in ladder])}.")
    return "\n".join(lines)


def _when(lead: int) -> str:
    if lead == 0:
        return "Today"
    if lead == 1:
        return "Tomorrow"
    return f"In {lead} days"


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def plain(text: str) -> str:
    """`text` without the control characters iCalendar text may not hold: line breaks kept, the rest spaces."""
    text = text.replace("\r\n", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(c if c == "\n" or unicodedata.category(c) != "Cc" else " " for c in text)
