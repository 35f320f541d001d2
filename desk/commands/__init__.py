"""The subcommands of `desk`, one module per group. Each module has `register(commands, common)` that adds its
parsers and sets `handler` (and `needs_workspace`); handlers import what they need only when they run, so that
`desk --help` and the GUI's start stay light.

A handler is `handler(args, ws) -> int` when `needs_workspace` is true (the CLI opens the data folder for it),
else `handler(args, data_dir) -> int`."""

from __future__ import annotations

import argparse
import importlib
from datetime import date
from typing import TypeAlias

MODULES = (
    "desk.commands.basics",
)


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # only subscriptable for type checkers


def register_all(commands: Commands, common: argparse.ArgumentParser) -> None:
    for name in MODULES:
        importlib.import_module(name).register(commands, common)


def iso_date(text: str) -> date:
    """An argparse type: a date like 2026-11-23."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None
