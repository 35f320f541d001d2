"""What an import would change: rows to insert, columns to update (old → new), payments to remove, per table; and
per order whether it is new, updated or unchanged. Computed without writing, so a dry run and an import report
the same thing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection

from desk.importing.existing import STORES, SUPPLIERS, ExistingOrder, load_orders, load_parties, name_key
from desk.importing.problems import Problem
from desk.importing.records import OrderRecord
from desk.importing.rows import Source
from desk.language import words
from desk.models import Platform
from desk.money import Money


class Ref(NamedTuple):
    """A row this import inserts, before it has an id: (table, natural key). A tuple: hashed in C, and there is
    one per row written."""

    table: str
    key: tuple[Any, ...]


@dataclass
class TableWrites:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[int, dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    deletes: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.inserts) + len(self.updates) + len(self.deletes)


@dataclass(frozen=True)
class FieldChange:
    """One value an import changes on an existing order, for the report."""

    what: str  # "order", "line 2", "payment card", "tracking LP…"
    column: str
    old: Any
    new: Any
    currency: str | None = None

    def __str__(self) -> str:
        if self.column.endswith("_minor") and self.currency is not None:
            old, new = (_amount(v, self.currency) for v in (self.old, self.new))
            return f"{self.what} {self.column.removesuffix('_minor')}: {old} → {new} {self.currency}"
        return f"{self.what} {self.column}: {_plain(self.old)} → {_plain(self.new)}"


def _amount(value: Any, currency: str) -> str:
    return _plain(Money(value, currency).amount if isinstance(value, int) else value)


def _plain(value: Any) -> str:
    if value is None:
        return words.tr("(none)")
    if isinstance(value, Ref):
        return words.tr("{0} (new)").format(value.key[-1])
    return str(getattr(value, "value", value))


@dataclass
class OrderOutcome:
    key: str
    action: str  # new, updated, unchanged
    changes: list[FieldChange] = field(default_factory=list)


TABLES = ("suppliers", "stores", "orders", "order_lines", "payments", "tracking_numbers")


@dataclass
class ChangeSet:
    writes: dict[str, TableWrites] = field(default_factory=lambda: {t: TableWrites() for t in TABLES})
    outcomes: list[OrderOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


class _Planner:
    def __init__(self, conn: Connection, records: list[OrderRecord], source: Source, changes: ChangeSet) -> None:
        self.source = source
        self.changes = changes
        self.w = changes.writes
        platforms = {r.platform for r in records} | {r.store[0] for r in records if r.store}
        self.suppliers: dict[tuple[Platform, str], int | Ref] = dict(load_parties(conn, SUPPLIERS, platforms))
        self.stores: dict[tuple[Platform, str], int | Ref] = dict(load_parties(conn, STORES, platforms))
        self.existing = load_orders(conn, [(r.platform, r.order_no) for r in records])

    def party(self, table: str, known: dict[tuple[Platform, str], int | Ref], platform: Platform, name: str) -> Any:
        key = (platform, name_key(name))
        if key not in known:
            known[key] = Ref(table, (platform, name))
            self.w[table].inserts.append({"platform": platform, "name": name})
        return known[key]

    def problem(self, record: OrderRecord, name: str, message: str) -> None:
        self.changes.problems.append(Problem(record.first_row, self.source.columns.get(name, name), message))

    def plan(self, record: OrderRecord) -> None:
        supplier = self.party("suppliers", self.suppliers, record.platform, record.supplier)
        store = None if record.store is None else self.party("stores", self.stores, *record.store)
        existing = self.existing.get((record.platform, record.order_no))
        if existing is None:
            self._new(record, supplier, store)
        else:
            self._update(record, existing, supplier, store)

    def _new(self, record: OrderRecord, supplier: int | Ref, store: int | Ref | None) -> None:
        ref = Ref("orders", (record.platform, record.order_no))
        self.w["orders"].inserts.append(
            {
                "platform": record.platform, "order_no": record.order_no, "supplier_id": supplier,
                "store_id": store, "currency": record.currency, "status": record.derived_status(),
                "placed_on": record.placed_on, "paid_on": record.paid_on, "shipped_on": record.shipped_on,
                "delivered_on": record.delivered_on, "shipping_minor": record.shipping_minor,
                "discount_minor": record.discount_minor, "tax_minor": record.tax_minor,
                "tax_collector": record.tax_collector,
            }
        )
        for line in record.lines:
            self.w["order_lines"].inserts.append(
                {"order_id": ref, "line_no": line.line_no, "item": line.item, "sku": line.sku, "qty": line.qty,
                 "unit_price_minor": line.unit_price_minor}
            )
        for p in record.payments or ():
            self.w["payments"].inserts.append(
                {"order_id": ref, "method": p.method, "amount_minor": p.amount_minor, "paid_on": record.paid_on,
                 "reference": p.reference}
            )
        for t in record.tracking:
            self.w["tracking_numbers"].inserts.append(
                {"order_id": ref, "number": t.number, "carrier": t.carrier, "shipped_on": t.shipped_on}
            )
        self.changes.outcomes.append(OrderOutcome(record.key, "new"))

    def _update(self, record: OrderRecord, old: ExistingOrder, supplier: int | Ref, store: int | Ref | None) -> None:
        if old.values["currency"] != record.currency:
            said = words.tr("{0} is in {1} in Desk; an import does not change an order's currency")
            self.problem(record, "currency", said.format(record.key, old.values["currency"]))
            return
        missing = sorted(set(old.lines) - {line.line_no for line in record.lines})
        if missing:
            names = ", ".join(f'{n} ("{old.lines[n]["item"]}")' for n in missing)
            said = words.tr(
                "{0} has line {1} in Desk but not in this file; an import never deletes lines: delete it in Desk or "
                "add it to the file"
            )
            self.problem(record, "line_no", said.format(record.key, names))
            return
        found: list[FieldChange] = []
        wanted = {
            "supplier_id": supplier, "store_id": store, "status": record.status, "placed_on": record.placed_on,
            "paid_on": record.paid_on, "shipped_on": record.shipped_on, "delivered_on": record.delivered_on,
            "shipping_minor": record.shipping_minor, "discount_minor": record.discount_minor,
            "tax_minor": record.tax_minor, "tax_collector": record.tax_collector,
        }
        self._set("orders", old.id, old.values, wanted, "order", found, record.currency)
        for line in record.lines:
            values = {"item": line.item, "sku": line.sku, "qty": line.qty, "unit_price_minor": line.unit_price_minor}
            current = old.lines.get(line.line_no)
            if current is None:
                self.w["order_lines"].inserts.append({"order_id": old.id, "line_no": line.line_no, **values})
                found.append(FieldChange(f"line {line.line_no}", "added", None, line.item))
            else:
                what = f"line {line.line_no}"
                self._set("order_lines", current["id"], current, values, what, found, record.currency)
        if record.payments is not None:
            self._payments(record, old, found)
        for t in record.tracking:
            current = old.tracking.get(t.number)
            if current is None:
                self.w["tracking_numbers"].inserts.append(
                    {"order_id": old.id, "number": t.number, "carrier": t.carrier, "shipped_on": t.shipped_on}
                )
                found.append(FieldChange(f"tracking {t.number}", "added", None, t.number))
            else:
                wanted_t = {"carrier": t.carrier, "shipped_on": t.shipped_on}
                self._set(
                    "tracking_numbers", current["id"], current, wanted_t, f"tracking {t.number}", found, record.currency
                )
        self.changes.outcomes.append(OrderOutcome(record.key, "updated" if found else "unchanged", found))

    def _payments(self, record: OrderRecord, old: ExistingOrder, found: list[FieldChange]) -> None:
        """The file's payments replace Desk's: matched by method, the rest removed."""
        by_method: dict[Any, dict[str, Any]] = {}
        for row in old.payments:
            if row["method"] in by_method:
                self._delete_payment(row, found, record.currency)
            else:
                by_method[row["method"]] = row
        for p in record.payments or ():
            current = by_method.pop(p.method, None)
            values = {"amount_minor": p.amount_minor, "paid_on": record.paid_on, "reference": p.reference}
            if current is None:
                self.w["payments"].inserts.append({"order_id": old.id, "method": p.method, **values})
                added = FieldChange(f"payment {p.method.value}", "amount_minor", None, p.amount_minor, record.currency)
                found.append(added)
            else:
                self._set(
                    "payments", current["id"], current, values, f"payment {p.method.value}", found, record.currency
                )
        for row in by_method.values():
            self._delete_payment(row, found, record.currency)

    def _delete_payment(self, row: Mapping[str, Any], found: list[FieldChange], currency: str) -> None:
        self.w["payments"].deletes.append((row["id"], dict(row)))
        found.append(FieldChange(f"payment {row['method'].value}", "amount_minor", row["amount_minor"], None, currency))

    def _set(
        self, table: str, row_id: int, current: Mapping[str, Any], wanted: Mapping[str, Any], what: str,
        found: list[FieldChange], currency: str,
    ) -> None:
        """Update the columns whose wanted value differs; None means "the file does not say": keep Desk's."""
        diff = {
            name: (current[name], value)
            for name, value in wanted.items()
            if value is not None and value != current[name]
        }
        if diff:
            self.w[table].updates.append((row_id, diff))
            found.extend(FieldChange(what, name, old, new, currency) for name, (old, new) in diff.items())


def plan_changes(
    conn: Connection, records: list[OrderRecord], source: Source, on_order: Callable[[int], None] | None = None
) -> ChangeSet:
    changes = ChangeSet()
    planner = _Planner(conn, records, source, changes)
    for done, record in enumerate(records, start=1):
        planner.plan(record)
        if on_order is not None:
            on_order(done)
    return changes


def count_rows(changes: ChangeSet, tables: Iterable[str] = TABLES) -> int:
    return sum(changes.writes[t].count for t in tables)

