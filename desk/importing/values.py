"""Cell text to typed values, with the message a user needs when the text is wrong. Every amount goes through
`desk.money.parse_money`: never a float. Parsers cache their answers (exports repeat dates, suppliers, prices)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desk.models import OrderStatus, PaymentMethod, Platform
from desk.money import CurrencyError, Money, MoneyParseError, minor_digits, parse_money


class BadValue(ValueError):
    """A cell's text is not what its column needs; the message is shown as `row N, column C: <message>`."""


def allowed(values: list[str]) -> str:
    return ", ".join(values)


PLATFORMS = [p.value for p in Platform]
METHODS = [m.value for m in PaymentMethod]
STATUSES = [s.value for s in OrderStatus]


def _key(text: str) -> str:
    """`Apple Pay`, `apple-pay`, `APPLE_PAY` → `apple_pay`."""
    return re.sub(r"[\s\-]+", "_", unicodedata.normalize("NFKC", text).strip().casefold())


_PLATFORM_KEYS = {_key(p.value): p for p in Platform} | {_key(p.label): p for p in Platform}
_METHOD_KEYS = {_key(m.value): m for m in PaymentMethod} | {_key(m.label): m for m in PaymentMethod}
_STATUS_KEYS = {_key(s.value): s for s in OrderStatus}


def platform(text: str) -> Platform:
    found = _PLATFORM_KEYS.get(_key(text))
    if found is None:
        raise BadValue(f'unknown platform "{text.strip()}"; allowed: {allowed(PLATFORMS)}')
    return found


def payment_method(text: str) -> PaymentMethod:
    found = _METHOD_KEYS.get(_key(text))
    if found is None:
        raise BadValue(f'unknown payment method "{text.strip()}"; allowed: {allowed(METHODS)}')
    return found


def status(text: str) -> OrderStatus:
    found = _STATUS_KEYS.get(_key(text))
    if found is None:
        raise BadValue(f'unknown status "{text.strip()}"; allowed: {allowed(STATUSES)}')
    return found


def currency(text: str) -> str:
    code = text.strip().upper()
    try:
        minor_digits(code)
    except CurrencyError:
        raise BadValue(f'unknown currency "{text.strip()}"; use an ISO code such as CNY, USD, EUR, RUB') from None
    return code


def text_value(text: str, limit: int) -> str:
    """Trimmed text with runs of white space (line breaks from a spreadsheet cell) made one space."""
    value = " ".join(unicodedata.normalize("NFC", text).split())
    if len(value) > limit:
        raise BadValue(f"{len(value)} characters; at most {limit}")
    return value


def whole_number(text: str, what: str) -> int:
    value = text.strip()
    if value.endswith(".0"):  # a spreadsheet's 2.0
        value = value[:-2]
    if not value.isdigit() or int(value) < 1:
        raise BadValue(f'"{text.strip()}" is not {what}')
    return int(value)


def qty(text: str) -> int:
    return whole_number(text, "a whole number of at least 1")


def line_no(text: str) -> int:
    return whole_number(text, "a line number (1, 2, 3 …)")


# -- dates --------------------------------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?: .*)?$")
_DMY_DOTS = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$")  # 23.11.2026: day first wherever dots are used
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})(?: .*)?$")
_NAMED = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%b-%d-%y", "%d-%b-%y", "%b-%d-%Y", "%d-%b-%Y")


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise BadValue(f'"{text}" is not a date: no such day') from None


def parse_date(text: str, *, us_slashes: bool = False) -> date:
    """A calendar date as written: ISO `2026-11-23` (a time after it is ignored: the date is the one written),
    `2026/11/23`, `23.11.2026`, `Nov 23, 2026`, `23 Nov 2026`, eBay's `Nov-23-26`. `11/23/2026` is ambiguous
    (is 03/04 March or April?) and refused unless the export is known to be American (`us_slashes`)."""
    value = text.strip()
    for pattern, order in ((_ISO, "ymd"), (_YMD, "ymd"), (_DMY_DOTS, "dmy")):
        m = pattern.match(value)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
            return _make(parts["y"], parts["m"], parts["d"], value)
    m = _SLASHED.match(value)
    if m:
        if not us_slashes:
            raise BadValue(f'"{value}": day/month order is ambiguous; write dates as YYYY-MM-DD, e.g. 2026-11-23')
        month, day, year = (int(g) for g in m.groups())
        return _make(year + 2000 if year < 100 else year, month, day, value)
    tokens = value.split()
    candidates = dict.fromkeys([value, *tokens[:1], " ".join(tokens[:3])])  # a time after the date is ignored
    for fmt in _NAMED:
        for candidate in candidates:
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    raise BadValue(f'"{value}" is not a date like 2026-11-23')


# -- money --------------------------------------------------------------------------------------------------------

_COUNTRY_DOLLAR = re.compile(r"^\s*(US|C|CA|AU|A|NZ|HK|SG)\s*\$", re.IGNORECASE)
_DOLLAR_CODES = {"us": "USD", "c": "CAD", "ca": "CAD", "au": "AUD", "a": "AUD", "nz": "NZD", "hk": "HKD", "sg": "SGD"}


def money(text: str, currency_code: str | None, *, allow_negative: bool = False) -> Money:
    """An amount in the order's currency (`currency_code`), or in the currency the text names when the order's
    is not known yet. `US $12.99` and `C $5` (eBay, AliExpress) name their dollars."""
    value = _COUNTRY_DOLLAR.sub(lambda m: _DOLLAR_CODES[m.group(1).casefold()] + " ", text)
    try:
        amount = parse_money(value, currency_code, allow_negative=allow_negative)
    except (MoneyParseError, CurrencyError) as exc:
        raise BadValue(str(exc)) from None
    if currency_code is not None and amount.currency != currency_code.upper():
        raise BadValue(f'"{text.strip()}" is in {amount.currency} but the order is in {currency_code.upper()}')
    return amount


def cents(text: str, currency_code: str) -> Money:
    """Hundredths of the currency's unit, as AliExpress's data backup writes prices (`15115` is 151.15)."""
    value = text.strip()
    if value.endswith(".0"):
        value = value[:-2]
    if not value.lstrip("-").isdigit():
        raise BadValue(f'"{text.strip()}" is not a whole number of cents')
    amount = Decimal(value).scaleb(-2)
    try:
        return Money.of(amount, currency_code)
    except MoneyParseError:
        digits = minor_digits(currency_code)
        raise BadValue(f'"{value}" cents is {amount:f}, but {currency_code} has {digits} decimal places') from None


@dataclass(frozen=True, slots=True)
class PaymentPart:
    method: PaymentMethod
    amount: Money
    reference: str | None = None


def payments(text: str, currency_code: str | None) -> list[PaymentPart]:
    """`card:30.00; balance:10.00`: method:amount pairs, each method once, each amount above zero."""
    parts: list[PaymentPart] = []
    seen: set[PaymentMethod] = set()
    for piece in (p.strip() for p in text.split(";")):
        if not piece:
            continue
        method_text, colon, amount_text = piece.partition(":")
        if not colon or not method_text.strip() or not amount_text.strip():
            raise BadValue(f'"{piece}" is not method:amount (e.g. card:30.00; balance:10.00)')
        method = payment_method(method_text)
        if method in seen:
            raise BadValue(f"{method.value} appears twice; give each method once with its whole amount")
        seen.add(method)
        amount = money(amount_text, currency_code)
        if amount.minor <= 0:
            raise BadValue(f'"{piece}": a payment must be more than zero')
        parts.append(PaymentPart(method, amount))
        currency_code = amount.currency  # the rest must be in the same currency
    return parts


@dataclass(frozen=True, slots=True)
class Tracking:
    number: str
    carrier: str | None = None


def tracking_numbers(text: str) -> list[Tracking]:
    """Tracking numbers separated by `;` or `,` (a line shipped in parts has several)."""
    found: list[Tracking] = []
    for piece in re.split(r"[;,]", text):
        number = "".join(piece.split())
        if number:
            if len(number) > 64:
                raise BadValue(f'"{number}" is {len(number)} characters; a tracking number has at most 64')
            found.append(Tracking(number))
    return found
