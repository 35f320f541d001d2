"""reminders answered: snoozed or dismissed

Reminders are derived from the deadlines each time they are shown; this table keeps only what someone answered to
one step of one deadline's ladder (snoozed until a day, or dismissed), so that the answer holds the next day.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("lead", sa.Integer(), nullable=False),
        sa.Column(
            "answer",
            sa.Enum("snoozed", "dismissed", name="reminder_answer", native_enum=False, create_constraint=True, length=9),
            nullable=False,
        ),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_responses")),
        sa.UniqueConstraint("case_key", "kind", "due", "lead", name=op.f("uq_reminder_responses_case_key_kind_due_lead")),
    )


def downgrade() -> None:
    op.drop_table("reminder_responses")
