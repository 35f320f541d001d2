"""The lists of the records the other pages refer to: suppliers, stores, exchange rates, and the audit log."""

from __future__ import annotations

from sqlalchemy import func, select

from desk.lists.listing import SQL, Kind, ListSpec
from desk.lists.shared import C
from desk.models import AuditEntry, ExchangeRate, Order, Store, Supplier
from desk.models.audit import describe_changes


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
    voidable=ExchangeRate,
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
