"""Text with dates in it (`desk.common.Dated`): the core keeps the dates, the front end writes them."""

from __future__ import annotations

from datetime import date

from desk.common import Dated, dated, joined

DAY = date(2026, 12, 6)


def test_iso_for_the_cli_and_the_callers_form_for_the_window() -> None:
    text = dated("shipped ", DAY, "; a dispute can be opened from this day")
    assert str(text) == "shipped 2026-12-06; a dispute can be opened from this day"
    assert f"{text}" == str(text)  # f-strings (the CLI's lines) write ISO too
    assert text.words(lambda d: d.strftime("%d.%m.%Y")) == "shipped 06.12.2026; a dispute can be opened from this day"


def test_pieces_join_and_splice_without_losing_a_date() -> None:
    a, b = dated("from ", DAY), dated("until ", date(2027, 1, 5))
    assert dated("(", a, ")").parts == ("(", "from ", DAY, ")")
    assert ("not yet: " + joined([a, b], "; or ")).parts == (
        "not yet: ",
        "from ",
        DAY,
        "; or ",
        "until ",
        date(2027, 1, 5),
    )
    assert str(a + ", then") == "from 2026-12-06, then"
    assert joined([], "; ") == Dated(())
    assert dated("{0} braces and % signs stay as typed").words(str) == "{0} braces and % signs stay as typed"


def test_an_amount_is_written_by_the_callers_money_form_and_fixed_for_the_cli() -> None:
    from desk.money import Money

    text = dated("Refund of ", Money(1190000, "RUB"), " by ", DAY)
    assert str(text) == "Refund of 11900.00 RUB by 2026-12-06"

    def german_money(money: Money) -> str:
        return f"{money.amount:,}".replace(",", "_").replace(".", ",").replace("_", ".") + f" {money.currency}"

    german = text.words(lambda d: d.strftime("%d.%m.%Y"), german_money)
    assert german == "Refund of 11.900,00 RUB by 06.12.2026"
