"""Money in flight, recovered and lost, in the home currency at the dated rate (issue 3, point 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from factories import dispute, order

from desk.models import DisputeOutcome, DisputeState, ExchangeRate, PaymentMethod, Refund, RefundCause, RefundPart
from desk.models.fx import NoRateError, rate_on
from desk.money import Money
from desk.overview.flows import money_flow
from desk.workspace import Workspace

TODAY = date(2026, 11, 23)


def _rates(s: object) -> None:
    s.add_all(  # type: ignore[attr-defined]
        [
            ExchangeRate(on_date=date(2026, 11, 1), base="USD", quote="CNY", rate=Decimal("7.10")),
            ExchangeRate(on_date=date(2026, 11, 20), base="USD", quote="CNY", rate=Decimal("7.20")),
            ExchangeRate(on_date=date(2026, 11, 20), base="EUR", quote="CNY", rate=Decimal("8.00")),
        ]
    )


def test_rates_are_dated_inverted_and_crossed(workspace: Workspace) -> None:
    with workspace.write() as s:
        _rates(s)
    with workspace.read() as s:
        assert rate_on(s, "USD", "CNY", date(2026, 11, 5)) == Decimal("7.10")  # the rate of that day
        assert rate_on(s, "USD", "CNY", TODAY) == Decimal("7.20")
        assert rate_on(s, "CNY", "EUR", TODAY) == Decimal(1) / Decimal("8.00")
        assert rate_on(s, "USD", "EUR", TODAY) == Decimal("7.20") / Decimal("8.00")  # through CNY
        with pytest.raises(NoRateError, match="no exchange rate EUR→CNY on or before 2026-11-19"):
            rate_on(s, "EUR", "CNY", date(2026, 11, 19))


def test_flow_counts_claims_arrivals_and_losses(workspace: Workspace) -> None:
    with workspace.write() as s:
        _rates(s)
        argued = order(s, currency="USD", lines=(("Earbuds", 1, 4000),))
        dispute(s, argued.lines[0], claimed_minor=4000)  # open: 40.00 USD in flight
        lost = order(s, currency="CNY", lines=(("Cable", 1, 8000),))
        dispute(
            s, lost.lines[0], claimed_minor=8000, state=DisputeState.CLOSED, outcome=DisputeOutcome.LOST, won_minor=0
        )  # 80.00 CNY lost
        refunded = order(
            s,
            currency="CNY",
            lines=(("Case", 1, 16000),),
            payments=((PaymentMethod.CARD, 10000), (PaymentMethod.PAYPAL, 6000)),
        )
        s.add(
            Refund(
                order=refunded,
                cause=RefundCause.CANCELLATION,
                approved_on=date(2026, 11, 10),
                parts=[
                    RefundPart(method=PaymentMethod.CARD, expected_minor=10000),  # 100.00 CNY still in flight
                    RefundPart(
                        method=PaymentMethod.PAYPAL,
                        expected_minor=6000,
                        received_minor=5600,
                        received_on=date(2026, 11, 14),
                    ),  # 56.00 recovered, 4.00 short: lost
                ],
            )
        )
    with workspace.read() as s:
        flow = money_flow(s, "EUR", TODAY)
    # USD 40.00 × 7.20 / 8.00 = 36.00 EUR; CNY 100.00 / 8 = 12.50 EUR
    assert flow.in_flight == Money(3600 + 1250, "EUR")
    assert flow.recovered == Money(700, "EUR")  # 56.00 CNY / 8
    assert flow.lost == Money(1000 + 50, "EUR")  # (80.00 + 4.00) CNY / 8
    assert flow.unconverted == {}


def test_amounts_without_a_rate_are_kept_apart(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s, currency="RUB", lines=(("Чехол", 1, 99000),))
        dispute(s, o.lines[0], claimed_minor=99000)
    with workspace.read() as s:
        flow = money_flow(s, "EUR", TODAY)
    assert flow.in_flight == Money(0, "EUR")
    assert flow.unconverted == {"in_flight": [Money(99000, "RUB")]}
