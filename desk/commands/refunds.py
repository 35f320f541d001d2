"""`desk refund plan|record|receive|show`: a refund split across payment methods and followed until it arrives
(seed 001: proportional to what each method paid; coupons and vouchers are not refunded)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, iso_date, parse_choice
from desk.commands.output import print_json, print_lines

if TYPE_CHECKING:
    from desk.models import Refund
    from desk.refunds.tracking import RefundPlan
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    refund = commands.add_parser("refund", parents=[common], help="plan a refund and reconcile what arrived")
    actions = refund.add_subparsers(dest="action", metavar="ACTION", required=True)

    for name, text in (
        ("plan", "split a refund across the order's payment methods, with arrival windows (stores nothing)"),
        ("record", "keep a refund the seller or platform approved, split as `plan` shows"),
    ):
        sub = actions.add_parser(name, parents=[common], help=text)
        sub.add_argument("--order", required=True, metavar="PLATFORM:ORDER_NO")
        sub.add_argument("--amount", required=True, metavar="X")
        sub.add_argument("--on", type=iso_date, default=None, metavar="DATE", help="approved on (today)")
        if name == "record":
            sub.add_argument("--dispute", type=int, default=None, metavar="ID", help="the dispute it settles")
            sub.add_argument("--cause", default=None, help="dispute, cancellation, out_of_stock, return, …")
        sub.set_defaults(handler=_plan if name == "plan" else _record, needs_workspace=True)

    receive = actions.add_parser("receive", parents=[common], help="record money that arrived on one method")
    receive.add_argument("id", type=int, metavar="REFUND_ID")
    receive.add_argument("--method", required=True)
    receive.add_argument("--amount", required=True, metavar="X")
    receive.add_argument("--on", type=iso_date, default=None, metavar="DATE")
    receive.set_defaults(handler=_receive, needs_workspace=True)

    show = actions.add_parser("show", parents=[common], help="each part against its window: on time, late, short…")
    show.add_argument("id", type=int, metavar="REFUND_ID")
    show.add_argument("--today", type=iso_date, default=None, metavar="DATE")
    show.set_defaults(handler=_show, needs_workspace=True)


def _plan_for(session: Any, args: argparse.Namespace) -> tuple[Any, RefundPlan]:
    from desk.money import parse_money
    from desk.orders.lookup import find_order
    from desk.policies import load_policies
    from desk.refunds.tracking import plan_refund

    order = find_order(session, args.order)
    amount = parse_money(args.amount, order.currency)
    return order, plan_refund(order, amount, args.on or date.today(), load_policies(session))


def _plan(args: argparse.Namespace, ws: Workspace) -> int:
    with ws.read() as session:
        _, plan = _plan_for(session, args)
    _print_plan(args, plan)
    return 0


def _record(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.disputes.lifecycle import get_dispute
    from desk.models import RefundCause
    from desk.refunds.tracking import record_refund

    cause = parse_choice(RefundCause, args.cause, "cause") if args.cause else None
    with ws.write() as session:
        order, plan = _plan_for(session, args)
        dispute = get_dispute(session, args.dispute) if args.dispute is not None else None
        if dispute is not None and dispute.order_line.order_id != order.id:
            from desk.errors import DeskError

            raise DeskError(f"dispute {dispute.id} is about {dispute.order_line.order.key}, not {order.key}")
        cause = cause or (RefundCause.DISPUTE if dispute is not None else RefundCause.OTHER)
        refund = record_refund(session, plan, order, cause=cause, dispute=dispute)
        refund_id = refund.id
    _print_plan(args, plan, refund_id)
    return 0


def _receive(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import PaymentMethod
    from desk.money import parse_money
    from desk.refunds.tracking import receive

    method = parse_choice(PaymentMethod, args.method, "payment method")
    with ws.write() as session:
        refund = _refund(session, args.id)
        receive(refund, method, parse_money(args.amount, refund.order.currency), args.on or date.today())
    return _show(argparse.Namespace(id=args.id, today=args.on, json=args.json), ws)


def _refund(session: Any, refund_id: int) -> Refund:
    from desk.errors import DeskError
    from desk.models import Refund

    refund = session.get(Refund, refund_id)
    if refund is None:
        raise DeskError(f"no refund {refund_id}")
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
        f"Refund {refund.id} on {summary['order']}: expected {summary['expected']}, received {summary['received']}"
    ]
    for p in summary["parts"]:
        got = f"{p['received']} on {p['received_on']}" if p["received"] is not None else "nothing yet"
        lines.append(
            f"  {p['method'].label:<16} expected {p['expected']}, {got}; window {p['window'][0]} – {p['window'][1]}: "
            f"{', '.join(p['findings']).replace('_', ' ')}"
        )
    print_lines(lines)
    return 0


def _print_plan(args: argparse.Namespace, plan: RefundPlan, refund_id: int | None = None) -> None:
    if args.json:
        print_json(
            {
                "refund": refund_id,
                "order": plan.order_key,
                "amount": plan.amount,
                "approved_on": plan.start,
                "coupons_not_refunded": plan.coupons_not_refunded,
                "parts": [
                    {
                        "method": p.method,
                        "paid": p.paid,
                        "amount": p.amount,
                        "earliest": p.earliest,
                        "latest": p.latest,
                        "rule": p.rule.cite(),
                    }
                    for p in plan.parts
                ],
            }
        )
        return
    head = f"Refund {refund_id} recorded" if refund_id is not None else "Refund plan"
    lines = [f"{head}: {plan.amount} on {plan.order_key}, approved {plan.start}"]
    for p in plan.parts:
        lines.append(f"  {p.method.label:<16} {p.amount} (paid {p.paid}), expected {p.earliest} – {p.latest}")
    if plan.coupons_not_refunded.minor:
        lines.append(f"  Coupons and vouchers ({plan.coupons_not_refunded}) are not refunded (seed 001).")
    print_lines(lines)
