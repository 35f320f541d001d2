"""Where the money stands, in the business's home currency: in flight (claimed or agreed, not yet arrived),
recovered (arrived) and lost (given up in a dispute, or short on arrival). Converted at the dated exchange rate;
amounts with no rate are kept apart rather than guessed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Dispute, DisputeState, Order, OrderLine, Refund, RefundPart
from desk.models.fx import NoRateError, convert_on
from desk.money import Money

# Still being argued: what counts is the claim.
ARGUED = (DisputeState.OPEN, DisputeState.SELLER_RESPONDED, DisputeState.OFFER, DisputeState.ESCALATED)
# Won or agreed: what counts is the amount won, until refund parts are recorded for it.
AGREED = (DisputeState.DECIDED, DisputeState.REFUND_PENDING)
FINISHED = (DisputeState.REFUNDED, DisputeState.CLOSED)


@dataclass
class MoneyFlow:
    home: str
    in_flight: Money
    recovered: Money
    lost: Money
    unconverted: dict[str, list[Money]] = field(default_factory=dict)  # figure → amounts with no rate


def money_flow(session: Session, home: str, today: date) -> MoneyFlow:
    totals: dict[str, dict[str, int]] = {k: defaultdict(int) for k in ("in_flight", "recovered", "lost")}
    with_refunds = set(session.scalars(select(Refund.dispute_id).where(Refund.dispute_id.is_not(None))))
    disputes = session.execute(
        select(Dispute.id, Dispute.state, Dispute.claimed_minor, Dispute.won_minor, Order.currency)
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
    )
    for dispute_id, state, claimed, won, currency in disputes:
        if state in ARGUED:
            totals["in_flight"][currency] += claimed
        elif state in AGREED and dispute_id not in with_refunds:
            totals["in_flight"][currency] += won or 0
        elif state in FINISHED:
            totals["lost"][currency] += max(0, claimed - (won or 0))
    parts = session.execute(
        select(RefundPart.expected_minor, RefundPart.received_minor, Order.currency)
        .join(Refund, Refund.id == RefundPart.refund_id)
        .join(Order, Order.id == Refund.order_id)
    )
    for expected, received, currency in parts:
        if received is None:
            totals["in_flight"][currency] += expected
        else:
            totals["recovered"][currency] += received
            totals["lost"][currency] += max(0, expected - received)
    flow = MoneyFlow(home, Money.zero(home), Money.zero(home), Money.zero(home))
    for name, per_currency in totals.items():
        converted = Money.zero(home)
        for currency, minor in sorted(per_currency.items()):
            if not minor:
                continue
            try:
                converted += convert_on(session, Money(minor, currency), home, today)
            except NoRateError:
                flow.unconverted.setdefault(name, []).append(Money(minor, currency))
        setattr(flow, name, converted)
    return flow
