"""`desk void KIND ID --reason TEXT` and `desk restore KIND ID`: nothing is deleted; a voided record is kept, left out
of every sum, list and document, and can be restored."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desk.commands import Commands
from desk.commands.output import print_json
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace

KINDS = "order, dispute, event, refund, evidence, deposit, account, entry, rate, letter"


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    void = commands.add_parser(
        "void",
        parents=[common],
        help=words.tr("void a record: kept with its history, left out of every sum and document, restorable"),
    )
    void.add_argument("kind", metavar="KIND", help=KINDS)
    void.add_argument("id", type=int, metavar="ID")
    void.add_argument("--reason", required=True, metavar="TEXT", help=words.tr("why (kept with the record)"))
    void.set_defaults(handler=_void, needs_workspace=True)

    restore = commands.add_parser(
        "restore", parents=[common], help=words.tr("restore a voided record: it counts again")
    )
    restore.add_argument("kind", metavar="KIND", help=KINDS)
    restore.add_argument("id", type=int, metavar="ID")
    restore.set_defaults(handler=_restore, needs_workspace=True)


def _void(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.commands import parse_choice
    from desk.operations.voiding import VoidKind, VoidRecord, void_record

    kind = parse_choice(VoidKind, args.kind, words.tr("kind of record"))
    result = void_record(ws, VoidRecord(kind, args.id, args.reason))
    _print(args, result.message, result.kind.value, result.record_id, voided=True)
    return 0


def _restore(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.commands import parse_choice
    from desk.operations.voiding import RestoreRecord, VoidKind, restore_record

    result = restore_record(ws, RestoreRecord(parse_choice(VoidKind, args.kind, words.tr("kind of record")), args.id))
    _print(args, result.message, result.kind.value, result.record_id, voided=False)
    return 0


def _print(args: argparse.Namespace, message: str, kind: str, record_id: int, *, voided: bool) -> None:
    if args.json:
        print_json({"kind": kind, "id": record_id, "voided": voided, "message": message})
    else:
        print(message)
