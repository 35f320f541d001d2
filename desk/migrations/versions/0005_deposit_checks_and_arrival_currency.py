"""deposit checks and arrival currency

A deposit application's prerequisites say how each is checked (`checked_by`: the user's confirmation, or Desk's
own orders or disputes of the store) and, like its checklist items, cite the policy they came from (`source`,
seed 003). The money that arrives keeps its currency (`arrived_currency`): a bank that converts pays in another
one, and the difference from the deposit is then one of exchange.

Columns are added with ALTER TABLE ADD COLUMN only: no table is rebuilt (tables with search triggers would lose
them; the deposit tables have none, but the rule is kept). Allowed values are checked by the code.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("deposit_applications", sa.Column("arrived_currency", sa.String(length=3), nullable=True))
    op.add_column("deposit_prerequisites", sa.Column("checked_by", sa.String(length=32), nullable=True))
    op.add_column("deposit_prerequisites", sa.Column("source", sa.Text(), nullable=True))
    op.add_column("deposit_checklist_items", sa.Column("source", sa.Text(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Desk does not downgrade; restore a backup from the data folder's backups/")
