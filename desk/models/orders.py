"""An order at a supplier: its lines, the payments that paid for it, coupons, tracking."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import (
    Base,
    PaymentMethod,
    Platform,
    Versioned,
    Voidable,
    currency_checks,
    enum_column,
    non_negative,
)
from desk.money import Money

if TYPE_CHECKING:
    from desk.models.accounts import MemberAccount
    from desk.models.disputes import Dispute
    from desk.models.parties import Store, Supplier
    from desk.models.refunds import Refund


class OrderStatus(enum.StrEnum):
    PLACED = "placed"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    CLOSED = "closed"


class TaxCollector(enum.StrEnum):
    """Who took an order's tax: the platform (eBay, Amazon: marketplace-collected tax) or the seller."""

    PLATFORM = "platform"
    SELLER = "seller"


class Order(Versioned, Voidable, Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("platform", "order_no"),
        *currency_checks("currency"),
        *non_negative("shipping_minor", "discount_minor"),
        Index("ix_orders_placed_on_id", "placed_on", "id"),
        # The Orders page's filters, each with the default sort (revision 0003).
        Index("ix_orders_platform_placed_on", "platform", "placed_on"),
        Index("ix_orders_status_placed_on", "status", "placed_on"),
        Index("ix_orders_supplier_id_placed_on", "supplier_id", "placed_on"),
        Index("ix_orders_order_no", "order_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[Platform] = mapped_column(enum_column(Platform, "platform"))
    order_no: Mapped[str] = mapped_column(String(64))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="RESTRICT"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="SET NULL"), index=True)
    # Bought through a purchase agent: the member account that paid.
    agent_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("member_accounts.id", ondelete="SET NULL"), index=True
    )
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus, "order_status"), default=OrderStatus.PLACED)
    placed_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    shipped_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    shipping_minor: Mapped[int] = mapped_column(Integer, default=0)
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)
    # Sales tax or VAT named apart from the goods (revision 0011), and who took it: eBay and Amazon collect and remit
    # it themselves (the platform), a shop adds its own (the seller). None when there is none or nobody said.
    tax_minor: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    tax_collector: Mapped[TaxCollector | None] = mapped_column(enum_column(TaxCollector, "tax_collector"))
    # The buyer-protection end date the platform shows, when the user enters it; otherwise it is derived.
    protection_ends_override: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    supplier: Mapped[Supplier] = relationship(back_populates="orders")
    store: Mapped[Store | None] = relationship(back_populates="orders")
    agent_account: Mapped[MemberAccount | None] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.line_no"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="order", cascade="all, delete-orphan")
    coupons: Mapped[list[Coupon]] = relationship(back_populates="order", cascade="all, delete-orphan")
    tracking_numbers: Mapped[list[TrackingNumber]] = relationship(back_populates="order", cascade="all, delete-orphan")
    refunds: Mapped[list[Refund]] = relationship(back_populates="order")

    @property
    def key(self) -> str:
        """How staff and the CLI name an order: `PLATFORM:ORDER_NO`."""
        return f"{self.platform}:{self.order_no}"

    def money(self, minor: int) -> Money:
        return Money(minor, self.currency)

    @property
    def paid(self) -> Money:
        """What its payments add up to. What the order comes to, each line's share and what can still be refunded
        are sums with rules: desk.orders.amounts keeps them."""
        return self.money(sum(p.amount_minor for p in self.payments))


class OrderLine(Base):
    """One product of an order: platforms open disputes per product, so disputes hang off lines."""

    __tablename__ = "order_lines"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        CheckConstraint("line_no >= 1", name="line_no_positive"),
        CheckConstraint("qty >= 1", name="qty_positive"),
        *non_negative("unit_price_minor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(500))
    sku: Mapped[str | None] = mapped_column(String(120))
    qty: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(Integer)

    order: Mapped[Order] = relationship(back_populates="lines")
    disputes: Mapped[list[Dispute]] = relationship(back_populates="order_line", order_by="Dispute.opened_on")

    @property
    def amount_minor(self) -> int:
        return self.qty * self.unit_price_minor

    @property
    def amount(self) -> Money:
        return Money(self.amount_minor, self.order.currency)


class Payment(Base):
    """One payment method's part of what was paid for an order, in the order's currency."""

    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("amount_minor > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, "payment_method"))
    amount_minor: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(120))

    order: Mapped[Order] = relationship(back_populates="payments")


class CouponKind(enum.StrEnum):
    PLATFORM_COUPON = "platform_coupon"
    STORE_VOUCHER = "store_voucher"


class Coupon(Base):
    """A coupon or voucher applied to an order; platforms do not reissue them on refund (seed 001)."""

    __tablename__ = "coupons"
    __table_args__ = (*non_negative("amount_minor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CouponKind] = mapped_column(enum_column(CouponKind, "coupon_kind"))
    code: Mapped[str | None] = mapped_column(String(64))
    amount_minor: Mapped[int] = mapped_column(Integer)

    order: Mapped[Order] = relationship(back_populates="coupons")


class TrackingNumber(Base):
    __tablename__ = "tracking_numbers"
    __table_args__ = (UniqueConstraint("order_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(64), index=True)
    carrier: Mapped[str | None] = mapped_column(String(80))
    shipped_on: Mapped[date | None] = mapped_column(Date)

    order: Mapped[Order] = relationship(back_populates="tracking_numbers")
