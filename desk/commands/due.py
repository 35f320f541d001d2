"""`desk due`: every deadline of the open cases, by date, derived from events and policy; its reminders
(`--reminders`), and what came due since the last scheduled run (`--remind`, for Task Scheduler, launchd or cron).
`desk remind snooze|dismiss REMINDER` answers one reminder."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from desk.commands import Commands, add_confirm_date, iso_date
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.overview.reminders import Reminder
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    due = commands.add_parser(
        "due", parents=[common], help=words.tr("deadlines of open cases by date: overdue, due, upcoming")
    )
    due.add_argument(
        "--today", type=iso_date, default=None, metavar="DATE", help=words.tr("count from this day (today)")
    )
    shown = due.add_mutually_exclusive_group()
    shown.add_argument(
        "--reminders", action="store_true", help=words.tr("the reminders shown today, snoozed or dismissed ones too")
    )
    shown.add_argument(
        "--remind",
        action="store_true",
        help=words.tr(
            "what came due since the last run, with a desktop notification where the system shows one (for Task "
            "Scheduler, launchd or cron); also brings the data folder's calendar up to date"
        ),
    )
    due.add_argument(
        "--no-notify", action="store_true", help=words.tr("with --remind: print only, no desktop notification")
    )
    due.set_defaults(handler=_due, needs_workspace=True)

    remind = commands.add_parser("remind", parents=[common], help=words.tr("snooze or dismiss a reminder"))
    answers = remind.add_subparsers(dest="answer", required=True, metavar="ANSWER")
    snooze = answers.add_parser("snooze", parents=[common], help=words.tr("hide a reminder until a day"))
    snooze.add_argument("reminder", help=words.tr("the reminder, as `desk due --reminders` names it"))
    snooze.add_argument(
        "--until", type=iso_date, required=True, metavar="DATE", help=words.tr("the day it shows again")
    )
    snooze.add_argument("--today", type=iso_date, default=None, metavar="DATE", help=argparse.SUPPRESS)
    add_confirm_date(snooze)
    snooze.set_defaults(handler=_snooze, needs_workspace=True)
    dismiss = answers.add_parser("dismiss", parents=[common], help=words.tr("hide a reminder until its next step"))
    dismiss.add_argument("reminder", help=words.tr("the reminder, as `desk due --reminders` names it"))
    dismiss.add_argument("--today", type=iso_date, default=None, metavar="DATE", help=argparse.SUPPRESS)
    dismiss.set_defaults(handler=_dismiss, needs_workspace=True)


def _due(args: argparse.Namespace, ws: Workspace) -> int:
    if args.remind:
        return _announce(args, ws)
    if args.reminders:
        return _reminders(args, ws)
    from desk.overview.deadlines import deadlines_for
    from desk.policies import load_policies

    today = args.today or date.today()
    problems: list[str] = []
    with ws.read() as session:
        deadlines = deadlines_for(session, load_policies(session), today, problems)
    if args.json:
        print_json([d.as_json() for d in deadlines])
    elif deadlines:
        width = max(len(d.what) for d in deadlines)
        print_lines(
            [f"{d.due.isoformat()}  {_state(d.state):<9} {d.what:<{width}}  {d.name}: {d.detail}" for d in deadlines]
        )
    else:
        print(words.tr("Nothing due: no open case has a deadline."))
    _notes(problems)
    return 0


def _state(state: str) -> str:
    """A deadline's state for people (desk.overview.deadlines.STATE_WORDS)."""
    from desk.overview.deadlines import STATE_WORDS

    return words.tr(STATE_WORDS[state]) if state in STATE_WORDS else state


def _notes(problems: list[str]) -> None:
    # On stderr, so that --json stays one document: cases left without a deadline for want of a rule.
    for problem in problems:
        print(f"desk: note: {problem}", file=sys.stderr)


def reminder_line(reminder: Reminder) -> str:
    """`2026-12-08  Seller's answer due  Dispute 12 …: 3 days before` for people."""
    d = reminder.deadline
    if reminder.overdue:
        step = words.tr("overdue")
    elif reminder.lead == 0:
        step = words.tr("today")
    else:
        step = words.tr("in %n day(s)", "", reminder.lead)
    line = f"{d.due.isoformat()}  {step:<10} {d.what}: {d.name}"
    if reminder.until is not None:
        line += " " + words.tr("(snoozed until {0})").format(reminder.until.isoformat())
    elif reminder.answer is not None and not reminder.overdue:
        line += " " + words.tr("(dismissed)")
    return line


def _reminders(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.overview.reminders import reminders_for
    from desk.policies import load_policies

    today = args.today or date.today()
    problems: list[str] = []
    with ws.read() as session:
        reminders = reminders_for(session, load_policies(session), today, problems)
    if args.json:
        print_json([r.as_json() for r in reminders])
    elif reminders:
        print_lines([line for r in reminders for line in (reminder_line(r), f"    {r.key}")])
    else:
        print(words.tr("No reminders today."))
    _notes(problems)
    return 0


def _announce(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.calendar import WriteCalendar, write_calendar
    from desk.operations.reminders import Announce, announce

    told = announce(ws, Announce("scheduler", args.today))
    write_calendar(ws, WriteCalendar(today=args.today))  # for calendar apps subscribed to the data folder's file
    if args.json:
        print_json({"after": told.after, "reminders": [r.as_json() for r in told.reminders]})
    elif told.reminders:
        print(told.message)
        print_lines([reminder_line(r) for r in told.reminders])
    else:
        if told.after:
            print(words.tr("Nothing came due since {0}.").format(told.after.isoformat()))
        else:
            print(words.tr("Nothing came due."))
    if told.reminders and not args.no_notify:
        from desk.ui.notify import notify  # Qt only when there is something to show

        lines = [reminder_line(r) for r in told.reminders]
        if not notify(told.message, lines) and not args.json:
            shows_none = words.tr("this system shows no desktop notification here; the list above is all")
            print(f"desk: note: {shows_none}", file=sys.stderr)
    return 0


def _snooze(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.reminders import SnoozeReminder, snooze_reminder

    result = snooze_reminder(ws, SnoozeReminder(args.reminder, args.until, args.today, args.confirm_dates))
    return _answered(args, result.reminder, result.message)


def _dismiss(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.reminders import DismissReminder, dismiss_reminder

    result = dismiss_reminder(ws, DismissReminder(args.reminder, args.today))
    return _answered(args, result.reminder, result.message)


def _answered(args: argparse.Namespace, reminder: str, message: str) -> int:
    if args.json:
        print_json({"reminder": reminder, "message": message})
    else:
        print(message)
    return 0
