"""Is a deposit application ready to submit? Each prerequisite met or not and why, checked against Desk's own data
where it has it (the store's orders and disputes) and by the user's confirmation where it does not; each document
met by the evidence linked to it, naming the files (seed 003)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.common import words as enum_words
from desk.language import words
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
    listed = ", ".join(names)
    return words.tr("{0} and %n more", "", total - len(names)).format(listed) if total > len(names) else listed


def _orders(session: Session, application: DepositApplication) -> tuple[bool, str]:
    store_id = application.store_id
    held = session.scalar(select(func.count()).select_from(Order).where(Order.store_id == store_id)) or 0
    pending = select(Order).where(Order.store_id == store_id, Order.status.in_(PENDING_ORDERS))
    count = session.scalar(select(func.count()).select_from(pending.subquery())) or 0
    if not count:
        if not held:
            return True, words.tr("our records hold no orders of this store")
        return True, words.tr("none of the store's %n orders in our records is pending", "", held)
    shown = session.scalars(pending.order_by(Order.placed_on, Order.id).limit(SHOWN))
    names = [f"{o.key} ({enum_words(o.status).lower()})" for o in shown]
    if count == 1:
        return False, words.tr("1 order of the store is still pending in our records: {0}").format(_named(names, 1))
    said = words.tr("%n orders of the store are still pending in our records: {0}", "", count)
    return False, said.format(_named(names, count))


def _disputes(session: Session, application: DepositApplication) -> tuple[bool, str]:
    open_ = (
        select(Dispute)
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.store_id == application.store_id, Dispute.state.not_in(FINISHED_STATES))
    )
    count = session.scalar(select(func.count()).select_from(open_.subquery())) or 0
    if not count:
        return True, words.tr("no dispute on the store's orders is open in our records")
    shown = session.scalars(open_.order_by(Dispute.id).limit(SHOWN))
    names = [
        words.tr("dispute {0} on {1} line {2} ({3})").format(
            d.id, d.order_line.order.key, d.order_line.line_no, enum_words(d.state).lower()
        )
        for d in shown
    ]
    if count == 1:
        return False, words.tr("1 dispute is open: {0}").format(_named(names, 1))
    return False, words.tr("%n disputes are open: {0}", "", count).format(_named(names, count))


def _confirmation(p: Prerequisite, day: Day) -> tuple[bool, str]:
    if p.confirmed_on is not None:
        return True, words.tr("confirmed on {0}").format(day(p.confirmed_on))
    return False, words.tr("not confirmed yet: confirm it once it is true")


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
    # The label as the policy file words it (desk.policies.data_words), in the user's language; a document, made
    # inside desk.language.english(), has it in English.
    return Finding("prerequisite", p.code, words.tr(p.label), how, met, True, why, source, note=note)


def _document(item: ChecklistItem) -> Finding:
    files = tuple(sorted((link.evidence.id, link.evidence.original_name) for link in item.evidence_links))
    case = f"checklist:{item.id}"
    if files:
        why = ", ".join(words.tr("{0} (evidence {1})").format(name, ident) for ident, name in files)
    else:
        why = words.tr("no file linked yet") if item.required else words.tr("recommended; no file linked yet")
    source = titled(item.source) if item.source else None
    label = words.tr(item.label)  # as the prerequisites' (the user's own documents have no translation)
    return Finding("document", item.code, label, "evidence", bool(files), item.required, why, source, case, files)


def check(session: Session, application: DepositApplication, day: Day = date.isoformat) -> Report:
    """Every prerequisite and document of the application, met or not, with why (its dates written by `day`)."""
    findings = [_prerequisite(session, application, p, day) for p in application.prerequisites]
    findings += [_document(item) for item in application.checklist]
    return Report(application.id, tuple(findings))
