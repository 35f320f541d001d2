"""`desk keyring`: the keyring in use; and how a sensitive value is read (`desk account withdrawal-account`, in
desk/commands/accounts.py, stores one sealed).

A sensitive value is read from stdin or a prompt that does not echo, never from the command line (where it would
stay in the shell's history and the process list), and is only ever printed masked."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desk.commands import Commands
from desk.language import words


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    keyring = commands.add_parser(
        "keyring", parents=[common], help=words.tr("the keyring that keeps Desk's keys; exit 1 if none")
    )
    keyring.set_defaults(handler=_keyring, needs_workspace=False)


def _keyring(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.secrets import check, describe

    found = check()  # SecretsUnavailable: the user's error, said the one way every command says it
    print(words.tr("Secrets are kept in {0}.").format(describe(found)))
    return 0


def read_secret(prompt: str) -> str:
    """One line from a prompt that does not echo, or all of stdin when it is not a terminal."""
    from desk.errors import DeskError

    text = (getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.read()).strip()
    if not text:
        raise DeskError(words.tr("no value given: type it at the prompt or pipe it to stdin"))
    if "\n" in text:
        raise DeskError(words.tr("the value must be one line"))
    return text
