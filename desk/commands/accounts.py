"""`desk account …`: member accounts at a purchase agent or platform, their ledger and withdrawals (seed 000), and
the sealed withdrawal account.

An account is named `PROVIDER/NAME` (`Superbuy/reseller_eu_01`), or by its NAME alone when it is unique. Amounts
are in the account's currency unless they name another (`200 USD`); those show converted at the rate of their day."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, add_confirm_date, iso_date, parse_choice
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.models import Channel
    from desk.operations.accounts import LedgerWritten
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    account = commands.add_parser(
        "account", parents=[common], help=words.tr("member accounts: balance, history, withdrawals")
    )
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(
        name: str, text: str, handler: Any, *, named: bool = True, dated: bool = True, noted: bool = True
    ) -> Any:
        sub = actions.add_parser(name, parents=[common], help=text)
        if named:
            sub.add_argument(
                "account",
                metavar="NAME",
                help=words.tr("PROVIDER/NAME, or NAME when no other provider has an account of that name"),
            )
        if dated:
            sub.add_argument(
                "--on", type=iso_date, default=None, metavar="DATE", help=words.tr("the day it happened (today)")
            )
            add_confirm_date(sub)
        if dated and noted:
            sub.add_argument("--note", default=None)
        sub.set_defaults(handler=handler, needs_workspace=True)
        return sub

    new = action("new", words.tr("open a member account"), _new, named=False, dated=False)
    new.add_argument(
        "account", metavar="PROVIDER/NAME", help=words.tr("the agent or platform and our member name there")
    )
    new.add_argument("--currency", required=True, help=words.tr("the currency its balance is kept in, e.g. CNY"))
    new.add_argument("--notes", default=None)
    action("list", words.tr("every member account with its balance"), _list, named=False, dated=False)
    show = action("show", words.tr("balance, what may be withdrawn, and the history"), _show, dated=False)
    show.add_argument(
        "--today", type=iso_date, default=None, metavar="DATE", help=words.tr("for withdrawals due (today)")
    )

    funds = action("add-funds", words.tr("money added to the balance"), _add_funds)
    funds.add_argument("--amount", required=True, metavar="X")
    funds.add_argument("--channel", required=True, help="credit_card, western_union, moneygram, bank_transfer, …")
    pay = action("pay", words.tr("an order paid from the balance"), _pay)
    pay.add_argument("--order", required=True, metavar="PLATFORM:ORDER_NO")
    pay.add_argument("--amount", default=None, metavar="X", help=words.tr("what was paid (the order's total)"))
    back = action("cost-return", words.tr("cost returned to the balance from an order or a claim"), _cost_return)
    back.add_argument("--order", default=None, metavar="PLATFORM:ORDER_NO")
    back.add_argument("--dispute", type=int, default=None, metavar="ID", help=words.tr("the claim it settles"))
    back.add_argument("--amount", required=True, metavar="X")
    back.add_argument(
        "--reason", required=True, help="pending_cancelled, invalid, damaged_returned, wrong_or_damaged_claim"
    )
    out = action("withdraw", words.tr("request a withdrawal; its transfer fee is taken from the balance"), _withdraw)
    out.add_argument("--amount", required=True, metavar="X")
    out.add_argument("--channel", required=True, help=words.tr("credit_card, western_union or moneygram"))
    out.add_argument("--fee", required=True, metavar="F", help=words.tr("the transfer fee (0 if none)"))
    close = action(
        "withdrawal",
        words.tr("mark a requested withdrawal done, refused or cancelled"),
        _close,
        named=False,
        noted=False,
    )
    close.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    close.add_argument("status", choices=("done", "refused", "cancelled"))

    sealed = actions.add_parser(
        "withdrawal-account",
        parents=[common],
        help=words.tr("store where withdrawals go (read from stdin or a prompt), sealed; printed masked"),
    )
    sealed.add_argument("account_id", type=int, metavar="ACCOUNT_ID")
    sealed.add_argument("--show", action="store_true", help=words.tr("print the stored value, masked; reads nothing"))
    sealed.set_defaults(handler=_withdrawal_account, needs_workspace=True)


def _channel(text: str) -> Channel:
    from desk.models import Channel

    return parse_choice(Channel, text.replace("-", "_").replace(" ", "_"), words.tr("channel"))


def _new(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.accounts import OpenAccount, open_account

    made = open_account(ws, OpenAccount(args.account, args.currency, args.notes))
    if args.json:
        print_json({"id": made.account_id, "account": made.account, "currency": made.currency})
    else:
        print(made.message)
    return 0


def _list(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.accounts.view import every_account

    with ws.read() as session:
        listed = every_account(session)
    if args.json:
        print_json(listed)
    elif not listed:
        print(words.tr("No member accounts yet: open one with `desk account new PROVIDER/NAME --currency C`."))
    else:
        width = max(len(a["account"]) for a in listed)
        unknown = words.tr("unknown, a rate is missing")
        print_lines([f"{a['id']:>4}  {a['account']:<{width}}  {a['balance'] or unknown}" for a in listed])
    return 0


def _show(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.accounts.ledger import find_account
    from desk.accounts.view import statement

    with ws.read() as session:
        out = statement(session, find_account(session, args.account), args.today or date.today())
    return _print(args, out)


def _written(ws: Workspace, result: LedgerWritten) -> tuple[Any, list[str]]:
    """What an operation wrote, read back after it committed: what is shown was written."""
    from desk.accounts.ledger import get_account
    from desk.accounts.view import written

    with ws.read() as session:
        # Overdue or not: as of today, whatever --on said.
        return written(session, get_account(session, result.account_id), result.entry_ids, date.today())


def _print(args: argparse.Namespace, out: tuple[Any, list[str]]) -> int:
    if args.json:
        print_json(out[0])
    else:
        print_lines(out[1])
    return 0


def _add_funds(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.accounts import AddFunds, add_funds

    request = AddFunds(
        args.account,
        args.amount,
        _channel(args.channel),
        args.on or date.today(),
        args.note,
        confirm_dates=args.confirm_dates,
    )
    return _print(args, _written(ws, add_funds(ws, request)))


def _pay(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.accounts import PayOrderFromAccount, pay_order_from_account

    request = PayOrderFromAccount(
        args.account, args.order, args.on or date.today(), args.amount, args.note, confirm_dates=args.confirm_dates
    )
    return _print(args, _written(ws, pay_order_from_account(ws, request)))


def _cost_return(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.accounts.cost_returns import CostReturnReason
    from desk.operations.accounts import ReturnCost, return_cost

    reason = parse_choice(CostReturnReason, args.reason, words.tr("reason"))
    request = ReturnCost(
        args.account,
        args.amount,
        reason,
        args.on or date.today(),
        args.order,
        args.dispute,
        args.note,
        confirm_dates=args.confirm_dates,
    )
    return _print(args, _written(ws, return_cost(ws, request)))


def _withdraw(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.accounts import RequestWithdrawal, request_withdrawal

    channel = _channel(args.channel)
    request = RequestWithdrawal(
        args.account,
        args.amount,
        channel,
        args.fee,
        args.on or date.today(),
        args.note,
        confirm_dates=args.confirm_dates,
    )
    return _print(args, _written(ws, request_withdrawal(ws, request)))


def _close(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.models import WithdrawalStatus
    from desk.operations.accounts import CloseWithdrawal, close_withdrawal

    request = CloseWithdrawal(
        args.entry_id, WithdrawalStatus(args.status), args.on or date.today(), confirm_dates=args.confirm_dates
    )
    return _print(args, _written(ws, close_withdrawal(ws, request)))


def _withdrawal_account(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.accounts.balance import label
    from desk.accounts.ledger import get_account
    from desk.commands.secrets import read_secret
    from desk.operations.accounts import SetWithdrawalAccount, set_withdrawal_account
    from desk.sealing import masked

    if args.show:
        with ws.read() as session:
            account = get_account(session, args.account_id)
            name, shown = label(account), masked(session, account, "withdrawal_account")
    else:
        value = read_secret(words.tr("Withdrawal account (not shown as you type): "))
        stored = set_withdrawal_account(ws, SetWithdrawalAccount(args.account_id, value))
        name, shown = stored.account, stored.shown
    said = shown or words.tr("none stored")
    print(words.tr("Withdrawal account of {0} (account {1}): {2}").format(name, args.account_id, said))
    return 0
