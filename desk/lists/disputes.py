"""The Disputes page and the timeline shown under a dispute."""

from __future__ import annotations

from sqlalchemy import select

from desk.language import QT_TRANSLATE_NOOP
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
    enum_filter("platform", QT_TRANSLATE_NOOP("words", "Platform"), Order.platform, list(Platform)),
    enum_filter("state", QT_TRANSLATE_NOOP("words", "State"), Dispute.state, list(DisputeState)),
    choice_filter("supplier", QT_TRANSLATE_NOOP("words", "Supplier"), Order.supplier_id, supplier_choices),
    date_range_filter("opened", QT_TRANSLATE_NOOP("words", "Opened"), Dispute.opened_on),
    flag_filter("open", QT_TRANSLATE_NOOP("words", "Open only"), open_disputes),
    ids_filter("overdue", QT_TRANSLATE_NOOP("words", "Overdue"), Dispute.id, overdue_disputes),
)

DISPUTES = ListSpec(
    "disputes",
    QT_TRANSLATE_NOOP("words", "Disputes"),
    (
        # What a person scans for first comes first (state, next deadline, money); the order whole (people search
        # by its number). Reason, wanted and outcome (Edit Dispute shows them) are left out of the default set so
        # that the rest fit 1280 px: the header's menu shows them.
        C("id", QT_TRANSLATE_NOOP("words", "No."), Kind.INT),
        C("order", QT_TRANSLATE_NOOP("words", "Order"), width=28),
        C("line", QT_TRANSLATE_NOOP("words", "Line"), Kind.INT),
        C("item", QT_TRANSLATE_NOOP("words", "Item"), width=20),
        C("supplier", QT_TRANSLATE_NOOP("words", "Supplier"), width=12),
        C("state", QT_TRANSLATE_NOOP("words", "State"), Kind.ENUM),
        next_deadline_column(),
        C("claimed", QT_TRANSLATE_NOOP("words", "Claimed"), Kind.MONEY),
        C("won", QT_TRANSLATE_NOOP("words", "Won"), Kind.MONEY),
        C("opened_on", QT_TRANSLATE_NOOP("words", "Opened"), Kind.DATE),
        C("reason", QT_TRANSLATE_NOOP("words", "Reason"), Kind.ENUM, shown=False),
        C("want", QT_TRANSLATE_NOOP("words", "Wanted"), Kind.ENUM, shown=False),
        C("outcome", QT_TRANSLATE_NOOP("words", "Outcome"), Kind.ENUM, shown=False),
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
    QT_TRANSLATE_NOOP("words", "Timeline"),
    (
        C("occurred_on", QT_TRANSLATE_NOOP("words", "Date"), Kind.DATE),
        C("kind", QT_TRANSLATE_NOOP("words", "Event"), Kind.ENUM),
        C("amount", QT_TRANSLATE_NOOP("words", "Amount"), Kind.MONEY),
        C("note", QT_TRANSLATE_NOOP("words", "Note"), width=40),
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
