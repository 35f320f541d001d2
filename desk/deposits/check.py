"""Is a deposit application ready to submit? Each prerequisite met or not and why, checked against Desk's own data
where it has it (the store's orders and disputes) and by the user's confirmation where it does not; each document
met by the evidence linked to it, naming the files (seed 003)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.common import words
from desk.models import ChecklistItem, DepositApplication, Dispute, Order, OrderLine, OrderStatus, Prerequisite
from desk.models.disputes import FINISHED_STATES
from desk.policies.sources import titled

# An order not completed, cancelled or closed still runs: the platform holds the deposit for it.
PENDING_ORDERS = (OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED)
SHOWN = 5  # cases named in a reason before "and N more"
Day = Callable[[date], str]  # how a reason writes a date: ISO for the CLI and JSON, the user's locale in the window


@dataclass(frozen=True)
class Finding:
    kind: str  # prerequisite or document
    code: str
    label: str
    how: str  # confirmation, orders, disputes (prerequisites); evidence (documents)
    met: bool
    required: bool
    why: str
    source: str | None
    case: str | None = None  # a document's `checklist:N`, where its evidence is added
    evidence: tuple[tuple[int, str], ...] = ()  # (evidence id, file name)
    note: str | None = None  # how our staff confirmed it: for us, never in what the platform reads

    @property
    def explained(self) -> str:
        """Why, with our own note: what staff read (the platform's packet takes `why` alone)."""
        return f"{self.why}: {self.note}" if self.note else self.why


@dataclass(frozen=True)
class Report:
    application_id: int
    findings: tuple[Finding, ...]

    @property
    def missing(self) -> list[Finding]:
        """What blocks submitting: every required item not met."""
        return [f for f in self.findings if f.required and not f.met]

    @property
    def ready(self) -> bool:
        return not self.missing

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]


def _named(names: list[str], total: int) -> str:
    more = f" and {total - len(names)} more" if total > len(names) else ""
    return ", ".join(names) + more


def _orders(session: Session, application: DepositApplication) -> tuple[bool, str]:
    store_id = application.store_id
    held = session.scalar(select(func.count()).select_from(Order).where(Order.store_id == store_id)) or 0
    pending = select(Order).where(Order.store_id == store_id, Order.status.in_(PENDING_ORDERS))
    count = session.scalar(select(func.count()).select_from(pending.subquery())) or 0
    if not count:
        if not held:
            return True, "our records hold no orders of this store"
        return True, f"none of the store's {held} orders in our records is pending"
    shown = session.scalars(pending.order_by(Order.placed_on, Order.id).limit(SHOWN))
    names = [f"{o.key} ({words(o.status).lower()})" for o in shown]
    noun = "order of the store is" if count == 1 else "orders of the store are"
    return False, f"{count} {noun} still pending in our records: {_named(names, count)}"


def _disputes(session: Session, application: DepositApplication) -> tuple[bool, str]:
    open_ = (
        select(Dispute)
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.store_id == application.store_id, Dispute.state.not_in(FINISHED_STATES))
    )
    count = session.scalar(select(func.count()).select_from(open_.subquery())) or 0
    if not count:
        return True, "no dispute on the store's orders is open in our records"
    shown = session.scalars(open_.order_by(Dispute.id).limit(SHOWN))
    names = [
        f"dispute {d.id} on {d.order_line.order.key} line {d.order_line.line_no} ({words(d.state).lower()})"
        for d in shown
    ]
    noun = "dispute is" if count == 1 else "disputes are"
    return False, f"{count} {noun} open: {_named(names, count)}"


def _confirmation(p: Prerequisite, day: Day) -> tuple[bool, str]:
    if p.confirmed_on is not None:
        return True, f"confirmed on {day(p.confirmed_on)}"
    return False, "not confirmed yet: confirm it once it is true"


def _prerequisite(session: Session, application: DepositApplication, p: Prerequisite, day: Day) -> Finding:
    how = p.checked_by or "confirmation"
    if how == "orders":
        met, why = _orders(session, application)
    elif how == "disputes":
        met, why = _disputes(session, application)
    else:
        how = "confirmation"
        met, why = _confirmation(p, day)
    source = titled(p.source) if p.source else None
    note = p.note if how == "confirmation" and p.confirmed_on is not None else None
    return Finding("prerequisite", p.code, p.label, how, met, True, why, source, note=note)


def _document(item: ChecklistItem) -> Finding:
    files = tuple(sorted((link.evidence.id, link.evidence.original_name) for link in item.evidence_links))
    case = f"checklist:{item.id}"
    if files:
        why = ", ".join(f"{name} (evidence {ident})" for ident, name in files)
    else:
        why = f"{'no' if item.required else 'recommended; no'} file linked yet"
    source = titled(item.source) if item.source else None
    return Finding("document", item.code, item.label, "evidence", bool(files), item.required, why, source, case, files)


def check(session: Session, application: DepositApplication, day: Day = date.isoformat) -> Report:
    """Every prerequisite and document of the application, met or not, with why (its dates written by `day`)."""
    findings = [_prerequisite(session, application, p, day) for p in application.prerequisites]
    findings += [_document(item) for item in application.checklist]
    return Report(application.id, tuple(findings))
