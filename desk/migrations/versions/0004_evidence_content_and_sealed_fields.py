"""evidence content and sealed fields

Evidence gets what was read from its file (`details`: an e-mail's headers, a photo's camera), its text for the
search (`text_content`: an e-mail's body) and a `warning` when its content is not what its name says. The
full-text index gets evidence documents (kind 6 in `desk.db`'s layout: `ident` = the file's name, `notes` = its
description and text), kept by triggers like the others.

Sensitive fields (seed 003: a deposit's bank account and business licence; a member account's withdrawal account)
are stored sealed by `desk.sealing`: ciphertext only, the key in the OS keyring.

Columns are added with ALTER TABLE ADD COLUMN: no table is rebuilt, so the search triggers of revision 0003 stay.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

END = "char(31, 31)"  # the end-of-field mark (see revision 0003)
ROWID = "2305843009213693952 + (({row}.id << 3) | 6)"


def _document(row: str) -> str:
    notes = f"trim(coalesce({row}.description, '') || ' ' || coalesce({row}.text_content, ''))"
    return f"SELECT {ROWID.format(row=row)}, {row}.original_name || {END}, {notes} || {END}"


def _insert(row: str) -> str:
    return f"\n    INSERT INTO search_index (rowid, ident, notes) {_document(row)};"


def _delete(row: str) -> str:
    return f"\n    DELETE FROM search_index WHERE rowid = {ROWID.format(row=row)};"


TRIGGERS = (
    f"CREATE TRIGGER search_evidence_insert AFTER INSERT ON evidence BEGIN{_insert('new')}\nEND",
    "CREATE TRIGGER search_evidence_update AFTER UPDATE OF id, original_name, description, text_content "
    f"ON evidence BEGIN{_delete('old')}{_insert('new')}\nEND",
    f"CREATE TRIGGER search_evidence_delete AFTER DELETE ON evidence BEGIN{_delete('old')}\nEND",
)


def upgrade() -> None:
    op.add_column("evidence", sa.Column("warning", sa.Text(), nullable=True))
    op.add_column("evidence", sa.Column("details", sa.JSON(), nullable=True))
    op.add_column("evidence", sa.Column("text_content", sa.Text(), nullable=True))
    op.add_column("member_accounts", sa.Column("withdrawal_account_sealed", sa.Text(), nullable=True))
    op.add_column("deposit_applications", sa.Column("bank_account_sealed", sa.Text(), nullable=True))
    op.add_column("deposit_applications", sa.Column("licence_no_sealed", sa.Text(), nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"INSERT INTO search_index (rowid, ident, notes) {_document('e')} FROM evidence e")
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Desk does not downgrade; restore a backup from the data folder's backups/")
