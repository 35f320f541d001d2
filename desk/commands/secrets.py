"""`desk keyring` and `desk account withdrawal-account`: the keyring in use, and a sensitive field stored sealed.

A sensitive value is read from stdin or a prompt that does not echo, never from the command line (where it would
stay in the shell's history and the process list), and is only ever printed masked."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands

if TYPE_CHECKING:
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    keyring = commands.add_parser(
        "keyring", parents=[common], help="the keyring that keeps Desk's keys; exit 1 if none"
    )
    keyring.set_defaults(handler=_keyring, needs_workspace=False)

    account = commands.add_parser("account", parents=[common], help="a member account's sensitive details")
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    withdrawal = actions.add_parser(
        "withdrawal-account",
        parents=[common],
        help="store where withdrawals go (read from stdin or a prompt), sealed; printed masked",
    )
    withdrawal.add_argument("account_id", type=int, metavar="ACCOUNT_ID")
    withdrawal.add_argument("--show", action="store_true", help="print the stored value, masked; reads nothing")
    withdrawal.set_defaults(handler=_withdrawal_account, needs_workspace=True)


def _keyring(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.secrets import SecretsUnavailable, check, describe

    try:
        found = check()
    except SecretsUnavailable as exc:
        print(f"desk: error: {exc}", file=sys.stderr)
        return 1
    print(f"Secrets are kept in {describe(found)}.")
    return 0


def read_secret(prompt: str) -> str:
    """One line from a prompt that does not echo, or all of stdin when it is not a terminal."""
    from desk.errors import DeskError

    text = (getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.read()).strip()
    if not text:
        raise DeskError("no value given: type it at the prompt or pipe it to stdin")
    if "\n" in text:
        raise DeskError("the value must be one line")
    return text


def _withdrawal_account(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.models import MemberAccount
    from desk.sealing import masked, set_sealed

    value = None if args.show else read_secret("Withdrawal account (not shown as you type): ")
    with ws.write() if value is not None else ws.read() as session:
        account = session.get(MemberAccount, args.account_id)
        if account is None:
            raise DeskError(f"no member account {args.account_id}")
        if value is not None:
            set_sealed(session, account, "withdrawal_account", value)
        shown = masked(session, account, "withdrawal_account")
        label = f"{account.provider} / {account.name}"
    print(f"Withdrawal account of {label} (account {args.account_id}): {shown or 'none stored'}")
    return 0
