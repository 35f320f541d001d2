"""search index and list indexes

The indexes let the Orders list read a page of 200 rows in the order asked for, with or without a filter, without
sorting the whole table: each sort key is followed by `placed_on` (and the primary key, which every SQLite index
ends with), as `desk.lists.ORDERS` sorts.

The full-text index (SQLite only) is an FTS5 table with the `trigram` tokenizer, kept current by triggers on every
table it reads, so that every write path, ORM or Core bulk insert, updates it; the rows already in the database are
indexed here. Its layout (rowids, columns, the end-of-field mark) is described in `desk.db`'s "Full-text search"
section, which is the only code that queries it.

Triggers belong to their table: a later batch migration that rebuilds `orders`, `order_lines`, `tracking_numbers`,
`suppliers`, `disputes` or `dispute_events` (move and copy) drops them, and must create them again.
`tests/unit/test_search.py` checks that they exist at head.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "orders": {
        "ix_orders_platform_placed_on": ["platform", "placed_on"],
        "ix_orders_status_placed_on": ["status", "placed_on"],
        "ix_orders_supplier_id_placed_on": ["supplier_id", "placed_on"],
        "ix_orders_order_no": ["order_no"],
    },
    "suppliers": {"ix_suppliers_name": ["name"]},
}

# Every indexed field ends with two U+001F: a query of one or two characters is looked up as the trigrams that
# start with it (see desk.db), and a field that ends in those characters has such trigrams only with the mark.
END = "char(31, 31)"


# The document of an order (rowid = order id × 64): its number, tracking numbers and notes.
ORDER_DOC = f"""INSERT INTO search_index (rowid, ident, tracking, notes)
    SELECT o.id << 6, o.order_no || {END},
           (SELECT group_concat(t.number || {END}, ' ') FROM tracking_numbers t WHERE t.order_id = o.id),
           o.notes || {END}
    FROM orders o"""


def _order_doc(order_id: str) -> str:
    return f"\n    {ORDER_DOC} WHERE o.id = {order_id};"


# The other records' rowids start above every order's: 2^61 + id × 8 + kind.
OTHERS = "2305843009213693952"


def _line_rowid(row: str) -> str:
    """Lines 1–63 sit beside their order (rowid = order id × 64 + line no); a longer order's further lines are
    found by their own id, with the other records."""
    return (
        f"CASE WHEN {row}.line_no < 64 THEN ({row}.order_id << 6) | {row}.line_no "
        f"ELSE {OTHERS} + (({row}.id << 3) | 1) END"
    )


def _line_doc(row: str) -> str:
    return f"""
    INSERT INTO search_index (rowid, item, sku) VALUES ({_line_rowid(row)}, {row}.item || {END}, {row}.sku || {END});"""


# Records that are not part of an order's own text: rowid = 2^61 + id × 8 + kind.
RECORDS = {
    # table: (trigger name stem, kind code, ident column, notes column)
    "suppliers": ("suppliers", 3, "name", "notes"),
    "disputes": ("disputes", 4, "platform_case_no", "statement"),
    "dispute_events": ("events", 5, None, "note"),
}


def _other_rowid(table: str, row: str) -> str:
    return f"{OTHERS} + (({row}.id << 3) | {RECORDS[table][1]})"


def _other_select(table: str, row: str) -> tuple[str, str]:
    """SELECT the document of `row` (`new` in a trigger, a table alias in the backfill), if it has any text."""
    _stem, _code, ident, notes = RECORDS[table]
    ident_sql = f"{row}.{ident} || {END}" if ident else "NULL"
    present = " OR ".join(f"{row}.{c} IS NOT NULL" for c in (ident, notes) if c)
    return f"SELECT {_other_rowid(table, row)}, {ident_sql}, {row}.{notes} || {END}", present


def _other_doc(table: str) -> str:
    values, present = _other_select(table, "new")
    return f"""
    INSERT INTO search_index (rowid, ident, notes) {values} WHERE {present};"""


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN{body}\nEND"


def _delete(rowid: str) -> str:
    return f"\n    DELETE FROM search_index WHERE rowid = {rowid};"


def triggers() -> list[str]:
    made = [
        _trigger("search_orders_insert", "INSERT", "orders", _order_doc("new.id")),
        _trigger(
            "search_orders_update", "UPDATE OF order_no, notes", "orders", _delete("old.id << 6") + _order_doc("new.id")
        ),
        _trigger("search_orders_delete", "DELETE", "orders", _delete("old.id << 6")),
        _trigger("search_lines_insert", "INSERT", "order_lines", _line_doc("new")),
        _trigger(
            "search_lines_update",
            "UPDATE OF order_id, line_no, item, sku",
            "order_lines",
            _delete(_line_rowid("old")) + _line_doc("new"),
        ),
        _trigger("search_lines_delete", "DELETE", "order_lines", _delete(_line_rowid("old"))),
    ]
    # Tracking numbers are part of their order's document: a change rebuilds it.
    rebuild_new = _delete("new.order_id << 6") + _order_doc("new.order_id")
    rebuild_old = _delete("old.order_id << 6") + _order_doc("old.order_id")
    made += [
        _trigger("search_tracking_insert", "INSERT", "tracking_numbers", rebuild_new),
        _trigger("search_tracking_update", "UPDATE OF order_id, number", "tracking_numbers", rebuild_old + rebuild_new),
        _trigger("search_tracking_delete", "DELETE", "tracking_numbers", rebuild_old),
    ]
    for table, (stem, _code, ident, notes) in RECORDS.items():
        columns = ", ".join(c for c in ("id", ident, notes) if c)
        gone = _delete(_other_rowid(table, "old"))
        made += [
            _trigger(f"search_{stem}_insert", "INSERT", table, _other_doc(table)),
            _trigger(f"search_{stem}_update", f"UPDATE OF {columns}", table, gone + _other_doc(table)),
            _trigger(f"search_{stem}_delete", "DELETE", table, gone),
        ]
    return made


def backfill() -> list[str]:
    """Index the rows already in the database, as the triggers would have."""
    made = [
        ORDER_DOC,
        f"INSERT INTO search_index (rowid, item, sku) SELECT {_line_rowid('l')}, l.item || {END}, l.sku || {END} "
        "FROM order_lines l",
    ]
    for table in RECORDS:
        values, present = _other_select(table, "r")
        made.append(f"INSERT INTO search_index (rowid, ident, notes) {values} FROM {table} r WHERE {present}")
    return made


def upgrade() -> None:
    for table, indexes in INDEXES.items():
        for name, columns in indexes.items():
            op.create_index(name, table, columns, unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return  # full-text search is SQLite's FTS5; elsewhere the lists search with ILIKE (see desk.db)
    # `item` first: column 0 needs no column marker in the index, and item names are most of the text.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "item, sku, ident, tracking, notes, tokenize = 'trigram case_sensitive 0', columnsize = 0)"
    )
    # Its vocabulary: the trigrams that begin with a one- or two-character query.
    op.execute("CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row')")
    for statement in backfill():
        op.execute(statement)
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")  # one segment: faster queries
    for statement in triggers():
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Desk does not downgrade; restore a backup from the data folder's backups/")
