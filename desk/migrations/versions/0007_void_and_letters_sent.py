"""void records, letters sent, what evidence shows

Columns only, nothing dropped: who voided a record, when and why, on every record a user makes by hand (a voided
record is kept with its history and can be restored); the day a letter was sent and how; what the user confirmed a
piece of evidence shows. The one-open-dispute-per-line index leaves voided disputes out.

Letters made before this revision were counted as sent the day they were made: they keep that meaning (sent on
their made day, channel unknown).

Every change is one SQLite can make in place (`recreate="never"`): rebuilding a table would drop the search
index's triggers on it (revision 0003).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VOIDABLE = (
    "orders",
    "disputes",
    "dispute_events",
    "refunds",
    "evidence",
    "deposit_applications",
    "member_accounts",
    "ledger_entries",
    "exchange_rates",
    "dispute_letters",
)

_OPEN = "state NOT IN ('refunded', 'closed')"


def _open_per_line(batch: object, where: str) -> None:
    batch.create_index(  # type: ignore[attr-defined]
        "uq_disputes_open_per_line",
        ["order_line_id"],
        unique=True,
        sqlite_where=sa.text(where),
        postgresql_where=sa.text(where),
    )


def upgrade() -> None:
    for table in VOIDABLE:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("voided_at", sa.DateTime(), nullable=True))
            batch.add_column(sa.Column("voided_by", sa.String(length=120), nullable=True))
            batch.add_column(sa.Column("void_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("dispute_letters", recreate="never") as batch:
        batch.add_column(sa.Column("sent_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("sent_via", sa.String(length=40), nullable=True))
    with op.batch_alter_table("evidence", recreate="never") as batch:
        batch.add_column(sa.Column("shows", sa.String(length=80), nullable=True))
    with op.batch_alter_table("disputes", recreate="never") as batch:
        batch.drop_index("uq_disputes_open_per_line")
        _open_per_line(batch, f"{_OPEN} AND voided_at IS NULL")
    op.execute("UPDATE dispute_letters SET sent_on = made_on, sent_via = NULL")


def downgrade() -> None:
    # Voided records become plain records again: a voided open dispute would then block its line's real one.
    with op.batch_alter_table("disputes", recreate="never") as batch:
        batch.drop_index("uq_disputes_open_per_line")
        _open_per_line(batch, _OPEN)
    with op.batch_alter_table("evidence", recreate="never") as batch:
        batch.drop_column("shows")
    with op.batch_alter_table("dispute_letters", recreate="never") as batch:
        batch.drop_column("sent_via")
        batch.drop_column("sent_on")
    for table in VOIDABLE:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("void_reason")
            batch.drop_column("voided_by")
            batch.drop_column("voided_at")
