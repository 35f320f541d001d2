"""The exhibits of a dispute: the evidence that supports it (linked to the dispute, its order or its refunds), each
with the label it keeps in every packet, letter and bundle made for it (`desk.models.packets.ExhibitLabel`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.models import Audience, Dispute, DisputeLetter, Evidence, EvidenceLink, ExhibitLabel, Refund

INTERNAL_PREFIX = "INT-"


@dataclass(frozen=True)
class Exhibit:
    label: str
    evidence: Evidence

    @property
    def internal(self) -> bool:
        """Whether it must stay out of anything meant for a supplier or platform (as the evidence says now)."""
        return self.evidence.internal


def letters(n: int) -> str:
    """The n-th exhibit letter: 1 → A, 26 → Z, 27 → AA, 28 → AB (bijective base 26, as courts number exhibits)."""
    if n < 1:
        raise ValueError(f"exhibit numbers start at 1, got {n}")
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def case_evidence(session: Session, dispute: Dispute) -> list[Evidence]:
    """Evidence linked to the dispute, to its order or to its refunds, oldest capture first."""
    refund_ids = select(Refund.id).where(Refund.dispute_id == dispute.id)
    linked = select(EvidenceLink.evidence_id).where(
        or_(
            EvidenceLink.dispute_id == dispute.id,
            EvidenceLink.order_id == dispute.order_line.order_id,
            EvidenceLink.refund_id.in_(refund_ids),
        )
    )
    found = session.scalars(select(Evidence).where(Evidence.id.in_(linked))).all()
    return sorted(found, key=_chronological)


def _chronological(evidence: Evidence) -> tuple[datetime, int]:
    return (evidence.captured_at or evidence.added_at, evidence.id)


def label_exhibits(session: Session, dispute: Dispute) -> int:
    """Give each piece of the dispute's evidence that has no label yet the next one of its sequence (in a write
    session); how many were given. Labels once given are kept, even when evidence added later was captured
    earlier. Only operations call this, before a document reads the labels: documents only read."""
    given = {
        row.evidence_id: row
        for row in session.scalars(select(ExhibitLabel).where(ExhibitLabel.dispute_id == dispute.id))
    }
    last = {False: 0, True: 0}
    for row in given.values():
        last[row.internal] = max(last[row.internal], row.seq)
    new = 0
    for evidence in case_evidence(session, dispute):
        if evidence.id in given:
            continue
        new += 1
        seq = last[evidence.internal] = last[evidence.internal] + 1
        label = f"{INTERNAL_PREFIX}{seq}" if evidence.internal else letters(seq)
        session.add(
            ExhibitLabel(
                dispute_id=dispute.id, evidence_id=evidence.id, seq=seq, internal=evidence.internal, label=label
            )
        )
    session.flush()
    return new


def unsent_letters(session: Session, dispute: Dispute) -> set[int]:
    """The evidence ids of the dispute's letters that did not go out: drafts and voided letters. They are no
    exhibit for the other side, so a letter never encloses its own versions in other languages, nor a draft."""
    query = select(DisputeLetter.evidence_id).where(
        DisputeLetter.dispute_id == dispute.id,
        DisputeLetter.evidence_id.is_not(None),
        or_(DisputeLetter.sent_on.is_(None), DisputeLetter.voided_at.is_not(None)),
    )
    return {i for i in session.scalars(query.execution_options(include_voided=(DisputeLetter,))) if i is not None}


def exhibits(
    session: Session, dispute: Dispute, *, audience: Audience | None = None, include_internal: bool | None = None
) -> list[Exhibit]:
    """The dispute's labelled exhibits that `audience` may see, in label order (lettered ones first, then those kept
    from the other side); evidence without a label yet (added since `label_exhibits` last ran) comes last, labelled
    "?" so nothing is silently left out. `include_internal` is the older way of asking: true for counsel's
    documents, false for the other side's. For the other side, a letter Desk made is an exhibit only once it went
    out."""
    if audience is None:
        audience = Audience.COUNSEL if include_internal else Audience.EXTERNAL
    rows = session.scalars(select(ExhibitLabel).where(ExhibitLabel.dispute_id == dispute.id)).all()
    by_evidence = {row.evidence_id: row for row in rows}
    unsent = unsent_letters(session, dispute) if audience is Audience.EXTERNAL else set()
    found: list[tuple[tuple[int, int, int], Exhibit]] = []
    for evidence in case_evidence(session, dispute):
        if not audience.sees(evidence.audience) or evidence.id in unsent:
            continue
        row = by_evidence.get(evidence.id)
        if row is None:
            found.append(((2, 0, evidence.id), Exhibit("?", evidence)))
        else:
            found.append(((int(row.internal), row.seq, evidence.id), Exhibit(row.label, evidence)))
    return [exhibit for _, exhibit in sorted(found, key=lambda pair: pair[0])]
