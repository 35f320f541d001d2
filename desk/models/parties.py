"""Suppliers we buy from and the stores we sell through."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, Platform, Versioned, enum_column

if TYPE_CHECKING:
    from desk.models.deposits import DepositApplication
    from desk.models.orders import Order


class Supplier(Versioned, Base):
    """A seller on a sourcing platform (an AliExpress shop, a 1688 factory, …)."""

    __tablename__ = "suppliers"
    __table_args__ = (UniqueConstraint("platform", "name"), Index("ix_suppliers_name", "name"))

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[Platform] = mapped_column(enum_column(Platform, "platform"))
    name: Mapped[str] = mapped_column(String(200))
    shop_url: Mapped[str | None] = mapped_column(String(500))
    contact: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    orders: Mapped[list[Order]] = relationship(back_populates="supplier")

    def __repr__(self) -> str:
        return f"Supplier({self.platform}:{self.name})"


class StoreStatus(enum.StrEnum):
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class Store(Versioned, Base):
    """One of the business's own marketplace stores; the marketplace may hold its deposit."""

    __tablename__ = "stores"
    __table_args__ = (
        UniqueConstraint("platform", "name"),
        CheckConstraint("closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[Platform] = mapped_column(enum_column(Platform, "platform"))
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    status: Mapped[StoreStatus] = mapped_column(enum_column(StoreStatus, "store_status"), default=StoreStatus.OPEN)
    opened_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)

    orders: Mapped[list[Order]] = relationship(back_populates="store")
    deposit_applications: Mapped[list[DepositApplication]] = relationship(back_populates="store")

    def __repr__(self) -> str:
        return f"Store({self.platform}:{self.name})"
