"""Money and dates in the window follow the user's locale, with the currency's code beside every amount (lists and
the Dashboard put several currencies side by side: "¥" alone would not say which)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from desk.money import Money
from desk.ui.list_page import ListPage
from desk.ui.locale_text import date_text, datetime_text, money_text, use_locale
from desk.ui.main_window import MainWindow

NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def russian() -> Iterator[None]:
    use_locale("ru_RU")
    yield
    use_locale("en_US")


def test_amounts_are_written_the_locales_way_with_their_code() -> None:
    use_locale("en_US")
    assert money_text(Money(1_190_000, "RUB")) == f"11,900.00{NBSP}RUB"
    assert money_text(Money(7516, "USD")) == f"75.16{NBSP}USD"
    assert money_text(Money(-1500, "JPY")) == f"-1,500{NBSP}JPY"  # no minor unit
    use_locale("de_DE")
    assert money_text(Money(1_190_000, "RUB")) == f"11.900,00{NBSP}RUB"
    use_locale("ru_RU")
    assert money_text(Money(1_190_000, "RUB")) == f"11{NBSP}900,00{NBSP}RUB"
    use_locale("en_US")


def test_dates_name_the_month_so_day_and_month_cannot_be_swapped() -> None:
    use_locale("en_GB")
    assert date_text(date(2026, 3, 4)) == "4 Mar 2026"
    use_locale("en_US")
    assert date_text(date(2026, 3, 4)) == "Mar 4, 2026"
    assert datetime_text(datetime(2026, 3, 4, 23, 30, tzinfo=UTC)).startswith(
        date_text(datetime(2026, 3, 4, 23, 30, tzinfo=UTC).astimezone().date())
    )


def test_an_unknown_locale_falls_back_to_english() -> None:
    assert str(use_locale("xx_YY")) == "en_US"
    assert str(use_locale("C")) == "en_US"
    use_locale("en_US")


def test_the_orders_list_shows_russian_amounts_and_dates(
    qtbot: QtBot, window: MainWindow, russian: None
) -> None:
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    keys = [c.key for c in page.spec.columns]
    row = page.model.row_at(0)
    total = page.model.index(0, keys.index("total")).data()
    placed = page.model.index(0, keys.index("placed_on")).data()
    assert total == money_text(row.values["total"]) and total.endswith(f"{NBSP}{row.values['total'].currency}")
    assert "," in total  # the Russian decimal comma
    assert placed == date_text(row.values["placed_on"]) and placed.endswith("г.")
