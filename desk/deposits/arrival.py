"""The money that arrived, checked against the deposit (seed 003: "verify whether the amount in the bank account
matches the expected amount. If there are any anomalies, contact customer service"). A difference is flagged for
follow-up with its likely cause: a transfer fee when the money came in the deposit's currency ("some niche banks
have higher cross-border transfer fees"), exchange when a bank converted it into another currency. Nothing here is
stored: it is worked out from the amounts each time it is shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desk.models import DepositApplication
from desk.models.fx import NoRateError, rate_on
from desk.money import Money, convert

FEE = "fee"
EXCHANGE = "exchange"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Arrival:
    deposit: Money
    arrived: Money
    on: date
    expected: Money | None  # the deposit in the arrival currency; None without an exchange rate
    rate: Decimal | None  # units of the arrival currency per unit of the deposit's, when they differ
    finding: str  # matches, short, over, unknown (no rate to compare)
    cause: str | None  # fee, exchange, unknown; None when it matches
    detail: str

    @property
    def difference(self) -> Money | None:
        """What is missing (negative: more arrived than expected); None without a rate."""
        return None if self.expected is None else self.expected - self.arrived

    @property
    def follow_up(self) -> bool:
        return self.finding != "matches"


def _finding(expected: Money, arrived: Money) -> str:
    return "matches" if arrived == expected else ("short" if arrived < expected else "over")


def check_arrival(session: Session, application: DepositApplication) -> Arrival | None:
    """The arrival compared with the deposit, or None while nothing has arrived."""
    arrived, on = application.arrived, application.arrived_on
    if arrived is None or on is None:
        return None
    deposit = application.deposit
    got = f"{arrived} arrived on {on.isoformat()}"
    if arrived.currency == deposit.currency:
        finding = _finding(deposit, arrived)
        if finding == "matches":
            return Arrival(deposit, arrived, on, deposit, None, finding, None, f"{got}: the deposit in full")
        if finding == "short":
            detail = (
                f"{got}, {deposit - arrived} less than the deposit of {deposit}: likely a transfer fee "
                '("How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide": some banks charge high '
                "cross-border transfer fees); follow up with the bank or the platform"
            )
            return Arrival(deposit, arrived, on, deposit, None, finding, FEE, detail)
        detail = f"{got}, {arrived - deposit} more than the deposit of {deposit}: ask the platform's customer service"
        return Arrival(deposit, arrived, on, deposit, None, finding, UNKNOWN, detail)
    try:
        rate = rate_on(session, deposit.currency, arrived.currency, on)
    except NoRateError:
        detail = (
            f"{got} for a deposit of {deposit}: converted by the bank (exchange), and Desk has no "
            f"{deposit.currency}→{arrived.currency} rate on or before {on.isoformat()} to compare; add one, "
            "then check the bank's rate and fees"
        )
        return Arrival(deposit, arrived, on, None, None, UNKNOWN, EXCHANGE, detail)
    expected = convert(deposit, rate, arrived.currency)
    finding = _finding(expected, arrived)
    at = f"{got} for a deposit of {deposit} ({expected} at Desk's rate of the day)"
    if finding == "matches":
        return Arrival(deposit, arrived, on, expected, rate, finding, None, f"{at}: the deposit in full")
    gap = abs(expected - arrived)
    side = "less" if finding == "short" else "more"
    detail = f"{at}: {gap} {side} than expected, from exchange (the bank's rate and fees); follow up with the bank"
    return Arrival(deposit, arrived, on, expected, rate, finding, EXCHANGE, detail)
