"""The subcommands of `desk`, one module per group. Each module has `register(commands, common)` that adds its
parsers and sets `handler` (and `needs_workspace`); handlers import what they need only when they run, so that
`desk --help` and the GUI's start stay light. Every parser has `common` as a parent: the options every command
takes (`--data`, `--json`) are declared once, here, and a command never declares them itself.

A handler is `handler(args, ws) -> int` when `needs_workspace` is true (the CLI opens the data folder for it),
else `handler(args, data_dir) -> int`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from datetime import date
from enum import Enum
from typing import NoReturn, TypeAlias, TypeVar

from desk.language import words

E = TypeVar("E", bound=Enum)
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # only subscriptable for type checkers


HELPERS = ("audience", "output")  # modules of options and output the command groups share, not groups


class Parser(argparse.ArgumentParser):
    """desk's parsers: with --json on the command line, a usage error is JSON on stderr too."""

    json_errors = False  # set by desk.cli.main from the command line, before parsing

    def error(self, message: str) -> NoReturn:
        if Parser.json_errors:
            from desk.commands.output import print_error
            from desk.errors import Kind, Problem

            print_error(Problem(Kind.USER, f"{self.prog}: {message}"), as_json=True)
            self.exit(2)
        super().error(message)


def add_common_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--data and --json. On `desk` itself (`top`) with their defaults; on a command without, so that an option
    given before the command (`desk --json due`) is not undone by the command's own parser."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help=words.tr("the data folder (default: $DESK_DATA, else the platform's user data folder)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=words.tr("print JSON for scripts (an error too, on stderr)"),
    )


def common_options() -> Parser:
    """The parent parser of every command."""
    common = Parser(add_help=False)
    add_common_options(common)
    return common


def register_all(commands: Commands, common: argparse.ArgumentParser) -> None:
    """Every module of this package registers itself: adding a command group is adding a module."""
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name not in HELPERS:
            importlib.import_module(f"{__name__}.{module.name}").register(commands, common)


def iso_date(text: str) -> date:
    """An argparse type: a date like 2026-11-23."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(words.tr("{0!r} is not a date like 2026-11-23").format(text)) from None


def add_confirm_date(parser: argparse.ArgumentParser) -> None:
    """--confirm-date: keep a date outside the span Desk takes without asking (`desk.calendar.likely_span`)."""
    parser.add_argument(
        "--confirm-date",
        dest="confirm_dates",
        action="store_true",
        help=words.tr(
            "keep a date before 2000 or more than a year ahead (refused without it, as a likely typing mistake)"
        ),
    )


def parse_choice(cls: type[E], text: str, what: str) -> E:
    """`text` as a member of the enumeration `cls`, or an error listing what is allowed."""
    from desk.errors import DeskError

    try:
        return cls(text.strip().lower())
    except ValueError:
        known = ", ".join(str(m.value) for m in cls)
        raise DeskError(words.tr("unknown {0} {1!r}; known: {2}").format(what, text, known)) from None
