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

from desk.language import words
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
    day = on.isoformat()
    if arrived.currency == deposit.currency:
        finding = _finding(deposit, arrived)
        if finding == "matches":
            detail = words.tr("{0} arrived on {1}: the deposit in full").format(arrived, day)
            return Arrival(deposit, arrived, on, deposit, None, finding, None, detail)
        if finding == "short":
            detail = words.tr(
                "{0} arrived on {1}, {2} less than the deposit of {3}: likely a transfer fee "
                '("How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide": some banks charge high '
                "cross-border transfer fees); follow up with the bank or the platform"
            ).format(arrived, day, deposit - arrived, deposit)
            return Arrival(deposit, arrived, on, deposit, None, finding, FEE, detail)
        detail = words.tr(
            "{0} arrived on {1}, {2} more than the deposit of {3}: ask the platform's customer service"
        ).format(arrived, day, arrived - deposit, deposit)
        return Arrival(deposit, arrived, on, deposit, None, finding, UNKNOWN, detail)
    try:
        rate = rate_on(session, deposit.currency, arrived.currency, on)
    except NoRateError:
        detail = words.tr(
            "{0} arrived on {1} for a deposit of {2}: converted by the bank (exchange), and Desk has no "
            "{3}→{4} rate on or before {5} to compare; add one, then check the bank's rate and fees"
        ).format(arrived, day, deposit, deposit.currency, arrived.currency, day)
        return Arrival(deposit, arrived, on, None, None, UNKNOWN, EXCHANGE, detail)
    expected = convert(deposit, rate, arrived.currency)
    finding = _finding(expected, arrived)
    if finding == "matches":
        detail = words.tr(
            "{0} arrived on {1} for a deposit of {2} ({3} at Desk's rate of the day): the deposit in full"
        ).format(arrived, day, deposit, expected)
        return Arrival(deposit, arrived, on, expected, rate, finding, None, detail)
    gap = abs(expected - arrived)
    if finding == "short":
        said = words.tr(
            "{0} arrived on {1} for a deposit of {2} ({3} at Desk's rate of the day): {4} less than expected, "
            "from exchange (the bank's rate and fees); follow up with the bank"
        )
    else:
        said = words.tr(
            "{0} arrived on {1} for a deposit of {2} ({3} at Desk's rate of the day): {4} more than expected, "
            "from exchange (the bank's rate and fees); follow up with the bank"
        )
    detail = said.format(arrived, day, deposit, expected, gap)
    return Arrival(deposit, arrived, on, expected, rate, finding, EXCHANGE, detail)
