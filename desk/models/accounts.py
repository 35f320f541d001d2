"""A member account at a purchase agent or platform: a ledger whose balance is the sum of its entries (seed 000)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    case,
    func,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import METHOD_LABELS, Base, Versioned, Voidable, currency_checks, enum_column
from desk.money import Money

if TYPE_CHECKING:
    from desk.models.disputes import Dispute
    from desk.models.orders import Order


class MemberAccount(Versioned, Voidable, Base):
    __tablename__ = "member_accounts"
    __table_args__ = (UniqueConstraint("provider", "name"), *currency_checks("currency"))

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(120))  # the agent or platform that keeps the account
    name: Mapped[str] = mapped_column(String(120))  # our login / member name there
    currency: Mapped[str] = mapped_column(String(3))
    notes: Mapped[str | None] = mapped_column(Text)
    # Where withdrawals go (a bank account or Alipay ID): sensitive, stored sealed (desk.sealing), shown masked.
    withdrawal_account_sealed: Mapped[str | None] = mapped_column(Text)

    entries: Mapped[list[LedgerEntry]] = relationship(
        back_populates="account", cascade="all, delete-orphan", order_by="(LedgerEntry.on_date, LedgerEntry.id)"
    )

    def balance(self) -> Money:
        """The sum of the entries in the account's own currency (entries in other currencies are converted
        by the caller at their dated rate; here they are refused rather than guessed)."""
        total = Money.zero(self.currency)
        for entry in self.entries:
            if entry.counts_in_balance:
                total += entry.signed
        return total


class LedgerKind(enum.StrEnum):
    FUNDS_ADDED = "funds_added"
    ORDER_PAYMENT = "order_payment"
    COST_RETURN = "cost_return"
    WITHDRAWAL = "withdrawal"
    WITHDRAWAL_FEE = "withdrawal_fee"
    ADJUSTMENT_IN = "adjustment_in"
    ADJUSTMENT_OUT = "adjustment_out"


CREDIT_KINDS = frozenset({LedgerKind.FUNDS_ADDED, LedgerKind.COST_RETURN, LedgerKind.ADJUSTMENT_IN})


class Channel(enum.StrEnum):
    """How money entered or leaves the account; withdrawals must go back the way funds came (seed 000)."""

    CREDIT_CARD = "credit_card"
    WESTERN_UNION = "western_union"
    MONEYGRAM = "moneygram"
    BANK_TRANSFER = "bank_transfer"
    PAYPAL = "paypal"
    ALIPAY = "alipay"
    OTHER = "other"

    @property
    def label(self) -> str:
        return METHOD_LABELS.get(self.value, self.value.replace("_", " ").capitalize())


class WithdrawalStatus(enum.StrEnum):
    REQUESTED = "requested"
    DONE = "done"
    REFUSED = "refused"
    CANCELLED = "cancelled"


class LedgerEntry(Voidable, Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        *currency_checks("currency"),
        CheckConstraint("(kind = 'withdrawal') = (withdrawal_status IS NOT NULL)", name="status_only_for_withdrawals"),
        CheckConstraint(
            "channel IS NOT NULL OR kind NOT IN ('funds_added', 'withdrawal')", name="channel_for_transfers"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("member_accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LedgerKind] = mapped_column(enum_column(LedgerKind, "ledger_kind"))
    on_date: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel, "channel"))
    withdrawal_status: Mapped[WithdrawalStatus | None] = mapped_column(
        enum_column(WithdrawalStatus, "withdrawal_status")
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"), index=True)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="SET NULL"), index=True)
    note: Mapped[str | None] = mapped_column(Text)

    account: Mapped[MemberAccount] = relationship(back_populates="entries")
    order: Mapped[Order | None] = relationship()
    dispute: Mapped[Dispute | None] = relationship()

    @property
    def is_credit(self) -> bool:
        return self.kind in CREDIT_KINDS

    @property
    def counts_in_balance(self) -> bool:
        """A refused or cancelled withdrawal gave the money back; it no longer counts."""
        return self.withdrawal_status not in (WithdrawalStatus.REFUSED, WithdrawalStatus.CANCELLED)

    @property
    def signed(self) -> Money:
        amount = Money(self.amount_minor, self.currency)
        return amount if self.is_credit else -amount


def signed_amount_sql() -> Any:
    """A ledger entry's amount with its sign, in SQL (credits positive, debits negative)."""
    return case(
        (LedgerEntry.kind.in_([k.value for k in CREDIT_KINDS]), LedgerEntry.amount_minor),
        else_=-LedgerEntry.amount_minor,
    )


def balance_sql(account_id: Any, currency: Any) -> Any:
    """The balance of an account in its own currency as a scalar SQL expression, for lists (a page of accounts
    needs no entries loaded); NULL when some entries are in another currency."""
    counted = and_(
        LedgerEntry.account_id == account_id,
        LedgerEntry.currency == currency,
        LedgerEntry.withdrawal_status.is_distinct_from(WithdrawalStatus.REFUSED.value),
        LedgerEntry.withdrawal_status.is_distinct_from(WithdrawalStatus.CANCELLED.value),
    )
    # Entries in another currency need the dated rate, which this SQL does not apply: then no balance (NULL)
    # rather than a wrong one; desk.accounts.balance converts them.
    foreign = select(LedgerEntry.id).where(LedgerEntry.account_id == account_id, LedgerEntry.currency != currency)
    total = select(func.coalesce(func.sum(signed_amount_sql()), 0)).where(counted).scalar_subquery()
    return case((foreign.exists(), None), else_=total)
