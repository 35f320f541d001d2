"""The lists Desk shows: one `ListSpec` per page and per detail table (see `desk.lists.listing`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, aliased

from desk.evidence.cases import CaseRef, case_filter
from desk.lists.listing import (
    SQL,
    Column,
    Filter,
    FilterKind,
    Kind,
    ListSpec,
    choice_filter,
    date_range_filter,
    enum_filter,
    flag_filter,
    ids_filter,
    registry,
)
from desk.models import (
    AuditEntry,
    ChecklistItem,
    Coupon,
    DepositApplication,
    Dispute,
    DisputeEvent,
    DisputeState,
    Evidence,
    EvidenceKind,
    EvidenceLink,
    ExchangeRate,
    LedgerEntry,
    MemberAccount,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    Platform,
    Prerequisite,
    Refund,
    RefundPart,
    Store,
    Submission,
    Supplier,
    TrackingNumber,
)
from desk.models.accounts import balance_sql, signed_amount_sql
from desk.models.audit import describe_changes
from desk.models.disputes import FINISHED_STATES
from desk.search import disputes_where, evidence_where, orders_where

C = Column
ORDER_KEY = (Order.platform + literal(":") + Order.order_no).label("order")


def _lines_total(order_id: Any) -> Any:
    return (
        select(func.coalesce(func.sum(OrderLine.qty * OrderLine.unit_price_minor), 0))
        .where(OrderLine.order_id == order_id)
        .scalar_subquery()
    )


def _orders() -> SQL:
    total = _lines_total(Order.id) + Order.shipping_minor - Order.discount_minor
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


def _supplier_choices(session: Session) -> list[tuple[Any, str]]:
    return [(id_, name) for id_, name in session.execute(select(Supplier.id, Supplier.name).order_by(Supplier.name))]


def _open_disputes() -> SQL:
    """Disputes not yet refunded or closed."""
    return Dispute.state.not_in(FINISHED_STATES)


# Filters shared by the lists of orders and disputes. "Overdue" is an id set: deadlines are derived in Python,
# never stored (desk.overview.overdue), and fetch_page adds `id IN (…)` to the page's WHERE.
def _overdue_orders(session: Session) -> set[int]:
    from desk.overview.overdue import overdue_cases

    return overdue_cases(session, date.today()).orders


def _overdue_disputes(session: Session) -> set[int]:
    from desk.overview.overdue import overdue_cases

    return overdue_cases(session, date.today()).disputes


ORDER_FILTERS: tuple[Filter, ...] = (
    # A platform or a status keeps many orders: sorted other than by date or by itself, the list walks the sort's
    # index and tests them row by row (see Filter.index_sorts).
    enum_filter("platform", "Platform", Order.platform, list(Platform), index_sorts=("placed_on", "platform")),
    enum_filter("status", "Status", Order.status, list(OrderStatus), index_sorts=("placed_on", "status")),
    choice_filter("supplier", "Supplier", Order.supplier_id, _supplier_choices),
    date_range_filter("placed", "Placed", Order.placed_on),
    flag_filter(
        "open_dispute",
        "Has open dispute",
        # Orders with an open dispute are few: the database reads them by id and sorts them.
        lambda: Order.id.in_(
            select(OrderLine.order_id).join(Dispute, Dispute.order_line_id == OrderLine.id).where(_open_disputes())
        ),
    ),
    ids_filter("overdue", "Overdue", Order.id, _overdue_orders),
)

# Every sort is followed by the order's date and id, as the indexes of revision 0003 are, so that a page of any
# sort, alone or with one filter on platform, status, supplier or dates, is read from an index in order. The
# store is not sortable: many orders have none (SQLite would have to outer-join and sort every order by it).
ORDERS = ListSpec(
    "orders",
    "Orders",
    (
        C("platform", "Platform", Kind.ENUM),
        C("order_no", "Order no."),
        C("supplier", "Supplier"),
        C("store", "Store", sortable=False),
        C("placed_on", "Placed", Kind.DATE),
        C("status", "Status", Kind.ENUM),
        C("lines", "Lines", Kind.INT, sortable=False),
        C("total", "Total", Kind.MONEY, sortable=False),
        C("paid", "Paid", Kind.MONEY, sortable=False),
    ),
    _orders,
    {
        "platform": (Order.platform, Order.placed_on),
        "order_no": Order.order_no,
        "supplier": (Supplier.name, Supplier.id, Order.placed_on),
        "placed_on": Order.placed_on,
        "status": (Order.status, Order.placed_on),
    },
    ("placed_on", True),
    search=(Order.order_no, Supplier.name),
    stretch="supplier",
    filters=ORDER_FILTERS,
    text_search=orders_where,
    keyset=True,
)


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
    choice_filter("supplier", "Supplier", Order.supplier_id, _supplier_choices),
    date_range_filter("opened", "Opened", Dispute.opened_on),
    flag_filter("open", "Open only", _open_disputes),
    ids_filter("overdue", "Overdue", Dispute.id, _overdue_disputes),
)

DISPUTES = ListSpec(
    "disputes",
    "Disputes",
    (
        C("id", "No.", Kind.INT),
        C("order", "Order"),
        C("line", "Line", Kind.INT),
        C("item", "Item"),
        C("supplier", "Supplier"),
        C("reason", "Reason", Kind.ENUM),
        C("want", "Wanted", Kind.ENUM),
        C("state", "State", Kind.ENUM),
        C("opened_on", "Opened", Kind.DATE),
        C("claimed", "Claimed", Kind.MONEY),
        C("won", "Won", Kind.MONEY),
        C("outcome", "Outcome", Kind.ENUM),
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
    },
    ("opened_on", True),
    search=(Order.order_no, OrderLine.item, Supplier.name),
    stretch="item",
    filters=DISPUTE_FILTERS,
    text_search=disputes_where,
)


def _refund_sum(column: Any) -> Any:
    return select(func.coalesce(func.sum(column), 0)).where(RefundPart.refund_id == Refund.id).scalar_subquery()


def _refunds() -> SQL:
    expected, received = _refund_sum(RefundPart.expected_minor), _refund_sum(RefundPart.received_minor)
    return (
        select(
            Refund.id,
            ORDER_KEY,
            Supplier.name.label("supplier"),
            Refund.dispute_id.label("dispute"),
            Refund.cause.label("cause"),
            Refund.approved_on.label("approved_on"),
            expected.label("expected"),
            Order.currency.label("expected_currency"),
            received.label("received"),
            Order.currency.label("received_currency"),
            (expected - received).label("outstanding"),
            Order.currency.label("outstanding_currency"),
        )
        .join(Order, Order.id == Refund.order_id)
        .join(Supplier, Supplier.id == Order.supplier_id)
    )


REFUNDS = ListSpec(
    "refunds",
    "Refunds",
    (
        C("id", "No.", Kind.INT),
        C("order", "Order"),
        C("supplier", "Supplier"),
        C("dispute", "Dispute", Kind.INT),
        C("cause", "Cause", Kind.ENUM),
        C("approved_on", "Approved", Kind.DATE),
        C("expected", "Expected", Kind.MONEY, sortable=False),
        C("received", "Received", Kind.MONEY, sortable=False),
        C("outstanding", "Outstanding", Kind.MONEY, sortable=False),
    ),
    _refunds,
    {
        "id": Refund.id,
        "order": ORDER_KEY,
        "supplier": Supplier.name,
        "dispute": Refund.dispute_id,
        "cause": Refund.cause,
        "approved_on": Refund.approved_on,
    },
    ("approved_on", True),
    search=(Order.order_no, Supplier.name),
    stretch="supplier",
)


def _deposits() -> SQL:
    last_submitted = select(func.max(Submission.submitted_on)).where(Submission.application_id == DepositApplication.id)
    return select(
        DepositApplication.id,
        Store.name.label("store"),
        Store.platform.label("platform"),
        DepositApplication.deposit_minor.label("deposit"),
        DepositApplication.currency.label("deposit_currency"),
        DepositApplication.state.label("state"),
        DepositApplication.created_on.label("created_on"),
        last_submitted.scalar_subquery().label("submitted_on"),
        DepositApplication.arrived_minor.label("arrived"),
        # Money may arrive in another currency than the deposit's (revision 0005).
        func.coalesce(DepositApplication.arrived_currency, DepositApplication.currency).label("arrived_currency"),
    ).join(Store, Store.id == DepositApplication.store_id)


DEPOSITS = ListSpec(
    "deposits",
    "Deposits",
    (
        C("id", "No.", Kind.INT),
        C("store", "Store"),
        C("platform", "Platform", Kind.ENUM),
        C("deposit", "Deposit", Kind.MONEY),
        C("state", "State", Kind.ENUM),
        C("created_on", "Created", Kind.DATE),
        C("submitted_on", "Last submitted", Kind.DATE, sortable=False),
        C("arrived", "Arrived", Kind.MONEY),
    ),
    _deposits,
    {
        "id": DepositApplication.id,
        "store": Store.name,
        "platform": Store.platform,
        "deposit": DepositApplication.deposit_minor,
        "state": DepositApplication.state,
        "created_on": DepositApplication.created_on,
        "arrived": DepositApplication.arrived_minor,
    },
    ("created_on", True),
    search=(Store.name,),
    stretch="store",
)


def _accounts() -> SQL:
    balance = balance_sql(MemberAccount.id, MemberAccount.currency)
    entries = select(func.count()).where(LedgerEntry.account_id == MemberAccount.id).scalar_subquery()
    last = select(func.max(LedgerEntry.on_date)).where(LedgerEntry.account_id == MemberAccount.id)
    return select(
        MemberAccount.id,
        MemberAccount.provider.label("provider"),
        MemberAccount.name.label("name"),
        MemberAccount.currency.label("currency"),
        balance.label("balance"),
        MemberAccount.currency.label("balance_currency"),
        entries.label("entries"),
        last.scalar_subquery().label("last_activity"),
    )


ACCOUNTS = ListSpec(
    "accounts",
    "Accounts",
    (
        C("provider", "Provider"),
        C("name", "Member"),
        C("currency", "Currency"),
        C("balance", "Balance", Kind.MONEY, sortable=False),
        C("entries", "Entries", Kind.INT, sortable=False),
        C("last_activity", "Last activity", Kind.DATE, sortable=False),
    ),
    _accounts,
    {"provider": MemberAccount.provider, "name": MemberAccount.name, "currency": MemberAccount.currency},
    ("provider", False),
    search=(MemberAccount.provider, MemberAccount.name),
    stretch="name",
)


def _evidence() -> SQL:
    links = select(func.count()).where(EvidenceLink.evidence_id == Evidence.id).scalar_subquery()
    return select(
        Evidence.id,
        Evidence.kind.label("kind"),
        Evidence.original_name.label("name"),
        Evidence.description.label("description"),
        Evidence.media_type.label("type"),
        Evidence.size.label("size"),
        Evidence.captured_at.label("captured_at"),
        Evidence.added_at.label("added_at"),
        Evidence.added_by.label("added_by"),
        links.label("cases"),
        func.substr(Evidence.sha256, 1, 12).label("sha"),
    )


def _evidence_cases(session: Session) -> list[tuple[Any, str]]:
    """The cases that have evidence: disputes (with their order), then orders, as the Case filter offers them."""
    disputes = session.execute(
        select(Dispute.id, Order.platform, Order.order_no)
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Dispute.id.in_(select(EvidenceLink.dispute_id)))
        .order_by(Dispute.id)
    )
    orders = session.execute(
        select(Order.id, Order.platform, Order.order_no)
        .where(Order.id.in_(select(EvidenceLink.order_id)))
        .order_by(Order.platform, Order.order_no)
    )
    return [
        (CaseRef("dispute", id_, f"dispute {id_}"), f"dispute {id_} · {platform.value}:{order_no}")
        for id_, platform, order_no in disputes
    ] + [
        (CaseRef("order", id_, f"{platform.value}:{order_no}"), f"{platform.value}:{order_no}")
        for id_, platform, order_no in orders
    ]


def _supports(_session: Session, case: CaseRef) -> SQL:
    return Evidence.id.in_(select(EvidenceLink.evidence_id).where(case_filter(case)))


EVIDENCE_FILTERS: tuple[Filter, ...] = (
    enum_filter("kind", "Kind", Evidence.kind, list(EvidenceKind)),
    Filter("case", "Case", FilterKind.CHOICE, _supports, _evidence_cases),
)

EVIDENCE = ListSpec(
    "evidence",
    "Evidence",
    (
        C("kind", "Kind", Kind.ENUM),
        C("name", "File"),
        C("description", "Shows"),
        C("type", "Type"),
        C("size", "Bytes", Kind.INT),
        C("captured_at", "Captured", Kind.DATETIME),
        C("added_at", "Added", Kind.DATETIME),
        C("added_by", "By"),
        C("cases", "Cases", Kind.INT, sortable=False),
        C("sha", "sha256"),
    ),
    _evidence,
    {
        "kind": Evidence.kind,
        "name": Evidence.original_name,
        "description": Evidence.description,
        "type": Evidence.media_type,
        "size": Evidence.size,
        "captured_at": Evidence.captured_at,
        "added_at": Evidence.added_at,
        "added_by": Evidence.added_by,
        "sha": Evidence.sha256,
    },
    ("added_at", True),
    search=(Evidence.original_name, Evidence.description),
    stretch="description",
    filters=EVIDENCE_FILTERS,
    text_search=evidence_where,
)


def _suppliers() -> SQL:
    orders = select(func.count()).where(Order.supplier_id == Supplier.id).scalar_subquery()
    return select(
        Supplier.id,
        Supplier.platform.label("platform"),
        Supplier.name.label("name"),
        Supplier.contact.label("contact"),
        Supplier.shop_url.label("shop_url"),
        orders.label("orders"),
    )


SUPPLIERS = ListSpec(
    "suppliers",
    "Suppliers",
    (
        C("platform", "Platform", Kind.ENUM),
        C("name", "Name"),
        C("contact", "Contact"),
        C("shop_url", "Shop"),
        C("orders", "Orders", Kind.INT, sortable=False),
    ),
    _suppliers,
    {"platform": Supplier.platform, "name": Supplier.name, "contact": Supplier.contact},
    ("name", False),
    search=(Supplier.name, Supplier.contact),
    stretch="name",
)

STORES = ListSpec(
    "stores",
    "Stores",
    (
        C("platform", "Platform", Kind.ENUM),
        C("name", "Name"),
        C("country", "Country"),
        C("status", "Status", Kind.ENUM),
        C("opened_on", "Opened", Kind.DATE),
        C("closed_on", "Closed", Kind.DATE),
    ),
    lambda: select(
        Store.id,
        Store.platform.label("platform"),
        Store.name.label("name"),
        Store.country.label("country"),
        Store.status.label("status"),
        Store.opened_on.label("opened_on"),
        Store.closed_on.label("closed_on"),
    ),
    {
        "platform": Store.platform,
        "name": Store.name,
        "country": Store.country,
        "status": Store.status,
        "opened_on": Store.opened_on,
        "closed_on": Store.closed_on,
    },
    ("name", False),
    search=(Store.name,),
    stretch="name",
)

RATES = ListSpec(
    "rates",
    "Exchange rates",
    (
        C("on_date", "Date", Kind.DATE),
        C("base", "From"),
        C("quote", "To"),
        C("rate", "Rate", Kind.DECIMAL),
        C("source", "Source"),
    ),
    lambda: select(
        ExchangeRate.id,
        ExchangeRate.on_date.label("on_date"),
        ExchangeRate.base.label("base"),
        ExchangeRate.quote.label("quote"),
        ExchangeRate.rate.label("rate"),
        ExchangeRate.source.label("source"),
    ),
    {"on_date": ExchangeRate.on_date, "base": ExchangeRate.base, "quote": ExchangeRate.quote},
    ("on_date", True),
    search=(ExchangeRate.base, ExchangeRate.quote),
)

AUDIT = ListSpec(
    "audit",
    "Audit log",
    (
        C("id", "No.", Kind.INT),
        C("at", "When", Kind.DATETIME),
        C("actor", "Who"),
        C("action", "Action", Kind.ENUM),
        C("table", "Record"),
        C("row_id", "Row", Kind.INT),
        C("changes", "Changes", render=describe_changes),
    ),
    lambda: select(
        AuditEntry.id,
        AuditEntry.at.label("at"),
        AuditEntry.actor.label("actor"),
        AuditEntry.action.label("action"),
        AuditEntry.table_name.label("table"),
        AuditEntry.row_id.label("row_id"),
        AuditEntry.changes.label("changes"),
    ),
    {
        "id": AuditEntry.id,
        "at": AuditEntry.at,
        "actor": AuditEntry.actor,
        "action": AuditEntry.action,
        "table": AuditEntry.table_name,
    },
    ("id", True),
    search=(AuditEntry.table_name, AuditEntry.actor, AuditEntry.changes),
)

# Detail lists: the rows of one parent, shown under the selected row of a page.

ORDER_LINES = ListSpec(
    "order_lines",
    "Lines",
    (
        C("line_no", "Line", Kind.INT),
        C("item", "Item"),
        C("sku", "SKU"),
        C("qty", "Qty", Kind.INT),
        C("unit_price", "Unit price", Kind.MONEY),
        C("amount", "Amount", Kind.MONEY),
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
)

PAYMENTS = ListSpec(
    "payments",
    "Payments",
    (
        C("method", "Method", Kind.ENUM),
        C("amount", "Amount", Kind.MONEY),
        C("paid_on", "Paid", Kind.DATE),
        C("reference", "Reference"),
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
    "Tracking",
    (C("number", "Tracking no."), C("carrier", "Carrier"), C("shipped_on", "Shipped", Kind.DATE)),
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
    "Coupons",
    (C("kind", "Kind", Kind.ENUM), C("code", "Code"), C("amount", "Amount", Kind.MONEY)),
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

DISPUTE_EVENTS = ListSpec(
    "dispute_events",
    "Timeline",
    (
        C("occurred_on", "Date", Kind.DATE),
        C("kind", "Event", Kind.ENUM),
        C("amount", "Amount", Kind.MONEY),
        C("note", "Note"),
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
)

REFUND_PARTS = ListSpec(
    "refund_parts",
    "Parts",
    (
        C("method", "Method", Kind.ENUM),
        C("expected", "Expected", Kind.MONEY),
        C("sent_on", "Sent", Kind.DATE),
        C("received_on", "Received on", Kind.DATE),
        C("received", "Received", Kind.MONEY),
        C("reference", "Reference"),
    ),
    lambda: (
        select(
            RefundPart.id,
            RefundPart.method.label("method"),
            RefundPart.expected_minor.label("expected"),
            Order.currency.label("expected_currency"),
            RefundPart.sent_on.label("sent_on"),
            RefundPart.received_on.label("received_on"),
            RefundPart.received_minor.label("received"),
            Order.currency.label("received_currency"),
            RefundPart.reference.label("reference"),
        )
        .join(Refund, Refund.id == RefundPart.refund_id)
        .join(Order, Order.id == Refund.order_id)
    ),
    {"method": RefundPart.method, "expected": RefundPart.expected_minor, "received_on": RefundPart.received_on},
    ("expected", True),
    parent=RefundPart.refund_id,
)

LEDGER = ListSpec(
    "ledger",
    "Ledger",
    (
        C("on_date", "Date", Kind.DATE),
        C("kind", "Entry", Kind.ENUM),
        C("amount", "Amount", Kind.MONEY),
        C("channel", "Channel", Kind.ENUM),
        C("status", "Withdrawal", Kind.ENUM),
        C("order", "Order"),
        C("note", "Note"),
    ),
    lambda: select(
        LedgerEntry.id,
        LedgerEntry.on_date.label("on_date"),
        LedgerEntry.kind.label("kind"),
        signed_amount_sql().label("amount"),
        LedgerEntry.currency.label("amount_currency"),
        LedgerEntry.channel.label("channel"),
        LedgerEntry.withdrawal_status.label("status"),
        ORDER_KEY,
        LedgerEntry.note.label("note"),
    ).outerjoin(Order, Order.id == LedgerEntry.order_id),
    {"on_date": LedgerEntry.on_date, "kind": LedgerEntry.kind},
    ("on_date", True),
    parent=LedgerEntry.account_id,
)

def _case_ledger(parent: SQL, name: str) -> ListSpec:
    """A case's entries in member accounts (seed 000: a cost return comes from an order or a claim): shown on the
    order or the dispute it comes from."""
    return ListSpec(
        name,
        "Account entries",
        (
            C("on_date", "Date", Kind.DATE),
            C("account", "Account"),
            C("kind", "Entry", Kind.ENUM),
            C("amount", "Amount", Kind.MONEY),
            C("note", "Note"),
        ),
        lambda: select(
            LedgerEntry.id,
            LedgerEntry.on_date.label("on_date"),
            (MemberAccount.provider + literal("/") + MemberAccount.name).label("account"),
            LedgerEntry.kind.label("kind"),
            signed_amount_sql().label("amount"),
            LedgerEntry.currency.label("amount_currency"),
            LedgerEntry.note.label("note"),
        ).join(MemberAccount, MemberAccount.id == LedgerEntry.account_id),
        {"on_date": LedgerEntry.on_date, "kind": LedgerEntry.kind},
        ("on_date", True),
        parent=parent,
    )


ORDER_LEDGER = _case_ledger(LedgerEntry.order_id, "order_ledger")
DISPUTE_LEDGER = _case_ledger(LedgerEntry.dispute_id, "dispute_ledger")

PREREQUISITES = ListSpec(
    "prerequisites",
    "Prerequisites",
    (C("label", "Prerequisite"), C("confirmed_on", "Confirmed", Kind.DATE), C("note", "Note")),
    lambda: select(
        Prerequisite.id,
        Prerequisite.label.label("label"),
        Prerequisite.confirmed_on.label("confirmed_on"),
        Prerequisite.note.label("note"),
    ),
    {"label": Prerequisite.label, "confirmed_on": Prerequisite.confirmed_on, "id": Prerequisite.id},
    ("id", False),
    parent=Prerequisite.application_id,
    stretch="label",
)

_linked = aliased(EvidenceLink)

CHECKLIST = ListSpec(
    "checklist",
    "Documents",
    (C("label", "Document"), C("required", "Required"), C("evidence", "Evidence", Kind.INT, sortable=False)),
    lambda: select(
        ChecklistItem.id,
        ChecklistItem.label.label("label"),
        ChecklistItem.required.label("required"),
        select(func.count()).where(_linked.checklist_item_id == ChecklistItem.id).scalar_subquery().label("evidence"),
    ),
    {"label": ChecklistItem.label, "required": ChecklistItem.required, "id": ChecklistItem.id},
    ("id", False),
    parent=ChecklistItem.application_id,
    stretch="label",
)

SUBMISSIONS = ListSpec(
    "submissions",
    "Submissions",
    (
        C("seq", "No.", Kind.INT),
        C("submitted_on", "Submitted", Kind.DATE),
        C("outcome", "Outcome", Kind.ENUM),
        C("decided_on", "Decided", Kind.DATE),
        C("reason", "Reason"),
    ),
    lambda: select(
        Submission.id,
        Submission.seq.label("seq"),
        Submission.submitted_on.label("submitted_on"),
        Submission.outcome.label("outcome"),
        Submission.decided_on.label("decided_on"),
        Submission.reason.label("reason"),
    ),
    {"seq": Submission.seq, "submitted_on": Submission.submitted_on},
    ("seq", False),
    parent=Submission.application_id,
)

EVIDENCE_LINKS = ListSpec(
    "evidence_links",
    "Supports",
    (
        C("order", "Order"),
        C("dispute", "Dispute", Kind.INT),
        C("refund", "Refund", Kind.INT),
        C("checklist_item", "Deposit document"),
        C("exhibit", "Exhibit"),
    ),
    lambda: (
        select(
            EvidenceLink.id,
            ORDER_KEY,
            EvidenceLink.dispute_id.label("dispute"),
            EvidenceLink.refund_id.label("refund"),
            ChecklistItem.label.label("checklist_item"),
            EvidenceLink.exhibit_label.label("exhibit"),
        )
        .outerjoin(Order, Order.id == EvidenceLink.order_id)
        .outerjoin(ChecklistItem, ChecklistItem.id == EvidenceLink.checklist_item_id)
    ),
    {"id": EvidenceLink.id},
    ("id", False),
    parent=EvidenceLink.evidence_id,
)

SPECS = registry(
    [
        ORDERS,
        DISPUTES,
        REFUNDS,
        DEPOSITS,
        ACCOUNTS,
        EVIDENCE,
        SUPPLIERS,
        STORES,
        RATES,
        AUDIT,
        ORDER_LINES,
        PAYMENTS,
        TRACKING,
        COUPONS,
        DISPUTE_EVENTS,
        REFUND_PARTS,
        LEDGER,
        ORDER_LEDGER,
        DISPUTE_LEDGER,
        PREREQUISITES,
        CHECKLIST,
        SUBMISSIONS,
        EVIDENCE_LINKS,
    ]
)

# The detail lists each page shows under its selected row.
DETAILS: dict[str, tuple[ListSpec, ...]] = {
    "orders": (ORDER_LINES, PAYMENTS, COUPONS, TRACKING, ORDER_LEDGER),
    "disputes": (DISPUTE_EVENTS, DISPUTE_LEDGER),
    "refunds": (REFUND_PARTS,),
    "deposits": (PREREQUISITES, CHECKLIST, SUBMISSIONS),
    "accounts": (LEDGER,),
    "evidence": (EVIDENCE_LINKS,),
}
