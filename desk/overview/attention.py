"""What needs attention today, for the Dashboard: deadlines overdue or due this week, refunds that came late or
short, and where the money stands in the home currency."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.models import Refund, RefundPart
from desk.overview.deadlines import Deadline, deadlines_for
from desk.overview.flows import MoneyFlow, money_flow
from desk.policies import load_policies
from desk.refunds.tracking import Reconciled, reconcile
from desk.settings import get_setting

WEEK = 7


@dataclass
class Attention:
    today: date
    deadlines: list[Deadline]  # overdue, then due within the week, by date
    flow: MoneyFlow
    follow_up: list[Reconciled]  # refund parts overdue, late or short
    problems: list[str] = field(default_factory=list)  # cases left without a deadline, and why

    @property
    def overdue(self) -> list[Deadline]:
        return [d for d in self.deadlines if d.state == "overdue"]

    @property
    def this_week(self) -> list[Deadline]:
        return [d for d in self.deadlines if d.state != "overdue"]


def attention(session: Session, today: date) -> Attention:
    policies = load_policies(session)
    problems: list[str] = []
    horizon = today + timedelta(days=WEEK)
    deadlines = [d for d in deadlines_for(session, policies, today, problems) if d.due <= horizon]
    refunds = session.scalars(
        select(Refund)
        .where(Refund.id.in_(select(RefundPart.refund_id)))
        .options(selectinload(Refund.parts), selectinload(Refund.order))
    )
    follow_up = [r for refund in refunds for r in reconcile(refund, policies, today) if r.needs_follow_up]
    flow = money_flow(session, str(get_setting(session, "home_currency")), today)
    return Attention(today, deadlines, flow, follow_up, problems)
