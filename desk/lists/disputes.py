"""The Disputes page and the timeline shown under a dispute."""

from __future__ import annotations

from sqlalchemy import select

from desk.lists.deadlines import next_deadline_column, next_deadline_sort, next_deadline_value
from desk.lists.listing import (
    SQL,
    Filter,
    Kind,
    ListSpec,
    choice_filter,
    date_range_filter,
    enum_filter,
    flag_filter,
    ids_filter,
)
from desk.lists.shared import ORDER_KEY, C, open_disputes, overdue_disputes, supplier_choices
from desk.models import Dispute, DisputeEvent, DisputeState, Order, OrderLine, Platform, Supplier
from desk.search import disputes_where


def _disputes() -> SQL:
    return (
        select(
            Dispute.id,
            ORDER_KEY,
            OrderLine.line_no.label("line"),
            OrderLine.item.label("item"),
            Supplier.name.label("supplier"),
            Dispute.reason.label("reason"),
            Dispute.want.label("want"),
            Dispute.state.label("state"),
            Dispute.opened_on.label("opened_on"),
            Dispute.claimed_minor.label("claimed"),
            Order.currency.label("claimed_currency"),
            Dispute.won_minor.label("won"),
            Order.currency.label("won_currency"),
            Dispute.outcome.label("outcome"),
        )
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .join(Supplier, Supplier.id == Order.supplier_id)
    )


DISPUTE_FILTERS: tuple[Filter, ...] = (
    enum_filter("platform", "Platform", Order.platform, list(Platform)),
    enum_filter("state", "State", Dispute.state, list(DisputeState)),
    choice_filter("supplier", "Supplier", Order.supplier_id, supplier_choices),
    date_range_filter("opened", "Opened", Dispute.opened_on),
    flag_filter("open", "Open only", open_disputes),
    ids_filter("overdue", "Overdue", Dispute.id, overdue_disputes),
)

DISPUTES = ListSpec(
    "disputes",
    "Disputes",
    (
        # What a person scans for first comes first (state, next deadline, money); the order whole (people search
        # by its number). Reason, wanted and outcome (Edit Dispute shows them) are left out of the default set so
        # that the rest fit 1280 px: the header's menu shows them.
        C("id", "No.", Kind.INT),
        C("order", "Order", width=28),
        C("line", "Line", Kind.INT),
        C("item", "Item", width=20),
        C("supplier", "Supplier", width=12),
        C("state", "State", Kind.ENUM),
        next_deadline_column(),
        C("claimed", "Claimed", Kind.MONEY),
        C("won", "Won", Kind.MONEY),
        C("opened_on", "Opened", Kind.DATE),
        C("reason", "Reason", Kind.ENUM, shown=False),
        C("want", "Wanted", Kind.ENUM, shown=False),
        C("outcome", "Outcome", Kind.ENUM, shown=False),
    ),
    _disputes,
    {
        "id": Dispute.id,
        "order": ORDER_KEY,
        "line": OrderLine.line_no,
        "item": OrderLine.item,
        "supplier": Supplier.name,
        "reason": Dispute.reason,
        "want": Dispute.want,
        "state": Dispute.state,
        "opened_on": Dispute.opened_on,
        "claimed": Dispute.claimed_minor,
        "won": Dispute.won_minor,
        "outcome": Dispute.outcome,
        "next_deadline": next_deadline_sort(lambda found: found.disputes, Dispute.id),
    },
    ("opened_on", True),
    search=(Order.order_no, OrderLine.item, Supplier.name),
    stretch="item",
    filters=DISPUTE_FILTERS,
    text_search=disputes_where,
    computed={"next_deadline": next_deadline_value(lambda found: found.disputes)},
    voidable=Dispute,
)


DISPUTE_EVENTS = ListSpec(
    "dispute_events",
    "Timeline",
    (
        C("occurred_on", "Date", Kind.DATE),
        C("kind", "Event", Kind.ENUM),
        C("amount", "Amount", Kind.MONEY),
        C("note", "Note", width=40),
    ),
    lambda: (
        select(
            DisputeEvent.id,
            DisputeEvent.occurred_on.label("occurred_on"),
            DisputeEvent.kind.label("kind"),
            DisputeEvent.amount_minor.label("amount"),
            Order.currency.label("amount_currency"),
            DisputeEvent.note.label("note"),
        )
        .join(Dispute, Dispute.id == DisputeEvent.dispute_id)
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
    ),
    {"occurred_on": DisputeEvent.occurred_on, "kind": DisputeEvent.kind},
    ("occurred_on", False),
    parent=DisputeEvent.dispute_id,
    voidable=DisputeEvent,
)
