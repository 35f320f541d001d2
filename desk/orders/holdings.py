"""What hangs on an order line: its disputes, the refunds for them and the evidence filed for either. A line that
carries any of these is the item they argue about; removing it would leave them naming another item (or none)
while their photos stay their exhibits, so it is refused, naming the line and what it carries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import EvidenceLink, OrderLine


@dataclass(frozen=True)
class Holdings:
    disputes: tuple[int, ...]
    refunds: tuple[int, ...]
    evidence_files: int

    def __bool__(self) -> bool:
        return bool(self.disputes or self.refunds or self.evidence_files)

    def __str__(self) -> str:
        """`dispute 5, refund 7 and 3 evidence files`."""
        parts = []
        if self.disputes:
            disputes = _and([str(i) for i in self.disputes])
            parts.append(words.tr("dispute(s) {0}", "", len(self.disputes)).format(disputes))
        if self.refunds:
            refunds = _and([str(i) for i in self.refunds])
            parts.append(words.tr("refund(s) {0}", "", len(self.refunds)).format(refunds))
        if self.evidence_files:
            parts.append(words.tr("%n evidence file(s)", "", self.evidence_files))
        return _and(parts)


def _and(parts: Sequence[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(parts) < 2:
        return "".join(parts)
    return words.tr("{0} and {1}").format(", ".join(parts[:-1]), parts[-1])


def holdings(session: Session, line: OrderLine) -> Holdings:
    """What `line` carries. Refunds and evidence reach a line through its disputes (a refund for a dispute, a
    file filed for the dispute or for its refund)."""
    disputes = sorted(d.id for d in line.disputes)
    refunds = sorted(r.id for d in line.disputes for r in d.refunds)
    evidence = 0
    if disputes or refunds:
        query = select(func.count(func.distinct(EvidenceLink.evidence_id))).where(
            or_(EvidenceLink.dispute_id.in_(disputes), EvidenceLink.refund_id.in_(refunds))
        )
        evidence = int(session.scalar(query) or 0)
    return Holdings(tuple(disputes), tuple(refunds), evidence)


def refuse_removal(session: Session, lines: Sequence[OrderLine]) -> None:
    """Refuse to remove lines that carry anything, naming every such line and what it carries."""
    refused = []
    for line in lines:
        held = holdings(session, line)
        if held:
            refused.append(words.tr("line {0} ({1}) has {2}").format(line.line_no, line.item, held))
    if refused:
        raise DeskError(
            words.tr("{0}: a line that carries a dispute, a refund or evidence cannot be removed").format(
                "; ".join(refused)
            )
        )
