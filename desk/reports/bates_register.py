"""The Bates register: every production Desk made (a claim packet, a deposit packet), its range of page numbers, and
each exhibit's numbers within it, as a paralegal keeps it. `desk register -o FILE.csv`, "Save Bates Register…".

One row for the whole production ("Whole packet", its file names), then one per exhibit, in the order of the
numbers. The lawyer's bundle takes the same rows (`register_table`) for a file of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk.models import Production
from desk.reports.bundle_tables import Cell, Table, to_csv
from desk.reports.stamping import bates

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["COLUMNS", "WHOLE", "latest_ranges", "register_csv", "register_table"]

COLUMNS = ("Production", "Destination", "Case", "Exhibit", "File", "First", "Last", "Pages", "Date")
WHOLE = "Whole packet"


def register_table(session: Session) -> Table:
    """Every production and its exhibits, oldest first."""
    productions = session.scalars(
        select(Production).options(selectinload(Production.exhibits)).order_by(Production.first_number)
    )
    rows: list[tuple[Cell, ...]] = []
    for p in productions:
        common = (p.id, p.destination, p.case)
        size = p.last_number - p.first_number + 1
        rows.append(
            (
                *common,
                WHOLE,
                p.file_name,
                bates(p.prefix, p.first_number),
                bates(p.prefix, p.last_number),
                size,
                p.made_on,
            )
        )
        for e in p.exhibits:
            first, last = bates(p.prefix, e.first_number), bates(p.prefix, e.last_number)
            rows.append((*common, e.label, e.file_name, first, last, e.pages, p.made_on))
    return Table("bates-register", COLUMNS, rows)


def latest_ranges(session: Session) -> dict[int, tuple[str, str]]:
    """Each evidence file's numbers in the latest production that included it: evidence id → (first, last)."""
    ranges: dict[int, tuple[str, str]] = {}
    productions = session.scalars(
        select(Production).options(selectinload(Production.exhibits)).order_by(Production.first_number)
    )
    for p in productions:  # oldest first: a later production's numbers replace an earlier one's
        for e in p.exhibits:
            if e.evidence_id is not None:
                ranges[e.evidence_id] = (bates(p.prefix, e.first_number), bates(p.prefix, e.last_number))
    return ranges


def register_csv(session: Session) -> tuple[bytes, int]:
    """The register as CSV (UTF-8 with a byte-order mark, as the bundle's tables), and how many productions."""
    table = register_table(session)
    return to_csv(table), sum(1 for row in table.rows if row[3] == WHOLE)
