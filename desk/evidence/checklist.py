"""What evidence a case needs and whether it has it: a dispute's expectations by its reason
(`policies/evidence/expectations.toml`, each citing its seed), met by evidence linked to the dispute or its order.
The file sits apart from the platforms' `policies/*.toml`: it is not a platform's rules.

A file meets an expectation only when the user confirmed what it shows (`Evidence.shows` holds the expectation's
key; `check_shows` checks it): its type is a guess — any picture is not a photo of the item as it arrived, and a
letter Desk made is not the order confirmation. Unconfirmed files of a kind that might show it are its
`candidates`, offered to the user to confirm."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.language import words
from desk.models import Dispute, DisputeLetter, DisputeReason, Evidence, EvidenceKind, EvidenceLink
from desk.policies.sources import titled


@dataclass(frozen=True)
class Expectation:
    key: str  # what `Evidence.shows` records once a file is confirmed to show it; never shown to people
    reasons: frozenset[str]  # dispute reasons, "*" for all
    kinds: tuple[EvidenceKind, ...]  # kinds of file that might show it: offered to confirm
    label: str
    required: bool
    source: str
    letters: bool = False  # whether a letter Desk made may show it (the correspondence; never the confirmation)

    def may_show(self, kind: EvidenceKind, letter: bool) -> bool:
        """Whether a file of `kind` (a letter Desk made, or not) is worth offering for this expectation."""
        return kind in self.kinds and (self.letters or not letter)


@dataclass(frozen=True)
class Check:
    expectation: Expectation
    met_by: tuple[int, ...]  # evidence ids the user confirmed show it
    candidates: tuple[int, ...] = ()  # evidence ids not confirmed yet that might show it

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
        found.append(
            Expectation(
                raw["key"],
                reasons,
                kinds,
                raw["label"],
                bool(raw["required"]),
                titled(raw["source"]),
                bool(raw.get("letters", False)),
            )
        )
    return tuple(found)


def expectation(key: str) -> Expectation:
    """The expectation a confirmed file records by `key`; a DeskError naming the known ones otherwise."""
    found = next((e for e in expectations() if e.key == key), None)
    if found is None:
        known = ", ".join(e.key for e in expectations())
        raise DeskError(
            words.tr("'{0}' is not something the evidence checklist asks for; it asks for: {1}").format(key, known)
        )
    return found


def is_letter(session: Session, evidence_id: int) -> bool:
    """Whether the evidence is a letter Desk made (kept as evidence when it was made)."""
    return session.scalar(select(DisputeLetter.id).where(DisputeLetter.evidence_id == evidence_id).limit(1)) is not None


def check_shows(session: Session, evidence: Evidence, key: str) -> Expectation:
    """Refuse to record that `evidence` shows `key` when it cannot: an unknown item, or a letter Desk made for
    anything but the correspondence."""
    wanted = expectation(key)
    if not wanted.letters and is_letter(session, evidence.id):
        raise DeskError(
            words.tr("{0} is a letter Desk made: it cannot show {1}, only what was written to the seller").format(
                evidence.original_name, words.tr(wanted.label)  # the checklist's label, marked where it is defined
            )
        )
    return wanted


def checklist(session: Session, case: CaseRef) -> list[Check]:
    """The expectations of a dispute, each with the evidence that meets it; other cases expect nothing yet."""
    if case.kind != "dispute":
        return []
    dispute = session.get(Dispute, case.id)
    if dispute is None:
        raise DeskError(words.tr("no {0}").format(case.shown))
    order_id = dispute.order_line.order_id
    letters = select(DisputeLetter.evidence_id).where(DisputeLetter.evidence_id.is_not(None))
    linked = (
        select(Evidence.id, Evidence.kind, Evidence.shows, Evidence.id.in_(letters))
        .join(EvidenceLink, EvidenceLink.evidence_id == Evidence.id)
        .where(
            or_(EvidenceLink.dispute_id == dispute.id, EvidenceLink.order_id == order_id),
            Evidence.voided_at.is_(None),
        )
        .distinct()
        .order_by(Evidence.id)
    )
    held = [(i, kind, shows, bool(letter)) for i, kind, shows, letter in session.execute(linked)]
    return [
        Check(
            e,
            tuple(i for i, _kind, shows, _letter in held if shows == e.key),
            tuple(i for i, kind, shows, letter in held if shows is None and e.may_show(kind, letter)),
        )
        for e in expectations()
        if "*" in e.reasons or dispute.reason.value in e.reasons
    ]
