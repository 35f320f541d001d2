"""What a claim packet says, read from the database in one session into plain values: the parties, the order line,
the amounts, the deadline that matters now, the timeline, the payments, the exhibits.

What is internal (dispute events noted internal, evidence marked internal) is read only for a packet for counsel,
so nothing downstream can leak it into a packet for the other side by mistake."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from desk.disputes.exhibits import exhibits
from desk.disputes.lifecycle import get_dispute
from desk.disputes.sending import sent_letters
from desk.models import Audience, Dispute, DisputeWant
from desk.money import Money, split, sum_money
from desk.orders.amounts import OrderAmounts, order_total, paid_for_lines
from desk.overview.deadlines import Deadline, deadlines_for
from desk.policies import load_policies
from desk.reports.bates import Numbering
from desk.reports.exhibit_pages import ExhibitSource
from desk.settings import get_str

EVENT_LABELS = {
    "opened": "Dispute opened",
    "seller_answered": "Seller answered",
    "offer": "Seller's offer",
    "offer_accepted": "Offer accepted",
    "offer_rejected": "Offer rejected",
    "escalated": "Escalated to the platform",
    "decided": "Platform's decision",
    "refund_sent": "Refund sent",
    "refund_received": "Refund received",
    "closed": "Dispute closed",
    "note": "Note",
}
DEADLINE_LABELS = {
    "seller_response": "the seller's answer is due",
    "escalation": "escalate to the platform",
    "refund_arrival": "the refund is due to arrive",
    "protection_end": "buyer protection ends",
    "dispute_open_earliest": "a dispute can be opened",
}


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    what: str
    detail: str
    amount: Money | None = None
    internal: bool = False


@dataclass(frozen=True)
class PaymentRow:
    method: str
    paid_on: date | None
    reference: str | None
    amount: Money
    for_line: Money  # its share of what was paid for the disputed line


@dataclass(frozen=True)
class RefundRow:
    method: str
    expected: Money
    sent_on: date | None
    received_on: date | None
    received: Money | None
    reference: str | None


@dataclass(frozen=True)
class NextDeadline:
    due: date
    state: str  # upcoming, due, overdue
    what: str
    detail: str
    rule: str


@dataclass(frozen=True)
class PacketFacts:
    dispute_id: int
    today: date
    for_counsel: bool
    destination: str
    claimant: tuple[str, str, str]  # name, address, contact (the business's settings)
    supplier: tuple[str, str | None, str | None]  # name, shop URL, contact
    platform: str
    case_no: str | None
    order_no: str
    order_dates: tuple[tuple[str, date | None], ...]  # placed, paid, shipped, delivered
    tracking: tuple[str, ...]
    line: tuple[int, str, str | None, int, Money, Money]  # number, item, SKU, quantity, unit price, amount
    reason: str
    want: str
    state: str
    opened_on: date
    outcome: str | None
    paid_for_line: Money
    claimed: Money
    refunded: Money
    won: Money | None
    deadline: NextDeadline | None
    statement: str | None
    timeline: tuple[TimelineEntry, ...]
    payments: tuple[PaymentRow, ...]
    coupons: tuple[tuple[str, str | None, Money], ...]  # kind, code, amount
    order_totals: tuple[tuple[str, Money], ...]  # goods, shipping, discount, total, paid
    refunds: tuple[RefundRow, ...]
    exhibits: tuple[ExhibitSource, ...]
    bates_prefix: str
    page_size: str
    author: str
    numbering: Numbering = field(default_factory=Numbering)  # from 1 unless the operation took a range

    @property
    def currency(self) -> str:
        return self.claimed.currency

    @property
    def name(self) -> str:
        """The packet as a heading, a bookmark or a footer names it."""
        # The other side knows the case by the order (and its own case number), not by our record's number.
        ours = f"Dispute {self.dispute_id}" if self.for_counsel else "Claim"
        return f"{ours} — {self.platform} order {self.order_no}, line {self.line[0]}"


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def next_deadline(session: Session, dispute: Dispute, today: date) -> NextDeadline | None:
    """The first deadline `desk due` shows for the dispute or its refunds (overdue ones come first). The order's own
    deadlines are left out: they concern its lines that have no dispute (when one may be opened, when protection
    ends), never the line of this one."""
    parts = {f"refund_part:{part.id}" for refund in dispute.refunds for part in refund.parts}
    cases = {f"dispute:{dispute.id}"} | parts
    found: list[Deadline] = [d for d in deadlines_for(session, load_policies(session), today) if d.case in cases]
    if not found:
        return None
    first = min(found, key=lambda d: (d.due, d.kind))
    return NextDeadline(
        # A document keeps one fixed form of date (ISO), whoever's locale it is made in.
        first.due, first.state, DEADLINE_LABELS.get(first.kind, _label(first.kind)), str(first.detail), str(first.rule)
    )


def _deadline(session: Session, dispute: Dispute, today: date, for_counsel: bool) -> NextDeadline | None:
    """The deadline; the rule behind it (Desk's reading of the platform's rules, with its source) only for counsel:
    the other side is given the date and what it means, not our working."""
    found = next_deadline(session, dispute, today)
    if found is None or for_counsel:
        return found
    return NextDeadline(found.due, found.state, found.what, found.detail, "")


def _timeline(session: Session, dispute: Dispute, for_counsel: bool) -> tuple[TimelineEntry, ...]:
    order = dispute.order_line.order
    entries = []
    tracking = ", ".join(t.number for t in order.tracking_numbers)
    for what, on, detail in (
        ("Order placed", order.placed_on, f"{order.platform.label} order {order.order_no}"),
        ("Order paid", order.paid_on, f"{order.paid} in all"),
        ("Shipped", order.shipped_on, f"tracking {tracking}" if tracking else ""),
        ("Delivered", order.delivered_on, ""),
    ):
        if on is not None:
            entries.append(TimelineEntry(on, what, detail))
    for event in dispute.events:
        if not _audience(for_counsel).sees(event.audience):
            continue
        amount = None if event.amount_minor is None else Money(event.amount_minor, order.currency)
        entries.append(
            TimelineEntry(
                event.occurred_on,
                EVENT_LABELS.get(event.kind.value, _label(event.kind.value)),
                event.note or "",
                amount,
                event.internal,
            )
        )
    for refund in dispute.refunds:
        if refund.approved_on is not None:
            entries.append(TimelineEntry(refund.approved_on, "Refund approved", "", refund.expected))
        for part in refund.parts:
            if part.sent_on is not None:
                money = Money(part.expected_minor, order.currency)
                entries.append(TimelineEntry(part.sent_on, "Refund sent", f"to {part.method.label}", money))
            if part.received_on is not None and part.received_minor is not None:
                money = Money(part.received_minor, order.currency)
                entries.append(TimelineEntry(part.received_on, "Refund received", f"on {part.method.label}", money))
    for letter in sent_letters(session, dispute.id, _audience(for_counsel)):
        assert letter.sent_on is not None
        reply = f"; reply asked by {letter.reply_by.isoformat()}" if letter.reply_by else ""
        entries.append(TimelineEntry(letter.sent_on, "Letter sent", f"{_label(letter.kind)} ({letter.lang}){reply}"))
    return tuple(sorted(entries, key=lambda e: e.on))


def _audience(for_counsel: bool) -> Audience:
    """Whom the packet is for: our lawyer (counsel's items too) or the other side (only what may go out)."""
    return Audience.COUNSEL if for_counsel else Audience.EXTERNAL


def _payments(dispute: Dispute, paid_for_line: Money) -> tuple[PaymentRow, ...]:
    order = dispute.order_line.order
    payments = sorted(order.payments, key=lambda p: (p.paid_on or order.placed_on, p.id))
    if not payments:
        return ()
    shares = split(paid_for_line, [p.amount_minor for p in payments])
    return tuple(
        PaymentRow(p.method.label, p.paid_on, p.reference, order.money(p.amount_minor), share)
        for p, share in zip(payments, shares, strict=True)
    )


def _exhibits(session: Session, dispute: Dispute, for_counsel: bool) -> tuple[ExhibitSource, ...]:
    found = exhibits(session, dispute, audience=_audience(for_counsel))
    labels = {e.evidence.id: e.label for e in found}
    out = []
    for exhibit in found:
        evidence = exhibit.evidence
        attached = tuple(
            (labels[e.evidence.id], e.evidence.original_name) for e in found if e.evidence.parent_id == evidence.id
        )
        parent = None
        if evidence.parent is not None and evidence.parent_id in labels:
            parent = (labels[evidence.parent.id], str((evidence.parent.details or {}).get("subject", "")))
        by_sha = {e.evidence.sha256: e.label for e in found}  # an e-mail names the exhibit of each attachment
        out.append(ExhibitSource.of(evidence, exhibit.label, attachments=attached, parent=parent, labels=by_sha))
    return tuple(out)


def gather(session: Session, dispute_id: int, *, for_counsel: bool, today: date, destination: str) -> PacketFacts:
    dispute = get_dispute(session, dispute_id)
    line, order = dispute.order_line, dispute.order_line.order
    paid_for_line = paid_for_lines(order).get(line.id, order.money(0))
    want = "Return the goods and refund" if dispute.want is DisputeWant.RETURN_REFUND else "Refund only"
    if dispute.want is DisputeWant.REFUND:
        want += ", full" if dispute.claimed >= paid_for_line else ", partial"
    business = get_str(session, "business_name")
    supplier = order.supplier
    return PacketFacts(
        dispute_id=dispute.id,
        today=today,
        for_counsel=for_counsel,
        destination=destination,
        claimant=(business, get_str(session, "business_address"), get_str(session, "business_contact")),
        supplier=(supplier.name, supplier.shop_url, supplier.contact),
        platform=order.platform.label,
        case_no=dispute.platform_case_no,
        order_no=order.order_no,
        order_dates=(
            ("placed", order.placed_on),
            ("paid", order.paid_on),
            ("shipped", order.shipped_on),
            ("delivered", order.delivered_on),
        ),
        tracking=tuple(t.number for t in order.tracking_numbers),
        line=(line.line_no, line.item, line.sku, line.qty, order.money(line.unit_price_minor), line.amount),
        reason=_label(dispute.reason.value),
        want=want,
        state=_label(dispute.state.value),
        opened_on=dispute.opened_on,
        outcome=None if dispute.outcome is None else _label(dispute.outcome.value),
        paid_for_line=paid_for_line,
        claimed=dispute.claimed,
        refunded=sum_money((r.received for r in dispute.refunds), order.currency),
        won=dispute.won,
        deadline=_deadline(session, dispute, today, for_counsel),
        statement=dispute.statement,
        timeline=_timeline(session, dispute, for_counsel),
        payments=_payments(dispute, paid_for_line),
        coupons=tuple((_label(c.kind.value), c.code, order.money(c.amount_minor)) for c in order.coupons),
        order_totals=(
            ("Goods", OrderAmounts.of(order).goods),
            ("Shipping", order.money(order.shipping_minor)),
            *((("Tax", order.money(order.tax_minor)),) if order.tax_minor else ()),
            ("Discounts", order.money(-order.discount_minor)),
            ("Total", order_total(order)),
            ("Paid", order.paid),
        ),
        refunds=tuple(
            RefundRow(
                p.method.label,
                Money(p.expected_minor, order.currency),
                p.sent_on,
                p.received_on,
                None if p.received_minor is None else Money(p.received_minor, order.currency),
                p.reference,
            )
            for r in dispute.refunds
            for p in r.parts
        ),
        exhibits=_exhibits(session, dispute, for_counsel),
        bates_prefix=get_str(session, "bates_prefix"),
        page_size=get_str(session, "page_size"),
        author=business or "Desk",
    )
