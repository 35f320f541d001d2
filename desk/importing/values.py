"""Cell text to typed values, with the message a user needs when the text is wrong. Dates and amounts are read
as the file writes them (`desk.importing.text_format`); every amount goes through `desk.money.parse_money`: never a
float."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desk.models import OrderStatus, PaymentMethod, Platform
from desk.money import MAX_MINOR, AmountTooLarge, CurrencyError, Money, MoneyParseError, minor_digits, within_limit


class BadValue(ValueError):
    """A cell's text is not what its column needs; the message is shown as `row N, column C: <message>`."""


class SaidOnce(BadValue):
    """A bad cell whose problem is the file's, said once for the whole file (dates that read two ways): the
    field is bad on its row, and the row adds no message of its own."""


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
    """Trimmed text with runs of white space (line breaks from a spreadsheet cell) made one space. A control
    character no text holds (a NUL, an escape) is refused: it is a broken file, and a workbook Desk writes could
    not hold it."""
    value = " ".join(unicodedata.normalize("NFC", text).split())
    if len(value) > limit:
        raise BadValue(f"{len(value)} characters; at most {limit}")
    control = _CONTROL.search(value)
    if control is not None:
        raise BadValue(f"holds an invisible control character (code {ord(control.group()):#04x}) at position "
                       f"{control.start() + 1}, which no text has; correct the cell")
    return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # left after white space (tab, line breaks) is made one space
# The most pieces one line may hold, and the highest line number: far beyond any order, and their products with
# any amount Desk takes still fit the database's whole numbers.
MOST = 1_000_000_000


_WHOLE = re.compile(r"(?:[x×]\s*)?(\d+)(?:[.,]0+)?(?:\s*(?:pcs?|pieces?|шт\.?|件|个|stk\.?|st\.?))?", re.IGNORECASE)


def whole_number(text: str, what: str) -> int:
    """`2`, a spreadsheet's `2.0` or `2,00`, an order page's `x2` or `2 pcs`."""
    m = _WHOLE.fullmatch(text.strip())
    digits = m.group(1).lstrip("0") if m is not None else ""
    if len(digits) > len(str(MOST)) or int(digits or "0") > MOST:  # by length first: 5,000 digits are not read
        raise BadValue(f'"{text.strip()}" is more than {MOST:,}')
    if not digits:
        raise BadValue(f'"{text.strip()}" is not {what}')
    return int(digits)


def qty(text: str) -> int:
    return whole_number(text, "a whole number of at least 1")


def line_no(text: str) -> int:
    return whole_number(text, "a line number (1, 2, 3 …)")


def cents(text: str, currency_code: str) -> Money:
    """Hundredths of the currency's unit, as AliExpress's data backup writes prices (`15115` is 151.15)."""
    value = text.strip()
    if value.endswith(".0"):
        value = value[:-2]
    if not _CENTS.fullmatch(value):
        raise BadValue(f'"{text.strip()}" is not a whole number of cents')
    if len(value.lstrip("-").lstrip("0")) > len(str(MAX_MINOR)) + 2:  # before it is read: 5,000 digits are not
        raise BadValue(f'"{value}" cents is more than Desk holds in one amount')
    amount = Decimal(value).scaleb(-2)
    try:
        money = Money.of(amount, currency_code)
    except MoneyParseError:
        digits = minor_digits(currency_code)
        raise BadValue(f'"{value}" cents is {amount:f}, but {currency_code} has {digits} decimal places') from None
    try:
        within_limit(money.minor, currency_code, f"{value} cents")
    except AmountTooLarge as exc:
        raise BadValue(str(exc)) from None
    return money


_CENTS = re.compile(r"-?[0-9]+")  # ASCII digits: "²" is a digit to str.isdigit, and no number to Decimal


@dataclass(frozen=True, slots=True)
class PaymentPart:
    method: PaymentMethod
    amount: Money
    reference: str | None = None


def payments(text: str, currency_code: str | None, money: Callable[[str, str | None], Money]) -> list[PaymentPart]:
    """`card:30.00; balance:10.00`: method:amount pairs, each method once, each amount above zero; `money` reads
    an amount as the file writes them."""
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
