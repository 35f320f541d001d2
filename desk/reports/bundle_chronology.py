"""The dated facts of a case for the lawyer's summary, each pointing to its exhibits where there are any (seed 004:
"order confirmation, correspondence, proof of payment"; the chronology and the money).

A fact points to the exhibits captured on its day, to the evidence linked to its refund and to the PDF of its letter.
Each exhibit is a fact of its own on the day it was captured, so none is missing from the timeline. Internal notes
and evidence are marked as such: this summary goes to our own lawyer, never to the other side."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.models import Dispute, DisputeEvent, DisputeEventKind, DisputeLetter, LedgerEntry, Order, Refund
from desk.money import Money
from desk.orders.amounts import order_total
from desk.reports.bundle_scope import Placed, Scope, chunks

E = DisputeEventKind
EVENT_WORDS = {
    E.OPENED: "Dispute opened",
    E.SELLER_ANSWERED: "The seller answered",
    E.OFFER: "The seller offered",
    E.OFFER_ACCEPTED: "We accepted the offer",
    E.OFFER_REJECTED: "We rejected the offer",
    E.ESCALATED: "Escalated to the platform",
    E.DECIDED: "The platform decided",
    E.REFUND_SENT: "Refund sent",
    E.REFUND_RECEIVED: "Refund received",
    E.CLOSED: "Dispute closed",
    E.NOTE: "Note",
}


@dataclass(frozen=True)
class Fact:
    day: date
    text: str
    exhibits: tuple[Placed, ...] = ()
    internal: bool = False
    rank: int = 0  # within a day: the order's facts, then the dispute's, refunds, letters, evidence


@dataclass(frozen=True)
class Extras:
    """What the chronology needs beyond the orders: letters per dispute, ledger entries per order and dispute."""

    letters: dict[int, list[DisputeLetter]]
    ledger_by_order: dict[int, list[LedgerEntry]]
    ledger_by_dispute: dict[int, list[LedgerEntry]]


def load_extras(session: Session, scope: Scope) -> Extras:
    letters: dict[int, list[DisputeLetter]] = defaultdict(list)
    for batch in chunks(sorted(scope.dispute_ids)):
        made = select(DisputeLetter).where(DisputeLetter.dispute_id.in_(batch)).order_by(DisputeLetter.made_on)
        for letter in session.scalars(made):
            letters[letter.dispute_id].append(letter)
    by_order: dict[int, list[LedgerEntry]] = defaultdict(list)
    by_dispute: dict[int, list[LedgerEntry]] = defaultdict(list)
    for batch in chunks(sorted(scope.dispute_ids)):
        query = select(LedgerEntry).options(selectinload(LedgerEntry.account)).where(LedgerEntry.dispute_id.in_(batch))
        for entry in session.scalars(query.order_by(LedgerEntry.on_date, LedgerEntry.id)):
            by_dispute[entry.dispute_id or 0].append(entry)
    for batch in chunks(scope.order_ids):
        query = select(LedgerEntry).options(selectinload(LedgerEntry.account)).where(LedgerEntry.order_id.in_(batch))
        for entry in session.scalars(query.order_by(LedgerEntry.on_date, LedgerEntry.id)):
            if entry.dispute_id not in scope.dispute_ids:  # else it is its dispute's fact
                by_order[entry.order_id or 0].append(entry)
    return Extras(dict(letters), dict(by_order), dict(by_dispute))


def chronology(
    order: Order,
    dispute: Dispute | None,
    refunds: Sequence[Refund],
    files: Sequence[Placed],
    extras: Extras,
) -> list[Fact]:
    """The facts of one dispute (with its order's), or of an order that has no dispute in the bundle, by date."""
    facts = _order_facts(order)
    if dispute is not None:
        facts += _dispute_facts(dispute)
        facts += [_letter_fact(letter, files) for letter in extras.letters.get(dispute.id, [])]
        facts += [_ledger_fact(entry) for entry in extras.ledger_by_dispute.get(dispute.id, [])]
    facts += [_ledger_fact(entry) for entry in extras.ledger_by_order.get(order.id, [])]
    for refund in refunds:
        facts += _refund_facts(order, refund, files)
    facts += [_captured(item) for item in files]
    same_day: dict[date, list[Placed]] = defaultdict(list)
    for item in files:
        same_day[item.captured.date()].append(item)
    dated = []
    for fact in facts:
        if fact.rank == RANK_EVIDENCE:
            dated.append(fact)
            continue
        refs = {p.path: p for p in (*fact.exhibits, *same_day.get(fact.day, ()))}
        dated.append(Fact(fact.day, fact.text, tuple(refs.values()), fact.internal, fact.rank))
    return sorted(dated, key=lambda f: (f.day, f.rank))


RANK_ORDER, RANK_DISPUTE, RANK_REFUND, RANK_LETTER, RANK_EVIDENCE = range(5)


def _order_facts(order: Order) -> list[Fact]:
    m = order.money
    items = "; ".join(f"{line.qty} × {line.item}" for line in order.lines)
    facts = [Fact(order.placed_on, f"Order {order.order_no} placed with {order.supplier.name}: {items}; "
                  f"total {order_total(order)}", rank=RANK_ORDER)]  # fmt: skip
    if order.paid_on is not None:
        how = ", ".join(f"{p.method.label} {m(p.amount_minor)}" for p in order.payments)
        facts.append(Fact(order.paid_on, f"Paid {order.paid}" + (f" ({how})" if how else ""), rank=RANK_ORDER))
    for payment in order.payments:
        if payment.paid_on is not None and payment.paid_on != order.paid_on:
            ref = f", reference {payment.reference}" if payment.reference else ""
            text = f"Payment of {m(payment.amount_minor)} by {payment.method.label}{ref}"
            facts.append(Fact(payment.paid_on, text, rank=RANK_ORDER))
    if order.shipped_on is not None:
        tracking = ", ".join(t.number + (f" ({t.carrier})" if t.carrier else "") for t in order.tracking_numbers)
        facts.append(
            Fact(order.shipped_on, "Shipped" + (f", tracking {tracking}" if tracking else ""), rank=RANK_ORDER)
        )
    if order.delivered_on is not None:
        facts.append(Fact(order.delivered_on, "Delivered", rank=RANK_ORDER))
    if order.notes:
        facts.append(Fact(order.placed_on, f"Our note on the order: {order.notes}", internal=True, rank=RANK_ORDER))
    return facts


def _dispute_facts(dispute: Dispute) -> list[Fact]:
    facts = []
    line = dispute.order_line
    wanted = "return and refund" if dispute.want.value == "return_refund" else "refund"
    opening = (
        f"on line {line.line_no} ({line.item}): {dispute.reason.value.replace('_', ' ')}; "
        f"claimed {dispute.claimed}, wanted: {wanted}"
    )
    if not any(e.kind is E.OPENED for e in dispute.events):
        facts.append(Fact(dispute.opened_on, f"Dispute {dispute.id} opened {opening}", rank=RANK_DISPUTE))
    for event in dispute.events:
        facts.append(_event_fact(dispute, event, opening))
    return facts


def _event_fact(dispute: Dispute, event: DisputeEvent, opening: str) -> Fact:
    note = "Internal note" if event.internal else "Note"
    if event.kind is E.NOTE:
        return Fact(event.occurred_on, f"{note}: {event.note or ''}", internal=event.internal, rank=RANK_DISPUTE)
    words = f"Dispute {dispute.id} opened {opening}" if event.kind is E.OPENED else EVENT_WORDS[event.kind]
    if event.amount_minor is not None and event.kind is not E.OPENED:
        words += f": {Money(event.amount_minor, dispute.currency)}"
    if event.note:
        words += f". {note}: {event.note}"
    return Fact(event.occurred_on, words, internal=event.internal, rank=RANK_DISPUTE)


def _refund_facts(order: Order, refund: Refund, files: Sequence[Placed]) -> list[Fact]:
    linked = tuple(p for p in files if refund.id in p.refund_ids)
    what = f"refund {refund.id} ({refund.cause.value.replace('_', ' ')})"
    facts = []
    if refund.approved_on is not None:
        facts.append(
            Fact(refund.approved_on, f"{what.capitalize()} approved: {refund.expected}", linked, rank=RANK_REFUND)
        )
        if refund.notes:
            text = f"Our note on {what}: {refund.notes}"
            facts.append(Fact(refund.approved_on, text, internal=True, rank=RANK_REFUND))
    for part in refund.parts:
        expected = order.money(part.expected_minor)
        if part.sent_on is not None:
            text = f"{expected} of {what} sent back to {part.method.label}"
            facts.append(Fact(part.sent_on, text, linked, rank=RANK_REFUND))
        if part.received_on is not None and part.received_minor is not None:
            received = order.money(part.received_minor)
            short = f", short by {expected - received}" if received < expected else ""
            text = f"{received} of {what} arrived by {part.method.label} (expected {expected}{short})"
            facts.append(Fact(part.received_on, text, linked, rank=RANK_REFUND))
    return facts


def _letter_fact(letter: DisputeLetter, files: Sequence[Placed]) -> Fact:
    pdf = tuple(p for p in files if p.evidence_id == letter.evidence_id)
    reply = f", reply asked by {letter.reply_by}" if letter.reply_by else ""
    text = f"Letter made: {letter.kind.replace('_', ' ')} ({letter.lang}){reply}"
    return Fact(letter.made_on, text, pdf, rank=RANK_LETTER)


def _ledger_fact(entry: LedgerEntry) -> Fact:
    amount = Money(entry.amount_minor, entry.currency)
    account = f"{entry.account.provider}/{entry.account.name}"
    text = f"Member account {account}: {entry.kind.value.replace('_', ' ')} {amount}"
    return Fact(entry.on_date, text + (f" — {entry.note}" if entry.note else ""), rank=RANK_REFUND)


def _captured(item: Placed) -> Fact:
    what = item.description or item.name
    text = f"Evidence captured ({item.kind.replace('_', ' ')}): {what}"
    return Fact(item.captured.date(), text, (item,), internal=item.internal, rank=RANK_EVIDENCE)
