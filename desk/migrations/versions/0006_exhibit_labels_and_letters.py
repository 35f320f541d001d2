"""exhibit labels and dispute letters

Two new tables, nothing altered: the label each piece of evidence keeps in a dispute's packets (so "Exhibit C" names
the same file in every packet and letter), and the escalation letters made for a dispute, each kept as evidence.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exhibit_labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("seq >= 1", name=op.f("ck_exhibit_labels_seq_positive")),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["disputes.id"], name=op.f("fk_exhibit_labels_dispute_id_disputes"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_exhibit_labels_evidence_id_evidence"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibit_labels")),
        sa.UniqueConstraint("dispute_id", "evidence_id", name=op.f("uq_exhibit_labels_dispute_id_evidence_id")),
        sa.UniqueConstraint("dispute_id", "label", name=op.f("uq_exhibit_labels_dispute_id_label")),
    )
    op.create_index(op.f("ix_exhibit_labels_dispute_id"), "exhibit_labels", ["dispute_id"])
    op.create_index(op.f("ix_exhibit_labels_evidence_id"), "exhibit_labels", ["evidence_id"])
    op.create_table(
        "dispute_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("reply_by", sa.Date(), nullable=True),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["disputes.id"], name=op.f("fk_dispute_letters_dispute_id_disputes"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_dispute_letters_evidence_id_evidence"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_letters")),
    )
    op.create_index(op.f("ix_dispute_letters_dispute_id"), "dispute_letters", ["dispute_id"])
    op.create_index(op.f("ix_dispute_letters_evidence_id"), "dispute_letters", ["evidence_id"])


def downgrade() -> None:
    raise NotImplementedError("Desk does not downgrade; restore a backup from the data folder's backups/")
