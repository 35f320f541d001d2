"""`desk register -o FILE.csv`: the Bates register, every packet made with its page numbers and each exhibit's, as
CSV (what Save Bates Register… writes in the window)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "register",
        parents=[common],
        help=words.tr("the Bates register: every packet made, its page numbers and its exhibits', as CSV"),
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.csv", help=words.tr("where to write it")
    )
    parser.set_defaults(handler=_register, needs_workspace=True)


def _register(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.packets import SaveRegister, save_register

    result = save_register(ws, SaveRegister(args.output))
    if args.json:
        print_json({"path": str(result.path), "packets": result.productions})
    else:
        print_lines([result.message])
    return 0
