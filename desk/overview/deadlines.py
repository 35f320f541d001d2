"""Deadlines, derived from events and policy each time they are shown and never stored; a `DeadlineOverride` (or an
order's `protection_ends_override`) replaces a derived date with the one the user read on the platform.

Each deadline has a state: `overdue` when its date has passed and what it waits for has not happened, `due` from
`reminder_days` (a setting) before its date until the date itself, `upcoming` before that. Dates that only open or
close a chance (the first day a dispute may be opened, the end of buyer protection) are shown until they pass.

Counting: `days` are calendar days; `business_days` are the business's own country's (setting `country`: a
refund is on time when it is on our card, bank or wallet, so our banks' days count); `working_days` are the country
of the policy file (China's for AliExpress and the purchase agent, make-up working days included)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from desk.common import Dated, dated, formatted, joined
from desk.common import words as enum_words
from desk.errors import DeskError
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import (
    CaseKind,
    DeadlineOverride,
    DepositApplication,
    Dispute,
    DisputeEventKind,
    DisputeState,
    LedgerEntry,
    LedgerKind,
    Order,
    OrderLine,
    OrderStatus,
    Refund,
    RefundPart,
    Submission,
    SubmissionOutcome,
    WithdrawalStatus,
)
from desk.overview import names
from desk.policies import AGENT
from desk.settings import DEADLINE_KINDS

if TYPE_CHECKING:
    from desk.policies import Policies, Rule

KINDS = DEADLINE_KINDS
STATES = ("upcoming", "due", "overdue")
# Each state in words (shown as words.tr(STATE_WORDS[state]); the state itself stays for scripts and JSON).
STATE_WORDS = {
    "upcoming": QT_TRANSLATE_NOOP("words", "upcoming"),
    "due": QT_TRANSLATE_NOOP("words", "due"),
    "overdue": QT_TRANSLATE_NOOP("words", "overdue"),
}
# Each kind in words (English: shown as words.tr(KIND_WORDS[kind]), or through `Deadline.what`).
KIND_WORDS = {
    "dispute_open_earliest": QT_TRANSLATE_NOOP("words", "Dispute can be opened"),
    "protection_end": QT_TRANSLATE_NOOP("words", "Buyer protection ends"),
    "seller_response": QT_TRANSLATE_NOOP("words", "Seller's answer due"),
    "escalation": QT_TRANSLATE_NOOP("words", "Escalate to the platform"),
    "refund_arrival": QT_TRANSLATE_NOOP("words", "Refund should have arrived"),
    "withdrawal": QT_TRANSLATE_NOOP("words", "Withdrawal due"),
    "deposit_review": QT_TRANSLATE_NOOP("words", "Deposit review due"),
}

E = DisputeEventKind
ANSWERS = frozenset({E.SELLER_ANSWERED, E.OFFER})
# Past the negotiation with the seller: nothing left to escalate.
PAST_NEGOTIATION = frozenset({E.ESCALATED, E.DECIDED, E.OFFER_ACCEPTED, E.REFUND_SENT, E.REFUND_RECEIVED, E.CLOSED})
NEGOTIATING = frozenset({DisputeState.OPEN, DisputeState.SELLER_RESPONDED, DisputeState.OFFER})


@dataclass(frozen=True)
class Deadline:
    case: str  # the key for scripts and lookups: dispute:12, order:aliexpress:8123, refund_part:7, deposit:1
    kind: str  # one of KINDS
    due: date
    state: str  # one of STATES
    # The policy rule in words and its source (or the user's override), and what the date is counted from: text
    # with dates the front end writes (`Dated.words(date_text)` in the window, ISO in the CLI and JSON).
    rule: Dated
    detail: Dated
    # The case as people name it (desk.overview.names): what a person reads, never `case`; amounts in it are
    # written by the front end, as dates are.
    name: Dated = field(default_factory=lambda: Dated(()))
    # The row a deadline belongs to (what a DeadlineOverride names), for the lists' next-deadline column.
    case_kind: CaseKind | None = field(default=None, compare=False)
    case_id: int = field(default=0, compare=False)

    @property
    def what(self) -> str:
        """The kind in words, in the user's language: `Seller's answer due`."""
        return words.tr(KIND_WORDS[self.kind])

    def as_json(self) -> dict[str, str]:
        return {
            "case": self.case,
            "kind": self.kind,
            "due": self.due.isoformat(),
            "state": self.state,
            "rule": str(self.rule),
            "detail": str(self.detail),
            "name": str(self.name),
        }


def state_of(due: date, today: date, reminder_days: int) -> str:
    if due < today:
        return "overdue"
    return "due" if (due - today).days <= reminder_days else "upcoming"


@dataclass(frozen=True)
class Case:
    """What a deadline belongs to: the kind and row id a DeadlineOverride names, its key (`dispute:12`) and its
    name as people read it."""

    kind: CaseKind
    id: int
    key: str
    name: Dated


@dataclass
class Context:
    """What every deadline needs: the policies, today, the reminder setting and the user's deadline overrides."""

    policies: Policies
    today: date
    reminder_days: int
    overrides: dict[tuple[str, int, str], DeadlineOverride] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)  # message → the cases it hit

    def make(self, case: Case, kind: str, due: date, rule: Dated, detail: Dated) -> Deadline:
        override = self.overrides.get((case.kind.value, case.id, kind))
        if override is not None:
            if override.note:
                said = words.tr("your deadline override: {0} (derived {1} from {2})")
                rule = formatted(said, override.note, due, rule)
            else:
                rule = formatted(words.tr("your deadline override (derived {0} from {1})"), due, rule)
            due = override.due
        state = state_of(due, self.today, self.reminder_days)
        return Deadline(case.key, kind, due, state, rule, detail, case.name, case.kind, case.id)

    def problem(self, case: str, error: DeskError) -> None:
        self.problems.setdefault(str(error), []).append(case)

    def problem_lines(self) -> list[str]:
        """One line per problem, naming the cases it left without a deadline."""
        said = words.tr("{0} (no deadline for {1})")
        return [said.format(message, ", ".join(cases)) for message, cases in self.problems.items()]


def context(session: Session, policies: Policies, today: date) -> Context:
    from desk.settings import get_int

    overrides = {(o.case_kind.value, o.case_id, o.kind): o for o in session.scalars(select(DeadlineOverride))}
    return Context(policies, today, get_int(session, "reminder_days"), overrides)


# ---- orders: when a dispute may be opened, and until when --------------------------------------------------------


def order_case(order: Order) -> Case:
    name = dated(words.tr("Order {0}").format(order.key))
    return Case(CaseKind.ORDER, order.id, f"order:{order.platform.value}:{order.order_no}", name)


def protection_end(policies: Policies, order: Order) -> tuple[date, Dated] | None:
    """The end of buyer protection and how it was found: the user's date, else delivery (or shipping plus the
    delivery time) plus the platform's window (seed 002). None before the order has shipped."""
    if order.protection_ends_override is not None:
        return order.protection_ends_override, dated(words.tr("the protection end entered for the order"))
    window = policies.rule(order.platform, "protection_window", order.placed_on)
    if order.delivered_on is not None:
        start, rules = order.delivered_on, [window]
    elif order.shipped_on is not None:
        delivery = policies.rule(order.platform, "delivery_time", order.placed_on)
        start, rules = policies.add(delivery, order.shipped_on, delivery.high), [delivery, window]
    else:
        return None
    return policies.add(window, start, window.high), joined([r.cite_dated() for r in rules], "; ")


def order_deadlines(ctx: Context, order: Order) -> list[Deadline]:
    # Disputes are per line and a line gets one (seed 002): only lines without any dispute still need protection.
    free = [line.line_no for line in order.lines if not line.disputes]
    # Buyer protection is a platform's promise (seed 002); where the policies know none, there is nothing to show.
    protected = ctx.policies.has(order.platform, "protection_window") or order.protection_ends_override is not None
    if not free or not protected:
        return []
    case, out = order_case(order), []
    listed = ", ".join(map(str, free))
    if len(free) > 1:
        lines = words.tr("lines {0} without a dispute").format(listed)
    else:
        lines = words.tr("line {0} without a dispute").format(listed)
    if order.shipped_on is not None and ctx.policies.has(order.platform, "dispute_open_after_shipping"):
        rule = ctx.policies.rule(order.platform, "dispute_open_after_shipping", order.placed_on)
        earliest = ctx.policies.add(rule, order.shipped_on, rule.high)
        opens = formatted(words.tr("shipped {0}; a dispute can be opened from this day"), order.shipped_on)
        d = ctx.make(case, "dispute_open_earliest", earliest, rule.cite_dated(), opens)
        if d.due >= ctx.today:
            out.append(d)
    found = protection_end(ctx.policies, order)
    if found is not None:
        if order.delivered_on:
            said = words.tr("{0}; delivered {1}; open a dispute before this day ends")
            detail = formatted(said, lines, order.delivered_on)
        else:
            detail = formatted(words.tr("{0}; not delivered yet; open a dispute before this day ends"), lines)
        d = ctx.make(case, "protection_end", found[0], found[1], detail)
        if d.due >= ctx.today:
            out.append(d)
    return out


# ---- disputes: the seller's answer, escalation -------------------------------------------------------------------


def dispute_deadlines(ctx: Context, dispute: Dispute) -> list[Deadline]:
    """The seller's 5 days to answer and when to escalate to platform arbitration (seed 002)."""
    kinds = {e.kind for e in dispute.events}
    if dispute.state not in NEGOTIATING or kinds & PAST_NEGOTIATION:
        return []
    order, p = dispute.order_line.order, ctx.policies
    case = Case(CaseKind.DISPUTE, dispute.id, f"dispute:{dispute.id}", dated(names.dispute_name(dispute)))
    if not kinds & ANSWERS:
        return awaiting_answer(ctx, case, order, dispute.opened_on)
    offers = [e for e in dispute.events if e.kind in (E.OFFER, E.OFFER_ACCEPTED, E.OFFER_REJECTED)]
    if offers and offers[-1].kind is E.OFFER_REJECTED:
        escalate = p.rule(order.platform, "escalation", order.placed_on)
        refused = offers[-1].occurred_on
        detail = formatted(words.tr("we refused the seller's offer on {0}; escalate"), refused)
        due = p.add(escalate, refused, escalate.high)
        return [ctx.make(case, "escalation", due, escalate.cite_dated(), detail)]
    return []


def awaiting_answer(ctx: Context, case: Case, order: Order, opened_on: date) -> list[Deadline]:
    """A dispute opened on `opened_on` the seller has not answered: the day the answer is due, and when to escalate
    (also what Open Dispute… says before a dispute exists)."""
    p = ctx.policies
    answer = p.rule(order.platform, "seller_response", order.placed_on)
    escalate = p.rule(order.platform, "escalation", order.placed_on)
    answer_due = p.add(answer, opened_on, answer.high)
    waiting = formatted(words.tr("opened {0}; the seller has not answered"), opened_on)
    answered_by = ctx.make(case, "seller_response", answer_due, answer.cite_dated(), waiting)
    # Escalate when the (possibly overridden) answer day passes without an answer.
    suggest = ctx.make(
        case,
        "escalation",
        p.add(escalate, answered_by.due, escalate.high),
        dated(answer.cite_dated(), "; ", escalate.cite_dated()),
        formatted(words.tr("escalate to the platform if the seller has not answered by {0}"), answered_by.due),
    )
    return [answered_by, suggest]


# ---- refunds: each part's arrival window -------------------------------------------------------------------------


def _refund_window(
    policies: Policies, platform: str, method: str, start: date, sent: bool, on: date
) -> tuple[date, date, Rule, Rule | None]:
    arrival = policies.rule(platform, "refund_arrival", on, method)
    if sent:
        return *policies.window(arrival, start), arrival, None
    # Not sent yet: the platform processes it first (seed 001's "Processing Time"), then it travels.
    processing = policies.rule(platform, "refund_processing", on, method)
    first, last = policies.window(processing, start)
    return policies.add(arrival, first, arrival.low), policies.add(arrival, last, arrival.high), arrival, processing


def refund_arrival_window(
    policies: Policies, platform: str, method: str, start: date, *, sent: bool = False, on: date | None = None
) -> tuple[date, date, Rule]:
    """The earliest and latest day a refund to `method` should arrive, and the arrival rule.

    `start` is the day the refund was approved (the processing time is counted first), or with `sent=True` the day
    it was sent. `on` picks the rules in force on that date (the order's date; default `start`)."""
    earliest, latest, arrival, _ = _refund_window(policies, str(platform), method, start, sent, on or start)
    return earliest, latest, arrival


def refund_part_deadline(ctx: Context, part: RefundPart) -> Deadline | None:
    refund, order = part.refund, part.refund.order
    start = part.sent_on or refund.approved_on
    if start is None:  # neither approved nor sent: nothing to count from yet
        return None
    sent = part.sent_on is not None
    earliest, latest, arrival, processing = _refund_window(
        ctx.policies, order.platform, part.method.value, start, sent, order.placed_on
    )
    rule = arrival.cite_dated()
    if processing is not None:
        rule = formatted(words.tr("{0}; then {1}"), processing.cite_dated(), rule)
    said = words.tr("sent {0}; expected {1} to {2}") if sent else words.tr("approved {0}; expected {1} to {2}")
    detail = formatted(said, start, earliest, latest)
    case = Case(CaseKind.REFUND_PART, part.id, f"refund_part:{part.id}", names.refund_part_name(part))
    return ctx.make(case, "refund_arrival", latest, rule, detail)


# ---- the agent's withdrawals, the deposit review -----------------------------------------------------------------


def withdrawal_deadline(ctx: Context, entry: LedgerEntry) -> Deadline:
    """A requested withdrawal is done within 3 workdays (seed 000)."""
    rule = ctx.policies.rule(AGENT, "withdrawal", entry.on_date)
    if entry.channel:
        detail = formatted(words.tr("requested {0} by {1}"), entry.on_date, enum_words(entry.channel))
    else:
        detail = formatted(words.tr("requested {0}"), entry.on_date)
    due = ctx.policies.add(rule, entry.on_date, rule.high)
    case = Case(CaseKind.LEDGER_ENTRY, entry.id, f"ledger_entry:{entry.id}", names.ledger_entry_name(entry))
    return ctx.make(case, "withdrawal", due, rule.cite_dated(), detail)


def deposit_deadline(ctx: Context, submission: Submission) -> Deadline:
    """The platform decides on a deposit application within 7–15 working days (seed 003)."""
    application = submission.application
    platform = application.store.platform
    rule = ctx.policies.rule(platform, "deposit_review", submission.submitted_on)
    earliest, latest = ctx.policies.window(rule, submission.submitted_on)
    said = words.tr("submission {0} of {1}: a decision is expected {2} to {3}")
    detail = formatted(said, str(submission.seq), submission.submitted_on, earliest, latest)
    case = Case(CaseKind.DEPOSIT, application.id, f"deposit:{application.id}", dated(names.deposit_name(application)))
    return ctx.make(case, "deposit_review", latest, rule.cite_dated(), detail)


# ---- everything open ---------------------------------------------------------------------------------------------


def _protection_lookback(policies: Policies) -> int:
    """How far back a shipment can still be in protection, in calendar days, with room for working-day rules."""
    longest = {key: 0 for key in ("delivery_time", "protection_window")}
    for name in policies.platforms():
        for rule in policies.all_rules(name):
            if rule.key in longest:
                longest[rule.key] = max(longest[rule.key], rule.high)
    return 2 * sum(longest.values()) + 31


def _orders(session: Session, policies: Policies, today: date) -> list[Order]:
    lookback = timedelta(days=_protection_lookback(policies))
    since = today - lookback if today - date.min > lookback else date.min  # `--today 0001-01-01`: from the start
    overridden = select(DeadlineOverride.case_id).where(DeadlineOverride.case_kind == CaseKind.ORDER)
    query = (
        select(Order)
        .where(
            Order.status.not_in([OrderStatus.CANCELLED, OrderStatus.CLOSED]),
            or_(
                Order.delivered_on >= since,
                Order.delivered_on.is_(None) & (Order.shipped_on >= since),
                Order.protection_ends_override >= today,
                Order.id.in_(overridden),
            ),
        )
        .options(selectinload(Order.lines).selectinload(OrderLine.disputes))
    )
    return list(session.scalars(query))


def deadlines_for(
    session: Session, policies: Policies, today: date, problems: list[str] | None = None
) -> list[Deadline]:
    """Every deadline of every open case, by due date. A case whose platform has no rule for it is left out and
    named in `problems` (when given), so one missing rule never hides the rest."""
    ctx = context(session, policies, today)
    out: list[Deadline] = []

    def collect(case: str, make: Callable[[], Deadline | list[Deadline] | None]) -> None:
        try:
            result = make()
        except DeskError as error:
            ctx.problem(case, error)
            return
        if isinstance(result, Deadline):
            out.append(result)
        elif result:
            out.extend(result)

    for order in _orders(session, policies, today):
        collect(names.order_name(order), partial(order_deadlines, ctx, order))
    disputes = session.scalars(
        select(Dispute)
        .where(Dispute.state.in_(NEGOTIATING))
        .options(selectinload(Dispute.events), selectinload(Dispute.order_line).selectinload(OrderLine.order))
    )
    for dispute in disputes:
        collect(names.dispute_name(dispute), partial(dispute_deadlines, ctx, dispute))
    parts = session.scalars(
        select(RefundPart)
        .where(RefundPart.received_on.is_(None))
        .options(selectinload(RefundPart.refund).selectinload(Refund.order))
    )
    for part in parts:
        collect(str(names.refund_part_name(part)), partial(refund_part_deadline, ctx, part))
    withdrawals = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.kind == LedgerKind.WITHDRAWAL, LedgerEntry.withdrawal_status == WithdrawalStatus.REQUESTED)
        .options(selectinload(LedgerEntry.account))
    )
    for entry in withdrawals:
        collect(str(names.ledger_entry_name(entry)), partial(withdrawal_deadline, ctx, entry))
    pending = session.scalars(
        select(Submission)
        .where(Submission.outcome == SubmissionOutcome.PENDING)
        .options(selectinload(Submission.application).selectinload(DepositApplication.store))
    )
    for submission in pending:
        collect(names.deposit_name(submission.application), partial(deposit_deadline, ctx, submission))
    if problems is not None:
        problems.extend(ctx.problem_lines())
    return sorted(out, key=lambda d: (d.due, d.case, d.kind))
