"""What evidence a case needs and whether it has it: a dispute's expectations by its reason
(`policies/evidence/expectations.toml`, each citing its seed), met by evidence linked to the dispute or its order.
The file sits apart from the platforms' `policies/*.toml`: it is not a platform's rules."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.models import Dispute, DisputeReason, Evidence, EvidenceKind, EvidenceLink
from desk.policies.sources import titled


@dataclass(frozen=True)
class Expectation:
    reasons: frozenset[str]  # dispute reasons, "*" for all
    kinds: tuple[EvidenceKind, ...]  # any of them meets it
    label: str
    required: bool
    source: str


@dataclass(frozen=True)
class Check:
    expectation: Expectation
    met_by: tuple[int, ...]  # evidence ids

    @property
    def missing(self) -> bool:
        return not self.met_by


@functools.cache
def expectations() -> tuple[Expectation, ...]:
    text = resources.files("desk.policies").joinpath("evidence", "expectations.toml").read_text(encoding="utf-8")
    found = []
    for number, raw in enumerate(tomllib.loads(text)["expect"], start=1):
        reasons = frozenset(raw["reasons"])
        unknown = reasons - {"*", *(r.value for r in DisputeReason)}
        if unknown:
            where = f"policies/evidence/expectations.toml, expectation {number}"
            raise DeskError(f"{where}: unknown reasons {sorted(unknown)}")
        kinds = tuple(EvidenceKind(k) for k in raw["kinds"])
        found.append(Expectation(reasons, kinds, raw["label"], bool(raw["required"]), titled(raw["source"])))
    return tuple(found)


def checklist(session: Session, case: CaseRef) -> list[Check]:
    """The expectations of a dispute, each with the evidence that meets it; other cases expect nothing yet."""
    if case.kind != "dispute":
        return []
    dispute = session.get(Dispute, case.id)
    if dispute is None:
        raise DeskError(f"no {case.label}")
    order_id = dispute.order_line.order_id
    linked = (
        select(Evidence.id, Evidence.kind)
        .join(EvidenceLink, EvidenceLink.evidence_id == Evidence.id)
        .where(or_(EvidenceLink.dispute_id == dispute.id, EvidenceLink.order_id == order_id))
        .distinct()
        .order_by(Evidence.id)
    )
    kinds_held = list(session.execute(linked))
    return [
        Check(e, tuple(i for i, kind in kinds_held if kind in e.kinds))
        for e in expectations()
        if "*" in e.reasons or dispute.reason.value in e.reasons
    ]
