"""Supplier disputes: opening one on an order line, and the state machine its events drive (seed 002).

A dispute is per product (order line). Its claim can never exceed what was paid for the line less what was
already refunded. Each event moves it along the paths AliExpress's process allows: the seller answers (within 5
days), offers a partial refund, the buyer accepts or rejects, escalates to platform arbitration, the platform
decides, the refund is sent and received; the buyer may close it at any point."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.calendar import latest_likely
from desk.common import words as word_of
from desk.errors import DeskError
from desk.language import words
from desk.models import (
    Audience,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeOutcome,
    DisputeReason,
    DisputeState,
    DisputeWant,
    Order,
    OrderLine,
)
from desk.models.disputes import FINISHED_STATES
from desk.money import Money
from desk.orders.amounts import refundable_on_line
from desk.orders.lookup import find_line, find_order

S = DisputeState
E = DisputeEventKind


@dataclass(frozen=True)
class Transition:
    from_states: frozenset[DisputeState]
    to: DisputeState | None  # None: the state does not change (a note, another refund sent)
    needs_amount: bool = False


# Which event may happen in which state, and where it leads (seed 002's process, as the platform runs it).
TRANSITIONS: dict[DisputeEventKind, Transition] = {
    E.SELLER_ANSWERED: Transition(frozenset({S.OPEN}), S.SELLER_RESPONDED),
    E.OFFER: Transition(frozenset({S.OPEN, S.SELLER_RESPONDED, S.OFFER}), S.OFFER, needs_amount=True),
    E.OFFER_ACCEPTED: Transition(frozenset({S.OFFER}), S.REFUND_PENDING),
    E.OFFER_REJECTED: Transition(frozenset({S.OFFER}), S.SELLER_RESPONDED),
    E.ESCALATED: Transition(frozenset({S.OPEN, S.SELLER_RESPONDED, S.OFFER}), S.ESCALATED),
    E.DECIDED: Transition(frozenset({S.ESCALATED}), S.DECIDED, needs_amount=True),
    E.REFUND_SENT: Transition(frozenset({S.DECIDED, S.REFUND_PENDING}), S.REFUND_PENDING, needs_amount=True),
    E.REFUND_RECEIVED: Transition(frozenset({S.REFUND_PENDING}), S.REFUNDED, needs_amount=True),
    E.CLOSED: Transition(frozenset(set(DisputeState) - set(FINISHED_STATES)), S.CLOSED),
    E.NOTE: Transition(frozenset(DisputeState), None),
}


def allowed_events(state: DisputeState) -> list[DisputeEventKind]:
    return [kind for kind, t in TRANSITIONS.items() if state in t.from_states]


def open_dispute(
    session: Session,
    order_key: str,
    line_no: int,
    reason: DisputeReason,
    want: DisputeWant,
    amount: Money,
    on: date,
    *,
    note: str | None = None,
) -> Dispute:
    """Open a dispute on one order line; refused when the claim is more than can still be refunded."""
    order = find_order(session, order_key)
    line = find_line(order, line_no)
    return open_on_line(session, line, reason, want, amount, on, note=note)


def open_on_line(
    session: Session,
    line: OrderLine,
    reason: DisputeReason,
    want: DisputeWant,
    amount: Money,
    on: date,
    *,
    note: str | None = None,
) -> Dispute:
    check_opening(session, line, amount, on)
    dispute = Dispute(order_line=line, reason=reason, want=want, opened_on=on, claimed_minor=amount.minor)
    dispute.events.append(DisputeEvent(kind=E.OPENED, occurred_on=on, amount_minor=amount.minor, note=note))
    session.add(dispute)
    session.flush()
    return dispute


def check_opening(session: Session, line: OrderLine, amount: Money, on: date) -> None:
    """Refuse a dispute `open_on_line` would refuse: a claim in another currency, of nothing or more than can still
    be refunded for the line, dated before the order, or on a line whose dispute is still open."""
    order = line.order
    if amount.currency != order.currency:
        raise DeskError(
            words.tr("the claim is in {0} but order {1} was paid in {2}").format(
                amount.currency, order.key, order.currency
            )
        )
    if amount.minor <= 0:
        raise DeskError(words.tr("the amount claimed must be more than zero"))
    if on < order.placed_on:
        raise DeskError(
            words.tr("a dispute cannot open on {0} before the order was placed ({1})").format(on, order.placed_on)
        )
    open_now = session.scalars(
        select(Dispute).where(Dispute.order_line_id == line.id, Dispute.state.not_in(FINISHED_STATES))
    ).first()
    if open_now is not None:
        raise DeskError(
            words.tr("line {0} of {1} already has an open dispute (no. {2})").format(
                line.line_no, order.key, open_now.id
            )
        )
    limit = refundable_on_line(line)
    if amount > limit:
        raise DeskError(
            words.tr(
                "the claim {0} is more than can still be refunded for line {1} of {2}: {3} (what was paid for the "
                "line less what was already refunded)"
            ).format(amount, line.line_no, order.key, limit)
        )


def claim_limits(order: Order) -> dict[int, Money]:
    """The most that can still be claimed for each line of the order, by line number: what was paid for it less
    what was already refunded (what `open_on_line` refuses to exceed)."""
    return {line.line_no: refundable_on_line(line) for line in order.lines}


def get_dispute(session: Session, dispute_id: int) -> Dispute:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise DeskError(words.tr("no dispute {0}").format(dispute_id))
    return dispute


def record_event(
    session: Session,
    dispute: Dispute,
    kind: DisputeEventKind,
    on: date,
    *,
    amount: Money | None = None,
    note: str | None = None,
    audience: Audience = Audience.EXTERNAL,
) -> DisputeEvent:
    """Record what happened and move the dispute on; an event its state does not allow is refused. An event's
    `audience` says who may see it: only an external one appears in a packet for a supplier or platform."""
    check_event(dispute, kind, on, amount)
    event = DisputeEvent(
        kind=kind,
        occurred_on=on,
        amount_minor=None if amount is None else amount.minor,
        note=note,
        audience=audience,
    )
    dispute.events.append(event)
    _apply([e for e in dispute.events if not e.is_voided], dispute, kind, amount)
    session.flush()
    return event


def check_event(dispute: Dispute, kind: DisputeEventKind, on: date, amount: Money | None) -> None:
    """Refuse, in words, an event the dispute cannot take now: one its state does not allow, one missing its
    amount or with a wrong one, one dated before the dispute's last event."""
    if kind is E.OPENED:
        raise DeskError(words.tr("a dispute is opened once, with `desk dispute open`"))
    transition = TRANSITIONS[kind]
    if dispute.state not in transition.from_states:
        allowed = ", ".join(word_of(k).lower() for k in allowed_events(dispute.state))
        raise DeskError(
            words.tr("dispute {0} is {1}: '{2}' cannot happen now; allowed: {3}").format(
                dispute.id, word_of(dispute.state).lower(), word_of(kind), allowed
            )
        )
    if transition.needs_amount and amount is None:
        raise DeskError(words.tr("'{0}' needs an amount").format(word_of(kind)))
    if amount is not None:
        _check_amount(dispute, kind, amount)
    last = last_event_day(dispute)
    if last is not None and on < last:
        raise DeskError(
            words.tr("'{0}' on {1} is before the dispute's last event ({2})").format(word_of(kind), on, last)
        )


def last_event_day(dispute: Dispute) -> date | None:
    """The day of the dispute's last event, which a new one may not come before. Events dated more than a year
    ahead are left out: nothing has happened there yet, so such a date is a typing mistake (9999-12-31), or one
    the user confirmed for a reason of their own; either way it must not push every real event aside. None when
    every event is that far ahead."""
    horizon = latest_likely()
    days = [e.occurred_on for e in dispute.events if e.occurred_on <= horizon]
    if dispute.opened_on <= horizon:
        days.append(dispute.opened_on)
    return max(days, default=None)


def apply_event(events: list[DisputeEvent], dispute: Dispute, kind: DisputeEventKind, amount: Money | None) -> None:
    """Move the dispute on by an event (`events`: its events that are not voided, this one last)."""
    _apply(events, dispute, kind, amount)


def replay(dispute: Dispute) -> None:
    """Derive the dispute's state, outcome and amount won again from its events that are not voided, in order,
    by the same rules that recorded them; refused, naming the event, when without a voided one the others no
    longer follow each other (an offer accepted with no offer left before it)."""
    dispute.state, dispute.outcome, dispute.won_minor = S.OPEN, None, None
    kept = [e for e in dispute.events if not e.is_voided]
    for done, event in enumerate(kept, start=1):
        if event.kind is E.OPENED:
            continue
        transition = TRANSITIONS[event.kind]
        if dispute.state not in transition.from_states:
            raise DeskError(
                words.tr(
                    "without it, the '{0}' of {1} in dispute {2} could not have happened (the dispute would have "
                    "been {3}): void that one first"
                ).format(
                    event.kind.value.replace("_", " "),
                    event.occurred_on,
                    dispute.id,
                    dispute.state.value.replace("_", " "),
                )
            )
        amount = None if event.amount_minor is None else Money(event.amount_minor, dispute.currency)
        _apply(kept[:done], dispute, event.kind, amount)


STATEMENT_LIMIT = 20_000


def set_statement(dispute: Dispute, text: str | None) -> None:
    """The statement of facts that opens the dispute's claim packet, as the user wrote it (empty: none)."""
    text = (text or "").strip()
    if len(text) > STATEMENT_LIMIT:
        raise DeskError(
            words.tr("the statement has {0} characters; at most {1} fit a packet").format(
                f"{len(text):,}", f"{STATEMENT_LIMIT:,}"
            )
        )
    dispute.statement = text or None


def _check_amount(dispute: Dispute, kind: DisputeEventKind, amount: Money) -> None:
    if amount.currency != dispute.currency:
        raise DeskError(
            words.tr("the amount is in {0} but dispute {1} is in {2}").format(
                amount.currency, dispute.id, dispute.currency
            )
        )
    if amount.minor < 0:
        raise DeskError(words.tr("the amount must not be negative"))
    if kind in (E.OFFER, E.DECIDED) and amount > dispute.claimed:
        raise DeskError(
            words.tr("'{0}' of {1} is more than the {2} claimed").format(word_of(kind), amount, dispute.claimed)
        )


def _apply(events: list[DisputeEvent], dispute: Dispute, kind: DisputeEventKind, amount: Money | None) -> None:
    transition = TRANSITIONS[kind]
    if transition.to is not None:
        dispute.state = transition.to
    if kind is E.OFFER_ACCEPTED:
        offer = next(e for e in reversed(events) if e.kind is E.OFFER)
        dispute.won_minor = offer.amount_minor
        dispute.outcome = DisputeOutcome.SETTLED
    elif kind is E.DECIDED and amount is not None:
        dispute.won_minor = amount.minor
        if amount.is_zero:
            dispute.outcome = DisputeOutcome.LOST
            dispute.state = S.CLOSED  # nothing to wait for: the platform found for the seller
        elif amount >= dispute.claimed:
            dispute.outcome = DisputeOutcome.WON
        else:
            dispute.outcome = DisputeOutcome.PARTIALLY_WON
    elif kind is E.CLOSED and dispute.outcome is None:
        dispute.outcome = DisputeOutcome.WITHDRAWN
