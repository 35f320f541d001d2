"""The lists of the records the other pages refer to: suppliers, stores, exchange rates, and the audit log."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.language import QT_TRANSLATE_NOOP
from desk.lists.listing import SQL, Kind, ListSpec, Phrased
from desk.lists.shared import C
from desk.models import AuditEntry, ExchangeRate, Order, Store, Supplier
from desk.money import Money
from desk.overview.audit_words import sentence


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
    QT_TRANSLATE_NOOP("words", "Suppliers"),
    (
        C("platform", QT_TRANSLATE_NOOP("words", "Platform"), Kind.ENUM),
        C("name", QT_TRANSLATE_NOOP("words", "Name")),
        C("contact", QT_TRANSLATE_NOOP("words", "Contact")),
        C("shop_url", QT_TRANSLATE_NOOP("words", "Shop")),
        C("orders", QT_TRANSLATE_NOOP("words", "Orders"), Kind.INT, sortable=False),
    ),
    _suppliers,
    {"platform": Supplier.platform, "name": Supplier.name, "contact": Supplier.contact},
    ("name", False),
    search=(Supplier.name, Supplier.contact),
    stretch="name",
)

STORES = ListSpec(
    "stores",
    QT_TRANSLATE_NOOP("words", "Stores"),
    (
        C("platform", QT_TRANSLATE_NOOP("words", "Platform"), Kind.ENUM),
        C("name", QT_TRANSLATE_NOOP("words", "Name")),
        C("country", QT_TRANSLATE_NOOP("words", "Country"), Kind.COUNTRY),
        C("status", QT_TRANSLATE_NOOP("words", "Status"), Kind.ENUM),
        C("opened_on", QT_TRANSLATE_NOOP("words", "Opened"), Kind.DATE),
        C("closed_on", QT_TRANSLATE_NOOP("words", "Closed"), Kind.DATE),
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
    QT_TRANSLATE_NOOP("words", "Exchange rates"),
    (
        C("on_date", QT_TRANSLATE_NOOP("words", "Date"), Kind.DATE),
        C("base", QT_TRANSLATE_NOOP("words", "From")),
        C("quote", QT_TRANSLATE_NOOP("words", "To")),
        C("rate", QT_TRANSLATE_NOOP("words", "Rate"), Kind.DECIMAL),
        C("source", QT_TRANSLATE_NOOP("words", "Source")),
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


# Where a date or an amount stands in a sentence read for the list, until the window writes it in its locale.
_SLOT = re.compile("\ue000(\\d+)\ue001")


@dataclass(frozen=True)
class AuditSentence(Phrased):
    """An audit entry as a sentence whose dates and amounts the reader writes: the window in the user's locale,
    the CLI and the list's export in the fixed form (`str`)."""

    text: str  # with a slot for each of `values`
    values: tuple[date | Money, ...]

    def words(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        def filled(slot: re.Match[str]) -> str:
            value = self.values[int(slot.group(1))]
            return money(value) if isinstance(value, Money) else day(value)

        return _SLOT.sub(filled, self.text)

    def sort_key(self) -> Any:
        return str(self)

    def __str__(self) -> str:
        return self.words(str, date.isoformat)


def _sentence(session: Session, row: Any) -> AuditSentence:
    values: list[date | Money] = []

    def slot(value: date | Money) -> str:
        values.append(value)
        return f"\ue000{len(values) - 1}\ue001"

    # Who and when have their own columns on the page.
    text = sentence(
        session,
        row["table"],
        row["row_id"],
        row["action"],
        row["changes"],
        row["actor"],
        row["at"],
        who=False,
        day=slot,
        money=slot,
    )
    return AuditSentence(text, tuple(values))


AUDIT = ListSpec(
    "audit",
    QT_TRANSLATE_NOOP("words", "Audit log"),
    (
        C("id", QT_TRANSLATE_NOOP("words", "No."), Kind.INT),
        C("at", QT_TRANSLATE_NOOP("words", "When"), Kind.DATETIME),
        C("actor", QT_TRANSLATE_NOOP("words", "Who")),
        C("what", QT_TRANSLATE_NOOP("words", "What happened"), sortable=False),
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
    },
    ("id", True),
    search=(AuditEntry.table_name, AuditEntry.actor, AuditEntry.changes),
    stretch="what",
    computed={"what": _sentence},
)
