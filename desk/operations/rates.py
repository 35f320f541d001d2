"""Exchange rates: the rate of a day between two currencies, as the agent or bank published it. Conversions (a
cost return in another currency than its account, the figures of a withdrawal) use the rate of the day.

    result = set_exchange_rate(ws, SetExchangeRate("USD", "CNY", date(2026, 11, 2), "7.1650", "Superbuy"))"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from desk.errors import DeskError
from desk.models.fx import set_rate
from desk.money import CurrencyError, minor_digits
from desk.operations import Record, Result, changed
from desk.workspace import Workspace


@dataclass(frozen=True)
class SetExchangeRate:
    base: str  # ISO code: one unit of it …
    quote: str  # … buys `rate` units of this one
    on: date
    rate: str  # as typed: "7.1650", "7,1650"
    source: str | None = None  # where the rate was read


@dataclass(frozen=True, kw_only=True)
class RateSet(Result):
    rate_id: int
    rate: Decimal


def set_exchange_rate(ws: Workspace, request: SetExchangeRate) -> RateSet:
    """Keep the rate of a day (the one kept for that day before is replaced)."""
    base, quote = _currency(request.base, "base currency"), _currency(request.quote, "quote currency")
    try:
        rate = Decimal(request.rate.strip().replace(",", "."))
    except InvalidOperation:
        raise DeskError(f"rate: {request.rate!r} is not a number") from None
    if not rate.is_finite():
        raise DeskError(f"rate: {request.rate!r} is not a number")
    with ws.write() as session:
        row = set_rate(session, base, quote, request.on, rate, request.source)
        return RateSet(
            changed=changed(Record.RATE),
            message=f"1 {base} = {rate} {quote} on {request.on.isoformat()}.",
            rate_id=row.id,
            rate=rate,
        )


def _currency(text: str, field: str) -> str:
    code = text.strip().upper()
    try:
        minor_digits(code)
    except (CurrencyError, ValueError):
        raise DeskError(f"{field}: {text!r} is not a currency in use; give an ISO code such as CNY or USD") from None
    return code
