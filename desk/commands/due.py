"""`desk due`: every deadline of the open cases, by date, derived from events and policy."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from desk.commands import Commands, iso_date
from desk.commands.output import print_json, print_lines

if TYPE_CHECKING:
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    due = commands.add_parser("due", parents=[common], help="deadlines of open cases by date: overdue, due, upcoming")
    due.add_argument("--today", type=iso_date, default=None, metavar="DATE", help="count from this day (today)")
    due.set_defaults(handler=_due, needs_workspace=True)


def _due(args: argparse.Namespace, ws: Workspace) -> int:
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
        print_lines([f"{d.due.isoformat()}  {d.state:<9} {d.what:<{width}}  {d.name}: {d.detail}" for d in deadlines])
    else:
        print("Nothing due: no open case has a deadline.")
    # On stderr, so that --json stays one document: cases left without a deadline for want of a rule.
    for problem in problems:
        print(f"desk: note: {problem}", file=sys.stderr)
    return 0
