"""The moments in a dispute's life that open a rung of the letter ladder (`disputes.letter_policy.TRIGGERS`), each found
from the dispute's events, its letters and the deadlines Desk derives (`overview.deadlines`), never from a stored date.

Each trigger says when it happened (or will, when it is a deadline still ahead) and how to say so in a `why`, its
dates left for the front end to write (`desk.common.Dated`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.common import Dated, dated
from desk.errors import DeskError
from desk.models import Dispute, DisputeEventKind, DisputeLetter, DisputeOutcome, DisputeState
from desk.money import Money
from desk.overview.deadlines import Context, dispute_deadlines, refund_part_deadline

E = DisputeEventKind
DAY = timedelta(days=1)
NOTHING = Dated(())  # a trigger that has not happened has nothing to say it did


@dataclass(frozen=True)
class Fired:
    """A trigger as it stands today. `on`: the first day it holds (may be ahead, for a deadline not yet passed),
    None when it has not happened. `moot`: it cannot happen any more (or cannot be told), so it is not offered."""

    on: date | None
    done: Dated  # what happened, for a rung available because of it
    noun: Dated = NOTHING  # the event as a noun, for "N days after …"
    waiting: Dated = NOTHING  # what it waits for, for a rung not available yet
    moot: bool = False


def _day_after(day: date) -> date:
    """The day after `day`; the last day a calendar holds stays itself (a deadline typed as 9999-12-31)."""
    return day + DAY if day < date.max else day


def stage(dispute: Dispute) -> str:
    """The dispute's stage (`desk.disputes.letter_policy.STAGES`): its state, with "closed" split off as "lost" when the
    platform decided against us in whole or in part."""
    if dispute.state is DisputeState.CLOSED and dispute.outcome in (DisputeOutcome.LOST, DisputeOutcome.PARTIALLY_WON):
        return "lost"
    return dispute.state.value


def stage_since(dispute: Dispute) -> date:
    """The day the dispute reached its stage: its last event that is not a note."""
    moves = [e.occurred_on for e in dispute.events if e.kind is not E.NOTE]
    return max(moves, default=dispute.opened_on)


def _money(dispute: Dispute, minor: int | None) -> Money:
    return Money(minor or 0, dispute.currency)


def opened(dispute: Dispute) -> Fired:
    on = dispute.opened_on
    return Fired(on, dated("the dispute was opened on ", on), dated("the opening of the dispute on ", on))


def seller_silent(ctx: Context, dispute: Dispute) -> Fired:
    answers = [e for e in dispute.events if e.kind in (E.SELLER_ANSWERED, E.OFFER)]
    if answers:
        return Fired(None, NOTHING, waiting=dated("the seller answered on ", answers[0].occurred_on), moot=True)
    try:
        found = [d for d in dispute_deadlines(ctx, dispute) if d.kind == "seller_response"]
    except DeskError as error:
        return Fired(None, NOTHING, waiting=dated(f"the seller's time to answer is unknown: {error}"), moot=True)
    if not found:  # past the negotiation without an answer: escalated or decided
        return Fired(None, NOTHING, waiting=dated("the dispute has moved past the seller's answer"), moot=True)
    due = found[0].due
    return Fired(
        _day_after(due),
        dated("the seller's time to answer ended on ", due, " without an answer"),
        dated("the end of the seller's time to answer (", due, ")"),
        dated("if the seller has not answered by ", due),
    )


def seller_refused(dispute: Dispute) -> Fired:
    if any(e.kind is E.OFFER_ACCEPTED for e in dispute.events):
        return Fired(None, NOTHING, waiting=dated("we accepted the seller's offer"), moot=True)
    claimed = dispute.claimed
    found = [
        e
        for e in dispute.events
        if e.kind in (E.SELLER_ANSWERED, E.OFFER_REJECTED)
        or (e.kind is E.OFFER and _money(dispute, e.amount_minor) < claimed)
    ]
    if not found:
        return Fired(
            None,
            NOTHING,
            waiting=dated(
                f"once the seller answers without settling, offers less than the {claimed} claimed, "
                "or we refuse an offer"
            ),
        )
    last = found[-1]
    on = last.occurred_on
    if last.kind is E.OFFER:
        done = dated(f"the seller offered {_money(dispute, last.amount_minor)} of the {claimed} claimed on ", on)
    elif last.kind is E.OFFER_REJECTED:
        done = dated("we refused the seller's offer on ", on)
    else:
        done = dated("the seller answered on ", on, " without settling")
    return Fired(on, done, dated("the seller's answer on ", on))


def escalated(dispute: Dispute) -> Fired:
    decided = [e for e in dispute.events if e.kind is E.DECIDED]
    if decided:
        return Fired(None, NOTHING, waiting=dated("the platform decided on ", decided[0].occurred_on), moot=True)
    found = [e for e in dispute.events if e.kind is E.ESCALATED]
    if not found:
        return Fired(
            None, NOTHING, waiting=dated("once the dispute is escalated to the platform and no decision comes")
        )
    on = found[0].occurred_on
    return Fired(
        on,
        dated("escalated to the platform on ", on, ", no decision yet"),
        dated("the escalation on ", on, " without a decision"),
    )


def decided_against(dispute: Dispute) -> Fired:
    decided = [e for e in dispute.events if e.kind is E.DECIDED]
    if not decided:
        return Fired(None, NOTHING, waiting=dated("once the platform decides for less than was claimed"))
    event = decided[-1]
    awarded, on = _money(dispute, event.amount_minor), event.occurred_on
    if awarded >= dispute.claimed:
        return Fired(None, NOTHING, waiting=dated("the platform decided for the full amount on ", on), moot=True)
    return Fired(
        on,
        dated("the platform decided on ", on, f" for {awarded} of the {dispute.claimed} claimed"),
        dated("the decision of ", on),
    )


def refund_overdue(ctx: Context, dispute: Dispute) -> Fired:
    parts = [p for refund in dispute.refunds for p in refund.parts if p.received_on is None]
    if not parts:
        received = any(p.received_on for refund in dispute.refunds for p in refund.parts)
        return Fired(None, NOTHING, waiting=dated("once a refund the platform approved is overdue"), moot=received)
    windows = []
    for part in parts:
        try:
            deadline = refund_part_deadline(ctx, part)
        except DeskError:
            continue
        if deadline is not None:
            windows.append((deadline.due, part))
    if not windows:
        return Fired(None, NOTHING, waiting=dated("once a refund the platform approved is overdue"))
    due, part = min(windows, key=lambda pair: pair[0])
    amount = Money(part.expected_minor, dispute.currency)
    what = f"the refund of {amount} to {part.method.label}"
    return Fired(
        _day_after(due),
        dated(f"{what} was due by ", due, " and has not arrived"),
        dated(f"the last day {what} was due (", due, ")"),
        dated(f"if {what} has not arrived by ", due),
    )


def reply_passed(session: Session, dispute: Dispute, letter: str, title: str) -> Fired:
    sent = session.scalars(
        select(DisputeLetter)
        .where(
            DisputeLetter.dispute_id == dispute.id,
            DisputeLetter.kind == letter,
            DisputeLetter.reply_by.is_not(None),
            DisputeLetter.sent_on.is_not(None),  # a draft asks nothing of anyone
            DisputeLetter.voided_at.is_(None),
        )
        .order_by(DisputeLetter.sent_on, DisputeLetter.id)
    ).all()
    if not sent:
        return Fired(None, NOTHING, waiting=dated(f"once the reply date of a {title.lower()} has passed"))
    last = sent[-1]
    assert last.reply_by is not None and last.sent_on is not None
    made, by, what = last.sent_on, last.reply_by, title.lower()
    return Fired(
        _day_after(by),
        dated("the reply date (", by, f") of our {what} of ", made, " has passed"),
        dated(f"the reply date of our {what} of ", made, " (", by, ")"),
        dated(f"if our {what} of ", made, " is not answered by ", by),
    )
