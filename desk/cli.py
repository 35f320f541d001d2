"""The command line. `desk` opens the GUI; subcommands run the same operations without it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk import __version__
from desk.errors import DeskError
from desk.paths import choose_data_dir

if TYPE_CHECKING:
    from desk.workspace import Workspace

PAGES_HELP = "dashboard, orders, disputes, refunds, deposits, accounts, evidence, suppliers, stores, rates, audit"


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x800") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text}: width must be 320–7680 and height 240–4320")
    return width, height


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None


def build_parser() -> argparse.ArgumentParser:
    data_help = "the data folder (default: $DESK_DATA, else the platform's user data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS, help=data_help)

    parser = argparse.ArgumentParser(
        prog="desk", description="Desk: orders, supplier disputes, refunds and evidence, until the money is back."
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument("--data", metavar="DIR", default=None, help=data_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", parents=[common], help="open the main window (the default)")
    demo = commands.add_parser("demo", parents=[common], help="fill an empty data folder with demo data")
    demo.add_argument("--today", type=_date, default=None, help="the date the demo is built around")
    shot = commands.add_parser("screenshot", parents=[common], help="render the main window to a PNG file and exit")
    shot.add_argument("--page", default="dashboard", help=f"the page to show: {PAGES_HELP}")
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH", help="window size (1280x800)")
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    commands.add_parser("verify", parents=[common], help="check the audit chain; non-zero exit on any problem")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = choose_data_dir(args.data)
    try:
        return _run(args, data_dir)
    except DeskError as exc:
        print(f"desk: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        known = _known_database_error(exc)
        if known is None:
            raise  # a bug: the traceback is what a bug report needs
        print(f"desk: error: {known}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 130


def _known_database_error(exc: Exception) -> str | None:
    if "sqlalchemy" not in sys.modules and "sqlite3" not in sys.modules:
        return None
    from desk.db import describe_database_error

    return describe_database_error(exc)


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    command = args.command or "gui"
    if command == "gui":
        from desk.ui.app import run_gui

        return run_gui(data_dir)
    if command == "screenshot":
        return _screenshot(args, data_dir)
    from desk.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        if command == "demo":
            from desk.demo import fill_demo

            made = fill_demo(ws, args.today)
            print(f"Demo data written to {ws.root}: {made.describe()}")
            return 0
        if command == "verify":
            return _verify(ws)
    raise AssertionError(f"unhandled command {command}")


def _screenshot(args: argparse.Namespace, data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, and nothing flashes on one
    from desk.ui.app import screenshot

    written = screenshot(data_dir, args.output, args.page, args.size)
    print(f"Wrote {written}")
    return 0


def _verify(ws: Workspace) -> int:
    from desk.verify import verify

    report = verify(ws)
    if report.ok:
        print(f"Audit log: {report.audit_entries:,} entries, chain intact.")
        return 0
    first = report.breaks[0]
    print(f"Audit log broken at entry {first.entry_id}: {first.problem}", file=sys.stderr)
    more = len(report.breaks) - 1
    if more:
        print(f"({more} more {'problem' if more == 1 else 'problems'} after it)", file=sys.stderr)
    return 1
