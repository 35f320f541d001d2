"""Money as integer minor units of an ISO 4217 currency: parsing, formatting, splitting, conversion.

No float ever touches an amount: values are ints, and Decimal only where a human reads or writes one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache, total_ordering
from itertools import pairwise

from babel.core import get_global
from babel.numbers import format_currency, get_currency_precision

from desk.errors import DeskError
from desk.language import words


class CurrencyError(ValueError):
    """An unknown currency code, or two currencies mixed in one operation."""


@lru_cache(maxsize=64)
def _currency_pattern(locale: str) -> str:
    """The locale's standard currency pattern (positive part), e.g. "¤#,##0.00" for en_US."""
    from babel import Locale

    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return str(pattern).split(";")[0]


class MoneyParseError(DeskError, ValueError):
    """User input that is not an amount of money; the message is shown to the user as is."""


class TooManyPlaces(MoneyParseError):
    """An amount with more decimals than its currency has (45.005 CNY): refused unless the caller rounds."""


class AmbiguousSeparator(MoneyParseError):
    """An amount whose one point or comma may separate thousands or decimals (`45.005` CNY: 45005, or 45.005 with
    more decimals than CNY has), where nobody said which mark the writer uses: refused, never read as a thousand."""


class AmountTooLarge(MoneyParseError):
    """An amount beyond `MAX_MINOR`: no purchase is that large, and sums of such amounts would not fit."""


# The largest amount read from text, in minor units: 10,000,000,000,000.00 in a currency with cents. Amounts are
# stored as SQLite's 64-bit integers (at most 9.2 × 10^18); this leaves room for sums of thousands of them
# (order totals, a month's spending) while no real order comes near it.
MAX_MINOR = 10**15


# CLDR's digits are for display and drop minor units nobody uses in cash; ISO 4217 keeps them.
# We store ISO minor units so amounts from banks and platforms fit exactly.
_ISO_DIGITS = dict.fromkeys(["AFN", "ALL", "IRR", "KPW", "LAK", "LBP", "MGA", "MMK", "RSD", "SOS", "SYP", "YER"], 2)
_ISO_DIGITS["IQD"] = 3
# ISO codes without minor units (metals, SDR, bond units, testing) and CNH (offshore yuan, not ISO).
_NOT_MONEY = frozenset(
    {"XAG", "XAU", "XPD", "XPT", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD", "XTS", "XXX", "CNH"}
)


@cache
def _current_codes() -> frozenset[str]:
    # Currencies in use somewhere today; historic codes (DEM, RUR…) would only hide typos.
    territories = get_global("territory_currencies").values()
    codes = {code for entries in territories for code, _start, end, _tender in entries if end is None}
    return frozenset(codes - _NOT_MONEY)


def minor_digits(code: str) -> int:
    """Decimal places of the currency's minor unit (JPY 0, CNY 2, KWD 3); CurrencyError if unknown."""
    if not isinstance(code, str) or code.upper() not in _current_codes():
        raise CurrencyError(f"unknown currency {code!r}")
    return _digits(code.upper())


@cache
def _digits(code: str) -> int:
    return _ISO_DIGITS.get(code, get_currency_precision(code))


def _too_many_places(text: str, currency: str, digits: int, got: int) -> str:
    return words.tr('"{0}": {1} has {2} decimal places, got {3}').format(text, currency, digits, got)


def _round_half_even(num: int, den: int) -> int:
    quotient, rest = divmod(num, den)  # floor division, 0 <= rest < den
    if 2 * rest > den or (2 * rest == den and quotient % 2):
        quotient += 1
    return quotient


def _decimal_parts(value: Decimal) -> tuple[int, int]:
    """(coefficient, exponent) with value == coefficient * 10**exponent, exactly."""
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {value}")
    sign, digits, exponent = value.as_tuple()
    coefficient = int("".join(map(str, digits)))
    return (-coefficient if sign else coefficient), int(exponent)


@total_ordering
@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError(f"minor units must be an int, got {type(self.minor).__name__}")
        minor_digits(self.currency)
        object.__setattr__(self, "currency", self.currency.upper())

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def of(cls, value: str | int | Decimal, currency: str) -> Money:
        """Exact amount in major units: Money.of("30.5", "CNY") is 3050 fen. Never rounds."""
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            raise TypeError(f"Money.of needs str, int or Decimal, not {type(value).__name__}")
        digits = minor_digits(currency)
        try:
            coefficient, exponent = _decimal_parts(Decimal(value))
        except InvalidOperation:
            raise MoneyParseError(words.tr('"{0}": not a number').format(value)) from None
        shift = exponent + digits
        if shift >= 0:
            return cls(coefficient * 10**shift, currency)
        minor, rest = divmod(coefficient, 10**-shift)
        if rest:
            places = -exponent - (len(str(coefficient)) - len(str(coefficient).rstrip("0")))
            raise MoneyParseError(_too_many_places(str(value), currency.upper(), digits, places))
        return cls(minor, currency)

    @property
    def amount(self) -> Decimal:
        return Decimal(f"{self.minor}E-{minor_digits(self.currency)}")  # from str: exact, no context

    @property
    def is_zero(self) -> bool:
        return self.minor == 0

    def __str__(self) -> str:
        return f"{self.amount:f} {self.currency}"

    def format(self, locale: str = "en_US") -> str:
        """Localised display, e.g. CN¥30.00 (en_US), ¥30.00 (zh_CN), 1 234,50 ₽ (ru_RU), always with the currency's
        ISO 4217 minor digits: CLDR gives some fewer (IQD 0 where ISO has 3), and "IQD3,125" for 3,125.000 would read
        back as 3.125 (a comma before three digits is a decimal mark in many languages)."""
        digits = minor_digits(self.currency)
        fraction = "." + "0" * digits if digits else ""
        pattern = re.sub(r"\.0+|(?<=0)(?=[^#0,.]|$)", fraction, _currency_pattern(locale), count=1)
        return format_currency(
            self.amount, self.currency, format=pattern, locale=locale, currency_digits=False, decimal_quantization=False
        )

    def _same(self, other: Money, verb: str) -> None:
        if self.currency != other.currency:
            raise CurrencyError(f"cannot {verb} {self} and {other}")

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int):
            raise TypeError(f"Money can only be multiplied by an int, not {type(factor).__name__}; use convert()")
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: object) -> bool:  # total_ordering derives <=, >, >= from this and ==
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.minor < other.minor


def sum_money(items: Iterable[Money], currency: str) -> Money:
    """Sum of items, Money.zero(currency) when empty; CurrencyError if any is in another currency."""
    total = Money.zero(currency)
    for item in items:
        total += item
    return total


def split(total: Money, weights: Sequence[int]) -> list[Money]:
    """Split by weights with the largest-remainder method: the parts always add up to total."""
    if any(isinstance(w, bool) or not isinstance(w, int) for w in weights):
        raise TypeError("weights must be ints")
    if any(w < 0 for w in weights) or sum(weights) <= 0:
        raise ValueError(f"weights must be non-negative with at least one positive, got {list(weights)}")
    if total.minor < 0:
        return [-part for part in split(-total, weights)]
    whole = sum(weights)
    shares = [divmod(total.minor * w, whole) for w in weights]
    parts = [floor for floor, _ in shares]
    leftover = total.minor - sum(parts)  # < number of parts with a non-zero remainder
    by_remainder = sorted(range(len(shares)), key=lambda i: (-shares[i][1], i))
    for i in by_remainder[:leftover]:
        parts[i] += 1
    return [Money(part, total.currency) for part in parts]


def convert(m: Money, rate: Decimal, to: str) -> Money:
    """m in currency `to`, where rate is units of `to` per one unit of m.currency; rounds half-even."""
    if not isinstance(rate, Decimal):
        raise TypeError(f"rate must be a Decimal, not {type(rate).__name__}")
    coefficient, exponent = _decimal_parts(rate)
    if coefficient <= 0:
        raise ValueError(f"rate must be positive, got {rate}")
    # m.minor * 10**-from_digits * rate * 10**to_digits, in integers.
    shift = exponent - minor_digits(m.currency) + minor_digits(to)
    if shift >= 0:
        return Money(m.minor * coefficient * 10**shift, to)
    return Money(_round_half_even(m.minor * coefficient, 10**-shift), to)


# --- parsing what people type ----------------------------------------------------------------------------------

_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"})
_SYMBOLS = {"€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "₴": "UAH", "₸": "KZT", "₺": "TRY", "₽": "RUB", "元": "CNY"}
_SYMBOLS |= {"円": "JPY", "rmb": "CNY", "cn¥": "CNY", "jp¥": "JPY", "us$": "USD"}
_SYMBOLS |= dict.fromkeys(["руб", "руб.", "р", "р.", "рубль", "рубля", "рублей"], "RUB")
_SYMBOLS |= {"r$": "BRL", "zł": "PLN", "kč": "CZK", "₱": "PHP", "₫": "VND", "฿": "THB", "₪": "ILS", "£gb": "GBP"}
# The letters beside "$" that say whose dollars: "US $12.99", "C $5" (eBay, AliExpress), and how CLDR writes them
# where the local dollar is another ("A$", "CA$", "$US", "$ AU", "NZ$"), as `Money.format` shows them.
DOLLAR_PREFIXES = {"us": "USD", "c": "CAD", "ca": "CAD", "au": "AUD", "a": "AUD", "nz": "NZD", "hk": "HKD", "sg": "SGD",
                   "mx": "MXN", "nt": "TWD"}
_COUNTRY_DOLLAR = re.compile(r"([a-z]{1,2}) ?\$|\$ ?([a-z]{1,2})")
_NUMBER = re.compile(r"[0-9](?:[0-9.,'’ ]*[0-9])?")  # after NFKC, NBSP and narrow NBSP are plain spaces
_SIGNS = "+-−"
_SCIENTIFIC = re.compile(r"[+\-−]?[0-9]+(?:[.,][0-9]+)?[eE][+\-]?[0-9]+")  # 1e400, 1.5E+12


def _currency_of(text: str, token: str, default: str | None, symbols: Mapping[str, str]) -> str:
    key = " ".join(token.casefold().split())
    for sign, code in symbols.items():
        if key == " ".join(sign.casefold().split()):
            return code
    if key == "¥":  # CNY and JPY share the sign; Desk's suppliers are Chinese, so ¥ is CNY unless JPY is the default
        return "JPY" if default == "JPY" else "CNY"
    if key == "$":
        return default if default in _DOLLARS else "USD"
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    dollars = _COUNTRY_DOLLAR.fullmatch(key)
    if dollars and (dollars.group(1) or dollars.group(2)) in DOLLAR_PREFIXES:
        return DOLLAR_PREFIXES[dollars.group(1) or dollars.group(2)]
    if re.fullmatch("[a-z]{3}", key) and key.upper() in _current_codes():
        return key.upper()
    raise MoneyParseError(words.tr('"{0}": unknown currency "{1}"').format(text, token))


def _currency_in(text: str, tokens: list[str], default: str | None, symbols: Mapping[str, str]) -> str | None:
    """The currency named before and/or after the number; a code settles a sign beside it: "¥30 JPY"."""
    found = [_currency_of(text, token, default, symbols) for token in tokens]
    if len(found) == 2:
        found = [_currency_of(text, tokens[0], found[1], symbols), _currency_of(text, tokens[1], found[0], symbols)]
    if len(set(found)) > 1:
        first, second = sorted(set(found))[:2]
        raise MoneyParseError(words.tr('"{0}": two currencies, {1} and {2}').format(text, first, second))
    return found[0] if found else None


def _take_sign(prefix: str) -> tuple[bool, str]:
    """A sign before or after a leading symbol: "-$", "$-", "-" → (negative, rest)."""
    if prefix and prefix[0] in _SIGNS:
        return prefix[0] != "+", prefix[1:].strip()
    if prefix and prefix[-1] in _SIGNS:
        return prefix[-1] != "+", prefix[:-1].strip()
    return False, prefix


def _decimal_separator(text: str, number: str, digits: int, decimal: str | None) -> int | None:
    """Index of the decimal separator in number, or None when every '.' and ',' is grouping. `decimal`: the mark
    the writer is known to use ("." or ","); the other one is then grouping only."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return None
    if decimal is not None:
        if marks.count(decimal) > 1:
            raise MoneyParseError(words.tr('"{0}": more than one decimal separator "{1}"').format(text, decimal))
        if decimal in marks and marks[-1] != decimal:
            raise MoneyParseError(words.tr('"{0}": grouping after the decimal separator "{1}"').format(text, decimal))
        return number.rindex(decimal) if decimal in marks else None
    last = number.rindex(marks[-1])
    if len(set(marks)) == 2:  # 1.234,50 or 1,234.50: the last kind is decimal
        if marks.count(marks[-1]) > 1:
            raise MoneyParseError(words.tr('"{0}": more than one decimal separator').format(text))
        return last
    if len(marks) > 1:  # 1,234,567
        return None
    whole, fraction = number[:last], number[last + 1 :]
    if len(fraction) != 3 or digits == 3 or whole.startswith("0") or not whole.isdigit():
        return last  # 12.5, 0.005, 1 234.567: only a decimal mark reads so (1.234 KWD has 3 decimals)
    if digits == 0 or len(whole) > 3:
        return None  # ¥1,234: a currency without minor units has no decimals to write (Desk shows it so)
    # 45.005 CNY: 45005, or 45.005 with a decimal more than CNY has? Nothing here says which: never a thousand unasked.
    said = (
        words.tr(
            '"{0}": the point could separate thousands ({1}) or decimals ({2}); write {1}, or the amount with at most '
            "{3} decimal places"
        )
        if marks[0] == "."
        else words.tr(
            '"{0}": the comma could separate thousands ({1}) or decimals ({2}); write {1}, or the amount with at most '
            "{3} decimal places"
        )
    )
    raise AmbiguousSeparator(said.format(text, f"{whole}{fraction}", f"{whole}.{fraction}", digits))


def _to_minor(text: str, number: str, currency: str, decimal: str | None, round_places: bool) -> int:
    digits = minor_digits(currency)
    separators = [i for i, c in enumerate(number) if not c.isdigit()]
    if any(b - a == 1 for a, b in pairwise(separators)):
        raise MoneyParseError(words.tr('"{0}": two separators in a row').format(text))
    point = _decimal_separator(text, number, digits, decimal)
    whole, fraction = (number, "") if point is None else (number[:point], number[point + 1 :])
    if fraction and not fraction.isdigit():
        raise MoneyParseError(words.tr('"{0}": digit grouping after the decimal separator').format(text))
    groups = re.split(r"[.,'’ ]", whole)
    if len(groups) > 1 and not _grouped(groups):
        raise MoneyParseError(words.tr('"{0}": separators must split the number into groups of 3 digits').format(text))
    units = "".join(groups).lstrip("0")
    if len(fraction) > digits and not fraction[digits:].strip("0"):
        fraction = fraction[:digits]  # 12.500 CNY is 12.50 exactly: zeros past the cents change nothing
    if len(units) + digits > len(str(MAX_MINOR)):  # before int(): a number of 5,000 digits is refused, not read
        raise _too_large(text, currency)
    if len(fraction) > digits:
        if not round_places:
            raise TooManyPlaces(_too_many_places(text, currency, digits, len(fraction)))
        # Rounded as a person rounds a price: half a cent up (in whole numbers: a Decimal of many digits would be
        # rounded to its context's 28 first, and 0.00499999…9 with 30 nines would come out a cent).
        minor = int((units or "0") + fraction[:digits]) + (fraction[digits] >= "5")
    else:
        minor = int((units or "0") + fraction.ljust(digits, "0"))
    return within_limit(minor, currency, text)


def _grouped(groups: list[str]) -> bool:
    """Thousands (1,234,567) or, as India writes them, lakhs and crores (12,34,567): the last group of 3 digits."""
    head, *middle, last = groups
    if len(last) != 3 or not 1 <= len(head) <= 3:
        return False
    return all(len(g) == 3 for g in middle) or (len(head) <= 2 and all(len(g) == 2 for g in middle))


def _too_large(text: str, currency: str) -> AmountTooLarge:
    return AmountTooLarge(
        words.tr('"{0}": more than Desk holds in one amount (at most {1})').format(text, Money(MAX_MINOR, currency))
    )


def within_limit(minor: int, currency: str, text: str) -> int:
    """`minor`, or `AmountTooLarge` naming `text` when it is beyond `MAX_MINOR` either way."""
    if abs(minor) > MAX_MINOR:
        raise _too_large(text, currency)
    return minor


def parse_money(
    text: str,
    default_currency: str | None = None,
    *,
    allow_negative: bool = False,
    decimal: str | None = None,
    symbols: Mapping[str, str] | None = None,
    round_places: bool = False,
) -> Money:
    """Read an amount as people type it: "1 234,50 ₽", "$1,000.00", "USD 30", "30元", "₹12,34,567.89". Never rounds
    unless told, never more than `MAX_MINOR` (`AmountTooLarge`). One point or comma before three digits ("45.005",
    "1,000") reads two ways where the currency has cents, and is refused (`AmbiguousSeparator`) unless `decimal`
    says which; without minor units (¥1,234) it groups thousands, with three (1.234 KWD) it is the decimal mark.

    What a file's writer is known to do can be given: `decimal`, the decimal mark ("." or ","; the other is then
    grouping only, so "45.005" is 45.005 and not 45005); `symbols`, what a sign or prefix means there
    ({"¥": "JPY"}); `round_places`, round an amount with more decimals than its currency has (else `TooManyPlaces`)."""
    default = None if default_currency is None else default_currency.upper()
    if default is not None:
        minor_digits(default)
    shown = text.strip()
    normal = unicodedata.normalize("NFKC", text)  # full-width ￥１２，５ and NBSPs to plain forms
    normal = "".join(c for c in normal if unicodedata.category(c) != "Cf").strip()  # and no direction marks (ar)
    if not normal:
        raise MoneyParseError(words.tr("empty amount: type a number such as 30 or 30.50 CNY"))
    numbers = list(_NUMBER.finditer(normal))
    if not numbers:
        raise MoneyParseError(words.tr('"{0}": no number in it').format(shown))
    if len(numbers) > 1:
        if _SCIENTIFIC.fullmatch(normal):
            raise MoneyParseError(
                words.tr('"{0}": a number in scientific notation, not an amount; write it in full').format(shown)
            )
        raise MoneyParseError(words.tr('"{0}": more than one number').format(shown))
    before, after = normal[: numbers[0].start()].strip(), normal[numbers[0].end() :].strip()
    negative, before = _take_sign(before)
    tokens = [token for token in (before, after) if token]
    currency = _currency_in(shown, tokens, default, symbols or {}) or default
    if currency is None:
        raise MoneyParseError(words.tr('"{0}": which currency? Add a code such as CNY or USD').format(shown))
    if negative and not allow_negative:
        raise MoneyParseError(words.tr('"{0}": a negative amount is not allowed here').format(shown))
    minor = _to_minor(shown, numbers[0].group(), currency, decimal, round_places)
    return Money(-minor if negative else minor, currency)
