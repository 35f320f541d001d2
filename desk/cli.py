"""The command line. `desk` opens the GUI; subcommands (`desk.commands`) run the same operations without it.

Every command ends the same way when it fails (`desk.errors.classify`): the user's error prints one line
`desk: error: …` and exits 1; a bug goes with its traceback to the log (`desk.logs`), prints one line naming the
log and exits 2. With `--json` that line is a JSON document on stderr instead."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from desk import __version__
from desk.commands import Commands, Parser, add_common_options, common_options, register_all
from desk.commands.open_bundle import file_as_command
from desk.commands.self_test import HELP as SELF_TEST_HELP
from desk.commands.self_test import SelfTestOption
from desk.paths import choose_data_dir

EXIT_USER_ERROR = 1
EXIT_BUG = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="desk", description="Desk: orders, supplier disputes, refunds and evidence, until the money is back."
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    add_common_options(parser, top=True)
    parser.add_argument("--self-test", nargs=0, action=SelfTestOption, help=SELF_TEST_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help="open the main window (the default)")
    register_all(cast(Commands, commands), common)  # its parsers are Parsers, which the modules need not know
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """`desk` with `argv`, or with the process's own command line (the `desk` and `python -m desk` entry points)."""
    collecting = gc.isenabled()
    gc.disable()  # until the command runs: see _collect_from_here
    try:
        return _main(argv)
    finally:
        # on every way out (a usage error too), for a caller that runs `desk` in its own process
        if collecting:
            gc.enable()
        else:
            gc.disable()


def _main(argv: Sequence[str] | None) -> int:
    from desk import standard_streams
    from desk.logs import log_uncaught

    standard_streams.prepare()  # first: UTF-8 into pipes and files, the null device where a windowed app has none
    log_uncaught()  # and a bug nobody catches reaches the log, also where there is no stderr to show it
    arguments = file_as_command(sys.argv[1:] if argv is None else argv)  # `desk FILE.zip`: Open with
    Parser.json_errors = "--json" in arguments  # known before parsing, for a usage error's JSON
    args = build_parser().parse_args(arguments)
    data_dir = choose_data_dir(args.data)
    try:
        return _run(args, data_dir, whole_process=argv is None)
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `desk orders | head`: the reader left; nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so that the exit's flush is quiet
        return EXIT_USER_ERROR
    except Exception as exc:
        return report(exc, data_dir, command=args.command, as_json=args.json)


def report(exc: BaseException, data_dir: Path, *, command: str | None = None, as_json: bool = False) -> int:
    """Say what went wrong, on stderr, the one way every command does; the exit code."""
    from desk.commands.output import print_error
    from desk.errors import classify
    from desk.logs import log_bug, traceback_text
    from desk.paths import DB_NAME

    problem = classify(exc, database=data_dir / DB_NAME)
    if not problem.is_bug:
        print_error(problem, as_json=as_json)
        return EXIT_USER_ERROR
    log = log_bug(exc, f"running `desk {command or 'gui'}`")
    if log is None and not as_json:
        sys.stderr.write(traceback_text(exc))  # no log could be written: the bug must leave a trace somewhere
    print_error(problem, log=log, as_json=as_json)
    return EXIT_BUG


def _collect_from_here(whole_process: bool) -> None:
    """The cyclic collector back on, for the command's own work, with what start-up made set aside for good. Start-up
    (the database layer's classes, the models, the folder opened) allocates hundreds of thousands of objects that
    live as long as the process; the collector walked them again and again as they came (about a quarter of a
    short command's time, measured) and could free none of them. A caller that runs `desk` in its own process (a
    test) keeps its objects collectable: only the `desk` process sets everything aside."""
    if whole_process:
        gc.freeze()
    gc.enable()


def _run(args: argparse.Namespace, data_dir: Path, *, whole_process: bool) -> int:
    if args.command in (None, "gui"):
        from desk.ui.app import run_gui

        _collect_from_here(whole_process)
        return run_gui(data_dir)
    if not args.needs_workspace:
        _collect_from_here(whole_process)
        return int(args.handler(args, data_dir))
    from desk.commands.output import print_note
    from desk.logs import use_data_folder
    from desk.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        use_data_folder(ws.root)  # a bug from here on is logged in the folder's logs/
        if ws.warning is not None:  # a data folder on a network drive
            print_note(ws.warning, as_json=args.json)
        _collect_from_here(whole_process)
        return int(args.handler(args, ws))
