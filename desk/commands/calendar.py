"""`desk calendar`: every deadline of the open cases as a calendar file (.ics), with a reminder at each step before
it; without -o, the data folder's own calendar file, which calendar apps can subscribe to."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands, iso_date
from desk.commands.output import print_json
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help=words.tr("write the deadlines as a calendar file (.ics) for calendar apps"),
        description=words.tr(
            "Writes every deadline of the open cases as an all-day event, with a reminder at 9:00 on each day the "
            "deadline's kind reminds (7, 3 and 1 days before and on the day, unless changed in Preferences). Without "
            "-o it writes the data folder's own calendar file, which a calendar app can subscribe to; writing it "
            "again updates the events the app shows instead of adding copies."
        ),
    )
    calendar.add_argument(
        "-o",
        "--out",
        type=Path,
        default=None,
        metavar="FILE.ics",
        help=words.tr("where to write it (the data folder's own)"),
    )
    calendar.add_argument(
        "--today", type=iso_date, default=None, metavar="DATE", help=words.tr("count from this day (today)")
    )
    calendar.set_defaults(handler=_calendar, needs_workspace=True)


def _calendar(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.calendar import WriteCalendar, write_calendar

    written = write_calendar(ws, WriteCalendar(args.out, args.today or date.today()))
    if args.json:
        print_json({"path": written.path, "events": written.events})
    else:
        print(written.message)
    # On stderr, so that --json stays one document: cases left without a deadline for want of a rule.
    for problem in written.problems:
        print(f"desk: note: {problem}", file=sys.stderr)
    return 0
