"""Writing a `ChangeSet` through SQLAlchemy Core, in the caller's transaction, with an audit entry for every row
inserted, updated or deleted (`desk.models.audit.record`): bulk statements bypass the ORM's audit hook, so the
import records its own changes.

Ids of inserted rows are read back by their natural keys (platform + order number, order + line number, …) from
the rows above the table's highest id before the insert: portable (no RETURNING order to rely on; SQLite cannot
return rows in parameter order from a batched insert) and one range query per table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from desk.importing.changes import ChangeSet, Ref
from desk.importing.existing import LINES, ORDERS, PAYMENTS, STORES, SUPPLIERS, TRACKING, chunks
from desk.models.audit import AuditAction, Change, record
from desk.models.base import VERSION

# Each table's natural key: how an inserted row is found again.
NATURAL_KEYS: dict[str, tuple[Table, tuple[str, ...]]] = {
    "suppliers": (SUPPLIERS, ("platform", "name")),
    "stores": (STORES, ("platform", "name")),
    "orders": (ORDERS, ("platform", "order_no")),
    "order_lines": (LINES, ("order_id", "line_no")),
    "payments": (PAYMENTS, ("order_id", "method")),
    "tracking_numbers": (TRACKING, ("order_id", "number")),
}
REFERENCES = {"supplier_id": "suppliers", "store_id": "stores", "order_id": "orders"}
BATCH = 5000  # rows per executemany: progress and cancel are checked between batches
Step = Callable[[int], None]


class _Writer:
    def __init__(self, conn: Connection, step: Step) -> None:
        self.conn = conn
        self.step = step
        self.ids: dict[Ref, int] = {}
        self.audit: list[Change] = []

    def resolve(self, value: Any) -> Any:
        return self.ids[value] if isinstance(value, Ref) else value

    def insert(self, name: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table, key = NATURAL_KEYS[name]
        before = self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        ids = self.ids
        for column in [c for c in REFERENCES if c in rows[0]]:
            for row in rows:
                value = row[column]
                if type(value) is Ref:
                    row[column] = ids[value]
        for batch in chunks(rows, BATCH):
            self.conn.execute(insert(table), list(batch))
            self.step(len(batch))
        columns = [table.c.id, *(table.c[k] for k in key)]
        new_ids = {tuple(r[1:]): r[0] for r in self.conn.execute(select(*columns).where(table.c.id > before))}
        audit = self.audit
        for row in rows:
            natural = tuple([row[k] for k in key])
            row_id = new_ids[natural]
            ids[Ref(name, natural)] = row_id
            values = {c: [None, v] for c, v in row.items() if v is not None}
            values["id"] = [None, row_id]
            audit.append(Change(AuditAction.INSERT, name, row_id, values))

    def update(self, name: str, updates: list[tuple[int, dict[str, tuple[Any, Any]]]]) -> None:
        table = NATURAL_KEYS[name][0]
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row_id, diff in updates:
            new = {column: self.resolve(value) for column, (_old, value) in diff.items()}
            by_columns.setdefault(tuple(sorted(new)), []).append({"_id": row_id, **new})
            self.audit.append(
                Change(AuditAction.UPDATE, name, row_id, {c: [old, new[c]] for c, (old, _new) in diff.items()})
            )
        statement = update(table).where(table.c.id == bindparam("_id"))
        if VERSION in table.c:  # a form opened before the import must find the record changed (conflicts)
            statement = statement.values({VERSION: table.c[VERSION] + 1})
        for params in by_columns.values():
            self.conn.execute(statement, params)
        self.step(len(updates))

    def delete(self, name: str, deletes: list[tuple[int, dict[str, Any]]]) -> None:
        if not deletes:
            return
        table = NATURAL_KEYS[name][0]
        self.conn.execute(delete(table).where(table.c.id == bindparam("_id")), [{"_id": i} for i, _ in deletes])
        for row_id, old in deletes:
            self.audit.append(
                Change(AuditAction.DELETE, name, row_id, {c: [v, None] for c, v in old.items() if v is not None})
            )
        self.step(len(deletes))


def write_changes(conn: Connection, actor: str, changes: ChangeSet, step: Step) -> int:
    """Apply `changes` and audit them; returns the number of audit entries written. `step(n)` is called as rows
    are written (it may raise to cancel: the caller's transaction then rolls everything back)."""
    writer = _Writer(conn, step)
    w = changes.writes
    for name in ("suppliers", "stores", "orders"):
        writer.insert(name, w[name].inserts)
    writer.update("orders", w["orders"].updates)
    writer.insert("order_lines", w["order_lines"].inserts)
    writer.update("order_lines", w["order_lines"].updates)
    # Removed payments go first: a method moved between rows must not meet itself when ids are read back.
    writer.delete("payments", w["payments"].deletes)
    writer.update("payments", w["payments"].updates)
    writer.insert("payments", w["payments"].inserts)
    writer.insert("tracking_numbers", w["tracking_numbers"].inserts)
    writer.update("tracking_numbers", w["tracking_numbers"].updates)
    return record(conn, actor, writer.audit)
