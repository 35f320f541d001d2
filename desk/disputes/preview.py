"""What opening a dispute or recording an event would do, said before it is done (Open Dispute… and Record Event…
show it above OK): the claim and the seller's deadlines of a new dispute; the state an event moves a dispute to,
the outcome it settles, and the deadlines that stop or start being tracked.

Worked out by the rules that record it (`desk.disputes.lifecycle`) and derive deadlines (`desk.overview.deadlines`),
on the dispute in memory: the event is put on the dispute, the deadlines read, and everything put back as it was.
Nothing is flushed; the session should be a read session of its own, left without committing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk.common import Dated
from desk.disputes.lifecycle import apply_event, check_event, check_opening, get_dispute
from desk.errors import DeskError
from desk.language import words
from desk.models import CaseKind, DisputeEvent, DisputeEventKind, DisputeOutcome, DisputeState, Order
from desk.money import Money
from desk.orders.lookup import find_line
from desk.overview import deadlines
from desk.overview.deadlines import Case, Deadline
from desk.policies import load_policies


@dataclass(frozen=True)
class EventOutcome:
    kind: DisputeEventKind
    state_before: DisputeState
    state_after: DisputeState
    outcome: DisputeOutcome | None  # after the event, when it changes
    won: Money | None  # after the event, when it changes
    stops: tuple[Deadline, ...]  # tracked now, no longer after
    starts: tuple[Deadline, ...]  # tracked after, not before (or with another date)


def event_outcome(
    session: Session, dispute_id: int, kind: DisputeEventKind, on: date, amount: Money | None, today: date
) -> EventOutcome:
    """What recording `kind` on `on` (with `amount`) would do; the rule's DeskError when it would be refused."""
    dispute = get_dispute(session, dispute_id)
    ctx = deadlines.context(session, load_policies(session), today)  # every query before the dispute is touched
    before = deadlines.dispute_deadlines(ctx, dispute)
    check_event(dispute, kind, on, amount)
    kept = (dispute.state, dispute.outcome, dispute.won_minor)
    with session.no_autoflush:
        trial = DisputeEvent(kind=kind, occurred_on=on, amount_minor=None if amount is None else amount.minor)
        dispute.events.append(trial)
        try:
            apply_event([e for e in dispute.events if not e.is_voided], dispute, kind, amount)
            after = deadlines.dispute_deadlines(ctx, dispute)
            state, outcome, won = dispute.state, dispute.outcome, dispute.won_minor
        finally:
            dispute.events.remove(trial)
            if trial in session:
                session.expunge(trial)
            dispute.state, dispute.outcome, dispute.won_minor = kept
    same = {(d.kind, d.due) for d in before} & {(d.kind, d.due) for d in after}
    return EventOutcome(
        kind=kind,
        state_before=kept[0],
        state_after=state,
        outcome=outcome if outcome is not kept[1] else None,
        won=Money(won, dispute.currency) if won is not None and won != kept[2] else None,
        stops=tuple(d for d in before if (d.kind, d.due) not in same),
        starts=tuple(d for d in after if (d.kind, d.due) not in same),
    )


@dataclass(frozen=True)
class OpeningOutcome:
    line_no: int
    item: str
    claimed: Money
    answer_by: date | None  # the seller's answer is due; None where the platform's rules give no such day
    escalate_from: date | None  # escalate to the platform from this day if the seller has not answered
    protection_ends: date | None  # the order's buyer protection (None: not shipped yet, or no such promise)


def opening_outcome(session: Session, order_id: int, line_no: int, amount: Money, on: date) -> OpeningOutcome:
    """What opening a dispute on line `line_no` claiming `amount` on `on` would do, by the rules that open it
    (`check_opening`: its DeskError when it would be refused) and derive its deadlines; nothing is written."""
    order = session.get(Order, order_id)
    if order is None:
        raise DeskError(words.tr("the order is no longer there: it was deleted meanwhile"))
    line = find_line(order, line_no)
    check_opening(session, line, amount, on)
    policies = load_policies(session)
    ctx = deadlines.context(session, policies, on)
    answer_by: date | None = None
    escalate_from: date | None = None
    try:
        answer, escalate = deadlines.awaiting_answer(ctx, Case(CaseKind.DISPUTE, 0, "", Dated(())), order, on)
        answer_by, escalate_from = answer.due, escalate.due
    except DeskError:  # a platform without a rule for the seller's answer: no day to say
        pass
    try:
        protection = deadlines.protection_end(policies, order)
    except DeskError:
        protection = None
    return OpeningOutcome(
        line.line_no, line.item, amount, answer_by, escalate_from, None if protection is None else protection[0]
    )
