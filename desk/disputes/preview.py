"""What recording an event would do to a dispute, said before it is recorded: the state it moves to, the outcome
it settles, and the deadlines that stop or start being tracked (Record Event… shows it above OK).

Worked out by the rules that record it (`desk.disputes.lifecycle`) and derive deadlines (`desk.overview.deadlines`),
on the dispute in memory: the event is put on the dispute, the deadlines read, and everything put back as it was.
Nothing is flushed; the session should be a read session of its own, left without committing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk.disputes.lifecycle import apply_event, check_event, get_dispute
from desk.models import DisputeEvent, DisputeEventKind, DisputeOutcome, DisputeState
from desk.money import Money
from desk.overview import deadlines
from desk.overview.deadlines import Deadline
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
