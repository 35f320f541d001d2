"""Exchange rates imported from a CSV file (issue 12, Preferences › Exchange rates): a good file is kept whole in
one transaction; a bad one is refused naming each bad row and column, and nothing of it is written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.errors import DeskError
from desk.models import AuditEntry
from desk.models.fx import ExchangeRate, rate_on
from desk.operations import Record
from desk.operations.rates import ImportExchangeRates, SetExchangeRate, import_exchange_rates, set_exchange_rate
from desk.workspace import Workspace


def _rates(ws: Workspace) -> list[tuple[str, str, date, Decimal, str | None]]:
    with ws.read() as s:
        rows = s.scalars(select(ExchangeRate).order_by(ExchangeRate.on_date, ExchangeRate.id)).all()
        return [(r.base, r.quote, r.on_date, r.rate, r.source) for r in rows]


def _audited(ws: Workspace) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_good_file_is_imported_whole_and_replaces_the_rate_of_a_day(workspace: Workspace, tmp_path: Path) -> None:
    set_exchange_rate(workspace, SetExchangeRate("USD", "EUR", date(2026, 11, 2), "0.80"))
    csv = tmp_path / "rates.csv"
    # Excel in a comma-decimal locale: semicolons, decimal commas, UTF-8 with its mark, columns in its own order
    csv.write_bytes(
        "Rate;Date;Base;Quote;Source\n"
        "0,9210;2026-11-02;usd;EUR;ECB\n"
        "\n"
        "7,1650;2026-11-02;USD;CNY;Superbuy\n"
        "12,95;2026-11-03;CNY;RUB;\n".encode("utf-8-sig")
    )
    done = import_exchange_rates(workspace, ImportExchangeRates(csv))
    assert (done.rates, done.changed) == (3, frozenset({Record.RATE}))
    assert done.message == "Imported 3 exchange rates from rates.csv."
    assert _rates(workspace) == [
        ("USD", "EUR", date(2026, 11, 2), Decimal("0.9210"), "ECB"),
        ("USD", "CNY", date(2026, 11, 2), Decimal("7.1650"), "Superbuy"),
        ("CNY", "RUB", date(2026, 11, 3), Decimal("12.95"), None),
    ]
    with workspace.read() as s:
        assert rate_on(s, "USD", "EUR", date(2026, 11, 5)) == Decimal("0.9210")
        assert rate_on(s, "CNY", "RUB", date(2026, 11, 3)) == Decimal("12.95")


def test_every_bad_row_is_named_with_its_column_and_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    before = _audited(workspace)
    csv = tmp_path / "rates.csv"
    csv.write_text(
        "date,base,quote,rate\n"
        "2026-11-02,USD,CNY,7.1650\n"  # good, but not kept: the file is refused whole
        "02/11/2026,USD,EUR,0.92\n"
        "2026-11-02,USD,XYZ,abc\n"
        "2026-11-03,EUR,EUR,1\n"
        "2026-11-04,USD,CNY,-1\n"
        "2026-11-02,USD,CNY,7.2\n",
        encoding="utf-8",
    )
    with pytest.raises(DeskError) as refused:
        import_exchange_rates(workspace, ImportExchangeRates(csv))
    message = str(refused.value)
    assert message.startswith("rates.csv: nothing was imported. ")
    for part in (
        "row 3, column date: '02/11/2026' is not a date; give it as 2026-11-02",
        "row 4, column quote: 'XYZ' is not a currency in use",
        "row 4, column rate: 'abc' is not a number",
        "row 5, column quote: the same currency as base (EUR)",
        "row 6, column rate: -1 must be more than zero",
        "row 7: a second rate USD→CNY on 2026-11-02 (first in row 2)",
    ):
        assert part in message, message
    assert _rates(workspace) == [] and _audited(workspace) == before


def test_a_file_without_the_columns_or_empty_is_refused_naming_them(workspace: Workspace, tmp_path: Path) -> None:
    csv = tmp_path / "rates.csv"
    csv.write_text("day,from,to,rate\n2026-11-02,USD,CNY,7.1\n", encoding="utf-8")
    with pytest.raises(
        DeskError,
        match=r"rates\.csv: the first row must name the columns date, base, quote, rate .*missing: date, base, quote",
    ):
        import_exchange_rates(workspace, ImportExchangeRates(csv))
    csv.write_text("", encoding="utf-8")
    with pytest.raises(DeskError, match=r"rates\.csv: the file is empty"):
        import_exchange_rates(workspace, ImportExchangeRates(csv))
    assert _rates(workspace) == []
