"""Declarative base, naming convention and the column types every aggregate shares."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Enum, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints from the first revision on, so later migrations can alter them (SQLite batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored in UTC and come back timezone-aware (SQLite keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must carry a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal kept as text: SQLite has no decimal type and would round through a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"expected Decimal, got {type(value).__name__}")
        return str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


VERSION = "version"  # the column of a record's version (`Versioned`), which the audit log leaves out


class Versioned:
    """A record people edit in forms, on several desks at once in team mode: its version goes up by one at every
    UPDATE of its row (SQLAlchemy's `version_id_col`, which also refuses a flush over a row changed meanwhile), and an
    edit made from a form names the version the form showed (`desk.operations.conflicts`): saving over a change made
    since is refused, with both versions, instead of undoing it unseen (revision 0014)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Voidable:
    """A record a user made by hand and can void: it stays in the database with its history, is left out of every
    sum, deadline, list and document, and can be restored (revision 0007). Who voided it, when and why."""

    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)

    @property
    def is_voided(self) -> bool:
        return self.voided_at is not None


def enum_column(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A portable enumeration: stored as its value, checked by a named CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
        length=max(len(m.value) for m in enum_cls),
    )


def currency_checks(*columns: str) -> tuple[CheckConstraint, ...]:
    """ISO 4217 codes are three upper-case letters; which codes exist is checked by `desk.money`."""
    return tuple(CheckConstraint(f"length({c}) = 3 AND upper({c}) = {c}", name=f"{c}_code") for c in columns)


def minor_column(nullable: bool = False, default: int | None = None) -> Mapped[Any]:
    """An amount in integer minor units of the row's currency."""
    return mapped_column(Integer, nullable=nullable, default=default)


def non_negative(*columns: str) -> tuple[CheckConstraint, ...]:
    return tuple(CheckConstraint(f"{c} >= 0", name=f"{c}_non_negative") for c in columns)


class Platform(enum.StrEnum):
    """Where an order was placed or a store is run."""

    ALIEXPRESS = "aliexpress"
    ALIBABA_1688 = "1688"
    TAOBAO = "taobao"
    AMAZON = "amazon"
    EBAY = "ebay"
    TEMU = "temu"
    SHOPEE = "shopee"
    OZON = "ozon"
    WILDBERRIES = "wildberries"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The platform's name as people write it."""
        return _PLATFORM_LABELS.get(self.value, self.value.capitalize())


_PLATFORM_LABELS = {"aliexpress": "AliExpress", "1688": "1688.com", "ebay": "eBay", "wildberries": "Wildberries"}


class PaymentMethod(enum.StrEnum):
    CARD = "card"
    DEBIT_CARD = "debit_card"
    PAYPAL = "paypal"
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    BALANCE = "balance"
    GIFT_CARD = "gift_card"
    APPLE_PAY = "apple_pay"
    AMAZON_PAY = "amazon_pay"
    COD = "cod"
    WIRE = "wire"
    WESTERN_UNION = "western_union"
    MONEYGRAM = "moneygram"
    WEBMONEY = "webmoney"
    QIWI = "qiwi"
    OTHER = "other"

    @property
    def label(self) -> str:
        return METHOD_LABELS.get(self.value, self.value.replace("_", " ").capitalize())


# How payment methods and transfer channels are written, where that is not simply the capitalised code.
METHOD_LABELS = {
    "paypal": "PayPal",
    "wechat_pay": "WeChat Pay",
    "apple_pay": "Apple Pay",
    "amazon_pay": "Amazon Pay",
    "cod": "Cash on delivery",
    "wire": "Wire transfer",
    "western_union": "Western Union",
    "moneygram": "MoneyGram",
    "webmoney": "WebMoney",
    "qiwi": "QIWI",
}
