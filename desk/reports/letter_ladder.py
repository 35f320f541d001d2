"""The escalation-letter ladder of one dispute, as it stands on a given day: each rung (`policies/letters/ladder.toml`)
available or not and why, with the dates, when it was last sent, and its warnings; and the other roads to the money
(a PayPal claim, a card chargeback) that the order's payment methods open, with what each may close.

Everything is derived each time from the dispute's events, its letters and the deadlines Desk derives; nothing here
is stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.calendar import BeyondCalendar, add_days
from desk.common import Dated, dated, joined
from desk.disputes import letter_versions
from desk.disputes.letter_policy import Condition, Ladder, RoadSpec, RungSpec, load_ladder
from desk.models import Dispute, DisputeLetter, DisputeState
from desk.money import Money
from desk.overview.deadlines import context
from desk.policies import load_policies
from desk.reports import letter_triggers as triggers
from desk.reports.letter_triggers import Fired


@dataclass(frozen=True)
class Rung:
    kind: str
    title: str
    available: bool
    why: Dated  # why it is or is not offered now, with its dates (`words(date_text)` in the window, ISO in `str`)
    sent_on: date | None  # the last day this letter was sent for the dispute (marked sent, not only made)
    warnings: list[Dated] = field(default_factory=list)
    to: str = "seller"  # seller, platform or counsel
    reply_days: int | None = None
    drafted_on: date | None = None  # the last day this letter was made and not yet marked sent (a draft)
    draft_id: int | None = None  # a version of that draft that is not voided, to mark sent (all its versions go)
    draft_langs: tuple[str, ...] = ()  # the languages that draft is written in (en, ru, zh), first made first


@dataclass(frozen=True)
class Road:
    kind: str
    title: str
    possible: bool
    why: Dated
    warnings: list[Dated] = field(default_factory=list)


_STAGE_TEXT = {
    "open": "open, waiting for the seller's answer",
    "seller_responded": "with the seller, who has answered",
    "offer": "with the seller, who has made an offer",
    "escalated": "escalated to the platform",
    "decided": "decided by the platform",
    "refund_pending": "waiting for the refund",
    "refunded": "refunded",
    "closed": "closed",
    "lost": "closed after the platform decided against us",
}


def _last_days(session: Session, dispute: Dispute) -> tuple[dict[str, date], dict[str, DisputeLetter]]:
    """By letter kind: the last day one was sent, and the last one made that is still a draft. A letter counts as
    sent only once it is marked sent; a voided one not at all."""
    rows = session.scalars(
        select(DisputeLetter).where(DisputeLetter.dispute_id == dispute.id, DisputeLetter.voided_at.is_(None))
    ).all()
    sent: dict[str, date] = {}
    drafts: dict[str, DisputeLetter] = {}
    for row in rows:
        if row.sent_on is not None:
            sent[row.kind] = max(sent.get(row.kind, row.sent_on), row.sent_on)
        elif row.kind not in drafts or (row.made_on, row.id) > (drafts[row.kind].made_on, drafts[row.kind].id):
            drafts[row.kind] = row
    return sent, drafts


def _langs(session: Session, draft: DisputeLetter | None) -> tuple[str, ...]:
    if draft is None:
        return ()
    return tuple(version.lang for version in letter_versions.versions(session, draft))


def _fired_by(session: Session, dispute: Dispute, today: date, ladder: Ladder) -> Callable[[Condition], Fired]:
    """A function giving each condition's trigger, each computed once for the dispute."""
    ctx = context(session, load_policies(session), today)
    cache: dict[tuple[str, str | None], Fired] = {}
    simple: dict[str, Callable[[], Fired]] = {
        "opened": lambda: triggers.opened(dispute),
        "seller_silent": lambda: triggers.seller_silent(ctx, dispute),
        "seller_refused": lambda: triggers.seller_refused(dispute),
        "escalated": lambda: triggers.escalated(dispute),
        "decided_against": lambda: triggers.decided_against(dispute),
        "refund_overdue": lambda: triggers.refund_overdue(ctx, dispute),
    }

    def fired(condition: Condition) -> Fired:
        key = (condition.after, condition.letter)
        if key not in cache:
            if condition.after == "reply_passed" and condition.letter is not None:
                title = ladder.rung(condition.letter).title
                cache[key] = triggers.reply_passed(session, dispute, condition.letter, title)
            else:
                cache[key] = simple[condition.after]()
        return cache[key]

    return fired


def _judge(spec: RungSpec, dispute: Dispute, today: date, fired: Callable[[Condition], Fired]) -> tuple[bool, Dated]:
    """Whether the rung is available today, and why (or why not), with the dates."""
    current = triggers.stage(dispute)
    if current not in spec.stages:
        since = triggers.stage_since(dispute)
        allowed = ", ".join(s.replace("_", " ") for s in spec.stages)
        return (
            False,
            dated(f"not at this stage: the dispute is {_STAGE_TEXT[current]} (since ", since, ")")
            + f"; this letter is for {allowed}",
        )
    met: list[tuple[date, Dated]] = []
    ahead: list[tuple[date, Dated]] = []
    waiting: list[Dated] = []
    for condition in spec.when:
        found = fired(condition)
        if found.moot:
            continue
        if found.on is None:
            later = f", {condition.days} days after that" if condition.days else ""
            waiting.append(found.waiting + later)
            continue
        try:
            start = add_days(found.on, condition.days)
        except BeyondCalendar:  # counted from a date near 9999 (a typing mistake): that day never comes
            continue
        if start <= today:
            text = found.done if condition.days == 0 else dated(f"{condition.days} days have passed since ", found.noun)
            met.append((start, text))
        else:
            text = found.waiting if condition.days == 0 else dated(f"{condition.days} days after ", found.noun)
            ahead.append((start, dated("from ", start, ", ", text)))
    if met:
        # The latest reason is the one that speaks to where the dispute is now.
        start, text = max(met, key=lambda pair: (pair[0], str(pair[1])))
        return True, dated("available since ", start, ": ", text)
    pending = [text for _, text in sorted(ahead, key=lambda pair: (pair[0], str(pair[1])))] + waiting
    if not pending:
        return False, dated("not now: none of the moments that open this letter can still happen in this dispute")
    return False, "not yet: " + joined(pending, "; or ")


def letter_ladder(session: Session, dispute: Dispute, today: date) -> list[Rung]:
    """Every rung in ladder order, as it stands on `today`."""
    ladder = load_ladder()
    fired = _fired_by(session, dispute, today, ladder)
    sent, drafts = _last_days(session, dispute)
    roads = [(spec, road) for spec, road in zip(ladder.roads, _roads(dispute, today, ladder), strict=True)]
    out = []
    for spec in ladder.rungs:
        available, why = _judge(spec, dispute, today, fired)
        warnings = [dated(w) for w in spec.warnings]
        for road_spec, road in roads:
            if road.possible and spec.code in road_spec.closes and road_spec.closes_note:
                warnings.append(dated(f"{road_spec.closes_note} This order was ", road.why, "."))
        out.append(
            Rung(
                spec.code,
                spec.title,
                available,
                why,
                sent.get(spec.code),
                warnings,
                spec.to,
                spec.reply_days,
                drafted_on=drafts[spec.code].made_on if spec.code in drafts else None,
                draft_id=drafts[spec.code].id if spec.code in drafts else None,
                draft_langs=_langs(session, drafts.get(spec.code)),
            )
        )
    return out


def other_roads(session: Session, dispute: Dispute, today: date) -> list[Road]:
    """The other roads to the money, possible or not by how the order was paid, with their warnings."""
    return _roads(dispute, today, load_ladder())


def _roads(dispute: Dispute, today: date, ladder: Ladder) -> list[Road]:
    return [_road(spec, dispute, today) for spec in ladder.roads]


def _road(spec: RoadSpec, dispute: Dispute, today: date) -> Road:
    order = dispute.order_line.order
    warnings = [dated(w) for w in spec.warnings]
    payments = [p for p in order.payments if p.method in spec.methods]
    if not payments:
        used = ", ".join(sorted({p.method.label for p in order.payments})) or "no recorded payment"
        needed = _either([m.label for m in spec.methods])
        why = dated(f"the order was paid by {used}; this needs a payment by {needed}")
        return Road(spec.code, spec.title, False, why, warnings)
    paid = []
    for payment in payments:
        on = payment.paid_on or order.paid_on
        when = dated(" on ", on, f" ({(today - on).days} days ago)") if on else dated("")
        paid.append(dated(f"{Money(payment.amount_minor, order.currency)} by {payment.method.label}", when))
    why = "paid " + joined(paid, "; ")
    if dispute.state is DisputeState.REFUNDED:
        return Road(spec.code, spec.title, False, why + ", but the dispute has been refunded", warnings)
    if spec.closes and dispute.is_open:
        stage = _STAGE_TEXT[triggers.stage(dispute)]
        warnings.append(dated(f"The platform's dispute is still {stage}: taking this road now may end it."))
    return Road(spec.code, spec.title, True, why, warnings)


def _either(names: list[str]) -> str:
    """`A`, `A or B`, `A, B or C`."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
