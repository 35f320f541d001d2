"""Alembic environment: run from code with our connection (Config.attributes), batch mode for SQLite."""

from alembic import context

from desk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Desk runs its migrations from code: pass a connection in Config.attributes")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
