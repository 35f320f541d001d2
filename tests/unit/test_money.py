import operator
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.money import (
    CurrencyError,
    Money,
    MoneyParseError,
    convert,
    minor_digits,
    parse_money,
    split,
    sum_money,
)

# --- currencies ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "digits"),
    [
        ("JPY", 0),
        ("KRW", 0),
        ("CNY", 2),
        ("USD", 2),
        ("EUR", 2),
        ("RUB", 2),
        ("KWD", 3),
        ("BHD", 3),
        ("CLF", 4),
        ("IQD", 3),
        ("RSD", 2),
        ("cny", 2),
    ],
)
def test_minor_digits_follow_iso_4217(code: str, digits: int) -> None:
    assert minor_digits(code) == digits


@pytest.mark.parametrize("code", ["XYZ", "RUR", "DEM", "XAU", "XXX", "CNH", "", "CNYY"])
def test_unknown_historic_and_unit_less_codes_are_refused(code: str) -> None:
    with pytest.raises(CurrencyError, match=re.escape(repr(code))):
        minor_digits(code)


# --- Money ---------------------------------------------------------------------------------------------------------


def test_money_validates_its_fields() -> None:
    assert Money(1, "cny") == Money(1, "CNY")
    with pytest.raises(TypeError, match="int"):
        Money(1.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bool"):
        Money(True, "CNY")
    with pytest.raises(TypeError, match="Decimal"):
        Money(Decimal(1), "CNY")  # type: ignore[arg-type]
    with pytest.raises(CurrencyError, match="XYZ"):
        Money(1, "XYZ")


def test_of_is_exact() -> None:
    assert Money.of("30.5", "CNY") == Money(3050, "CNY")
    assert Money.of(Decimal("30.50"), "CNY") == Money(3050, "CNY")
    assert Money.of(Decimal("30.000"), "CNY") == Money(3000, "CNY")  # trailing zeros are still exact
    assert Money.of(7, "KWD") == Money(7000, "KWD")
    assert Money.of(Decimal("1E+3"), "JPY") == Money(1000, "JPY")
    assert Money.of("-0.01", "USD") == Money(-1, "USD")
    assert Money.of(10**30, "USD").minor == 10**32


def test_of_refuses_rounding_floats_and_junk() -> None:
    with pytest.raises(MoneyParseError, match="CNY has 2 decimal places, got 3"):
        Money.of("30.123", "CNY")
    with pytest.raises(MoneyParseError, match="JPY has 0 decimal places, got 1"):
        Money.of(Decimal("12.5"), "JPY")
    with pytest.raises(TypeError, match="float"):
        Money.of(30.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(MoneyParseError, match="not a number"):
        Money.of("thirty", "CNY")
    with pytest.raises(ValueError, match="finite"):
        Money.of(Decimal("NaN"), "CNY")


def test_amount_and_str() -> None:
    assert Money(3050, "CNY").amount == Decimal("30.50")
    assert str(Money(3050, "CNY").amount) == "30.50"
    assert str(Money(3000, "CNY")) == "30.00 CNY"
    assert str(Money(-5, "USD")) == "-0.05 USD"
    assert str(Money(0, "CNY")) == "0.00 CNY"
    assert str(Money(1234, "JPY")) == "1234 JPY"
    assert str(Money(1234, "KWD")) == "1.234 KWD"
    assert str(Money(10**40, "USD")) == "1" + "0" * 38 + ".00 USD"  # never scientific notation


def test_arithmetic_in_one_currency() -> None:
    a, b = Money(3000, "CNY"), Money(1050, "CNY")
    assert a + b == Money(4050, "CNY")
    assert a - b == Money(1950, "CNY")
    assert b - a == Money(-1950, "CNY")
    assert -a == Money(-3000, "CNY")
    assert abs(Money(-7, "CNY")) == Money(7, "CNY")
    assert a * 3 == 3 * a == Money(9000, "CNY")
    assert Money.zero("JPY").is_zero and not a.is_zero
    assert b < a and b <= a and a > b and a >= b and a <= a and not a < a


def test_mixed_currencies_are_refused() -> None:
    cny, usd = Money(3000, "CNY"), Money(3000, "USD")
    with pytest.raises(CurrencyError, match=r"cannot add 30\.00 CNY and 30\.00 USD"):
        cny + usd
    with pytest.raises(CurrencyError, match="subtract"):
        cny - usd
    for compare in (operator.lt, operator.le, operator.gt, operator.ge):
        with pytest.raises(CurrencyError, match="compare"):
            compare(cny, usd)
    assert cny != usd  # equality across currencies is simply False
    not_money: object = 3000
    assert cny != not_money


@pytest.mark.parametrize("factor", [1.5, Decimal("1.5"), True])
def test_multiplying_by_anything_but_int_is_refused(factor: object) -> None:
    with pytest.raises(TypeError, match="int"):
        Money(100, "CNY") * factor


def test_sum_money() -> None:
    assert sum_money([], "CNY") == Money(0, "CNY")
    assert sum_money((Money(i, "CNY") for i in range(5)), "CNY") == Money(10, "CNY")
    with pytest.raises(CurrencyError):
        sum_money([Money(1, "CNY"), Money(1, "USD")], "CNY")


# --- formatting (strings as babel 2.18 renders them) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "locale", "shown"),
    [
        (Money(3000, "CNY"), "en_US", "CN¥30.00"),
        (Money(3000, "CNY"), "zh_CN", "¥30.00"),
        (Money(3000, "CNY"), "ru_RU", "30,00\xa0CN¥"),
        (Money(123450, "USD"), "en_US", "$1,234.50"),
        (Money(123450, "USD"), "zh_CN", "US$1,234.50"),
        (Money(1234, "JPY"), "en_US", "¥1,234"),
        (Money(1234, "JPY"), "ja_JP", "￥1,234"),
        (Money(123450, "RUB"), "ru_RU", "1\xa0234,50\xa0₽"),
        (Money(123450, "RUB"), "en_US", "RUB1,234.50"),
        (Money(-1250, "EUR"), "de_DE", "-12,50\xa0€"),
        # ISO's 3 digits shown although CLDR says 0: "IQD3,125" for 3,125 read back as 3.125
        (Money(1500, "IQD"), "en_US", "IQD1.500"),
        (Money(3125000, "IQD"), "en_US", "IQD3,125.000"),
    ],
)
def test_format(money: Money, locale: str, shown: str) -> None:
    assert money.format(locale) == shown


def test_format_defaults_to_en_us() -> None:
    assert Money(3000, "CNY").format() == "CN¥30.00"


# --- split ---------------------------------------------------------------------------------------------------------


def test_split_examples() -> None:
    def minors(total: int, weights: list[int]) -> list[int]:
        return [part.minor for part in split(Money(total, "CNY"), weights)]

    assert minors(100, [1, 1, 1]) == [34, 33, 33]
    assert minors(-100, [1, 1, 1]) == [-34, -33, -33]
    assert minors(2, [1, 1, 1]) == [1, 1, 0]  # ties go to the earliest
    assert minors(5, [1, 3]) == [1, 4]  # the largest remainder wins, not the first part
    assert minors(7, [0, 1, 1, 0]) == [0, 4, 3, 0]
    assert minors(0, [2, 5]) == [0, 0]
    assert split(Money(9, "JPY"), [1]) == [Money(9, "JPY")]


@pytest.mark.parametrize("weights", [[], [0, 0], [1, -1], [-1]])
def test_split_needs_a_positive_weight(weights: list[int]) -> None:
    with pytest.raises(ValueError, match="weights"):
        split(Money(100, "CNY"), weights)


def test_split_refuses_non_int_weights() -> None:
    with pytest.raises(TypeError):
        split(Money(100, "CNY"), [0.5, 0.5])  # type: ignore[list-item]


weight_lists = st.lists(st.integers(0, 10_000), min_size=1, max_size=12).filter(any)


@given(st.integers(-(10**15), 10**15), weight_lists)
def test_split_properties(total_minor: int, weights: list[int]) -> None:
    total = Money(total_minor, "USD")
    parts = split(total, weights)
    whole = sum(weights)
    assert len(parts) == len(weights)
    assert all(part.currency == "USD" for part in parts)
    assert sum(part.minor for part in parts) == total_minor
    for part, weight in zip(parts, weights, strict=True):
        # |part - total*w/W| < 1 minor unit, in integers
        assert abs(part.minor * whole - total_minor * weight) < whole
        if weight == 0:
            assert part.minor == 0
    assert split(total, list(weights)) == parts


# --- convert -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "rate", "to", "expected"),
    [
        (Money(1000, "CNY"), "0.1385", "USD", Money(138, "USD")),  # 1.385 -> 1.38 (half to even)
        (Money(1000, "CNY"), "0.1375", "USD", Money(138, "USD")),  # 1.375 -> 1.38
        (Money(1000, "CNY"), "0.13851", "USD", Money(139, "USD")),
        (Money(5, "USD"), "0.5", "USD", Money(2, "USD")),  # 0.025 -> 0.02
        (Money(15, "USD"), "0.5", "USD", Money(8, "USD")),  # 0.075 -> 0.08
        (Money(-15, "USD"), "0.5", "USD", Money(-8, "USD")),
        (Money(10000, "USD"), "151.237", "JPY", Money(15124, "JPY")),
        (Money(15124, "JPY"), "0.0066", "USD", Money(9982, "USD")),  # 99.8184
        (Money(1000, "USD"), "0.307", "KWD", Money(3070, "KWD")),
        (Money(3000, "CNY"), "12", "RUB", Money(36000, "RUB")),
        (Money(10**30, "USD"), "1.000000000000000000000000000001", "EUR", Money(10**30 + 1, "EUR")),  # > 28 digits
    ],
)
def test_convert_rounds_half_even(money: Money, rate: str, to: str, expected: Money) -> None:
    assert convert(money, Decimal(rate), to) == expected


def test_convert_refuses_bad_rates() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        convert(Money(100, "CNY"), 0.14, "USD")  # type: ignore[arg-type]
    for rate in ("0", "-1", "NaN"):
        with pytest.raises(ValueError):
            convert(Money(100, "CNY"), Decimal(rate), "USD")
    with pytest.raises(CurrencyError):
        convert(Money(100, "CNY"), Decimal(1), "XYZ")


# --- parse_money ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("1 234,50", "CNY", Money(123450, "CNY")),
        ("1\u00a0234,50", "RUB", Money(123450, "RUB")),
        ("1\u202f234,50", "EUR", Money(123450, "EUR")),
        ("1,234.50", "USD", Money(123450, "USD")),
        ("1.234,50", "EUR", Money(123450, "EUR")),
        ("1'234.50", "CHF", Money(123450, "CHF")),
        ("1234", "CNY", Money(123400, "CNY")),
        ("  42  ", "CNY", Money(4200, "CNY")),
        ("0,5", "CNY", Money(50, "CNY")),
        ("¥30", None, Money(3000, "CNY")),
        ("￥30", None, Money(3000, "CNY")),
        ("¥30", "USD", Money(3000, "CNY")),
        ("¥30", "JPY", Money(30, "JPY")),
        ("¥1,234", "JPY", Money(1234, "JPY")),
        ("1.234.567 JPY", None, Money(1234567, "JPY")),
        ("30 USD", None, Money(3000, "USD")),
        ("USD 30", None, Money(3000, "USD")),
        ("usd30", None, Money(3000, "USD")),
        ("30 usd", "CNY", Money(3000, "USD")),  # the text wins over the default
        ("$1,000.00", None, Money(100000, "USD")),
        ("$1,000.00", "CNY", Money(100000, "USD")),
        ("$1,000.00", "CAD", Money(100000, "CAD")),
        ("$12.5", "HKD", Money(1250, "HKD")),
        ("€ 12,5", None, Money(1250, "EUR")),
        ("12.50€", None, Money(1250, "EUR")),
        ("£7", None, Money(700, "GBP")),
        ("30 RMB", None, Money(3000, "CNY")),
        ("30 rmb", None, Money(3000, "CNY")),
        ("30元", None, Money(3000, "CNY")),
        ("100 руб", None, Money(10000, "RUB")),
        ("100 руб.", None, Money(10000, "RUB")),
        ("100 р.", None, Money(10000, "RUB")),
        ("1 234,50 ₽", None, Money(123450, "RUB")),
        ("100 ₽", "CNY", Money(10000, "RUB")),
        ("₩5000", None, Money(5000, "KRW")),
        ("₹99.99", None, Money(9999, "INR")),
        ("₴10", None, Money(1000, "UAH")),
        ("₸1 000", None, Money(100000, "KZT")),
        ("₺15,75", None, Money(1575, "TRY")),
        ("1,234", "JPY", Money(1234, "JPY")),  # one separator + 3 digits: grouping where there are no decimals
        ("1.234", "KWD", Money(1234, "KWD")),  # ... a decimal where there are 3
        ("1,234,567", "CNY", Money(123456700, "CNY")),
        ("1,234,567.8", "CNY", Money(123456780, "CNY")),
        ("₹12,34,567.89", None, Money(123456789, "INR")),  # lakhs and crores, as India groups them
        ("A$0.05", "AUD", Money(5, "AUD")),  # how CLDR writes other countries' dollars
        ("0,05\u00a0$US", "USD", Money(5, "USD")),
        ("1,012.500", "CNY", Money(101250, "CNY")),  # zeros past the cents change nothing
        ("12,3", "CNY", Money(1230, "CNY")),
        ("１２，５０ 元", None, Money(1250, "CNY")),  # full-width digits and comma
        ("CN¥30.00", None, Money(3000, "CNY")),  # what babel prints for en_US
        ("US$1,234.50", None, Money(123450, "USD")),
        ("RUB1,234.50", None, Money(123450, "RUB")),
        ("0.005 KWD", None, Money(5, "KWD")),
        ("¥30 JPY", None, Money(30, "JPY")),  # a code beside a sign settles what the sign means
        ("¥30 CNY", "JPY", Money(3000, "CNY")),
        ("$30 CAD", None, Money(3000, "CAD")),
        ("$30 USD", "CAD", Money(3000, "USD")),
        ("€30 EUR", None, Money(3000, "EUR")),
    ],
)
def test_parse_money(text: str, default: str | None, expected: Money) -> None:
    assert parse_money(text, default) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-5", Money(-500, "CNY")),
        ("-$5", Money(-500, "USD")),
        ("$-5", Money(-500, "USD")),
        ("−5 ₽", Money(-500, "RUB")),
        ("- 1 234,50", Money(-123450, "CNY")),
        ("+5", Money(500, "CNY")),
    ],
)
def test_parse_negative_when_allowed(text: str, expected: Money) -> None:
    assert parse_money(text, "CNY", allow_negative=True) == expected


@pytest.mark.parametrize(
    ("text", "default", "problem"),
    [
        ("", "CNY", "empty amount"),
        ("   ", "CNY", "empty amount"),
        ("abc", "CNY", '"abc": no number'),
        ("USD", None, '"USD": no number'),
        ("30", None, '"30": which currency'),
        ("1 234,50", None, "which currency"),
        ("30 40", "CNY", '"30 40": separators must split the number into groups of 3 digits'),
        ("30 USD 40", None, '"30 USD 40": more than one number'),
        ("30/40", "CNY", "more than one number"),
        ("-5", "CNY", '"-5": a negative amount is not allowed'),
        ("-$5", None, "negative"),
        ("1,2,3.4.5", "CNY", '"1,2,3.4.5": more than one decimal separator'),
        ("1.234,5.6", "CNY", "more than one decimal separator"),
        ("1,234.567 CNY", None, '"1,234.567 CNY": CNY has 2 decimal places, got 3'),
        ("12.3456", "CNY", "CNY has 2 decimal places, got 4"),
        ("12.5 JPY", None, '"12.5 JPY": JPY has 0 decimal places, got 1'),
        ("¥12.50", "JPY", "JPY has 0 decimal places, got 2"),
        ("1.2345 KWD", None, "KWD has 3 decimal places, got 4"),
        # one separator + 3 digits where the currency has cents: a thousand, or too many decimals? Never guessed.
        ("$1,000", None, '"$1,000": the comma could separate thousands (1000) or decimals (1.000)'),
        ("1,234", "CNY", "could separate thousands (1234) or decimals (1.234)"),
        ("45.005", "CNY", '"45.005": the point could separate thousands (45005) or decimals (45.005); write 45005'),
        ("0.005", "CNY", '"0.005": CNY has 2 decimal places, got 3'),  # 0.005 is no thousand
        ("99999999999999999999999", "CNY", "more than Desk holds in one amount (at most 10000000000000.00 CNY)"),
        ("9" * 5000, "USD", "more than Desk holds in one amount"),
        ("1,2345,678", "CNY", "groups of 3 digits"),
        ("1,23,4567", "CNY", "groups of 3 digits"),
        ("1234,567", "CNY", "groups of 3 digits"),
        ("1..5", "CNY", '"1..5": two separators in a row'),
        ("1,5 000", "CNY", "grouping after the decimal separator"),
        ("30 ABC", None, '"30 ABC": unknown currency "ABC"'),
        ("30 RUR", None, 'unknown currency "RUR"'),
        ("12 apples", "CNY", 'unknown currency "apples"'),
        ("$30 EUR", None, '"$30 EUR": two currencies, EUR and USD'),
        ("¥30 USD", None, '"¥30 USD": two currencies, CNY and USD'),
    ],
)
def test_parse_errors_name_the_problem(text: str, default: str | None, problem: str) -> None:
    with pytest.raises(MoneyParseError, match=re.escape(problem)):
        parse_money(text, default)


def test_parse_refuses_an_unknown_default_currency() -> None:
    with pytest.raises(CurrencyError, match="XYZ"):
        parse_money("30", "XYZ")


def test_parse_errors_are_value_errors() -> None:
    assert issubclass(MoneyParseError, ValueError) and issubclass(CurrencyError, ValueError)


currencies = st.sampled_from(["CNY", "USD", "JPY", "KWD", "RUB", "EUR", "KRW"])
amounts = st.builds(Money, st.integers(-(10**15), 10**15), currencies)


@given(amounts)
def test_str_round_trips_through_parse(m: Money) -> None:
    assert parse_money(str(m), allow_negative=True) == m


@given(amounts, st.sampled_from(["en_US", "ru_RU", "de_DE", "zh_CN"]))
def test_formatted_text_round_trips_through_parse(m: Money, locale: str) -> None:
    # the default only settles ¥, which babel prints for JPY in en_US and ru_RU
    assert parse_money(m.format(locale), m.currency, allow_negative=True) == m
