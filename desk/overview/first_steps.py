"""What a new data folder still lacks before Desk can do its work: the business's name and address (letters and
packets are signed with them), orders, and exchange rates (the Dashboard adds up money in several currencies). The
window's empty pages offer these as first steps."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desk.models import ExchangeRate, Order
from desk.settings import get_str


@dataclass(frozen=True)
class FirstSteps:
    business_named: bool  # a name and an address to sign letters and packets with
    has_orders: bool
    has_rates: bool

    @property
    def all_done(self) -> bool:
        return self.business_named and self.has_orders and self.has_rates


def first_steps(session: Session) -> FirstSteps:
    named = bool(get_str(session, "business_name").strip() and get_str(session, "business_address").strip())
    return FirstSteps(
        business_named=named,
        has_orders=bool(session.scalar(select(exists().where(Order.id.is_not(None))))),
        has_rates=bool(session.scalar(select(exists().where(ExchangeRate.id.is_not(None))))),
    )
