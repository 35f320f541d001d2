"""A letter's language versions: one letter (one rung of the ladder, made on one day) may be written in several
languages. Each language is a row of its own (`DisputeLetter`, with its PDF); the later ones point at the first
(`version_of`), whose id is the letter's number. The versions are sent together or not at all, and never cite or
enclose one another (a version is a draft until the letter is marked sent)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import DisputeLetter


def versions(session: Session, letter: DisputeLetter) -> list[DisputeLetter]:
    """Every version of the letter that is not voided (the letter itself among them), first made first."""
    number = letter.letter_no
    query = select(DisputeLetter).where(or_(DisputeLetter.id == number, DisputeLetter.version_of == number))
    return list(session.scalars(query.order_by(DisputeLetter.id)))


def joining(session: Session, dispute_id: int, kind: str, made_on: date, lang: str) -> DisputeLetter | None:
    """The letter a new version in `lang` belongs to: the latest of the dispute's letters of this kind made that
    day that has not gone out and is not written in `lang` yet. None when there is none: the new one is a letter of
    its own (made again in a language it has, it is a new draft). Refused when the only such letter went out
    already: it would be a version of a sent letter, and a letter's versions go out together."""
    query = select(DisputeLetter).where(
        DisputeLetter.dispute_id == dispute_id, DisputeLetter.kind == kind, DisputeLetter.made_on == made_on
    )
    letters: dict[int, list[DisputeLetter]] = {}
    for row in session.scalars(query.order_by(DisputeLetter.id)):
        letters.setdefault(row.letter_no, []).append(row)
    lacking = {number: rows for number, rows in letters.items() if all(row.lang != lang for row in rows)}
    drafts = [number for number, rows in lacking.items() if all(row.sent_on is None for row in rows)]
    if drafts:
        return letters[max(drafts)][0]  # a version kept (the first may have been voided): it names the letter
    for number, rows in lacking.items():
        sent = next(row.sent_on for row in rows if row.sent_on is not None)
        raise DeskError(
            words.tr(
                "letter {0} of dispute {1}, made on {2}, was marked sent on {3} without this language: a letter's "
                "language versions go out together, so a new one cannot join it. Make it on another day as a letter "
                "of its own; nothing was recorded"
            ).format(number, dispute_id, made_on.isoformat(), sent)
        )
    return None
