"""Values as people type them, read by the operation that knows what they mean (the currency an amount without
one is in is the account's, the deposit's, …), with a refusal that names the field."""

from __future__ import annotations

from desk.errors import DeskError
from desk.money import Money, MoneyParseError, parse_money


def typed_money(text: str, currency: str | None, what: str) -> Money:
    """`text` as an amount, in `currency` unless it names another (none: it must name one); `what` names the
    field in a refusal ("the transfer fee: "twelve": no number in it")."""
    try:
        return parse_money(text, currency)
    except MoneyParseError as error:
        raise DeskError(f"{what}: {error}") from None
