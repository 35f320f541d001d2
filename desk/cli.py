"""The command line. `desk` opens the GUI; subcommands (`desk.commands`) run the same operations without it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desk import __version__
from desk.commands import register_all
from desk.errors import DeskError
from desk.paths import choose_data_dir


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
    register_all(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = choose_data_dir(args.data)
    try:
        return _run(args, data_dir)
    except DeskError as exc:
        print(f"desk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        known = _known_database_error(exc)
        if known is None:
            raise  # a bug: the traceback is what a bug report needs
        print(f"desk: error: {known}", file=sys.stderr)
        return 1


def _known_database_error(exc: Exception) -> str | None:
    if "sqlalchemy" not in sys.modules and "sqlite3" not in sys.modules:
        return None
    from desk.db import describe_database_error

    return describe_database_error(exc)


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.command in (None, "gui"):
        from desk.ui.app import run_gui

        return run_gui(data_dir)
    if not args.needs_workspace:
        return int(args.handler(args, data_dir))
    from desk.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        return int(args.handler(args, ws))
