"""Cases that have deadlines, built with the factories: an order shipped or delivered, a dispute with its events,
a refund, a withdrawal, a deposit application under review (tests of deadlines and of their reminders)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

from factories import dispute, order
from sqlalchemy.orm import Session

from desk.models import (
    DepositApplication,
    DepositState,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    LedgerEntry,
    LedgerKind,
    MemberAccount,
    Order,
    OrderStatus,
    Platform,
    Refund,
    RefundCause,
    RefundPart,
    Store,
    Submission,
    WithdrawalStatus,
)

_accounts = count(1)
E = DisputeEventKind


def shipped_order(s: Session, *, lines: int = 1, **kw: object) -> Order:
    kw.setdefault("status", OrderStatus.SHIPPED)
    items = tuple((f"Item {n}", 1, 1000) for n in range(1, lines + 1))
    return order(s, lines=items, placed_on=kw.pop("placed_on", date(2026, 10, 1)), **kw)


def open_dispute(s: Session, opened_on: date, *events: tuple[E, date], **kw: object) -> Dispute:
    o = shipped_order(s, delivered_on=opened_on - timedelta(days=3), status=OrderStatus.DELIVERED, **kw)
    row = dispute(s, o.lines[0], opened_on=opened_on)
    row.events = [DisputeEvent(kind=E.OPENED, occurred_on=opened_on)]
    row.events += [
        DisputeEvent(kind=kind, occurred_on=on, amount_minor=500 if kind is E.OFFER else None) for kind, on in events
    ]
    return row


def refund(s: Session, o: Order, approved: date | None, *parts: RefundPart) -> Refund:
    row = Refund(order=o, cause=RefundCause.CANCELLATION, approved_on=approved, parts=list(parts))
    s.add(row)
    return row


def withdrawal(s: Session, requested: date, status: WithdrawalStatus = WithdrawalStatus.REQUESTED) -> LedgerEntry:
    account = MemberAccount(provider="Superbuy", name=f"reseller_{next(_accounts)}", currency="CNY")
    entry = LedgerEntry(
        kind=LedgerKind.WITHDRAWAL,
        on_date=requested,
        amount_minor=30_000,
        currency="CNY",
        channel="western_union",
        withdrawal_status=status,
    )
    account.entries.append(entry)
    s.add(account)
    return entry


def deposit(s: Session, *submissions: Submission) -> DepositApplication:
    store = Store(platform=Platform.ALIEXPRESS, name="Nordic Gadget Outlet Store", country="CN")
    application = DepositApplication(
        store=store,
        deposit_minor=1_000_000,
        currency="CNY",
        state=DepositState.IN_REVIEW,
        created_on=date(2026, 9, 1),
        submissions=list(submissions),
    )
    s.add(application)
    return application
