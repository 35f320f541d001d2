"""Who may see a fact, an event, a note, a letter or a piece of evidence — and so which documents it may go into.

Every document Desk makes is built for one audience, from data already filtered by it (`Audience.sees`): a packet
for the platform is built only from what may go to the other side, so nothing downstream can leak the rest."""

from __future__ import annotations

import enum

from desk.language import QT_TRANSLATE_NOOP


class Audience(enum.StrEnum):
    """EXTERNAL: may go to the other side — the supplier, the platform, a payment provider — and to everyone below.
    COUNSEL: our staff and our lawyer; never to the other side (a letter to our lawyer, what we tell or keep for
    them, notes we want counsel to read). INTERNAL: our staff only; in no document Desk makes for anybody else,
    not even our lawyer's copies.

    As a document's audience: an EXTERNAL document holds only external items, a COUNSEL document external and
    counsel items, an INTERNAL one everything."""

    EXTERNAL = "external"
    COUNSEL = "counsel"
    INTERNAL = "internal"

    def sees(self, item: Audience) -> bool:
        """Whether a document for this audience may hold an item meant for `item`."""
        return _REACH[item] <= _REACH[self]

    @property
    def kept_in(self) -> bool:
        """Whether an item for this audience must stay out of what goes to the other side."""
        return self is not Audience.EXTERNAL


_REACH = {Audience.EXTERNAL: 0, Audience.COUNSEL: 1, Audience.INTERNAL: 2}

# What a person reads: in a choice ("Who may see it") and in a sentence ("… is for our staff only").
# Shown as words.tr(CHOICES[audience]) and words.tr(SAID[audience]).
CHOICES = {
    Audience.EXTERNAL: QT_TRANSLATE_NOOP("words", "Everyone (may be sent out)"),
    Audience.COUNSEL: QT_TRANSLATE_NOOP("words", "Our staff and our lawyer"),
    Audience.INTERNAL: QT_TRANSLATE_NOOP("words", "Our staff only"),
}
SAID = {
    Audience.EXTERNAL: QT_TRANSLATE_NOOP("words", "for everyone: it may go into what is sent out"),
    Audience.COUNSEL: QT_TRANSLATE_NOOP("words", "for our staff and our lawyer: kept out of what is sent out"),
    Audience.INTERNAL: QT_TRANSLATE_NOOP(
        "words", "for our staff only: kept out of every document Desk makes for anybody else"
    ),
}
