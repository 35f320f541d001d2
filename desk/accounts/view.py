"""What a member account's history shows, for the CLI and the GUI alike: each entry as a plain dict (`--json`) and
as a line for people, with a requested withdrawal's deadline (3 working days, seed 000); every account with its
balance (`desk account list`), one account's statement (`show`) and the entries an operation wrote."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.accounts.balance import Row, history, label, withdrawable
from desk.calendar import BeyondCalendar
from desk.common import words as enum_words
from desk.errors import DeskError
from desk.language import words
from desk.models import LedgerEntry, LedgerKind, MemberAccount, WithdrawalStatus
from desk.money import Money
from desk.overview.deadlines import Deadline, context, withdrawal_deadline
from desk.policies import load_policies


def withdrawal_deadlines(session: Session, entries: list[LedgerEntry], today: date) -> dict[int, Deadline]:
    """The deadline of each requested withdrawal among `entries`, by entry id."""
    waiting = [
        e for e in entries if e.kind is LedgerKind.WITHDRAWAL and e.withdrawal_status is WithdrawalStatus.REQUESTED
    ]
    if not waiting:
        return {}
    ctx = context(session, load_policies(session), today)
    found: dict[int, Deadline] = {}
    for entry in waiting:
        try:
            found[entry.id] = withdrawal_deadline(ctx, entry)
        except BeyondCalendar:  # requested on a date near 9999 (a typing mistake): shown without a deadline
            continue
    return found


def closing_balance(rows: list[Row], account: MemberAccount) -> Money | None:
    """The balance after the last entry; None when a rate is missing."""
    return rows[-1].balance if rows else Money.zero(account.currency)


def entry_json(row: Row, due: Deadline | None = None) -> dict[str, Any]:
    e = row.entry
    return {
        "id": e.id,
        "date": e.on_date,
        "kind": e.kind,
        "amount": e.signed,
        "in_account_currency": row.converted,
        "balance_after": row.balance,
        "counted": e.counts_in_balance,
        "channel": e.channel,
        "status": e.withdrawal_status,
        "done_on": e.done_on,
        "order": e.order.key if e.order is not None else None,
        "dispute": e.dispute_id,
        "note": e.note,
        "due": due.due if due is not None else None,
        "due_state": due.state if due is not None else None,
        "problem": row.problem,
    }


def _signed(money: Money) -> str:
    return f"+{money}" if money.minor > 0 else str(money)


def details(e: LedgerEntry, due: Deadline | None) -> str:
    parts = [enum_words(e.channel)] if e.channel is not None else []
    if e.withdrawal_status is not None:
        if due is not None:
            parts.append(words.tr("requested, due {0} ({1})").format(due.due.isoformat(), due.state))
        else:
            ended = f"{e.withdrawal_status} {e.done_on.isoformat() if e.done_on else ''}".rstrip()
            parts.append(ended if e.counts_in_balance else words.tr("{0}, not counted").format(ended))
    parts += [words.tr("order {0}").format(e.order.key)] if e.order is not None else []
    parts += [words.tr("dispute {0}").format(e.dispute_id)] if e.dispute_id is not None else []
    parts += [e.note] if e.note else []
    return " · ".join(parts)


def entry_line(row: Row, account: MemberAccount, due: Deadline | None = None) -> str:
    e = row.entry
    amount = words.tr("no rate") if row.converted is None else _signed(row.converted)
    after = str(row.balance) if row.balance is not None else "?"
    shown = details(e, due)
    if e.currency != account.currency:  # converted at the rate of its day; the amount as entered goes first
        rate = words.tr("{0} on {1}'s rate").format(_signed(e.signed), e.on_date.isoformat())
        shown = rate + (f" · {shown}" if shown else "")
    kind = e.kind.value.replace("_", " ")
    return f"  {e.id:>5}  {e.on_date.isoformat()}  {kind:<15} {amount:>14}  {after:>14}  {shown}"


def every_account(session: Session) -> list[dict[str, Any]]:
    """Each account with its balance (None when a rate is missing) and how many entries it has."""
    listed: list[dict[str, Any]] = []
    for account in session.scalars(select(MemberAccount).order_by(MemberAccount.provider, MemberAccount.name)):
        rows = history(session, account)
        listed.append(
            {
                "id": account.id,
                "account": label(account),
                "balance": closing_balance(rows, account),
                "entries": len(rows),
            }
        )
    return listed


def statement(session: Session, account: MemberAccount, today: date) -> tuple[dict[str, Any], list[str]]:
    """The balance, what may be withdrawn each way and the whole history, as plain values and as lines."""
    rows = history(session, account)
    due = withdrawal_deadlines(session, [r.entry for r in rows], today)
    problems = list(dict.fromkeys(r.problem for r in rows if r.problem))
    try:
        figures = withdrawable(session, account)
    except DeskError:  # a foreign entry without the rate of its day: `problems` says which
        figures = None
    data = {
        "id": account.id,
        "account": label(account),
        "currency": account.currency,
        "balance": closing_balance(rows, account),
        "withdrawable": None if figures is None else {"credit_card": figures.card, "transfer": figures.transfer},
        "entries": [entry_json(r, due.get(r.entry.id)) for r in rows],
        "problems": problems,
    }
    shown = data["balance"] or words.tr("unknown, a rate is missing")
    lines = [
        words.tr("{0} (account {1}, {2}): balance {3}").format(label(account), account.id, account.currency, shown)
    ]
    if figures is not None:
        lines.append(words.tr("May be withdrawn, less the transfer fee: {0}.").format(figures.describe()))
    lines += [entry_line(r, account, due.get(r.entry.id)) for r in rows] or ["  " + words.tr("No entries yet.")]
    lines += [words.tr("Balance unknown: {0}").format(problem) for problem in problems]
    return data, lines


def written(
    session: Session, account: MemberAccount, entry_ids: tuple[int, ...], today: date
) -> tuple[dict[str, Any], list[str]]:
    """The entries an operation wrote, with the balance after them and a withdrawal's deadline, as plain values
    and as lines."""
    rows = {r.entry.id: r for r in history(session, account)}
    entries = [rows[i].entry for i in entry_ids]
    due = withdrawal_deadlines(session, entries, today)
    balance = closing_balance(list(rows.values()), account)
    data = {
        "account": label(account),
        "entries": [entry_json(rows[e.id], due.get(e.id)) for e in entries],
        "balance": balance,
    }
    lines = [f"{label(account)}:"] + [entry_line(rows[e.id], account, due.get(e.id)) for e in entries]
    said = words.tr("Balance {0}.").format(balance) if balance else words.tr("Balance unknown: a rate is missing.")
    return data, [*lines, said]
