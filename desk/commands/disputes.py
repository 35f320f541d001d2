"""`desk dispute open|event|edit|statement|show`: supplier disputes from the command line (seed 002)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, add_confirm_date, iso_date, parse_choice
from desk.commands.audience import add_audience, audience_of
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.models import Dispute
    from desk.workspace import Workspace

REASONS = (
    "not_received, not_as_described, damaged, wrong_item, wrong_quantity, not_shipped_in_time, seller_fraud, other"
)
EVENTS = (
    "seller_answered, offer, offer_accepted, offer_rejected, escalated, decided, refund_sent, refund_received, "
    "closed, note"
)


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    dispute = commands.add_parser(
        "dispute", parents=[common], help=words.tr("open a dispute and record what happens in it")
    )
    actions = dispute.add_subparsers(dest="action", metavar="ACTION", required=True)

    opening = actions.add_parser("open", parents=[common], help=words.tr("open a dispute on one order line"))
    opening.add_argument("--order", required=True, metavar="PLATFORM:ORDER_NO")
    opening.add_argument("--line", required=True, type=int, metavar="N")
    opening.add_argument("--reason", required=True, help=REASONS)
    opening.add_argument("--want", required=True, choices=["refund", "return_refund"])
    opening.add_argument("--amount", required=True, metavar="X", help=words.tr("the amount claimed, e.g. 12.50"))
    opening.add_argument(
        "--on", type=iso_date, default=None, metavar="DATE", help=words.tr("when it was opened (today)")
    )
    opening.add_argument("--note", default=None, metavar="TEXT")
    add_confirm_date(opening)
    opening.set_defaults(handler=_open, needs_workspace=True)

    event = actions.add_parser("event", parents=[common], help=words.tr("record an event; impossible ones are refused"))
    event.add_argument("id", type=int, metavar="ID")
    event.add_argument("kind", metavar="KIND", help=EVENTS)
    event.add_argument("--on", type=iso_date, default=None, metavar="DATE")
    event.add_argument("--amount", default=None, metavar="X")
    event.add_argument("--note", default=None, metavar="TEXT")
    add_audience(event)
    add_confirm_date(event)
    event.set_defaults(handler=_event, needs_workspace=True)

    edit = actions.add_parser(
        "edit", parents=[common], help=words.tr("correct a dispute as entered: only what is given changes")
    )
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--reason", default=None, help=REASONS)
    edit.add_argument("--want", default=None, choices=["refund", "return_refund"])
    edit.add_argument("--amount", default=None, metavar="X", help=words.tr("the amount claimed, e.g. 12.50"))
    edit.add_argument(
        "--case-no", default=None, metavar="TEXT", help=words.tr("the platform's case number ('' clears it)")
    )
    edit.set_defaults(handler=_edit, needs_workspace=True)

    statement = actions.add_parser(
        "statement", parents=[common], help=words.tr("set the statement of facts that opens the claim packet")
    )
    statement.add_argument("id", type=int, metavar="ID")
    statement.add_argument(
        "--file", type=Path, default=None, metavar="FILE", help=words.tr("read it from FILE (UTF-8)")
    )
    statement.add_argument("--text", default=None, metavar="TEXT", help=words.tr("the statement itself"))
    statement.set_defaults(handler=_statement, needs_workspace=True)

    show = actions.add_parser("show", parents=[common], help=words.tr("a dispute with its timeline"))
    show.add_argument("id", type=int, metavar="ID")
    show.set_defaults(handler=_show, needs_workspace=True)


def _open(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import DisputeReason, DisputeWant
    from desk.operations.disputes import OpenDispute, open_dispute

    reason = parse_choice(DisputeReason, args.reason, words.tr("reason"))
    request = OpenDispute(
        args.order,
        args.line,
        reason,
        DisputeWant(args.want),
        args.amount,
        args.on or date.today(),
        args.note,
        confirm_dates=args.confirm_dates,
    )
    _print(args, _summary(ws, open_dispute(ws, request).dispute_id))
    return 0


def _event(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import DisputeEventKind
    from desk.operations.disputes import RecordDisputeEvent, record_dispute_event

    kind = parse_choice(DisputeEventKind, args.kind, words.tr("event"))
    on = args.on or date.today()
    request = RecordDisputeEvent(
        args.id, kind, on, args.amount, args.note, audience=audience_of(args), confirm_dates=args.confirm_dates
    )
    _print(args, _summary(ws, record_dispute_event(ws, request).dispute_id))
    return 0


def _edit(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.models import DisputeReason, DisputeWant
    from desk.operations.disputes import EditDispute, edit_dispute

    if all(v is None for v in (args.reason, args.want, args.amount, args.case_no)):
        raise DeskError(words.tr("say what to correct: --reason, --want, --amount or --case-no"))
    reason = parse_choice(DisputeReason, args.reason, words.tr("reason")) if args.reason is not None else None
    want = DisputeWant(args.want) if args.want is not None else None
    result = edit_dispute(ws, EditDispute(args.id, reason, want, args.amount, args.case_no))
    if not args.json:
        print(result.message)
    _print(args, _summary(ws, result.dispute_id))
    return 0


def _statement(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.operations.disputes import SetStatement, set_statement

    if args.text is not None and args.file is not None:
        raise DeskError(words.tr("give the statement with --text or --file, not both"))
    if args.text is not None:
        text = args.text
    elif args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DeskError(words.tr("{0}: cannot read the statement: {1}").format(args.file, exc)) from None
    else:
        text = sys.stdin.read()
    print(set_statement(ws, SetStatement(args.id, text)).message)
    return 0


def _summary(ws: Workspace, dispute_id: int) -> dict[str, Any]:
    from desk.disputes.lifecycle import get_dispute

    with ws.read() as session:
        return describe(get_dispute(session, dispute_id))


def _show(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.accounts.ledger import entries_for_case
    from desk.disputes.lifecycle import get_dispute
    from desk.money import Money

    with ws.read() as session:
        dispute = get_dispute(session, args.id)
        summary = describe(dispute)
        # Seed 000: a claim's cost return lands in a member account; it shows on the dispute too.
        summary["account_entries"] = [
            {
                "on": e.on_date,
                "account": f"{e.account.provider}/{e.account.name}",
                "kind": e.kind.value,
                "amount": Money(e.amount_minor, e.currency),
                "note": e.note,
            }
            for e in entries_for_case(session, dispute)
        ]
    _print(args, summary)
    return 0


def describe(dispute: Dispute) -> dict[str, Any]:
    from desk.disputes.lifecycle import allowed_events
    from desk.money import Money

    line = dispute.order_line
    currency = dispute.currency
    return {
        "id": dispute.id,
        "order": line.order.key,
        "line": line.line_no,
        "item": line.item,
        "supplier": line.order.supplier.name,
        "reason": dispute.reason,
        "want": dispute.want,
        "state": dispute.state,
        "opened_on": dispute.opened_on,
        "claimed": dispute.claimed,
        "won": dispute.won,
        "outcome": dispute.outcome,
        "case_no": dispute.platform_case_no,
        "statement": dispute.statement,
        "next": [k.value for k in allowed_events(dispute.state)],
        "events": [
            {
                "id": e.id,  # for `desk void event ID`
                "on": e.occurred_on,
                "kind": e.kind,
                "amount": None if e.amount_minor is None else Money(e.amount_minor, currency),
                "note": e.note,
                "internal": e.internal,
                "audience": e.audience,
            }
            for e in dispute.events
        ],
    }


def _print(args: argparse.Namespace, summary: dict[str, Any]) -> None:
    if args.json:
        print_json(summary)
        return
    from desk.common import words as named
    from desk.models import DisputeEventKind
    from desk.overview.names import LEDGER_WORDS

    following = ", ".join(named(DisputeEventKind(k)).lower() for k in summary["next"])
    reason, want = named(summary["reason"]), named(summary["want"]).lower()
    if summary["won"] is not None:
        wants = words.tr("{0}, wants {1}, claimed {2}, won {3}").format(
            reason, want, summary["claimed"], summary["won"]
        )
    else:
        wants = words.tr("{0}, wants {1}, claimed {2}").format(reason, want, summary["claimed"])
    lines = [
        words.tr("Dispute {0}: {1} line {2} ({3})").format(
            summary["id"], summary["order"], summary["line"], summary["item"]
        ),
        f"  {wants}",
        "  " + words.tr("state: {0}; what can happen next: {1}").format(named(summary["state"]).lower(), following),
    ]
    if summary["case_no"]:
        lines.insert(1, "  " + words.tr("the platform's case number: {0}").format(summary["case_no"]))
    for e in summary["events"]:
        amount = f"  {e['amount']}" if e["amount"] is not None else ""
        note = f"  {e['note']}" if e["note"] else ""
        event = words.tr("(event {0})").format(e["id"])
        lines.append(f"  {e['on'].isoformat()}  {named(e['kind'])}{amount}{note}  {event}")
    for e in summary.get("account_entries", []):
        ledger = str(e["kind"])
        kind = words.tr(LEDGER_WORDS[ledger]) if ledger in LEDGER_WORDS else named(ledger)
        entry = words.tr("{0} {1} in {2}").format(kind, e["amount"], e["account"])
        lines.append(f"  {e['on'].isoformat()}  {entry}  {e['note'] or ''}".rstrip())
    print_lines(lines)
