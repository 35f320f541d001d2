"""Alembic environment: run from code with our connection (Config.attributes), batch mode for SQLite."""

from alembic import context

from desk.migrations import include_name
from desk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Desk runs its migrations from code: pass a connection in Config.attributes")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,  # the FTS5 tables are raw SQL on purpose (revision 0003)
)
with context.begin_transaction():
    context.run_migrations()
