"""What Desk already holds for the orders, suppliers and stores of a file, read through Core in chunks (an export
of 100,000 lines must not become 100,000 queries, nor one statement with 100,000 parameters)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, select

from desk.models import Base, Platform

T = TypeVar("T")
CHUNK = 500

ORDERS: Table = Base.metadata.tables["orders"]
LINES: Table = Base.metadata.tables["order_lines"]
PAYMENTS: Table = Base.metadata.tables["payments"]
TRACKING: Table = Base.metadata.tables["tracking_numbers"]
SUPPLIERS: Table = Base.metadata.tables["suppliers"]
STORES: Table = Base.metadata.tables["stores"]

# The order columns an import sets; notes, overrides and the agent account are the user's own.
ORDER_COLUMNS = (
    "supplier_id", "store_id", "currency", "status", "placed_on", "paid_on", "shipped_on", "delivered_on",
    "shipping_minor", "discount_minor", "tax_minor", "tax_collector",
)
LINE_COLUMNS = ("item", "sku", "qty", "unit_price_minor")
PAYMENT_COLUMNS = ("method", "amount_minor", "paid_on", "reference")
TRACKING_COLUMNS = ("carrier", "shipped_on")


@dataclass
class ExistingOrder:
    id: int
    values: dict[str, Any]
    lines: dict[int, dict[str, Any]] = field(default_factory=dict)  # by line_no
    payments: list[dict[str, Any]] = field(default_factory=list)
    tracking: dict[str, dict[str, Any]] = field(default_factory=dict)  # by number


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def name_key(name: str) -> str:
    """Suppliers and stores are the same whatever the case of their name (`YIWU TRADE` is `Yiwu Trade`)."""
    return " ".join(name.casefold().split())


def load_parties(conn: Connection, table: Table, platforms: Iterable[Platform]) -> dict[tuple[Platform, str], int]:
    """{(platform, name key): id} of the suppliers or stores on these platforms."""
    rows = conn.execute(select(table.c.id, table.c.platform, table.c.name).where(table.c.platform.in_(list(platforms))))
    found: dict[tuple[Platform, str], int] = {}
    for row in rows:
        found.setdefault((row.platform, name_key(row.name)), row.id)
    return found


def load_orders(conn: Connection, keys: Iterable[tuple[Platform, str]]) -> dict[tuple[Platform, str], ExistingOrder]:
    by_platform: dict[Platform, list[str]] = {}
    for platform, order_no in keys:
        by_platform.setdefault(platform, []).append(order_no)
    found: dict[tuple[Platform, str], ExistingOrder] = {}
    columns = [ORDERS.c.id, ORDERS.c.platform, ORDERS.c.order_no, *(ORDERS.c[name] for name in ORDER_COLUMNS)]
    for platform, numbers in by_platform.items():
        for chunk in chunks(numbers):
            query = select(*columns).where(ORDERS.c.platform == platform, ORDERS.c.order_no.in_(chunk))
            for row in conn.execute(query).mappings():
                found[(row["platform"], row["order_no"])] = ExistingOrder(
                    row["id"], {name: row[name] for name in ORDER_COLUMNS}
                )
    _load_children(conn, {o.id: o for o in found.values()})
    return found


def _load_children(conn: Connection, orders: dict[int, ExistingOrder]) -> None:
    ids = list(orders)
    for chunk in chunks(ids):
        for row in conn.execute(select(LINES).where(LINES.c.order_id.in_(chunk))).mappings():
            orders[row["order_id"]].lines[row["line_no"]] = dict(row)
        query = select(PAYMENTS).where(PAYMENTS.c.order_id.in_(chunk)).order_by(PAYMENTS.c.id)
        for row in conn.execute(query).mappings():
            orders[row["order_id"]].payments.append(dict(row))
        for row in conn.execute(select(TRACKING).where(TRACKING.c.order_id.in_(chunk))).mappings():
            orders[row["order_id"]].tracking[row["number"]] = dict(row)
