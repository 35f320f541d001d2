"""Alembic migrations shipped inside the package; `HEAD` lets an up-to-date folder open without loading Alembic."""

HEAD = "0012"

# Tables that revision 0003 creates with raw SQL and no model declares: the FTS5 full-text index, the tables
# FTS5 keeps its data in, and its vocabulary. Alembic's compare must not take them for tables to drop.
SEARCH_TABLES = frozenset(
    {
        "search_index",
        "search_index_data",
        "search_index_idx",
        "search_index_content",
        "search_index_docsize",
        "search_index_config",
        "search_terms",
    }
)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's `include_name` hook: everything but the full-text search tables (see `SEARCH_TABLES`)."""
    return not (type_ == "table" and name in SEARCH_TABLES)
