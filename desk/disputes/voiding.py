"""What voiding means for a dispute, one of its events and one of its letters, and what it refuses.

A voided dispute frees its line for another; it is refused while a refund for it is kept. A voided event is left
out of the timeline and the dispute's state is derived again from the events that remain (`lifecycle.replay`);
the opening is not an event to void (void the dispute). Restoring checks the same rules again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.disputes.lifecycle import replay
from desk.errors import DeskError
from desk.language import words
from desk.models import Dispute, DisputeEvent, DisputeEventKind, DisputeLetter
from desk.models.disputes import FINISHED_STATES


def dispute_name(dispute: Dispute) -> str:
    line = dispute.order_line
    return words.tr("dispute {0} (line {1} of order {2})").format(dispute.id, line.line_no, line.order.key)


def event_name(event: DisputeEvent) -> str:
    what = event.kind.value.replace("_", " ")
    return words.tr("the '{0}' of {1} in dispute {2}").format(what, event.occurred_on.isoformat(), event.dispute_id)


def void_dispute(dispute: Dispute) -> None:
    kept = [r for r in dispute.refunds if not r.is_voided]
    if kept:
        names = ", ".join(words.tr("refund {0}").format(r.id) for r in kept)
        # one: "void it first"
        said = words.tr("{0} has {1}: void them first", "", len(kept))
        raise DeskError(said.format(dispute_name(dispute), names))


def restore_dispute(session: Session, dispute: Dispute) -> None:
    line = dispute.order_line
    if line.order.is_voided:
        raise DeskError(words.tr("order {0} is voided: restore it first").format(line.order.key))
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
                words.tr(
                    "line {0} of order {1} has an open dispute already (no. {2}): close or void it before restoring {3}"
                ).format(line.line_no, line.order.key, other.id, dispute_name(dispute))
            )


def void_event(event: DisputeEvent) -> None:
    if event.kind is DisputeEventKind.OPENED:
        raise DeskError(
            words.tr("the opening of dispute {0} is the dispute itself: void the dispute instead").format(
                event.dispute_id
            )
        )
    if event.dispute.is_voided:
        raise DeskError(words.tr("dispute {0} is voided already, with its events").format(event.dispute_id))


def after_event_change(event: DisputeEvent) -> None:
    """The dispute's state, outcome and amount won, from its events as they now are."""
    replay(event.dispute)


def restore_event(event: DisputeEvent) -> None:
    if event.dispute.is_voided:
        raise DeskError(words.tr("dispute {0} is voided: restore it first").format(event.dispute_id))


def restore_letter(letter: DisputeLetter) -> None:
    if letter.dispute.is_voided:
        raise DeskError(words.tr("dispute {0} is voided: restore it first").format(letter.dispute_id))
