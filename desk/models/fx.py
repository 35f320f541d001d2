"""Exchange rates are dated rows, not constants: the rate of the day applies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desk.errors import DeskError
from desk.language import words
from desk.models.base import Base, DecimalText, Voidable, currency_checks
from desk.money import Money, convert


class ExchangeRate(Voidable, Base):
    """`rate` units of `quote` buy one unit of `base` on `on_date`."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("base", "quote", "on_date"),
        *currency_checks("base", "quote"),
        CheckConstraint("base <> quote", name="distinct_currencies"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    on_date: Mapped[date] = mapped_column(Date)
    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    source: Mapped[str | None] = mapped_column(String(200))


class NoRateError(LookupError):
    pass


def _direct(session: Session, base: str, quote: str, on: date) -> Decimal | None:
    """The latest rate base→quote on or before `on`, from a row either way round."""
    for b, q, invert in ((base, quote, False), (quote, base, True)):
        row = session.scalars(
            select(ExchangeRate)
            .where(ExchangeRate.base == b, ExchangeRate.quote == q, ExchangeRate.on_date <= on)
            .order_by(ExchangeRate.on_date.desc())
            .limit(1)
        ).first()
        if row is not None:
            return 1 / row.rate if invert else row.rate
    return None


def rate_on(session: Session, base: str, quote: str, on: date) -> Decimal:
    """The rate of the day for base→quote: direct, inverted, or through one currency both are quoted against
    (USD→CNY and EUR→CNY give USD→EUR), since agents and banks publish rates against their own currency."""
    if base == quote:
        return Decimal(1)
    direct = _direct(session, base, quote, on)
    if direct is not None:
        return direct
    pairs = session.execute(select(ExchangeRate.base, ExchangeRate.quote).distinct()).all()
    partners: dict[str, set[str]] = {b: set() for b in (base, quote)}
    for b, q in pairs:
        for mine, other in ((b, q), (q, b)):
            if mine in partners:
                partners[mine].add(other)
    for pivot in sorted(partners[base] & partners[quote]):
        first, second = _direct(session, base, pivot, on), _direct(session, pivot, quote, on)
        if first is not None and second is not None:
            return first * second
    raise NoRateError(words.tr("no exchange rate {0}→{1} on or before {2}").format(base, quote, on.isoformat()))


def convert_on(session: Session, money: Money, to: str, on: date) -> Money:
    return convert(money, rate_on(session, money.currency, to, on), to)


def set_rate(session: Session, base: str, quote: str, on: date, rate: Decimal, source: str | None) -> ExchangeRate:
    """The rate base→quote of `on` (replacing the one of that day, if any): `rate` units of `quote` per `base`."""
    if base == quote:
        raise DeskError(words.tr("a rate needs two currencies, got {0} twice").format(base))
    if rate <= 0:
        raise DeskError(words.tr("the rate must be more than zero, got {0}").format(rate))
    same_day = select(ExchangeRate).where(
        ExchangeRate.base == base, ExchangeRate.quote == quote, ExchangeRate.on_date == on
    )
    # A voided rate of that day is the row the new one takes over: a day has one row (and it counts again).
    row = session.scalars(same_day.execution_options(include_voided=True)).first()
    if row is None:
        row = ExchangeRate(base=base, quote=quote, on_date=on)
        session.add(row)
    row.rate, row.source = rate, (source or "").strip() or None
    row.voided_at, row.voided_by, row.void_reason = None, None, None
    session.flush()
    return row
