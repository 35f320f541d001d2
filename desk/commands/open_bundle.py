"""`desk open-bundle FILE.zip`, and `desk FILE.zip`: a lawyer's bundle opened from the file manager (the installer
adds Desk to Open with for .zip files; a .zip dropped on Desk's icon arrives the same way) is checked in a window,
as Tools › Verify Bundle… does. Only read, never unpacked. `desk verify-bundle` is the same check for a terminal."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from desk.commands import Commands
from desk.language import words

BUNDLE_SUFFIX = ".zip"


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "open-bundle",
        parents=[common],
        help=words.tr("check a bundle made by `desk export` in a window (Open with › Desk)"),
    )
    command.add_argument("bundle", type=Path, metavar="FILE.zip")
    command.set_defaults(handler=_open_bundle, needs_workspace=False)


def file_as_command(arguments: Sequence[str]) -> list[str]:
    """`desk FILE.zip` (a file dropped on Desk's icon) as `desk open-bundle FILE.zip`; other arguments unchanged."""
    if len(arguments) == 1 and not arguments[0].startswith("-") and arguments[0].lower().endswith(BUNDLE_SUFFIX):
        return ["open-bundle", arguments[0]]
    return list(arguments)


def _open_bundle(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.ui.open_bundle import check_bundle_window

    return check_bundle_window(args.bundle)
