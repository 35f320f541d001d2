"""Cell text to typed values, with the message a user needs when the text is wrong. Dates and amounts are read
as the file writes them (`desk.importing.text_format`); every amount goes through `desk.money.parse_money`: never a
float."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desk.language import QT_TRANSLATE_NOOP, words
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
        raise BadValue(words.tr('unknown platform "{0}"; allowed: {1}').format(text.strip(), allowed(PLATFORMS)))
    return found


def payment_method(text: str) -> PaymentMethod:
    found = _METHOD_KEYS.get(_key(text))
    if found is None:
        raise BadValue(words.tr('unknown payment method "{0}"; allowed: {1}').format(text.strip(), allowed(METHODS)))
    return found


def status(text: str) -> OrderStatus:
    found = _STATUS_KEYS.get(_key(text))
    if found is None:
        raise BadValue(words.tr('unknown status "{0}"; allowed: {1}').format(text.strip(), allowed(STATUSES)))
    return found


def currency(text: str) -> str:
    code = text.strip().upper()
    try:
        minor_digits(code)
    except CurrencyError:
        raise BadValue(
            words.tr('unknown currency "{0}"; use an ISO code such as CNY, USD, EUR, RUB').format(text.strip())
        ) from None
    return code


def text_value(text: str, limit: int) -> str:
    """Trimmed text with runs of white space (line breaks from a spreadsheet cell) made one space. A control
    character no text holds (a NUL, an escape) is refused: it is a broken file, and a workbook Desk writes could
    not hold it."""
    value = " ".join(unicodedata.normalize("NFC", text).split())
    if len(value) > limit:
        raise BadValue(words.tr("{0} characters; at most {1}").format(len(value), limit))
    control = _CONTROL.search(value)
    if control is not None:
        raise BadValue(
            words.tr(
                "holds an invisible control character (code {0}) at position {1}, which no text has; correct the cell"
            ).format(f"{ord(control.group()):#04x}", control.start() + 1)
        )
    return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # left after white space (tab, line breaks) is made one space
# The most pieces one line may hold, and the highest line number: far beyond any order, and their products with
# any amount Desk takes still fit the database's whole numbers.
MOST = 1_000_000_000


_WHOLE = re.compile(r"(?:[x×]\s*)?(\d+)(?:[.,]0+)?(?:\s*(?:pcs?|pieces?|шт\.?|件|个|stk\.?|st\.?))?", re.IGNORECASE)


def whole_number(text: str, what: str) -> int:
    """`2`, a spreadsheet's `2.0` or `2,00`, an order page's `x2` or `2 pcs`. `what`: the number wanted, in words
    marked for the catalog (`QT_TRANSLATE_NOOP`)."""
    m = _WHOLE.fullmatch(text.strip())
    digits = m.group(1).lstrip("0") if m is not None else ""
    if len(digits) > len(str(MOST)) or int(digits or "0") > MOST:  # by length first: 5,000 digits are not read
        raise BadValue(words.tr('"{0}" is more than {1}').format(text.strip(), f"{MOST:,}"))
    if not digits:
        raise BadValue(words.tr('"{0}" is not {1}').format(text.strip(), words.tr(what)))
    return int(digits)


def qty(text: str) -> int:
    return whole_number(text, QT_TRANSLATE_NOOP("words", "a whole number of at least 1"))


def line_no(text: str) -> int:
    return whole_number(text, QT_TRANSLATE_NOOP("words", "a line number (1, 2, 3 …)"))


def cents(text: str, currency_code: str) -> Money:
    """Hundredths of the currency's unit, as AliExpress's data backup writes prices (`15115` is 151.15)."""
    value = text.strip()
    if value.endswith(".0"):
        value = value[:-2]
    if not _CENTS.fullmatch(value):
        raise BadValue(words.tr('"{0}" is not a whole number of cents').format(text.strip()))
    if len(value.lstrip("-").lstrip("0")) > len(str(MAX_MINOR)) + 2:  # before it is read: 5,000 digits are not
        raise BadValue(words.tr('"{0}" cents is more than Desk holds in one amount').format(value))
    amount = Decimal(value).scaleb(-2)
    try:
        money = Money.of(amount, currency_code)
    except MoneyParseError:
        digits = minor_digits(currency_code)
        raise BadValue(
            words.tr('"{0}" cents is {1}, but {2} has {3} decimal places').format(
                value, f"{amount:f}", currency_code, digits
            )
        ) from None
    try:
        within_limit(money.minor, currency_code, words.tr("{0} cents").format(value))
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
            raise BadValue(words.tr('"{0}" is not method:amount (e.g. card:30.00; balance:10.00)').format(piece))
        method = payment_method(method_text)
        if method in seen:
            raise BadValue(
                words.tr("{0} appears twice; give each method once with its whole amount").format(method.value)
            )
        seen.add(method)
        amount = money(amount_text, currency_code)
        if amount.minor <= 0:
            raise BadValue(words.tr('"{0}": a payment must be more than zero').format(piece))
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
                raise BadValue(
                    words.tr('"{0}" is {1} characters; a tracking number has at most 64').format(number, len(number))
                )
            found.append(Tracking(number))
    return found
