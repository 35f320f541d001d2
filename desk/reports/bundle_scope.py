"""What a bundle for our lawyer holds: which orders, disputes and refunds, and where each evidence file goes in it.

The unit is the order: everything hangs off it. Named cases pick orders and disputes (an order brings all its
disputes, a dispute its order, a refund its order and its dispute). A date range keeps the orders **placed** in it
(from and to included), whether cases are named or not, and every dispute and refund of a kept order goes with it.
Ledger entries linked to a kept order or dispute go in; with no case named, so do the entries linked to none (funds
added, withdrawals) dated in the range, and the deposit applications created in it.

Evidence of a dispute (its own, its order's, its refunds') goes under
`evidence/<platform>-<order_no>/dispute-<id>/<exhibit label> - <original name>`, with the label it keeps in every
packet (`disputes.exhibits`); an order's evidence that is no included dispute's exhibit (an order without a dispute, a
cancellation's refund) under `…/order/E<evidence id> - <original name>`. Internal evidence says so in its name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.disputes.exhibits import exhibits
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.file_names import UniqueNames, safe_name
from desk.language import words
from desk.models import Audience, Dispute, Evidence, EvidenceLink, Order, OrderLine, Refund

CHUNK = 500  # ids per IN (…) list, well within SQLite's limit on bound parameters


@dataclass(frozen=True)
class Scope:
    order_ids: tuple[int, ...]  # placed date order
    dispute_ids: frozenset[int]
    named: tuple[str, ...]  # the cases as the user named them; empty: everything
    date_from: date | None
    date_to: date | None

    @property
    def everything(self) -> bool:
        return not self.named

    def describe(self) -> str:
        """In words, for the cover and the README."""
        what = "the cases named: " + ", ".join(self.named) if self.named else "every order"
        if self.date_from and self.date_to:
            return f"{what}; orders placed from {self.date_from} to {self.date_to}"
        if self.date_from:
            return f"{what}; orders placed on or after {self.date_from}"
        if self.date_to:
            return f"{what}; orders placed on or before {self.date_to}"
        return f"{what}; all dates"

    def in_range(self, day: date) -> bool:
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)


def check_range(date_from: date | None, date_to: date | None) -> None:
    """DeskError when the dates are the wrong way round (the Export dialog asks before it starts, too)."""
    if date_from and date_to and date_from > date_to:
        raise DeskError(words.tr("the dates are the wrong way round: {0} is after {1}").format(date_from, date_to))


def select_scope(session: Session, cases: Sequence[CaseRef], date_from: date | None, date_to: date | None) -> Scope:
    check_range(date_from, date_to)
    orders: set[int] = set()
    disputes: set[int] = set()
    for case in cases:
        order_id, dispute_ids = _picked(session, case)
        orders.add(order_id)
        disputes.update(dispute_ids)
    query = select(Order.id, Order.placed_on).order_by(Order.placed_on, Order.id)
    if date_from:
        query = query.where(Order.placed_on >= date_from)
    if date_to:
        query = query.where(Order.placed_on <= date_to)
    kept = [order_id for order_id, _ in session.execute(query) if not cases or order_id in orders]
    if not kept:
        named = ", ".join(c.label for c in cases) or words.tr("no case named")
        raise DeskError(
            words.tr("nothing to export: no order placed in the range ({0}); nothing was written").format(named)
        )
    if not cases:
        disputes = set(_disputes_of(session, kept))
    else:
        kept_set = set(kept)
        disputes = {d for d, order_id in _orders_of_disputes(session, disputes) if order_id in kept_set}
    return Scope(tuple(kept), frozenset(disputes), tuple(c.label for c in cases), date_from, date_to)


def _picked(session: Session, case: CaseRef) -> tuple[int, list[int]]:
    """The order a named case brings, and its disputes."""
    case.check(session)
    if case.kind == "order":
        return case.id, list(_disputes_of(session, [case.id]))
    if case.kind == "dispute":
        dispute = session.get_one(Dispute, case.id)
        return dispute.order_line.order_id, [dispute.id]
    if case.kind == "refund":
        refund = session.get_one(Refund, case.id)
        return refund.order_id, [refund.dispute_id] if refund.dispute_id is not None else []
    raise DeskError(
        words.tr(
            "{0}: a bundle is made of orders, disputes and refunds, not deposit checklist items"
        ).format(case.label)
    )


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch: list[int] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _disputes_of(session: Session, order_ids: Iterable[int]) -> Iterator[int]:
    for batch in chunks(order_ids):
        yield from session.scalars(
            select(Dispute.id)
            .join(OrderLine, OrderLine.id == Dispute.order_line_id)
            .where(OrderLine.order_id.in_(batch))
        )


def _orders_of_disputes(session: Session, dispute_ids: Iterable[int]) -> Iterator[tuple[int, int]]:
    for batch in chunks(dispute_ids):
        rows = session.execute(
            select(Dispute.id, OrderLine.order_id)
            .join(OrderLine, OrderLine.id == Dispute.order_line_id)
            .where(Dispute.id.in_(batch))
        )
        yield from ((d, o) for d, o in rows)


def load_orders(session: Session, scope: Scope) -> list[Order]:
    """The scope's orders with what the bundle shows of them loaded in a few queries, in placed date order."""
    found: dict[int, Order] = {}
    for batch in chunks(scope.order_ids):
        query = (
            select(Order)
            .where(Order.id.in_(batch))
            .options(
                selectinload(Order.supplier),
                selectinload(Order.payments),
                selectinload(Order.tracking_numbers),
                selectinload(Order.coupons),
                selectinload(Order.lines).selectinload(OrderLine.disputes).selectinload(Dispute.events),
                selectinload(Order.refunds).selectinload(Refund.parts),
            )
        )
        found.update((order.id, order) for order in session.scalars(query))
    return [found[order_id] for order_id in scope.order_ids]


def disputes_in(order: Order, scope: Scope) -> list[Dispute]:
    found = [d for line in order.lines for d in line.disputes if d.id in scope.dispute_ids]
    return sorted(found, key=lambda d: (d.opened_on, d.id))


def refunds_in(order: Order, scope: Scope) -> list[Refund]:
    found = [r for r in order.refunds if r.dispute_id is None or r.dispute_id in scope.dispute_ids]
    return sorted(found, key=lambda r: (r.approved_on or date.max, r.id))


@dataclass(frozen=True)
class Placed:
    """One evidence file where it goes in the bundle, with what the summary says of it."""

    path: str
    label: str
    evidence_id: int
    name: str
    kind: str
    description: str | None
    captured: datetime
    sha256: str
    size: int
    media_type: str
    internal: bool
    refund_ids: frozenset[int] = frozenset()
    captured_at: datetime | None = None  # when the file says it was made; None: unknown
    added_at: datetime | None = None  # when it was added to Desk
    added_by: str = ""


@dataclass
class Placement:
    by_dispute: dict[int, list[Placed]] = field(default_factory=dict)
    by_order: dict[int, list[Placed]] = field(default_factory=dict)  # evidence no included dispute shows
    files: list[Placed] = field(default_factory=list)  # in the order they go into the zip


def place_evidence(session: Session, orders: Sequence[Order], scope: Scope) -> Placement:
    """Where each evidence file of the scope goes. Evidence two disputes of one order share goes into each
    dispute's folder, under the label it has there, so that each folder is complete on its own."""
    refund_links = _refund_links(session, [r.id for o in orders for r in o.refunds])
    order_links = _order_links(session, orders, scope)
    loaded = _evidence(session, {e for ids in order_links.values() for e in ids})
    names = UniqueNames()
    placement = Placement()

    def place(folder: str, label: str, evidence: Evidence) -> Placed:
        shown = f"{label} (internal)" if evidence.internal else label
        item = Placed(
            path=names.take(folder, safe_name(f"{shown} - {evidence.original_name}")),
            label=label,
            evidence_id=evidence.id,
            name=evidence.original_name,
            kind=evidence.kind.value,
            description=evidence.description,
            captured=evidence.captured_at or evidence.added_at,
            sha256=evidence.sha256,
            size=evidence.size,
            media_type=evidence.media_type,
            internal=evidence.internal,
            refund_ids=frozenset(refund_links.get(evidence.id, ())),
            captured_at=evidence.captured_at,
            added_at=evidence.added_at,
            added_by=evidence.added_by,
        )
        placement.files.append(item)
        return item

    for order in orders:
        base = order_folder(order)
        shown: set[int] = set()
        for dispute in disputes_in(order, scope):
            found = exhibits(session, dispute, include_internal=True)
            placement.by_dispute[dispute.id] = [
                place(f"{base}/dispute-{dispute.id}", e.label, e.evidence) for e in found
            ]
            shown.update(e.evidence.id for e in found)
        linked = (loaded[e] for e in order_links.get(order.id, ()) if e not in shown)
        # the bundle is for our lawyer: what is for our staff only stays out
        rest = sorted((e for e in linked if Audience.COUNSEL.sees(e.audience)), key=_captured)
        placement.by_order[order.id] = [place(f"{base}/order", f"E{e.id}", e) for e in rest]
    return placement


def order_folder(order: Order) -> str:
    """The folder of an order's evidence in the bundle."""
    return f"evidence/{safe_name(f'{order.platform.value}-{order.order_no}')}"


def _captured(evidence: Evidence) -> tuple[datetime, int]:
    return (evidence.captured_at or evidence.added_at, evidence.id)


def _refund_links(session: Session, refund_ids: list[int]) -> dict[int, set[int]]:
    """evidence id → the refunds it is linked to."""
    found: dict[int, set[int]] = defaultdict(set)
    for batch in chunks(refund_ids):
        query = select(EvidenceLink.evidence_id, EvidenceLink.refund_id).where(EvidenceLink.refund_id.in_(batch))
        for evidence_id, refund_id in session.execute(query):
            if refund_id is not None:  # always: IN (…) matched it
                found[evidence_id].add(refund_id)
    return found


def _order_links(session: Session, orders: Sequence[Order], scope: Scope) -> dict[int, set[int]]:
    """order id → evidence linked to the order itself or to one of its refunds that goes into the bundle."""
    found: dict[int, set[int]] = defaultdict(set)
    for batch in chunks(o.id for o in orders):
        query = select(EvidenceLink.order_id, EvidenceLink.evidence_id).where(EvidenceLink.order_id.in_(batch))
        for order_id, evidence_id in session.execute(query):
            if order_id is not None:
                found[order_id].add(evidence_id)
    refund_order = {r.id: o.id for o in orders for r in refunds_in(o, scope)}
    for batch in chunks(refund_order):
        query = select(EvidenceLink.refund_id, EvidenceLink.evidence_id).where(EvidenceLink.refund_id.in_(batch))
        for refund_id, evidence_id in session.execute(query):
            if refund_id is not None:
                found[refund_order[refund_id]].add(evidence_id)
    return found


def _evidence(session: Session, ids: set[int]) -> dict[int, Evidence]:
    found: dict[int, Evidence] = {}
    for batch in chunks(sorted(ids)):
        found.update((e.id, e) for e in session.scalars(select(Evidence).where(Evidence.id.in_(batch))))
    return found
