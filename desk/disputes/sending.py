"""A letter is made as a draft; it counts as sent (on the letter ladder, for its reply date, in packets) only once the
user says when and how it went out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import Audience, DisputeLetter

VIA_LIMIT = 40
CHANNELS = ("e-mail", "platform message", "post", "courier", "fax", "by hand")  # offered; any short text is taken


def get_letter(session: Session, letter_id: int) -> DisputeLetter:
    letter = session.get(DisputeLetter, letter_id)
    if letter is None:
        raise DeskError(words.tr("no letter {0}").format(letter_id))
    return letter


def mark_sent(letter: DisputeLetter, on: date, via: str, today: date) -> None:
    """Record when and how the letter went out; refused before it was made, in the future, or without a channel."""
    if letter.is_voided:
        raise DeskError(words.tr("letter {0} is voided: restore it before marking it sent").format(letter.id))
    channel = " ".join(via.split())
    if not channel:
        raise DeskError(words.tr("say how the letter was sent: e-mail, platform message, post, …"))
    if len(channel) > VIA_LIMIT:
        raise DeskError(
            words.tr("how the letter was sent has {0} characters; at most {1}").format(len(channel), VIA_LIMIT)
        )
    if on < letter.made_on:
        raise DeskError(
            words.tr("letter {0} was made on {1}: it cannot have been sent on {2}").format(
                letter.id, letter.made_on, on
            )
        )
    if on > today:
        raise DeskError(words.tr("{0} is still to come: mark the letter sent once it has gone").format(on))
    letter.sent_on = on
    letter.sent_via = channel


def sent_letters(session: Session, dispute_id: int, audience: Audience = Audience.INTERNAL) -> list[DisputeLetter]:
    """The dispute's letters that went out (marked sent, not voided) and that `audience` may see, in the order they
    were sent: one row per letter (its first version kept), however many languages it was written in."""
    seen = [a for a in Audience if audience.sees(a)]
    query = (
        select(DisputeLetter)
        .where(
            DisputeLetter.dispute_id == dispute_id,
            DisputeLetter.sent_on.is_not(None),
            DisputeLetter.voided_at.is_(None),
            DisputeLetter.audience.in_(seen),
        )
        .order_by(DisputeLetter.sent_on, DisputeLetter.id)
    )
    first: dict[int, DisputeLetter] = {}
    for letter in session.scalars(query):
        first.setdefault(letter.letter_no, letter)
    return list(first.values())
