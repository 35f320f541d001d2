"""The deadline calendar as a file: `desk calendar [-o FILE.ics]`, and the data folder's own `deadlines.ics` that
calendar apps subscribe to as a file.

    written = write_calendar(ws, WriteCalendar())                         # the data folder's deadlines.ics
    written = write_calendar(ws, WriteCalendar(Path("deadlines.ics")))   # a file of the user's choosing

The file is replaced whole (`write_atomically`), and the file it replaces gives its events' revisions, so that a
calendar app updates the events it holds (desk.reports.calendar_feed). A file of the user's choosing that holds
something other than a calendar Desk wrote is never overwritten: another program's calendar named by mistake would
be lost."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.errors import DeskError
from desk.language import english, words
from desk.operations import Result
from desk.policies import load_policies
from desk.reports.calendar_feed import deadline_calendar, read_feed
from desk.reports.document import write_atomically
from desk.reports.target import check_target
from desk.workspace import Workspace

CALENDAR_FILE = "deadlines.ics"
MAX_PREVIOUS = 64 * 1024 * 1024  # bytes; a calendar of Desk's with this many deadlines is far beyond any business


@dataclass(frozen=True)
class WriteCalendar:
    out: Path | None = None  # an .ics file; None: the data folder's own (CALENDAR_FILE)
    today: date | None = None  # the day it is (today); the tests' clock


@dataclass(frozen=True, kw_only=True)
class CalendarWritten(Result):
    path: Path
    events: int
    problems: tuple[str, ...] = ()  # the cases left without a deadline for want of a rule, one line each


def calendar_path(ws: Workspace) -> Path:
    """The data folder's own calendar file."""
    return ws.root / CALENDAR_FILE


def write_calendar(ws: Workspace, request: WriteCalendar) -> CalendarWritten:
    """Every deadline of the open cases as an .ics file, with an alarm at each step of its reminder ladder."""
    today = request.today or date.today()
    if request.out is None:
        out, previous = calendar_path(ws), _own_previous(calendar_path(ws))
    else:
        out = check_target(request.out, suffix=".ics")
        previous = _previous(out)
    problems: list[str] = []
    with ws.read() as session, english():  # the calendar's events read in English, as every document Desk makes
        feed = deadline_calendar(session, load_policies(session), today, previous=previous, problems=problems)
    if feed.data != previous:  # the same bytes are left alone: an app that watches the file reads it again for nothing
        write_atomically(out, feed.data)
    said = words.tr("Wrote %n deadline(s) to {0}.", "", feed.events).format(out)
    return CalendarWritten(message=said, path=out, events=feed.events, problems=tuple(problems))


def _own_previous(path: Path) -> bytes | None:
    """The data folder's calendar as it was, when it can be read: Desk's own file, replaced whatever it holds."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_PREVIOUS:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _previous(out: Path) -> bytes | None:
    """The calendar Desk wrote at `out` before (None: no file, or an empty one); a refusal naming `out` when it
    holds anything else."""
    try:
        found = out.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DeskError(
            words.tr("{0}: cannot be read ({1}), so Desk does not replace it").format(out, error.strerror or error)
        ) from None
    not_ours = DeskError(
        words.tr("{0} holds something other than a calendar Desk wrote: give another file name").format(out)
    )
    if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_PREVIOUS:
        raise not_ours
    if found.st_size == 0:
        return None
    try:
        data = out.read_bytes()
    except OSError as error:
        raise DeskError(
            words.tr("{0}: cannot be read ({1}), so Desk does not replace it").format(out, error.strerror or error)
        ) from None
    if read_feed(data) is None:
        raise not_ours
    return data
