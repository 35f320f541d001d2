"""record versions

Each record people edit in forms gets a version (`desk.models.base.Versioned`): SQLAlchemy raises it at every update
of its row, and an edit made from a form names the version it showed, so that on a team server saving over another
desk's change is refused with both versions instead of undoing it unseen. Existing rows start at version 1. The
columns are added in place (`recreate="never"`): rebuilding a table would drop the search triggers on it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "orders",
    "disputes",
    "refunds",
    "evidence",
    "suppliers",
    "stores",
    "member_accounts",
    "deposit_applications",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("version")
