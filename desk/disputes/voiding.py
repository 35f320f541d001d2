"""What voiding means for a dispute, one of its events and one of its letters, and what it refuses.

A voided dispute frees its line for another; it is refused while a refund for it is kept. A voided event is left
out of the timeline and the dispute's state is derived again from the events that remain (`lifecycle.replay`);
the opening is not an event to void (void the dispute). Restoring checks the same rules again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.disputes.lifecycle import replay
from desk.errors import DeskError
from desk.models import Dispute, DisputeEvent, DisputeEventKind, DisputeLetter
from desk.models.disputes import FINISHED_STATES


def dispute_name(dispute: Dispute) -> str:
    line = dispute.order_line
    return f"dispute {dispute.id} (line {line.line_no} of order {line.order.key})"


def event_name(event: DisputeEvent) -> str:
    what = event.kind.value.replace("_", " ")
    return f"the '{what}' of {event.occurred_on.isoformat()} in dispute {event.dispute_id}"


def void_dispute(dispute: Dispute) -> None:
    kept = [r for r in dispute.refunds if not r.is_voided]
    if kept:
        names = ", ".join(f"refund {r.id}" for r in kept)
        raise DeskError(f"{dispute_name(dispute)} has {names}: void {'them' if len(kept) > 1 else 'it'} first")


def restore_dispute(session: Session, dispute: Dispute) -> None:
    line = dispute.order_line
    if line.order.is_voided:
        raise DeskError(f"order {line.order.key} is voided: restore it first")
    if dispute.state not in FINISHED_STATES:
        other = session.scalars(
            select(Dispute).where(
                Dispute.order_line_id == line.id,
                Dispute.id != dispute.id,
                Dispute.state.not_in(FINISHED_STATES),
                Dispute.voided_at.is_(None),
            )
        ).first()
        if other is not None:
            raise DeskError(
                f"line {line.line_no} of order {line.order.key} has an open dispute already (no. {other.id}): "
                f"close or void it before restoring {dispute_name(dispute)}"
            )


def void_event(event: DisputeEvent) -> None:
    if event.kind is DisputeEventKind.OPENED:
        raise DeskError(f"the opening of dispute {event.dispute_id} is the dispute itself: void the dispute instead")
    if event.dispute.is_voided:
        raise DeskError(f"dispute {event.dispute_id} is voided already, with its events")


def after_event_change(event: DisputeEvent) -> None:
    """The dispute's state, outcome and amount won, from its events as they now are."""
    replay(event.dispute)


def restore_event(event: DisputeEvent) -> None:
    if event.dispute.is_voided:
        raise DeskError(f"dispute {event.dispute_id} is voided: restore it first")


def restore_letter(letter: DisputeLetter) -> None:
    if letter.dispute.is_voided:
        raise DeskError(f"dispute {letter.dispute_id} is voided: restore it first")
