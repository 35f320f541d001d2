"""A refund we are owed: expected per payment method, and what actually arrived (seeds 001, 002)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, PaymentMethod, Versioned, Voidable, enum_column, non_negative
from desk.money import Money

if TYPE_CHECKING:
    from desk.models.disputes import Dispute
    from desk.models.orders import Order


class RefundCause(enum.StrEnum):
    DISPUTE = "dispute"
    CANCELLATION = "cancellation"
    OUT_OF_STOCK = "out_of_stock"
    RETURN = "return"
    NOT_SHIPPED = "not_shipped"
    OTHER = "other"


class Refund(Versioned, Voidable, Base):
    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint("cause <> 'dispute' OR dispute_id IS NOT NULL", name="dispute_cause_has_dispute"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="RESTRICT"), index=True)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="RESTRICT"), index=True)
    cause: Mapped[RefundCause] = mapped_column(enum_column(RefundCause, "refund_cause"))
    approved_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    order: Mapped[Order] = relationship(back_populates="refunds")
    dispute: Mapped[Dispute | None] = relationship(back_populates="refunds")
    parts: Mapped[list[RefundPart]] = relationship(back_populates="refund", cascade="all, delete-orphan")

    @property
    def expected(self) -> Money:
        return Money(sum(p.expected_minor for p in self.parts), self.order.currency)

    @property
    def received(self) -> Money:
        return Money(sum(p.received_minor or 0 for p in self.parts), self.order.currency)

    @property
    def outstanding(self) -> Money:
        return self.expected - self.received


class RefundPart(Base):
    """The share of a refund that goes back to one payment method; its arrival window comes from policy."""

    __tablename__ = "refund_parts"
    __table_args__ = (
        UniqueConstraint("refund_id", "method"),
        *non_negative("expected_minor", "received_minor"),
        CheckConstraint("received_minor IS NULL OR received_on IS NOT NULL", name="received_needs_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id", ondelete="CASCADE"))
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, "payment_method"))
    expected_minor: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    received_minor: Mapped[int | None] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(120))

    refund: Mapped[Refund] = relationship(back_populates="parts")
