"""What the lists of several record kinds share: the column shorthand, the order's key, and the filters the
Orders and Disputes pages both offer."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from desk.lists.listing import SQL, Column
from desk.models import Dispute, Order, Supplier
from desk.models.disputes import FINISHED_STATES

C = Column
ORDER_KEY = (Order.platform + literal(":") + Order.order_no).label("order")


def supplier_choices(session: Session) -> list[tuple[Any, str]]:
    return [(id_, name) for id_, name in session.execute(select(Supplier.id, Supplier.name).order_by(Supplier.name))]


def open_disputes() -> SQL:
    """Disputes not yet refunded or closed."""
    return Dispute.state.not_in(FINISHED_STATES)


# Filters shared by the lists of orders and disputes. "Overdue" is an id set: deadlines are derived in Python,
# never stored (desk.overview.overdue), and fetch_page adds `id IN (…)` to the page's WHERE.
def overdue_orders(session: Session) -> set[int]:
    from desk.overview.overdue import overdue_cases

    return overdue_cases(session, date.today()).orders


def overdue_disputes(session: Session) -> set[int]:
    from desk.overview.overdue import overdue_cases

    return overdue_cases(session, date.today()).disputes
