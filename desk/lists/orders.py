"""The Orders page and the lines, payments, tracking numbers and coupons shown under an order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.language import QT_TRANSLATE_NOOP, words
from desk.lists.deadlines import next_deadline_column, next_deadline_sort, next_deadline_value
from desk.lists.listing import (
    SQL,
    Filter,
    Kind,
    ListSpec,
    choice_filter,
    date_range_filter,
    display,
    enum_filter,
    flag_filter,
    ids_filter,
)
from desk.lists.shared import C, open_disputes, overdue_orders, supplier_choices
from desk.models import (
    Coupon,
    Dispute,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    Platform,
    Store,
    Supplier,
    TrackingNumber,
)
from desk.orders.amounts import order_total_minor_sql
from desk.search import orders_where


def _orders() -> SQL:
    total = order_total_minor_sql()
    paid = select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(Payment.order_id == Order.id)
    n_lines = select(func.count()).where(OrderLine.order_id == Order.id)
    # The store by a subquery, not an outer join: the query that picks a page's ids keeps this query's joins, and
    # an outer join there makes SQLite choose worse plans (sorting by supplier read every order).
    store = select(Store.name).where(Store.id == Order.store_id).scalar_subquery()
    return select(
        Order.id,
        Order.platform.label("platform"),
        Order.order_no.label("order_no"),
        Supplier.name.label("supplier"),
        store.label("store"),
        Order.placed_on.label("placed_on"),
        Order.status.label("status"),
        n_lines.scalar_subquery().label("lines"),
        total.label("total"),
        Order.currency.label("total_currency"),
        paid.scalar_subquery().label("paid"),
        Order.currency.label("paid_currency"),
    ).join(Supplier, Supplier.id == Order.supplier_id)


ORDER_FILTERS: tuple[Filter, ...] = (
    # A platform or a status keeps many orders: sorted other than by date or by itself, the list walks the sort's
    # index and tests them row by row (see Filter.index_sorts).
    enum_filter(
        "platform",
        QT_TRANSLATE_NOOP("words", "Platform"),
        Order.platform,
        list(Platform),
        index_sorts=("placed_on", "platform"),
    ),
    enum_filter(
        "status",
        QT_TRANSLATE_NOOP("words", "Status"),
        Order.status,
        list(OrderStatus),
        index_sorts=("placed_on", "status"),
    ),
    choice_filter("supplier", QT_TRANSLATE_NOOP("words", "Supplier"), Order.supplier_id, supplier_choices),
    date_range_filter("placed", QT_TRANSLATE_NOOP("words", "Placed"), Order.placed_on),
    flag_filter(
        "open_dispute",
        QT_TRANSLATE_NOOP("words", "Has open dispute"),
        # Orders with an open dispute are few: the database reads them by id and sorts them.
        lambda: Order.id.in_(
            select(OrderLine.order_id).join(Dispute, Dispute.order_line_id == OrderLine.id).where(open_disputes())
        ),
    ),
    ids_filter("overdue", QT_TRANSLATE_NOOP("words", "Overdue"), Order.id, overdue_orders),
)

# Every sort is followed by the order's date and id, as the indexes of revision 0003 are, so that a page of any
# sort, alone or with one filter on platform, status, supplier or dates, is read from an index in order. The
# store is not sortable: many orders have none (SQLite would have to outer-join and sort every order by it).
ORDERS = ListSpec(
    "orders",
    QT_TRANSLATE_NOOP("words", "Orders"),
    (
        C("platform", QT_TRANSLATE_NOOP("words", "Platform"), Kind.ENUM),
        C("order_no", QT_TRANSLATE_NOOP("words", "Order no."), width=20),
        C("supplier", QT_TRANSLATE_NOOP("words", "Supplier"), width=24),
        C("store", QT_TRANSLATE_NOOP("words", "Store"), sortable=False, width=12),
        C("placed_on", QT_TRANSLATE_NOOP("words", "Placed"), Kind.DATE),
        C("status", QT_TRANSLATE_NOOP("words", "Status"), Kind.ENUM),
        next_deadline_column(),
        C("lines", QT_TRANSLATE_NOOP("words", "Lines"), Kind.INT, sortable=False),
        C("total", QT_TRANSLATE_NOOP("words", "Total"), Kind.MONEY, sortable=False),
        C("paid", QT_TRANSLATE_NOOP("words", "Paid"), Kind.MONEY, sortable=False),
    ),
    _orders,
    {
        "platform": (Order.platform, Order.placed_on),
        "order_no": Order.order_no,
        "supplier": (Supplier.name, Supplier.id, Order.placed_on),
        "placed_on": Order.placed_on,
        "status": (Order.status, Order.placed_on),
        # A CASE over the orders with a deadline (a few hundred), then the date: the database sorts every order
        # that passes the filters by it (no index can serve a derived date).
        "next_deadline": next_deadline_sort(lambda found: found.orders, Order.id),
    },
    ("placed_on", True),
    search=(Order.order_no, Supplier.name),
    stretch="supplier",
    filters=ORDER_FILTERS,
    text_search=orders_where,
    computed={"next_deadline": next_deadline_value(lambda found: found.orders)},
    keyset=True,
    voidable=Order,
)


def _line_dispute(column: Any) -> Any:
    """The line's dispute (a line gets one; the latest if a voided one was replaced)."""
    return (
        select(column)
        .where(Dispute.order_line_id == OrderLine.id)
        .order_by(Dispute.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _disputed(_session: Session, row: Any) -> str | None:
    """"Disputed (dispute 12, seller responded)" on the line a dispute is about."""
    if row["dispute_id"] is None:
        return None
    return words.tr("Disputed (dispute {0}, {1})").format(row["dispute_id"], display(row["dispute_state"]))


ORDER_LINES = ListSpec(
    "order_lines",
    QT_TRANSLATE_NOOP("words", "Lines"),
    (
        C("line_no", QT_TRANSLATE_NOOP("words", "Line"), Kind.INT),
        C("item", QT_TRANSLATE_NOOP("words", "Item"), width=40),
        C("sku", QT_TRANSLATE_NOOP("words", "SKU")),
        C("qty", QT_TRANSLATE_NOOP("words", "Qty"), Kind.INT),
        C("unit_price", QT_TRANSLATE_NOOP("words", "Unit price"), Kind.MONEY),
        C("amount", QT_TRANSLATE_NOOP("words", "Amount"), Kind.MONEY),
        C("dispute", QT_TRANSLATE_NOOP("words", "Dispute"), sortable=False),
    ),
    lambda: select(
        OrderLine.id,
        OrderLine.line_no.label("line_no"),
        OrderLine.item.label("item"),
        OrderLine.sku.label("sku"),
        OrderLine.qty.label("qty"),
        OrderLine.unit_price_minor.label("unit_price"),
        Order.currency.label("unit_price_currency"),
        (OrderLine.qty * OrderLine.unit_price_minor).label("amount"),
        Order.currency.label("amount_currency"),
        _line_dispute(Dispute.id).label("dispute_id"),
        _line_dispute(Dispute.state).label("dispute_state"),
    ).join(Order, Order.id == OrderLine.order_id),
    {
        "line_no": OrderLine.line_no,
        "item": OrderLine.item,
        "qty": OrderLine.qty,
        "unit_price": OrderLine.unit_price_minor,
    },
    ("line_no", False),
    parent=OrderLine.order_id,
    stretch="item",
    computed={"dispute": _disputed},
)

PAYMENTS = ListSpec(
    "payments",
    QT_TRANSLATE_NOOP("words", "Payments"),
    (
        C("method", QT_TRANSLATE_NOOP("words", "Method"), Kind.ENUM),
        C("amount", QT_TRANSLATE_NOOP("words", "Amount"), Kind.MONEY),
        C("paid_on", QT_TRANSLATE_NOOP("words", "Paid"), Kind.DATE),
        C("reference", QT_TRANSLATE_NOOP("words", "Reference")),
    ),
    lambda: select(
        Payment.id,
        Payment.method.label("method"),
        Payment.amount_minor.label("amount"),
        Order.currency.label("amount_currency"),
        Payment.paid_on.label("paid_on"),
        Payment.reference.label("reference"),
    ).join(Order, Order.id == Payment.order_id),
    {"method": Payment.method, "amount": Payment.amount_minor, "paid_on": Payment.paid_on},
    ("amount", True),
    parent=Payment.order_id,
)

TRACKING = ListSpec(
    "tracking",
    QT_TRANSLATE_NOOP("words", "Tracking"),
    (
        C("number", QT_TRANSLATE_NOOP("words", "Tracking no.")),
        C("carrier", QT_TRANSLATE_NOOP("words", "Carrier")),
        C("shipped_on", QT_TRANSLATE_NOOP("words", "Shipped"), Kind.DATE),
    ),
    lambda: select(
        TrackingNumber.id,
        TrackingNumber.number.label("number"),
        TrackingNumber.carrier.label("carrier"),
        TrackingNumber.shipped_on.label("shipped_on"),
    ),
    {"number": TrackingNumber.number, "carrier": TrackingNumber.carrier, "shipped_on": TrackingNumber.shipped_on},
    ("shipped_on", False),
    parent=TrackingNumber.order_id,
)

COUPONS = ListSpec(
    "coupons",
    QT_TRANSLATE_NOOP("words", "Coupons"),
    (
        C("kind", QT_TRANSLATE_NOOP("words", "Kind"), Kind.ENUM),
        C("code", QT_TRANSLATE_NOOP("words", "Code")),
        C("amount", QT_TRANSLATE_NOOP("words", "Amount"), Kind.MONEY),
    ),
    lambda: select(
        Coupon.id,
        Coupon.kind.label("kind"),
        Coupon.code.label("code"),
        Coupon.amount_minor.label("amount"),
        Order.currency.label("amount_currency"),
    ).join(Order, Order.id == Coupon.order_id),
    {"kind": Coupon.kind, "code": Coupon.code, "amount": Coupon.amount_minor},
    ("amount", True),
    parent=Coupon.order_id,
)
