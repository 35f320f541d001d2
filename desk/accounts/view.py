"""What a member account's history shows, for the CLI and the GUI alike: each entry as a plain dict (`--json`) and
as a line for people, with a requested withdrawal's deadline (3 working days, seed 000)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk.accounts.balance import Row
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
    return {e.id: withdrawal_deadline(ctx, e) for e in waiting}


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
    parts = [e.channel.label] if e.channel is not None else []
    if e.withdrawal_status is not None:
        if due is not None:
            parts.append(f"requested, due {due.due.isoformat()} ({due.state})")
        else:
            counted = "" if e.counts_in_balance else ", not counted"
            parts.append(f"{e.withdrawal_status} {e.done_on.isoformat() if e.done_on else ''}".rstrip() + counted)
    parts += [f"order {e.order.key}"] if e.order is not None else []
    parts += [f"dispute {e.dispute_id}"] if e.dispute_id is not None else []
    parts += [e.note] if e.note else []
    return " · ".join(parts)


def entry_line(row: Row, account: MemberAccount, due: Deadline | None = None) -> str:
    e = row.entry
    amount = "no rate" if row.converted is None else _signed(row.converted)
    after = str(row.balance) if row.balance is not None else "?"
    shown = details(e, due)
    if e.currency != account.currency:  # converted at the rate of its day; the amount as entered goes first
        shown = f"{_signed(e.signed)} on {e.on_date.isoformat()}'s rate" + (f" · {shown}" if shown else "")
    kind = e.kind.value.replace("_", " ")
    return f"  {e.id:>5}  {e.on_date.isoformat()}  {kind:<15} {amount:>14}  {after:>14}  {shown}"
