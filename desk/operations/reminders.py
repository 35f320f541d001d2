"""Answering reminders (snooze until a day, dismiss), and telling what came due since it was last told.

    snooze_reminder(ws, SnoozeReminder("dispute:12/seller_response/2026-12-08/3", until=date(2026, 12, 7)))
    dismiss_reminder(ws, DismissReminder("dispute:12/seller_response/2026-12-08/3"))
    announce(ws, Announce("scheduler", today))   # what came due since the scheduler's last run

Both answers are audited (a row of `reminder_responses`). What has been announced is not: each road (the scheduled
`desk due --remind`, the window) keeps the last day it told in a small file of the data folder
(`reminders-told.json`), so that a week with the computer off is told once, on the next run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from desk.calendar import check_likely
from desk.errors import DeskError
from desk.json_reading import read_json
from desk.language import words
from desk.models import ReminderAnswer, ReminderResponse
from desk.operations import Record, Result, changed
from desk.overview.reminders import Reminder, ReminderKey, came_due, parse_key, reminders_for
from desk.policies import load_policies
from desk.reports.document import write_atomically
from desk.workspace import Workspace

TOLD_FILE = "reminders-told.json"
ROADS = ("scheduler", "window")


@dataclass(frozen=True)
class SnoozeReminder:
    reminder: str  # its key: case/kind/due/step, as `desk due --reminders` and the Reminders list give it
    until: date  # shown again on this day
    today: date | None = None  # the day it is (today); the tests' clock
    confirm_dates: bool = False  # a day more than a year ahead, meant


@dataclass(frozen=True)
class DismissReminder:
    reminder: str
    today: date | None = None


@dataclass(frozen=True)
class Announce:
    road: str  # scheduler or window
    today: date | None = None


@dataclass(frozen=True, kw_only=True)
class ReminderAnswered(Result):
    reminder: str


@dataclass(frozen=True, kw_only=True)
class Announced(Result):
    reminders: tuple[Reminder, ...]  # what came due since the road last told, by date
    after: date | None  # the last day told before (None: never)


def _current(ws: Workspace, key: ReminderKey, text: str, today: date) -> Reminder:
    """The reminder `key` names, as it stands today; a clear refusal when it is not shown now."""
    with ws.read() as session:
        reminders = reminders_for(session, load_policies(session), today)
    for reminder in reminders:
        d = reminder.deadline
        if (d.case, d.kind, d.due) == (key.case, key.kind, key.due):
            if reminder.overdue:
                raise DeskError(
                    words.tr(
                        "{0} ({1}) is overdue: it stays flagged until the case moves past it. If the platform gave "
                        "more time, change the deadline's date instead."
                    ).format(d.what, d.name)
                )
            if reminder.lead != key.lead:
                raise DeskError(
                    words.tr("{0!r} is an earlier step of {1} ({2}): it is no longer shown").format(
                        text, d.what.lower(), d.name
                    )
                )
            return reminder
    raise DeskError(
        words.tr("no reminder {0!r} is shown today: its case moved on, or its deadline is not due for a while").format(
            text
        )
    )


def _answer(ws: Workspace, key: ReminderKey, answer: ReminderAnswer, until: date | None) -> None:
    with ws.write() as session:
        row = session.scalar(
            select(ReminderResponse).where(
                ReminderResponse.case_key == key.case,
                ReminderResponse.kind == key.kind,
                ReminderResponse.due == key.due,
                ReminderResponse.lead == key.lead,
            )
        )
        if row is None:
            row = ReminderResponse(case_key=key.case, kind=key.kind, due=key.due, lead=key.lead)
            session.add(row)
        row.answer, row.until = answer, until


def snooze_reminder(ws: Workspace, request: SnoozeReminder) -> ReminderAnswered:
    today = request.today or date.today()
    key = parse_key(request.reminder)
    if request.until <= today:
        raise DeskError(words.tr("a reminder is snoozed until a later day than today ({0})").format(today.isoformat()))
    check_likely([(words.tr("the day to remind again"), request.until)], confirmed=request.confirm_dates, today=today)
    reminder = _current(ws, key, request.reminder, today)
    _answer(ws, key, ReminderAnswer.SNOOZED, request.until)
    d = reminder.deadline
    return ReminderAnswered(
        changed=changed(Record.REMINDER),
        message=words.tr("Snoozed until {0}: {1} ({2}), due {3}.").format(
            request.until.isoformat(), d.what.lower(), d.name, d.due.isoformat()
        ),
        reminder=request.reminder,
    )


def dismiss_reminder(ws: Workspace, request: DismissReminder) -> ReminderAnswered:
    today = request.today or date.today()
    key = parse_key(request.reminder)
    reminder = _current(ws, key, request.reminder, today)
    _answer(ws, key, ReminderAnswer.DISMISSED, None)
    d = reminder.deadline
    return ReminderAnswered(
        changed=changed(Record.REMINDER),
        message=words.tr("Dismissed: {0} ({1}), due {2}. Its next step reminds again.").format(
            d.what.lower(), d.name, d.due.isoformat()
        ),
        reminder=request.reminder,
    )


def told_through(ws: Workspace, road: str) -> date | None:
    """The last day `road` told what came due; None when it never did (or the file cannot be read: telling again
    is better than missing one)."""
    try:
        told = read_json((ws.root / TOLD_FILE).read_bytes(), "the reminders told file")
        return date.fromisoformat(told[road])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def announce(ws: Workspace, request: Announce) -> Announced:
    """What came due since `road` last told, recorded as told through today."""
    if request.road not in ROADS:
        raise DeskError(words.tr("unknown road {0!r}; known: {1}").format(request.road, ", ".join(ROADS)))
    today = request.today or date.today()
    after = told_through(ws, request.road)
    if after is not None and after > today:  # the clock went back, or the file came from the future
        after = today - timedelta(days=1)
    with ws.read() as session:
        due = came_due(reminders_for(session, load_policies(session), today), after, today)
    _tell(ws, request.road, today)
    count = len(due)
    said = (
        words.tr("%n reminder(s) came due since {0}.", "", count).format(after.isoformat())
        if after is not None
        else words.tr("%n reminder(s) came due.", "", count)
    )
    return Announced(message=said, reminders=tuple(due), after=after)


def _tell(ws: Workspace, road: str, today: date) -> None:
    path = ws.root / TOLD_FILE
    try:
        told = read_json(path.read_bytes(), "the reminders told file")
        told = told if isinstance(told, dict) else {}
    except (OSError, ValueError):
        told = {}
    told[road] = today.isoformat()
    write_atomically(path, (json.dumps(told, indent=2, sort_keys=True) + "\n").encode())
