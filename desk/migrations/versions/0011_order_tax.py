"""an order's tax, and who collected it

Exports name the sales tax or VAT of an order apart from its goods: eBay's "eBay Collected Tax" (the platform
collects and remits it), Amazon's "Unit Price Tax", a shop's VAT. An order's total is its lines, shipping and tax
less its discount; `tax_collector` says whether the platform or the seller took the tax (NULL when there is none or
nobody said). Existing orders get no tax: what they had is kept as it was.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added in place: rebuilding `orders` would drop the search index's triggers on it (revision 0003). The
    # columns' checks are the code's (the import and order editing refuse a negative tax), as for revision 0008.
    with op.batch_alter_table("orders", recreate="never") as batch:
        batch.add_column(sa.Column("tax_minor", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("tax_collector", sa.Enum("platform", "seller", name="tax_collector", native_enum=False))
        )


def downgrade() -> None:
    with op.batch_alter_table("orders", recreate="never") as batch:
        batch.drop_column("tax_collector")
        batch.drop_column("tax_minor")
