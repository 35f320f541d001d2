"""Alembic migrations shipped inside the package; `HEAD` lets an up-to-date folder open without loading Alembic."""

HEAD = "0014"

# Tables that revisions 0003 and 0013 create with raw SQL and no model declares: on SQLite the FTS5 full-text index,
# the tables FTS5 keeps its data in, and its vocabulary; on a team server (PostgreSQL) its search table. Alembic's
# compare must not take them for tables to drop.
SEARCH_TABLES = frozenset(
    {
        "search_index",
        "search_index_data",
        "search_index_idx",
        "search_index_content",
        "search_index_docsize",
        "search_index_config",
        "search_terms",
        "search_docs",
        "evidence_chunks",  # not a search table: team mode's evidence files (desk.server_vault), raw SQL as well
    }
)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's `include_name` hook: everything but the full-text search tables (see `SEARCH_TABLES`)."""
    return not (type_ == "table" and name in SEARCH_TABLES)
