"""a letter's language versions are one letter

A letter made in English, Chinese and Russian was three letters: each cited the others as sent and enclosed them.
Now each language is a version of one letter: `version_of` points at the letter's first version (its number).

Existing letters are grouped as they were meant: the rows of one dispute, one kind and one day that are not voided
become the versions of one letter (the first made is the letter; voided rows stay letters of their own). Versions
are sent together: a version without a sent date takes the earliest one of its letter's (a date already there is
kept). Nothing is dropped. The table is rebuilt to add the column's foreign key (no search trigger is on it).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dispute_letters") as batch:
        batch.add_column(sa.Column("version_of", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_dispute_letters_version_of"), ["version_of"])
        batch.create_foreign_key(
            batch.f("fk_dispute_letters_version_of_dispute_letters"), "dispute_letters", ["version_of"], ["id"]
        )
    _group_existing(op.get_bind())


def _group_existing(bind: sa.engine.Connection) -> None:
    letters = sa.table(
        "dispute_letters",
        sa.column("id", sa.Integer()),
        sa.column("dispute_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("made_on", sa.Date()),
        sa.column("sent_on", sa.Date()),
        sa.column("sent_via", sa.String()),
        sa.column("voided_at", sa.DateTime()),
        sa.column("version_of", sa.Integer()),
    )
    rows = bind.execute(
        sa.select(letters.c.id, letters.c.dispute_id, letters.c.kind, letters.c.made_on, letters.c.sent_on,
                  letters.c.sent_via)
        .where(letters.c.voided_at.is_(None))
        .order_by(letters.c.id)
    ).all()  # fmt: skip
    groups: dict[tuple[object, ...], list[sa.Row[tuple[object, ...]]]] = {}
    for row in rows:
        groups.setdefault((row.dispute_id, row.kind, row.made_on), []).append(row)
    for versions in groups.values():
        first = versions[0]
        sent = [v for v in versions if v.sent_on is not None]
        earliest = min(sent, key=lambda v: (v.sent_on, v.id)) if sent else None
        for version in versions:
            values: dict[str, object] = {}
            if version.id != first.id:
                values["version_of"] = first.id
            if earliest is not None and version.sent_on is None:
                values.update(sent_on=earliest.sent_on, sent_via=earliest.sent_via)
            if values:
                bind.execute(sa.update(letters).where(letters.c.id == version.id).values(**values))


def downgrade() -> None:
    # The versions become letters of their own again (as they were before); their sent dates stay.
    with op.batch_alter_table("dispute_letters") as batch:
        batch.drop_constraint(batch.f("fk_dispute_letters_version_of_dispute_letters"), type_="foreignkey")
        batch.drop_index(batch.f("ix_dispute_letters_version_of"))
        batch.drop_column("version_of")
