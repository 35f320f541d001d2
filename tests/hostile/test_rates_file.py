"""An exchange-rates file with a 10 MB cell is refused by its row, and nothing is written (issue 20, Low: a 10 MB
CSV field gave a traceback; the orders import had it, the rates file too)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.errors import DeskError
from desk.models.fx import ExchangeRate
from desk.operations.rates import ImportExchangeRates, SetExchangeRate, import_exchange_rates, set_exchange_rate
from desk.workspace import Workspace


def test_a_ten_megabyte_cell_is_refused_by_its_row(workspace: Workspace, tmp_path: Path) -> None:
    set_exchange_rate(workspace, SetExchangeRate("USD", "EUR", date(2026, 11, 2), "0.80"))
    rates = tmp_path / "rates.csv"
    rates.write_text("date,base,quote,rate\n2026-11-03,USD,CNY,7.16\n2026-11-04,USD,CNY," + "7" * 10_000_000 + "\n")
    with pytest.raises(DeskError) as refused:
        import_exchange_rates(workspace, ImportExchangeRates(rates))
    assert str(refused.value) == "rates.csv: row 3 holds a cell of more than 131,072 characters, which is no rate"
    with workspace.read() as session:  # the rate set before, and no other
        assert [(r.quote, r.rate) for r in session.scalars(select(ExchangeRate))] == [("EUR", Decimal("0.80"))]
