"""`desk deposit new|check|confirm|require|submit|event|show`: a merchant deposit refund application from the first
check to the money on the account (seed 003)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, add_confirm_date, iso_date, parse_choice
from desk.commands.output import print_json, print_lines
from desk.common import words as named
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace

EVENTS = "submitted, rejected, resubmitted, approved, paid, closed"


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    deposit = commands.add_parser(
        "deposit", parents=[common], help=words.tr("get a store's deposit back from its platform")
    )
    actions = deposit.add_subparsers(dest="action", metavar="ACTION", required=True)

    new = actions.add_parser("new", parents=[common], help=words.tr("a draft application, its checklist from policy"))
    new.add_argument(
        "--store", required=True, metavar="NAME", help=words.tr("the store (added to Desk if it has none)")
    )
    new.add_argument("--platform", required=True, metavar="P", help="aliexpress, amazon, ebay, …")
    new.add_argument(
        "--amount", required=True, metavar="X", help=words.tr('the deposit with its currency: "10000 CNY"')
    )
    new.add_argument("--country", default=None, metavar="CC", help=words.tr("the store's country, when it is added"))
    new.add_argument("--on", type=iso_date, default=None, metavar="DATE", help=words.tr("created on (today)"))
    add_confirm_date(new)
    new.set_defaults(handler=_new, needs_workspace=True)

    checking = actions.add_parser(
        "check", parents=[common], help=words.tr("each prerequisite and document, met or not, why")
    )
    checking.add_argument("id", type=int, metavar="ID")
    checking.set_defaults(handler=_check, needs_workspace=True)

    confirm = actions.add_parser("confirm", parents=[common], help=words.tr("confirm a prerequisite Desk cannot check"))
    confirm.add_argument("id", type=int, metavar="ID")
    confirm.add_argument("code", metavar="CODE", help="store_closed, no_violations, …")
    confirm.add_argument("--on", type=iso_date, default=None, metavar="DATE", help=words.tr("confirmed on (today)"))
    confirm.add_argument("--note", default=None, metavar="TEXT", help=words.tr("how you know"))
    confirm.add_argument("--undo", action="store_true", help=words.tr("take a confirmation back"))
    add_confirm_date(confirm)
    confirm.set_defaults(handler=_confirm, needs_workspace=True)

    require = actions.add_parser("require", parents=[common], help=words.tr("add a document the platform asks for"))
    require.add_argument("id", type=int, metavar="ID")
    require.add_argument("code", metavar="CODE", help=words.tr("a short name, e.g. tax_certificate"))
    require.add_argument("label", metavar="LABEL", help=words.tr("what the document is"))
    require.add_argument(
        "--optional", action="store_true", help=words.tr("recommended only: does not block submitting")
    )
    require.set_defaults(handler=_require, needs_workspace=True)

    submit = actions.add_parser(
        "submit", parents=[common], help=words.tr("submit (or resubmit); refused while anything is missing")
    )
    submit.add_argument("id", type=int, metavar="ID")
    submit.add_argument("--on", type=iso_date, default=None, metavar="DATE", help=words.tr("submitted on (today)"))
    add_confirm_date(submit)
    submit.set_defaults(handler=_submit, needs_workspace=True)

    event = actions.add_parser(
        "event", parents=[common], help=words.tr("record what the platform did; impossible ones refused")
    )
    event.add_argument("id", type=int, metavar="ID")
    event.add_argument("kind", metavar="KIND", help=EVENTS)
    event.add_argument("--on", type=iso_date, default=None, metavar="DATE", help=words.tr("when (today)"))
    event.add_argument(
        "--amount", default=None, metavar="X", help=words.tr('paid: what arrived, "9850 CNY" or "1380 USD"')
    )
    event.add_argument("--note", default=None, metavar="TEXT", help=words.tr("rejected: the platform's reason"))
    add_confirm_date(event)
    event.set_defaults(handler=_event, needs_workspace=True)

    show = actions.add_parser(
        "show", parents=[common], help=words.tr("submissions with review windows, what arrived, next")
    )
    show.add_argument("id", type=int, metavar="ID")
    show.set_defaults(handler=_show, needs_workspace=True)


def _new(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import Platform
    from desk.operations.deposits import CreateDepositApplication, create_deposit_application

    platform = parse_choice(Platform, args.platform, words.tr("platform"))
    request = CreateDepositApplication(
        args.store, platform, args.amount, args.on or date.today(), args.country, confirm_dates=args.confirm_dates
    )
    made = create_deposit_application(ws, request)
    report = _report(ws, made.application_id)
    report["store_added"] = made.store_added
    _print_report(args, report, words.tr("store added to Desk") if made.store_added else None)
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

    kind = parse_choice(DepositEvent, args.kind, words.tr("event"))
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
    state = named(r["state"]).lower()
    return words.tr("Deposit application {0}: {1} on {2}, {3}, {4}").format(
        r["id"], r["store"], r["platform"].label, r["deposit"], state
    )


def _print_report(args: argparse.Namespace, r: dict[str, Any], remark: str | None = None) -> None:
    if args.json:
        print_json(r)
        return
    lines = [_title(r) + (f" ({remark})" if remark else "")]
    width = max((len(i["code"]) for i in r["prerequisites"] + r["documents"]), default=0)
    for heading, items in ((words.tr("Prerequisites:"), r["prerequisites"]), (words.tr("Documents:"), r["documents"])):
        lines.append(heading)
        for i in items:
            mark = "[x]" if i["met"] else "[ ]"
            lines.append(f"  {mark} {i['code']:<{width}}  {i['label']}: {i['why']}")
    if r["state"].value in ("draft", "rejected"):  # afterwards, what was met at submission is history
        missing = r["missing"]
        if missing:
            lines.append(words.tr("Not ready to submit: {0} missing ({1}).").format(len(missing), ", ".join(missing)))
        else:
            lines.append(words.tr("Ready to submit: desk deposit submit {0}").format(r["id"]))
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
    following = ", ".join(s["next"]) or words.tr("nothing")
    lines = [_title(s), "  " + words.tr("created {0}; next: {1}").format(s["created_on"].isoformat(), following)]
    for sub in s["submissions"]:
        seq, submitted = sub["seq"], sub["submitted_on"].isoformat()
        if sub["outcome"].value != "pending":
            outcome, decided = sub["outcome"].value, sub["decided_on"].isoformat()
            if sub["reason"]:
                said = "  " + words.tr("submission {0} on {1}: {2} on {3}: {4}")
                lines.append(said.format(seq, submitted, outcome, decided, sub["reason"]))
            else:
                said = "  " + words.tr("submission {0} on {1}: {2} on {3}")
                lines.append(said.format(seq, submitted, outcome, decided))
        elif sub["window"] is not None:
            w = sub["window"]
            said = "  " + words.tr("submission {0} on {1}: in review; a decision is expected {2} to {3} ({4}; {5})")
            lines.append(
                said.format(seq, submitted, w["earliest"].isoformat(), w["latest"].isoformat(), w["counted"], w["rule"])
            )
        else:
            said = "  " + words.tr("submission {0} on {1}: in review; no review window known: {2}")
            lines.append(said.format(seq, submitted, sub["window_problem"]))
    arrival = s["arrival"]
    if arrival is not None:
        detail = arrival["detail"]
        if arrival["follow_up"]:
            detail = words.tr("FOLLOW UP: {0}").format(detail)
        if arrival["cause"]:
            detail = words.tr("{0} [cause: {1}]").format(detail, arrival["cause"])
        lines.append(f"  {detail}")
    if s["notes"]:
        lines += ["  " + words.tr("note: {0}").format(line) for line in s["notes"].splitlines()]
    print_lines(lines)
