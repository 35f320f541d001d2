"""the register of productions and their page numbers

Two new tables, nothing altered: every packet made takes the next free range of page (Bates) numbers of the
business, and the register keeps each such production and each exhibit's numbers in it. Packets made before this
revision were numbered from 1 each and are not in the register.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "productions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("case", sa.String(length=300), nullable=False),
        sa.Column("destination", sa.String(length=120), nullable=False),
        sa.Column("prefix", sa.String(length=20), nullable=False),
        sa.Column("first_number", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("first_number >= 1", name=op.f("ck_productions_first_number_positive")),
        sa.CheckConstraint("last_number >= first_number", name=op.f("ck_productions_range_ordered")),
        sa.CheckConstraint("parts >= 1", name=op.f("ck_productions_parts_positive")),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["disputes.id"], name=op.f("fk_productions_dispute_id_disputes"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["deposit_applications.id"],
            name=op.f("fk_productions_application_id_deposit_applications"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_productions")),
        sa.UniqueConstraint("first_number", name=op.f("uq_productions_first_number")),
    )
    op.create_index(op.f("ix_productions_dispute_id"), "productions", ["dispute_id"])
    op.create_index(op.f("ix_productions_application_id"), "productions", ["application_id"])
    op.create_table(
        "produced_exhibits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("production_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("first_number", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.CheckConstraint("last_number >= first_number", name=op.f("ck_produced_exhibits_range_ordered")),
        sa.CheckConstraint("pages >= 1", name=op.f("ck_produced_exhibits_pages_positive")),
        sa.ForeignKeyConstraint(
            ["production_id"],
            ["productions.id"],
            name=op.f("fk_produced_exhibits_production_id_productions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_produced_exhibits_evidence_id_evidence"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_produced_exhibits")),
    )
    op.create_index(op.f("ix_produced_exhibits_production_id"), "produced_exhibits", ["production_id"])
    op.create_index(op.f("ix_produced_exhibits_evidence_id"), "produced_exhibits", ["evidence_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_produced_exhibits_evidence_id"), "produced_exhibits")
    op.drop_index(op.f("ix_produced_exhibits_production_id"), "produced_exhibits")
    op.drop_table("produced_exhibits")
    op.drop_index(op.f("ix_productions_application_id"), "productions")
    op.drop_index(op.f("ix_productions_dispute_id"), "productions")
    op.drop_table("productions")
