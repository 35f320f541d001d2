"""The subcommands of `desk`, one module per group. Each module has `register(commands, common)` that adds its
parsers and sets `handler` (and `needs_workspace`); handlers import what they need only when they run, so that
`desk --help` and the GUI's start stay light.

A handler is `handler(args, ws) -> int` when `needs_workspace` is true (the CLI opens the data folder for it),
else `handler(args, data_dir) -> int`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from datetime import date
from enum import Enum
from typing import TypeAlias, TypeVar

E = TypeVar("E", bound=Enum)
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # only subscriptable for type checkers


def register_all(commands: Commands, common: argparse.ArgumentParser) -> None:
    """Every module of this package registers itself: adding a command group is adding a module."""
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name != "output":
            importlib.import_module(f"{__name__}.{module.name}").register(commands, common)


def iso_date(text: str) -> date:
    """An argparse type: a date like 2026-11-23."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None


def parse_choice(cls: type[E], text: str, what: str) -> E:
    """`text` as a member of the enumeration `cls`, or an error listing what is allowed."""
    from desk.errors import DeskError

    try:
        return cls(text.strip().lower())
    except ValueError:
        raise DeskError(f"unknown {what} {text!r}; known: {', '.join(str(m.value) for m in cls)}") from None
