"""`desk evidence add|list|edit|unlink|mark|delete`: files kept in the vault as evidence for orders, disputes and
refunds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands, parse_choice
from desk.commands.audience import add_audience, audience_of
from desk.commands.output import print_failure, print_json, print_lines
from desk.common import format_size
from desk.common import words as named
from desk.language import words

if TYPE_CHECKING:
    from desk.common import Progress
    from desk.evidence.files import Added
    from desk.workspace import Workspace


def _case_help() -> str:
    return words.tr("a dispute id (12), an order (aliexpress:8179…), refund:N or checklist:N")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    evidence = commands.add_parser("evidence", parents=[common], help=words.tr("add and list evidence files"))
    actions = evidence.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help=words.tr("add files (and folders) as evidence for a case"))
    add.add_argument("case", metavar="CASE", help=_case_help())
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--kind", default=None, help="photo, video, chat, email, payment_proof, tracking, invoice, …")
    add.add_argument("--note", default=None, metavar="TEXT", help=words.tr("what it shows"))
    add_audience(add)
    add.set_defaults(handler=_add, needs_workspace=True)

    listing = actions.add_parser("list", parents=[common], help=words.tr("all evidence, or a case's"))
    listing.add_argument("case", nargs="?", default=None, metavar="CASE", help=_case_help())
    listing.set_defaults(handler=_list, needs_workspace=True)

    unlink = actions.add_parser("unlink", parents=[common], help=words.tr("take evidence off a case (the file stays)"))
    unlink.add_argument("id", type=int, metavar="EVIDENCE_ID")
    unlink.add_argument("case", metavar="CASE", help=_case_help())
    unlink.set_defaults(handler=_unlink, needs_workspace=True)

    mark = actions.add_parser("mark", parents=[common], help=words.tr("say who may see evidence"))
    mark.add_argument("id", type=int, metavar="EVIDENCE_ID")
    which = add_audience(mark, required=True)
    which.add_argument("--shared", action="store_const", dest="audience", const="everyone", help="--for everyone")
    mark.set_defaults(handler=_mark, needs_workspace=True)

    edit = actions.add_parser("edit", parents=[common], help=words.tr("say what evidence is and what it shows"))
    edit.add_argument("id", type=int, metavar="EVIDENCE_ID")
    edit.add_argument("--kind", default=None, help="photo, video, chat, email, payment_proof, tracking, invoice, …")
    edit.add_argument("--description", default=None, metavar="TEXT", help=words.tr('what it shows ("" removes it)'))
    edit.add_argument(
        "--shows",
        default=None,
        metavar="ITEM",
        help=words.tr(
            "confirm which item of the evidence checklist it shows: photo_as_arrived, defect_video, "
            'tracking_history, correspondence, payment_proof, order_confirmation ("" takes the confirmation back)'
        ),
    )
    edit.set_defaults(handler=_edit, needs_workspace=True)

    delete = actions.add_parser(
        "delete",
        parents=[common],
        help=words.tr(
            "delete voided evidence for good, with its links and, if no other evidence holds it, its file "
            "(audited; cannot be undone). Void it first: desk void evidence ID --reason TEXT"
        ),
    )
    delete.add_argument("id", type=int, metavar="EVIDENCE_ID")
    delete.set_defaults(handler=_delete, needs_workspace=True)


def _add(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import EvidenceKind
    from desk.operations.evidence import AddEvidence, add_evidence

    kind = parse_choice(EvidenceKind, args.kind, words.tr("kind")) if args.kind else None
    request = AddEvidence(tuple(args.files), args.case, kind=kind, note=args.note, audience=audience_of(args))
    result = add_evidence(ws, request, progress=_progress_on_terminal())
    if args.json:
        skipped = [{"path": p.path, "reason": p.reason} for p in result.skipped]
        added = [a.as_json() for a in result.added]
        print_json({"case": result.case.label if result.case else None, "added": added, "skipped": skipped})
    else:
        print_lines([_describe(a) for a in result.all_added])
    if result.not_added is not None:  # the rest were added: said, and the exit code tells a script
        print_failure(result.not_added, as_json=args.json)
        return 1
    return 0


def _describe(a: Added) -> str:
    state = words.tr("added") if a.new else words.tr("already kept, linked")
    about = words.tr("({0} bytes, {1}, {2})").format(f"{a.size:,}", a.media_type, state)
    return f"{a.evidence_id:>5}  {named(a.kind):<18} {a.name}  {about}{_warning(a.warning)}"


def _warning(warning: str | None) -> str:
    return "  " + words.tr("WARNING: {0}").format(warning) if warning else ""


def _progress_on_terminal() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write("\r" + words.tr("{0} of {1}").format(format_size(done), format_size(total)))
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _list(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.evidence.cases import parse_case
    from desk.evidence.view import list_evidence
    from desk.models import EvidenceKind

    with ws.read() as session:
        case = parse_case(session, args.case) if args.case else None
        items = list_evidence(session, case)
    if args.json:
        print_json([i.as_json() for i in items])
        return 0
    no_case = words.tr("(no case)")
    print_lines(
        [
            f"{i.id:>5}  {named(EvidenceKind(i.kind)):<18} {i.name}  "
            + words.tr("{0} bytes").format(f"{i.size:,}")
            + f"  {', '.join(i.case_names) or no_case}{_warning(i.warning)}"
            for i in items
        ]
    )
    return 0


def _unlink(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.evidence import UnlinkEvidence, unlink_evidence

    print(unlink_evidence(ws, UnlinkEvidence(args.id, args.case)).message)
    return 0


def _mark(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.evidence import MarkEvidence, mark_evidence

    print(mark_evidence(ws, MarkEvidence(args.id, audience_of(args))).message)
    return 0


def _edit(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import EvidenceKind
    from desk.operations.evidence import EditEvidence, edit_evidence

    kind = parse_choice(EvidenceKind, args.kind, words.tr("kind")) if args.kind else None
    request = EditEvidence(args.id, kind=kind, description=args.description, shows=args.shows)
    print(edit_evidence(ws, request).message)
    return 0


def _delete(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.evidence import DeleteEvidence, delete_evidence

    print(delete_evidence(ws, DeleteEvidence(args.id)).message)
    return 0
