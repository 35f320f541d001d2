"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "insert",
                "update",
                "delete",
                name="audit_action",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_log_prev_hash")),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "photo",
                "video",
                "chat",
                "email",
                "payment_proof",
                "tracking",
                "invoice",
                "screenshot",
                "document",
                "other",
                name="evidence_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("captured_at", sa.DateTime(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "length(sha256) = 64", name=op.f("ck_evidence_sha256_length")
        ),
        sa.CheckConstraint("size >= 0", name=op.f("ck_evidence_size_non_negative")),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_parent_id_evidence"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_parent_id"), ["parent_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_sha256"), ["sha256"], unique=False
        )

    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "base <> quote", name=op.f("ck_exchange_rates_distinct_currencies")
        ),
        sa.CheckConstraint(
            "length(base) = 3 AND upper(base) = base",
            name=op.f("ck_exchange_rates_base_code"),
        ),
        sa.CheckConstraint(
            "length(quote) = 3 AND upper(quote) = quote",
            name=op.f("ck_exchange_rates_quote_code"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint(
            "base",
            "quote",
            "on_date",
            name=op.f("uq_exchange_rates_base_quote_on_date"),
        ),
    )
    op.create_table(
        "member_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_member_accounts_currency_code"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_accounts")),
        sa.UniqueConstraint(
            "provider", "name", name=op.f("uq_member_accounts_provider_name")
        ),
    )
    op.create_table(
        "stores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "platform",
            sa.Enum(
                "aliexpress",
                "1688",
                "taobao",
                "amazon",
                "ebay",
                "temu",
                "shopee",
                "ozon",
                "wildberries",
                "other",
                name="platform",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "closing",
                "closed",
                name="store_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on",
            name=op.f("ck_stores_closed_after_opened"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stores")),
        sa.UniqueConstraint("platform", "name", name=op.f("uq_stores_platform_name")),
    )
    op.create_table(
        "suppliers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "platform",
            sa.Enum(
                "aliexpress",
                "1688",
                "taobao",
                "amazon",
                "ebay",
                "temu",
                "shopee",
                "ozon",
                "wildberries",
                "other",
                name="platform",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("shop_url", sa.String(length=500), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppliers")),
        sa.UniqueConstraint(
            "platform", "name", name=op.f("uq_suppliers_platform_name")
        ),
    )
    op.create_table(
        "deposit_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("deposit_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "in_review",
                "rejected",
                "approved",
                "paid",
                "closed",
                name="deposit_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("arrived_on", sa.Date(), nullable=True),
        sa.Column("arrived_minor", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "arrived_minor >= 0",
            name=op.f("ck_deposit_applications_arrived_minor_non_negative"),
        ),
        sa.CheckConstraint(
            "arrived_minor IS NULL OR arrived_on IS NOT NULL",
            name=op.f("ck_deposit_applications_arrived_needs_date"),
        ),
        sa.CheckConstraint(
            "deposit_minor >= 0",
            name=op.f("ck_deposit_applications_deposit_minor_non_negative"),
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_deposit_applications_currency_code"),
        ),
        sa.ForeignKeyConstraint(
            ["store_id"],
            ["stores.id"],
            name=op.f("fk_deposit_applications_store_id_stores"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_applications")),
    )
    with op.batch_alter_table("deposit_applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deposit_applications_store_id"), ["store_id"], unique=False
        )

    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "platform",
            sa.Enum(
                "aliexpress",
                "1688",
                "taobao",
                "amazon",
                "ebay",
                "temu",
                "shopee",
                "ozon",
                "wildberries",
                "other",
                name="platform",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("order_no", sa.String(length=64), nullable=False),
        sa.Column("supplier_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=True),
        sa.Column("agent_account_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "placed",
                "paid",
                "shipped",
                "delivered",
                "completed",
                "cancelled",
                "closed",
                name="order_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("placed_on", sa.Date(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("shipped_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("shipping_minor", sa.Integer(), nullable=False),
        sa.Column("discount_minor", sa.Integer(), nullable=False),
        sa.Column("protection_ends_override", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "discount_minor >= 0", name=op.f("ck_orders_discount_minor_non_negative")
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_orders_currency_code"),
        ),
        sa.CheckConstraint(
            "shipping_minor >= 0", name=op.f("ck_orders_shipping_minor_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["agent_account_id"],
            ["member_accounts.id"],
            name=op.f("fk_orders_agent_account_id_member_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["store_id"],
            ["stores.id"],
            name=op.f("fk_orders_store_id_stores"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["suppliers.id"],
            name=op.f("fk_orders_supplier_id_suppliers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint(
            "platform", "order_no", name=op.f("uq_orders_platform_order_no")
        ),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_orders_agent_account_id"), ["agent_account_id"], unique=False
        )
        batch_op.create_index(
            "ix_orders_placed_on_id", ["placed_on", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_orders_store_id"), ["store_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_orders_supplier_id"), ["supplier_id"], unique=False
        )

    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "platform_coupon",
                "store_voucher",
                name="coupon_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=64), nullable=True),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "amount_minor >= 0", name=op.f("ck_coupons_amount_minor_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_coupons_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupons")),
    )
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coupons_order_id"), ["order_id"], unique=False
        )

    op.create_table(
        "deposit_checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["deposit_applications.id"],
            name=op.f("fk_deposit_checklist_items_application_id_deposit_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_checklist_items")),
        sa.UniqueConstraint(
            "application_id",
            "code",
            name=op.f("uq_deposit_checklist_items_application_id_code"),
        ),
    )
    op.create_table(
        "deposit_prerequisites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["deposit_applications.id"],
            name=op.f("fk_deposit_prerequisites_application_id_deposit_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_prerequisites")),
        sa.UniqueConstraint(
            "application_id",
            "code",
            name=op.f("uq_deposit_prerequisites_application_id_code"),
        ),
    )
    op.create_table(
        "deposit_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "pending",
                "rejected",
                "approved",
                name="submission_outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "outcome <> 'rejected' OR reason IS NOT NULL",
            name=op.f("ck_deposit_submissions_rejection_has_reason"),
        ),
        sa.CheckConstraint(
            "decided_on IS NULL OR decided_on >= submitted_on",
            name=op.f("ck_deposit_submissions_decided_after_submitted"),
        ),
        sa.CheckConstraint(
            "seq >= 1", name=op.f("ck_deposit_submissions_seq_positive")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["deposit_applications.id"],
            name=op.f("fk_deposit_submissions_application_id_deposit_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_submissions")),
        sa.UniqueConstraint(
            "application_id",
            "seq",
            name=op.f("uq_deposit_submissions_application_id_seq"),
        ),
    )
    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=500), nullable=False),
        sa.Column("sku", sa.String(length=120), nullable=True),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("unit_price_minor", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "line_no >= 1", name=op.f("ck_order_lines_line_no_positive")
        ),
        sa.CheckConstraint("qty >= 1", name=op.f("ck_order_lines_qty_positive")),
        sa.CheckConstraint(
            "unit_price_minor >= 0",
            name=op.f("ck_order_lines_unit_price_minor_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_lines_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_lines")),
        sa.UniqueConstraint(
            "order_id", "line_no", name=op.f("uq_order_lines_order_id_line_no")
        ),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "card",
                "debit_card",
                "paypal",
                "alipay",
                "wechat_pay",
                "balance",
                "gift_card",
                "apple_pay",
                "amazon_pay",
                "cod",
                "wire",
                "western_union",
                "moneygram",
                "webmoney",
                "qiwi",
                "other",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.CheckConstraint(
            "amount_minor > 0", name=op.f("ck_payments_amount_positive")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_payments_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payments_order_id"), ["order_id"], unique=False
        )

    op.create_table(
        "tracking_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.String(length=80), nullable=True),
        sa.Column("shipped_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_tracking_numbers_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracking_numbers")),
        sa.UniqueConstraint(
            "order_id", "number", name=op.f("uq_tracking_numbers_order_id_number")
        ),
    )
    with op.batch_alter_table("tracking_numbers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tracking_numbers_number"), ["number"], unique=False
        )

    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_line_id", sa.Integer(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "not_received",
                "not_as_described",
                "damaged",
                "wrong_item",
                "wrong_quantity",
                "not_shipped_in_time",
                "seller_fraud",
                "other",
                name="dispute_reason",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "want",
            sa.Enum(
                "refund",
                "return_refund",
                name="dispute_want",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "state",
            sa.Enum(
                "open",
                "seller_responded",
                "offer",
                "escalated",
                "decided",
                "refund_pending",
                "refunded",
                "closed",
                name="dispute_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("claimed_minor", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "won",
                "partially_won",
                "lost",
                "settled",
                "withdrawn",
                name="dispute_outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("won_minor", sa.Integer(), nullable=True),
        sa.Column("platform_case_no", sa.String(length=64), nullable=True),
        sa.Column("statement", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "claimed_minor >= 0", name=op.f("ck_disputes_claimed_minor_non_negative")
        ),
        sa.CheckConstraint(
            "won_minor >= 0", name=op.f("ck_disputes_won_minor_non_negative")
        ),
        sa.CheckConstraint(
            "won_minor IS NULL OR outcome IS NOT NULL",
            name=op.f("ck_disputes_won_needs_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["order_line_id"],
            ["order_lines.id"],
            name=op.f("fk_disputes_order_line_id_order_lines"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputes")),
    )
    with op.batch_alter_table("disputes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_disputes_order_line_id"), ["order_line_id"], unique=False
        )
        batch_op.create_index(
            "uq_disputes_open_per_line",
            ["order_line_id"],
            unique=True,
            sqlite_where=sa.text("state NOT IN ('refunded', 'closed')"),
            postgresql_where=sa.text("state NOT IN ('refunded', 'closed')"),
        )

    op.create_table(
        "dispute_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "opened",
                "seller_answered",
                "offer",
                "offer_accepted",
                "offer_rejected",
                "escalated",
                "decided",
                "refund_sent",
                "refund_received",
                "closed",
                "note",
                name="dispute_event_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "amount_minor >= 0",
            name=op.f("ck_dispute_events_amount_minor_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["dispute_id"],
            ["disputes.id"],
            name=op.f("fk_dispute_events_dispute_id_disputes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_events")),
    )
    with op.batch_alter_table("dispute_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dispute_events_dispute_id"), ["dispute_id"], unique=False
        )

    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "funds_added",
                "order_payment",
                "cost_return",
                "withdrawal",
                "withdrawal_fee",
                "adjustment_in",
                "adjustment_out",
                name="ledger_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "credit_card",
                "western_union",
                "moneygram",
                "bank_transfer",
                "paypal",
                "alipay",
                "other",
                name="channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "withdrawal_status",
            sa.Enum(
                "requested",
                "done",
                "refused",
                "cancelled",
                name="withdrawal_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("dispute_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'withdrawal') = (withdrawal_status IS NOT NULL)",
            name=op.f("ck_ledger_entries_status_only_for_withdrawals"),
        ),
        sa.CheckConstraint(
            "channel IS NOT NULL OR kind NOT IN ('funds_added', 'withdrawal')",
            name=op.f("ck_ledger_entries_channel_for_transfers"),
        ),
        sa.CheckConstraint(
            "amount_minor > 0", name=op.f("ck_ledger_entries_amount_positive")
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_ledger_entries_currency_code"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["member_accounts.id"],
            name=op.f("fk_ledger_entries_account_id_member_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dispute_id"],
            ["disputes.id"],
            name=op.f("fk_ledger_entries_dispute_id_disputes"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_ledger_entries_order_id_orders"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_dispute_id"), ["dispute_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_order_id"), ["order_id"], unique=False
        )

    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=True),
        sa.Column(
            "cause",
            sa.Enum(
                "dispute",
                "cancellation",
                "out_of_stock",
                "return",
                "not_shipped",
                "other",
                name="refund_cause",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "cause <> 'dispute' OR dispute_id IS NOT NULL",
            name=op.f("ck_refunds_dispute_cause_has_dispute"),
        ),
        sa.ForeignKeyConstraint(
            ["dispute_id"],
            ["disputes.id"],
            name=op.f("fk_refunds_dispute_id_disputes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_refunds_order_id_orders"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
    )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_refunds_dispute_id"), ["dispute_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_refunds_order_id"), ["order_id"], unique=False
        )

    op.create_table(
        "evidence_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("dispute_id", sa.Integer(), nullable=True),
        sa.Column("refund_id", sa.Integer(), nullable=True),
        sa.Column("checklist_item_id", sa.Integer(), nullable=True),
        sa.Column("exhibit_label", sa.String(length=16), nullable=True),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            # Booleans cast to count them: PostgreSQL (team mode) does not add booleans as SQLite does.
            "CAST(order_id IS NOT NULL AS INTEGER) + CAST(dispute_id IS NOT NULL AS INTEGER)"
            " + CAST(refund_id IS NOT NULL AS INTEGER) + CAST(checklist_item_id IS NOT NULL AS INTEGER) = 1",
            name=op.f("ck_evidence_links_exactly_one_case"),
        ),
        sa.ForeignKeyConstraint(
            ["checklist_item_id"],
            ["deposit_checklist_items.id"],
            name=op.f("fk_evidence_links_checklist_item_id_deposit_checklist_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dispute_id"],
            ["disputes.id"],
            name=op.f("fk_evidence_links_dispute_id_disputes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_links_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_evidence_links_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["refunds.id"],
            name=op.f("fk_evidence_links_refund_id_refunds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_links")),
        sa.UniqueConstraint(
            "evidence_id",
            "order_id",
            "dispute_id",
            "refund_id",
            "checklist_item_id",
            name=op.f(
                "uq_evidence_links_evidence_id_order_id_dispute_id_refund_id_checklist_item_id"
            ),
        ),
    )
    with op.batch_alter_table("evidence_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_links_checklist_item_id"),
            ["checklist_item_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_links_dispute_id"), ["dispute_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_links_order_id"), ["order_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_links_refund_id"), ["refund_id"], unique=False
        )

    op.create_table(
        "refund_parts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("refund_id", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "card",
                "debit_card",
                "paypal",
                "alipay",
                "wechat_pay",
                "balance",
                "gift_card",
                "apple_pay",
                "amazon_pay",
                "cod",
                "wire",
                "western_union",
                "moneygram",
                "webmoney",
                "qiwi",
                "other",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("expected_minor", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("received_minor", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.CheckConstraint(
            "expected_minor >= 0",
            name=op.f("ck_refund_parts_expected_minor_non_negative"),
        ),
        sa.CheckConstraint(
            "received_minor >= 0",
            name=op.f("ck_refund_parts_received_minor_non_negative"),
        ),
        sa.CheckConstraint(
            "received_minor IS NULL OR received_on IS NOT NULL",
            name=op.f("ck_refund_parts_received_needs_date"),
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["refunds.id"],
            name=op.f("fk_refund_parts_refund_id_refunds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_parts")),
        sa.UniqueConstraint(
            "refund_id", "method", name=op.f("uq_refund_parts_refund_id_method")
        ),
    )


def downgrade() -> None:
    # A migration never drops user data: going back is restoring a backup from `backups/`.
    raise NotImplementedError("Desk does not downgrade; restore a backup from the data folder's backups/")
