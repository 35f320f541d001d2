"""who may see each item: an audience on dispute events, evidence and letters

Each of them gets `audience` — external (may go to the other side), counsel (our staff and our lawyer) or internal
(our staff only) — in place of the old `internal` flag. The flag meant "never for the supplier or the platform, but
in the packet for counsel", which is what counsel means now: items marked internal become counsel items, so every
document shows what it showed before. A letter to our own lawyer (the ladder's rung "lawyer_cover") is counsel.

Every change is one SQLite can make in place (`recreate="never"`): rebuilding a table would drop the search
index's triggers on it (revision 0003). The old column is dropped only after its value was copied.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FLAGGED = ("evidence", "dispute_events")
COUNSEL_LETTERS = ("lawyer_cover",)  # the rungs addressed to our lawyer when this revision was written


def _audience() -> sa.Column:  # type: ignore[type-arg]
    kind = sa.Enum("external", "counsel", "internal", name="audience", native_enum=False, length=8)
    return sa.Column("audience", kind, nullable=False, server_default="external")


def upgrade() -> None:
    for table in (*FLAGGED, "dispute_letters"):
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(_audience())
    for table in FLAGGED:
        op.execute(f"UPDATE {table} SET audience = 'counsel' WHERE internal")  # noqa: S608 - names of our own
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("internal")
    kinds = ", ".join(f"'{k}'" for k in COUNSEL_LETTERS)
    op.execute(f"UPDATE dispute_letters SET audience = 'counsel' WHERE kind IN ({kinds})")  # noqa: S608


def downgrade() -> None:
    # Both counsel and internal items were kept from the other side: both become internal again.
    for table in FLAGGED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("internal", sa.Boolean(), nullable=False, server_default=sa.false()))
        op.execute(f"UPDATE {table} SET internal = (audience != 'external')")  # noqa: S608
    for table in (*FLAGGED, "dispute_letters"):
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("audience")
