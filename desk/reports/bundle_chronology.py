"""The dated facts of a case for the lawyer's summary, each pointing to its exhibits where there are any (seed 004:
"order confirmation, correspondence, proof of payment"; the chronology and the money).

A fact points to the exhibits captured on its day and to the evidence linked to its refund; a letter points to its
own PDF only, and that PDF is no fact of its own nor anyone else's exhibit (a day of twenty letters would otherwise
list all twenty on every row). A refund is one fact, its parts (per payment method: sent, arrived, short) beneath it,
so that no amount reads as a second refund. Every other exhibit is a fact of its own on the day it was captured, so
none is missing from the timeline. Internal notes
and evidence are marked as such: this summary goes to our own lawyer, never to the other side."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.models import (
    Audience,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeLetter,
    LedgerEntry,
    Order,
    Refund,
    RefundPart,
)
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
    parts: tuple[str, ...] = ()  # lines shown beneath the fact: a refund's parts


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
    letters = extras.letters.get(dispute.id, []) if dispute is not None else []
    letter_pdfs = {letter.evidence_id for letter in letters}
    if dispute is not None:
        facts += _dispute_facts(dispute)
        facts += [_letter_fact(letter, files) for letter in letters]
        facts += [_ledger_fact(entry) for entry in extras.ledger_by_dispute.get(dispute.id, [])]
    facts += [_ledger_fact(entry) for entry in extras.ledger_by_order.get(order.id, [])]
    for refund in refunds:
        facts += _refund_facts(order, refund, files)
    others = [item for item in files if item.evidence_id not in letter_pdfs]
    facts += [_captured(item) for item in others]
    same_day: dict[date, list[Placed]] = defaultdict(list)
    for item in others:
        same_day[item.captured.date()].append(item)
    dated = []
    for fact in facts:
        if fact.rank in (RANK_EVIDENCE, RANK_LETTER):
            dated.append(fact)
            continue
        refs = {p.path: p for p in (*fact.exhibits, *same_day.get(fact.day, ()))}
        dated.append(Fact(fact.day, fact.text, tuple(refs.values()), fact.internal, fact.rank, fact.parts))
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
        if Audience.COUNSEL.sees(event.audience):  # the bundle is for our lawyer: not what is for our staff only
            facts.append(_event_fact(dispute, event, opening))
    return facts


def _event_fact(dispute: Dispute, event: DisputeEvent, opening: str) -> Fact:
    note = "Internal note" if event.internal else "Note"
    if event.kind is E.NOTE:
        return Fact(event.occurred_on, f"{note}: {event.note or ''}", internal=event.internal, rank=RANK_DISPUTE)
    words = f"Dispute {dispute.id} opened {opening}" if event.kind is E.OPENED else EVENT_WORDS[event.kind]
    refunds = [r for r in dispute.refunds if not r.is_voided]
    if event.kind in (E.REFUND_SENT, E.REFUND_RECEIVED) and refunds:
        # The money is in the refund's own row with its parts; the amount again here read as a second refund.
        words += f" (of {_either_refund(refunds)}, above)"
    elif event.amount_minor is not None and event.kind is not E.OPENED:
        words += f": {Money(event.amount_minor, dispute.currency)}"
    if event.note:
        words += f". {note}: {event.note}"
    return Fact(event.occurred_on, words, internal=event.internal, rank=RANK_DISPUTE)


def _either_refund(refunds: Sequence[Refund]) -> str:
    named = [f"refund {r.id}" for r in sorted(refunds, key=lambda r: r.id)]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + f" or {named[-1]}"


def _refund_facts(order: Order, refund: Refund, files: Sequence[Placed]) -> list[Fact]:
    linked = tuple(p for p in files if refund.id in p.refund_ids)
    what = f"refund {refund.id} ({refund.cause.value.replace('_', ' ')})"
    days = [d for part in refund.parts for d in (part.sent_on, part.received_on) if d is not None]
    day = refund.approved_on or min(days, default=None)
    if day is None:
        return []
    approved = "approved" if refund.approved_on is not None else "expected"
    count = len(refund.parts)
    text = f"{what.capitalize()} {approved}: {refund.expected} in all" + (f", in {count} parts" if count > 1 else "")
    parts = tuple(_part_line(order, part) for part in refund.parts)
    facts = [Fact(day, text, linked, rank=RANK_REFUND, parts=parts)]
    if refund.notes:
        facts.append(Fact(day, f"Our note on {what}: {refund.notes}", internal=True, rank=RANK_REFUND))
    return facts


def _part_line(order: Order, part: RefundPart) -> str:
    """One part of a refund: how much to which payment method, when sent and what arrived."""
    expected = order.money(part.expected_minor)
    said = [f"{expected} to {part.method.label}"]
    if part.sent_on is not None:
        said.append(f"sent {part.sent_on.isoformat()}")
    if part.received_on is not None and part.received_minor is not None:
        received = order.money(part.received_minor)
        short = f", short by {expected - received}" if received < expected else ""
        said.append(f"{received} arrived {part.received_on.isoformat()}{short}")
    else:
        said.append("not arrived yet")
    return ", ".join(said)


def _letter_fact(letter: DisputeLetter, files: Sequence[Placed]) -> Fact:
    pdf = tuple(p for p in files if p.evidence_id == letter.evidence_id)
    reply = f", reply asked by {letter.reply_by}" if letter.reply_by else ""
    sent = (
        f"; sent {letter.sent_on.isoformat()}" + (f" by {letter.sent_via.replace('_', ' ')}" if letter.sent_via else "")
        if letter.sent_on is not None
        else "; a draft, not marked as sent"
    )
    text = f"Letter made: {letter.kind.replace('_', ' ')} ({letter.lang}){reply}{sent}"
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
