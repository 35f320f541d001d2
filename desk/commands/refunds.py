"""`desk refund plan|record|receive|show`: a refund split across payment methods and followed until it arrives
(seed 001: proportional to what each method paid; coupons and vouchers are not refunded)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, add_confirm_date, iso_date, parse_choice
from desk.commands.output import print_json, print_lines
from desk.common import words as enum_words
from desk.language import words

if TYPE_CHECKING:
    from desk.models import Refund
    from desk.operations.refunds import RefundPlanned
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    refund = commands.add_parser("refund", parents=[common], help=words.tr("plan a refund and reconcile what arrived"))
    actions = refund.add_subparsers(dest="action", metavar="ACTION", required=True)

    for name, text in (
        ("plan", words.tr("split a refund across the order's payment methods, with arrival windows (stores nothing)")),
        ("record", words.tr("keep a refund the seller or platform approved, split as `plan` shows")),
    ):
        sub = actions.add_parser(name, parents=[common], help=text)
        sub.add_argument("--order", required=True, metavar="PLATFORM:ORDER_NO")
        sub.add_argument("--amount", required=True, metavar="X")
        sub.add_argument("--on", type=iso_date, default=None, metavar="DATE", help=words.tr("approved on (today)"))
        if name == "record":
            add_confirm_date(sub)
            sub.add_argument("--dispute", type=int, default=None, metavar="ID", help=words.tr("the dispute it settles"))
            sub.add_argument("--cause", default=None, help="dispute, cancellation, out_of_stock, return, …")
        sub.set_defaults(handler=_plan if name == "plan" else _record, needs_workspace=True)

    receive = actions.add_parser("receive", parents=[common], help=words.tr("record money that arrived on one method"))
    receive.add_argument("id", type=int, metavar="REFUND_ID")
    receive.add_argument("--method", required=True)
    receive.add_argument("--amount", required=True, metavar="X")
    receive.add_argument("--on", type=iso_date, default=None, metavar="DATE")
    add_confirm_date(receive)
    receive.set_defaults(handler=_receive, needs_workspace=True)

    show = actions.add_parser(
        "show", parents=[common], help=words.tr("each part against its window: on time, late, short…")
    )
    show.add_argument("id", type=int, metavar="REFUND_ID")
    show.add_argument("--today", type=iso_date, default=None, metavar="DATE")
    show.set_defaults(handler=_show, needs_workspace=True)


def _plan(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.refunds import PlanRefund, plan_refund

    _print_plan(args, plan_refund(ws, PlanRefund(args.order, args.amount, args.on or date.today())))
    return 0


def _record(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import RefundCause
    from desk.operations.refunds import RecordRefund, record_refund

    cause = parse_choice(RefundCause, args.cause, words.tr("cause")) if args.cause else None
    request = RecordRefund(
        args.order, args.amount, args.on or date.today(), cause, args.dispute, confirm_dates=args.confirm_dates
    )
    _print_plan(args, record_refund(ws, request))
    return 0


def _receive(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import PaymentMethod
    from desk.operations.refunds import ReceiveRefund, receive_refund

    method = parse_choice(PaymentMethod, args.method, words.tr("payment method"))
    receive_refund(
        ws, ReceiveRefund(args.id, method, args.amount, args.on or date.today(), confirm_dates=args.confirm_dates)
    )
    return _show(argparse.Namespace(id=args.id, today=args.on, json=args.json), ws)


def _refund(session: Any, refund_id: int) -> Refund:
    from desk.errors import DeskError
    from desk.models import Refund

    refund = session.get(Refund, refund_id)
    if refund is None:
        raise DeskError(words.tr("no refund {0}").format(refund_id))
    return refund  # type: ignore[no-any-return]


def _show(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.policies import load_policies
    from desk.refunds.tracking import reconcile

    with ws.read() as session:
        refund = _refund(session, args.id)
        parts = reconcile(refund, load_policies(session), args.today or date.today())
        summary: dict[str, Any] = {
            "id": refund.id,
            "order": refund.order.key,
            "dispute": refund.dispute_id,
            "cause": refund.cause,
            "approved_on": refund.approved_on,
            "expected": refund.expected,
            "received": refund.received,
            "parts": [
                {
                    "method": r.part.method,
                    "expected": r.expected,
                    "received": r.received,
                    "received_on": r.part.received_on,
                    "window": [r.earliest, r.latest],
                    "findings": [f.value for f in r.findings],
                    "rule": r.rule.cite(),
                }
                for r in parts
            ],
        }
    if args.json:
        print_json(summary)
        return 0
    lines = [
        words.tr("Refund {0} on {1}: expected {2}, received {3}").format(
            refund.id, summary["order"], summary["expected"], summary["received"]
        )
    ]
    for p in summary["parts"]:
        if p["received"] is not None:
            got = words.tr("{0} on {1}").format(p["received"], p["received_on"])
        else:
            got = words.tr("nothing yet")
        said = words.tr("expected {0}, {1}; window {2} – {3}: {4}").format(
            p["expected"], got, p["window"][0], p["window"][1], ", ".join(_finding(f) for f in p["findings"])
        )
        lines.append(f"  {p['method'].label:<16} {said}")
    print_lines(lines)
    return 0


def _finding(finding: str) -> str:
    """A part's finding (desk.refunds.tracking.Arrival) for people."""
    said = {
        "pending": words.tr("pending", "a refund's arrival"),
        "overdue": words.tr("overdue", "a refund's arrival"),
        "on_time": words.tr("on time", "a refund's arrival"),
        "late": words.tr("late", "a refund's arrival"),
        "short": words.tr("short", "a refund's arrival"),
        "over": words.tr("over", "a refund's arrival"),
    }
    return said.get(finding, finding.replace("_", " "))


def _print_plan(args: argparse.Namespace, plan: RefundPlanned) -> None:
    if args.json:
        print_json(
            {
                "refund": plan.refund_id,
                "order": plan.order,
                "amount": plan.amount,
                "approved_on": plan.approved_on,
                "coupons_not_refunded": plan.coupons_not_refunded,
                "parts": [
                    {
                        "method": p.method,
                        "paid": p.paid,
                        "amount": p.amount,
                        "earliest": p.earliest,
                        "latest": p.latest,
                        "rule": p.rule,
                    }
                    for p in plan.parts
                ],
            }
        )
        return
    if plan.refund_id is not None:
        head = words.tr("Refund {0} recorded: {1} on {2}, approved {3}").format(
            plan.refund_id, plan.amount, plan.order, plan.approved_on
        )
    else:
        head = words.tr("Refund plan: {0} on {1}, approved {2}").format(plan.amount, plan.order, plan.approved_on)
    lines = [head]
    for p in plan.parts:
        said = words.tr("{0} (paid {1}), expected {2} – {3}").format(p.amount, p.paid, p.earliest, p.latest)
        lines.append(f"  {enum_words(p.method):<16} {said}")
    if plan.coupons_not_refunded.minor:
        coupons = plan.coupons_not_refunded
        lines.append(
            "  "
            + words.tr('Coupons and vouchers ({0}) are not refunded ("Refund Methods and Timeframe").').format(coupons)
        )
    print_lines(lines)
