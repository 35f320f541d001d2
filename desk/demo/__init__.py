"""Demo data: a small reseller's last five months, for trying Desk out (`desk demo`).

The data lives in `resources/demo/demo.toml` with dates as days relative to `today`, so deadlines in the demo stay
current. `fill_demo` enters it through the operations, as a user would (`desk.demo.replay`), and makes the
evidence files (`desk.demo.files`). Nothing is random: the same `today` gives the same data and the same files;
only the audit log's timestamps (and those the operations stamp as "now") differ."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.calendar import is_likely, likely_span
from desk.demo.files import png
from desk.demo.replay import Replay
from desk.errors import DeskError
from desk.language import words
from desk.models import (
    Base,
    DepositApplication,
    Dispute,
    Evidence,
    LedgerEntry,
    MemberAccount,
    Order,
    OrderLine,
    Refund,
    Supplier,
)
from desk.paths import resource
from desk.workspace import Workspace

__all__ = ["DemoSummary", "fill_demo", "load_demo_data", "png"]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo made, for the CLI to print."""

    suppliers: int
    orders: int
    order_lines: int
    disputes: int
    refunds: int
    evidence: int
    accounts: int
    ledger_entries: int
    deposits: int

    def describe(self) -> str:
        """`7 suppliers, 40 orders, 1 member account, …` for the CLI."""
        parts = [
            words.tr("%n supplier(s)", "", self.suppliers),
            words.tr("%n order(s)", "", self.orders),
            words.tr("%n order line(s)", "", self.order_lines),
            words.tr("%n dispute(s)", "", self.disputes),
            words.tr("%n refund(s)", "", self.refunds),
            words.tr("%n evidence file(s)", "", self.evidence),
            words.tr("%n member account(s)", "", self.accounts),
            words.tr("%n ledger entry(ies)", "", self.ledger_entries),
            words.tr("%n deposit application(s)", "", self.deposits),
        ]
        return ", ".join(parts)


def load_demo_data() -> dict[str, Any]:
    with resource("demo", "demo.toml").open("rb") as stream:
        return tomllib.load(stream)


def fill_demo(ws: Workspace, today: date | None = None) -> DemoSummary:
    """Fill an empty data folder with the demo business, through the operations (one transaction each, so a
    failure part way leaves what was entered before it: the folder is then no longer empty, and is refused)."""
    if ws.has_data():
        raise DeskError(words.tr("{0} already holds data; the demo only fills an empty folder").format(ws.root))
    today = today or date.today()
    if not is_likely(today):  # its cases are dated around it: Desk would ask about each of them
        first, last = likely_span()
        raise DeskError(
            words.tr("the demo's day {0} must be from {1} to {2}").format(
                today.isoformat(), first.isoformat(), last.isoformat()
            )
        )
    Replay(ws, today, load_demo_data()).build()
    with ws.read() as session:
        return _summary(session)


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _summary(session: Session) -> DemoSummary:
    return DemoSummary(
        suppliers=_count(session, Supplier),
        orders=_count(session, Order),
        order_lines=_count(session, OrderLine),
        disputes=_count(session, Dispute),
        refunds=_count(session, Refund),
        evidence=_count(session, Evidence),
        accounts=_count(session, MemberAccount),
        ledger_entries=_count(session, LedgerEntry),
        deposits=_count(session, DepositApplication),
    )
