"""`desk deposit new|check|confirm|require|submit|event|show`: a merchant deposit refund application from the first
check to the money on the account (seed 003)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, add_confirm_date, iso_date, parse_choice
from desk.commands.output import print_json, print_lines
from desk.common import words

if TYPE_CHECKING:
    from desk.workspace import Workspace

EVENTS = "submitted, rejected, resubmitted, approved, paid, closed"


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    deposit = commands.add_parser("deposit", parents=[common], help="get a store's deposit back from its platform")
    actions = deposit.add_subparsers(dest="action", metavar="ACTION", required=True)

    new = actions.add_parser("new", parents=[common], help="a draft application, its checklist from policy")
    new.add_argument("--store", required=True, metavar="NAME", help="the store (added to Desk if it has none)")
    new.add_argument("--platform", required=True, metavar="P", help="aliexpress, amazon, ebay, …")
    new.add_argument("--amount", required=True, metavar="X", help='the deposit with its currency: "10000 CNY"')
    new.add_argument("--country", default=None, metavar="CC", help="the store's country, when it is added")
    new.add_argument("--on", type=iso_date, default=None, metavar="DATE", help="created on (today)")
    add_confirm_date(new)
    new.set_defaults(handler=_new, needs_workspace=True)

    checking = actions.add_parser("check", parents=[common], help="each prerequisite and document, met or not, why")
    checking.add_argument("id", type=int, metavar="ID")
    checking.set_defaults(handler=_check, needs_workspace=True)

    confirm = actions.add_parser("confirm", parents=[common], help="confirm a prerequisite Desk cannot check")
    confirm.add_argument("id", type=int, metavar="ID")
    confirm.add_argument("code", metavar="CODE", help="store_closed, no_violations, …")
    confirm.add_argument("--on", type=iso_date, default=None, metavar="DATE", help="confirmed on (today)")
    confirm.add_argument("--note", default=None, metavar="TEXT", help="how you know")
    confirm.add_argument("--undo", action="store_true", help="take a confirmation back")
    add_confirm_date(confirm)
    confirm.set_defaults(handler=_confirm, needs_workspace=True)

    require = actions.add_parser("require", parents=[common], help="add a document the platform asks for")
    require.add_argument("id", type=int, metavar="ID")
    require.add_argument("code", metavar="CODE", help="a short name, e.g. tax_certificate")
    require.add_argument("label", metavar="LABEL", help="what the document is")
    require.add_argument("--optional", action="store_true", help="recommended only: does not block submitting")
    require.set_defaults(handler=_require, needs_workspace=True)

    submit = actions.add_parser(
        "submit", parents=[common], help="submit (or resubmit); refused while anything is missing"
    )
    submit.add_argument("id", type=int, metavar="ID")
    submit.add_argument("--on", type=iso_date, default=None, metavar="DATE", help="submitted on (today)")
    add_confirm_date(submit)
    submit.set_defaults(handler=_submit, needs_workspace=True)

    event = actions.add_parser("event", parents=[common], help="record what the platform did; impossible ones refused")
    event.add_argument("id", type=int, metavar="ID")
    event.add_argument("kind", metavar="KIND", help=EVENTS)
    event.add_argument("--on", type=iso_date, default=None, metavar="DATE", help="when (today)")
    event.add_argument("--amount", default=None, metavar="X", help='paid: what arrived, "9850 CNY" or "1380 USD"')
    event.add_argument("--note", default=None, metavar="TEXT", help="rejected: the platform's reason")
    add_confirm_date(event)
    event.set_defaults(handler=_event, needs_workspace=True)

    show = actions.add_parser("show", parents=[common], help="submissions with review windows, what arrived, next")
    show.add_argument("id", type=int, metavar="ID")
    show.set_defaults(handler=_show, needs_workspace=True)


def _new(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import Platform
    from desk.operations.deposits import CreateDepositApplication, create_deposit_application

    platform = parse_choice(Platform, args.platform, "platform")
    request = CreateDepositApplication(
        args.store, platform, args.amount, args.on or date.today(), args.country, confirm_dates=args.confirm_dates
    )
    made = create_deposit_application(ws, request)
    report = _report(ws, made.application_id)
    report["store_added"] = made.store_added
    _print_report(args, report, "store added to Desk" if made.store_added else None)
    return 0


def _check(args: argparse.Namespace, ws: Workspace) -> int:
    _print_report(args, _report(ws, args.id))
    return 0


def _confirm(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.deposits import ConfirmPrerequisite, confirm_prerequisite

    request = ConfirmPrerequisite(
        args.id, args.code, args.on or date.today(), args.note, undo=args.undo, confirm_dates=args.confirm_dates
    )
    done = confirm_prerequisite(ws, request)
    _print_report(args, _report(ws, done.application_id))
    return 0


def _require(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.deposits import RequireDocument, require_document

    done = require_document(ws, RequireDocument(args.id, args.code, args.label, required=not args.optional))
    _print_report(args, _report(ws, done.application_id))
    return 0


def _submit(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.deposits import SubmitDepositApplication, submit_deposit_application

    request = SubmitDepositApplication(args.id, args.on or date.today(), confirm_dates=args.confirm_dates)
    done = submit_deposit_application(ws, request)
    _print_summary(args, _summary(ws, done.application_id))
    return 0


def _event(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.deposits.applications import DepositEvent
    from desk.operations.deposits import RecordDepositEvent, record_deposit_event

    kind = parse_choice(DepositEvent, args.kind, "event")
    request = RecordDepositEvent(
        args.id, kind, args.on or date.today(), args.amount, args.note, confirm_dates=args.confirm_dates
    )
    done = record_deposit_event(ws, request)
    _print_summary(args, _summary(ws, done.application_id))
    return 0


def _show(args: argparse.Namespace, ws: Workspace) -> int:
    _print_summary(args, _summary(ws, args.id))
    return 0


# ---- output ------------------------------------------------------------------------------------------------------


def _report(ws: Workspace, application_id: int) -> dict[str, Any]:
    """What `check` prints, read after any change committed: what is shown was written."""
    from desk.deposits.applications import get_application
    from desk.deposits.view import readiness

    with ws.read() as session:
        return readiness(session, get_application(session, application_id))


def _title(r: dict[str, Any]) -> str:
    state = words(r["state"]).lower()
    return f"Deposit application {r['id']}: {r['store']} on {r['platform'].label}, {r['deposit']}, {state}"


def _print_report(args: argparse.Namespace, r: dict[str, Any], remark: str | None = None) -> None:
    if args.json:
        print_json(r)
        return
    lines = [_title(r) + (f" ({remark})" if remark else "")]
    width = max((len(i["code"]) for i in r["prerequisites"] + r["documents"]), default=0)
    for heading, items in (("Prerequisites", r["prerequisites"]), ("Documents", r["documents"])):
        lines.append(f"{heading}:")
        for i in items:
            mark = "[x]" if i["met"] else "[ ]"
            lines.append(f"  {mark} {i['code']:<{width}}  {i['label']}: {i['why']}")
    if r["state"].value in ("draft", "rejected"):  # afterwards, what was met at submission is history
        missing = r["missing"]
        if missing:
            lines.append(f"Not ready to submit: {len(missing)} missing ({', '.join(missing)}).")
        else:
            lines.append(f"Ready to submit: desk deposit submit {r['id']}")
    print_lines(lines)


def _summary(ws: Workspace, application_id: int) -> dict[str, Any]:
    """What `show` prints, read after any change committed."""
    from desk.deposits.applications import get_application
    from desk.deposits.view import summary
    from desk.policies import load_policies

    with ws.read() as session:
        return summary(session, get_application(session, application_id), load_policies(session))


def _print_summary(args: argparse.Namespace, s: dict[str, Any]) -> None:
    if args.json:
        print_json(s)
        return
    lines = [_title(s), f"  created {s['created_on'].isoformat()}; next: {', '.join(s['next']) or 'nothing'}"]
    for sub in s["submissions"]:
        head = f"  submission {sub['seq']} on {sub['submitted_on'].isoformat()}: "
        if sub["outcome"].value != "pending":
            reason = f": {sub['reason']}" if sub["reason"] else ""
            lines.append(f"{head}{sub['outcome'].value} on {sub['decided_on'].isoformat()}{reason}")
        elif sub["window"] is not None:
            w = sub["window"]
            lines.append(
                f"{head}in review; a decision is expected {w['earliest'].isoformat()} to {w['latest'].isoformat()} "
                f"({w['counted']}; {w['rule']})"
            )
        else:
            lines.append(f"{head}in review; no review window known: {sub['window_problem']}")
    arrival = s["arrival"]
    if arrival is not None:
        flag = "FOLLOW UP: " if arrival["follow_up"] else ""
        cause = f" [cause: {arrival['cause']}]" if arrival["cause"] else ""
        lines.append(f"  {flag}{arrival['detail']}{cause}")
    if s["notes"]:
        lines += [f"  note: {line}" for line in s["notes"].splitlines()]
    print_lines(lines)
