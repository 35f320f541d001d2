"""Importing an account's activity rather than orders: a PayPal activity download (Activity → Download, CSV, English
or German) recorded as the payments we made to suppliers and the refunds we received, each on the order it belongs
to; and telling, from a file's header, what a file Desk cannot import as orders looks like.

The import itself is an operation (`desk.operations.payment_imports.import_payments`); this package holds its rules:
what a file is (`recognise`), how its rows are read (`reading`), which order each belongs to (`matching`), how it
is recorded (`writing`) and what is said about it (`report`)."""

from desk.importing.activity.matching import DAYS_AFTER, DAYS_BEFORE, Plan, match
from desk.importing.activity.reading import Activity, ActivityRow, read_activity
from desk.importing.activity.recognise import (
    PAYPAL_ACTIVITY,
    is_paypal_activity,
    not_orders_message,
    what_it_looks_like,
)
from desk.importing.activity.report import PaymentReport
from desk.importing.activity.writing import write_plan
from desk.importing.problems import ImportFileError
from desk.language import words


def parse_links(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`["5TM93027HC604418B=aliexpress:8123…"]` → {transaction id: PLATFORM:ORDER_NO} (`--link`, repeatable)."""
    links: dict[str, str] = {}
    for item in items:
        txn, eq, key = item.partition("=")
        txn, key = txn.strip(), key.strip()
        if not eq or not txn or ":" not in key:
            raise ImportFileError(
                words.tr(
                    '--link "{0}" is not TXNID=PLATFORM:ORDER_NO (e.g. 5TM93027HC604418B=aliexpress:8123456789012345)'
                ).format(item)
            )
        if links.get(txn, key) != key:
            raise ImportFileError(words.tr("--link {0} names two orders: {1} and {2}").format(txn, links[txn], key))
        links[txn] = key
    return links


__all__ = [
    "DAYS_AFTER",
    "DAYS_BEFORE",
    "PAYPAL_ACTIVITY",
    "Activity",
    "ActivityRow",
    "PaymentReport",
    "Plan",
    "is_paypal_activity",
    "match",
    "not_orders_message",
    "parse_links",
    "read_activity",
    "what_it_looks_like",
    "write_plan",
]
