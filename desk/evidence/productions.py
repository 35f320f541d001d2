"""The register of productions: every packet Desk makes takes the next free range of page (Bates) numbers of the
business, so a number names one page of one packet, whatever its case or destination, and making the same packet
again is a new production with new numbers.

The numbers continue from the highest the register holds. A packet is laid out with the next free number read
beforehand and recorded afterwards in a short write: `record_production` refuses (`NumbersTaken`) when another
packet took those numbers in between, and the packet is laid out again from the new next free number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import ProducedExhibit, Production


class NumbersTaken(DeskError):
    """Another packet was recorded with the numbers this one was laid out with; `next_free` is where to start."""

    def __init__(self, next_free: int) -> None:
        super().__init__(
            words.tr("the page numbers this packet was laid out with were taken by another packet made meanwhile")
        )
        self.next_free = next_free


@dataclass(frozen=True)
class Produced:
    """A production as made, before it is recorded."""

    dispute_id: int | None
    application_id: int | None
    case: str
    destination: str
    prefix: str
    first: int
    last: int
    parts: int
    file_name: str
    made_on: date
    exhibits: Sequence[ProducedItem]


@dataclass(frozen=True)
class ProducedItem:
    evidence_id: int | None
    label: str
    file_name: str
    first: int
    last: int
    pages: int


def next_free_number(session: Session) -> int:
    """The first page number no production holds yet."""
    return (session.scalar(select(func.max(Production.last_number))) or 0) + 1


def record_production(session: Session, produced: Produced, made_by: str) -> Production:
    """Keep `produced` in the register. Its numbers must start at the next free one: otherwise another packet took
    them since it was laid out (`NumbersTaken`)."""
    free = next_free_number(session)
    if produced.first != free:
        raise NumbersTaken(free)
    production = Production(
        dispute_id=produced.dispute_id,
        application_id=produced.application_id,
        case=produced.case,
        destination=produced.destination,
        prefix=produced.prefix,
        first_number=produced.first,
        last_number=produced.last,
        parts=produced.parts,
        file_name=produced.file_name,
        made_on=produced.made_on,
        made_by=made_by,
        exhibits=[
            ProducedExhibit(
                evidence_id=item.evidence_id,
                label=item.label,
                file_name=item.file_name,
                first_number=item.first,
                last_number=item.last,
                pages=item.pages,
            )
            for item in produced.exhibits
        ],
    )
    session.add(production)
    session.flush()
    return production
