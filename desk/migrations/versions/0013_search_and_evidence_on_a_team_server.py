"""search and evidence files on a team server

On PostgreSQL (team mode) the search reads a table of its own, `search_docs`, with the layout of SQLite's full-text
index (revision 0003, described in `desk.db`'s "Full-text search" section): the same rowids and the same five
columns, kept current by triggers on every table it reads, so that every write path, ORM or Core, updates it. Its
`document` column is the five joined by U+001F, under a trigram index (pg_trgm), so that a case-insensitive
substring (ILIKE) of three or more characters, in any script, is found through the index; a shorter one (a
two-character Chinese word) is matched without it.

Evidence files are kept on the server too (`desk.server_vault`): `evidence_chunks` holds each file as 1 MiB pieces
under its sha256, stored as they are (photos and videos are compressed already). Nothing changes on SQLite.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OTHERS = "2305843009213693952"  # 2^61: where the rowids of records other than orders and their lines start

# table: (kind code, ident expression, notes expression), each of the row `r`
RECORDS = {
    "suppliers": (3, "r.name", "r.notes"),
    "disputes": (4, "r.platform_case_no", "r.statement"),
    "dispute_events": (5, "NULL", "r.note"),
    "evidence": (6, "r.original_name", "nullif(trim(coalesce(r.description, '') || ' ' || coalesce(r.text_content, '')), '')"),
}

TABLE = """CREATE TABLE search_docs (
    rowid bigint PRIMARY KEY,
    item text, sku text, ident text, tracking text, notes text,
    document text GENERATED ALWAYS AS (
        coalesce(item, '') || E'\\x1f' || coalesce(sku, '') || E'\\x1f' || coalesce(ident, '') || E'\\x1f'
        || coalesce(tracking, '') || E'\\x1f' || coalesce(notes, '')
    ) STORED
)"""

ORDER_DOC = """CREATE FUNCTION search_order_doc(order_id bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_docs WHERE rowid = order_id << 6;
    INSERT INTO search_docs (rowid, ident, tracking, notes)
        SELECT o.id::bigint << 6, o.order_no,
               (SELECT string_agg(t.number, ' ' ORDER BY t.id) FROM tracking_numbers t WHERE t.order_id = o.id),
               o.notes
        FROM orders o WHERE o.id = order_id;
END $$"""

LINE_ROWID = f"CASE WHEN r.line_no < 64 THEN (r.order_id::bigint << 6) | r.line_no ELSE {OTHERS} + ((r.id::bigint << 3) | 1) END"


def _trigger(table: str, function: str, body: str, columns: str | None = None) -> list[str]:
    update = f"UPDATE OF {columns}" if columns else "UPDATE"
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE r record;\nBEGIN\n{body}\n"
        "    RETURN NULL;\nEND $$",
        f"CREATE TRIGGER {function} AFTER INSERT OR {update} OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _other_rowid(table: str) -> str:
    return f"{OTHERS} + ((r.id::bigint << 3) | {RECORDS[table][0]})"


def _other_insert(table: str, source: str = "") -> str:
    """Index the record `r` (a trigger's row, or with `source` every row of the table) when it has any text."""
    _code, ident, notes = RECORDS[table]
    return (
        f"INSERT INTO search_docs (rowid, ident, notes) SELECT {_other_rowid(table)}, {ident}, {notes} {source}"
        f"WHERE {ident} IS NOT NULL OR {notes} IS NOT NULL"
    )


def statements() -> list[str]:
    made = [TABLE, "CREATE INDEX ix_search_docs_document ON search_docs USING gin (document gin_trgm_ops)", ORDER_DOC]
    made += _trigger(
        "orders",
        "search_orders",
        "    IF TG_OP = 'DELETE' THEN DELETE FROM search_docs WHERE rowid = OLD.id::bigint << 6;\n"
        "    ELSE PERFORM search_order_doc(NEW.id); END IF;",
        "order_no, notes",
    )
    made += _trigger(
        "tracking_numbers",
        "search_tracking",
        "    IF TG_OP <> 'INSERT' THEN PERFORM search_order_doc(OLD.order_id); END IF;\n"
        "    IF TG_OP <> 'DELETE' THEN PERFORM search_order_doc(NEW.order_id); END IF;",
    )
    made += _trigger(
        "order_lines",
        "search_lines",
        f"    IF TG_OP <> 'INSERT' THEN r := OLD; DELETE FROM search_docs WHERE rowid = {LINE_ROWID}; END IF;\n"
        f"    IF TG_OP <> 'DELETE' THEN r := NEW;\n"
        f"        INSERT INTO search_docs (rowid, item, sku) VALUES ({LINE_ROWID}, r.item, r.sku); END IF;",
        "order_id, line_no, item, sku",
    )
    for table in RECORDS:
        made += _trigger(
            table,
            f"search_{table}",
            f"    IF TG_OP <> 'INSERT' THEN r := OLD; DELETE FROM search_docs WHERE rowid = {_other_rowid(table)}; END IF;\n"
            f"    IF TG_OP <> 'DELETE' THEN r := NEW; {_other_insert(table)}; END IF;",
        )
    return made


def backfill() -> list[str]:
    """Index the rows already in the database, as the triggers would have."""
    made = [
        "INSERT INTO search_docs (rowid, ident, tracking, notes) SELECT o.id::bigint << 6, o.order_no, "
        "(SELECT string_agg(t.number, ' ' ORDER BY t.id) FROM tracking_numbers t WHERE t.order_id = o.id), o.notes "
        "FROM orders o",
        f"INSERT INTO search_docs (rowid, item, sku) SELECT {LINE_ROWID}, r.item, r.sku FROM order_lines r",
    ]
    return made + [_other_insert(table, f"FROM {table} r ") for table in RECORDS]


CHUNKS = (
    "CREATE TABLE evidence_chunks (sha256 char(64) NOT NULL, seq integer NOT NULL, data bytea NOT NULL, "
    "PRIMARY KEY (sha256, seq))",
    "ALTER TABLE evidence_chunks ALTER COLUMN data SET STORAGE EXTERNAL",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite searches its FTS5 index (revisions 0003 and 0004); its folder keeps the evidence files
    for statement in CHUNKS:
        op.execute(statement)
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for statement in statements():
        op.execute(statement)
    for statement in backfill():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("orders", "tracking_numbers", "order_lines", *RECORDS):
        function = {"orders": "search_orders", "tracking_numbers": "search_tracking", "order_lines": "search_lines"}.get(
            table, f"search_{table}"
        )
        op.execute(f"DROP TRIGGER {function} ON {table}")
        op.execute(f"DROP FUNCTION {function}()")
    op.execute("DROP FUNCTION search_order_doc(bigint)")
    op.execute("DROP TABLE search_docs")
    op.execute("DROP TABLE evidence_chunks")  # pg_trgm stays installed: dropping it could break what else uses it
