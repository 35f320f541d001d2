"""PayPal's activity download (Activity → Download, CSV): its columns in English and German, and what each row is,
from its Type (and, where the user added it, its Transaction Event Code, which is the same in every language).

Only two kinds of row are ours to record: a payment we made (a payment type, money out) and a refund we received (a
refund type, money in). Everything else is left out with its reason: money received for a sale, PayPal's fees,
currency conversions (one row per currency, both pointing at the payment they funded), holds and their release,
and transfers between PayPal and a bank or card. A type Desk does not know is left out and named in the report,
never guessed. Sources of the names: tests/fixtures/sources/paypal.md."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from desk.importing.dates import DateOrder
from desk.importing.fields import normalise
from desk.importing.text_format import fold
from desk.language import QT_TRANSLATE_NOOP, words

# field -> the header's names (English, German)
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("Date", "Datum"),
    "name": ("Name",),
    "type": ("Type", "Typ"),
    "status": ("Status",),
    "currency": ("Currency", "Währung"),
    "gross": ("Gross", "Brutto"),
    "fee": ("Fee", "Gebühr"),
    "transaction_id": ("Transaction ID", "Transaktionscode"),
    "reference": ("Reference Txn ID", "Zugehöriger Transaktionscode"),
    "balance_impact": ("Balance Impact", "Auswirkung auf Guthaben"),
    "note": ("Note", "Hinweis"),
    "subject": ("Subject", "Betreff"),
    "event_code": ("Transaction Event Code", "Transaktionsereigniscode"),
}
REQUIRED = ("date", "type", "status", "currency", "gross", "transaction_id")


def column_map(headers: Iterable[str]) -> dict[str, str]:
    """field -> the file's header for it (the first that matches), for the fields the file has."""
    by_name: dict[str, str] = {}
    for header in headers:
        by_name.setdefault(normalise(header), header)
    found = {}
    for field, names in COLUMNS.items():
        named = next((by_name[normalise(n)] for n in names if normalise(n) in by_name), None)
        if named is not None:
            found[field] = named
    return found


def date_order(columns: dict[str, str]) -> DateOrder | None:
    """A German account writes 08.10.2026 (day first), always; an English header is written by US accounts
    (month first) and others (day first) alike, so the file settles it."""
    return DateOrder.DMY if normalise(columns.get("date", "")) == normalise("Datum") else None


class Kind(enum.StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"
    FEE = "fee"
    CONVERSION = "conversion"
    HOLD = "hold"
    TRANSFER = "transfer"
    UNKNOWN = "unknown"


def _folded(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


TYPES: dict[Kind, frozenset[str]] = {
    Kind.PAYMENT: _folded(
        "Express Checkout Payment", "Express Checkout Payment Sent", "PreApproved Payment Bill User Payment",
        "Website Payment", "Web Accept Payment Sent", "Shopping Cart Payment Sent", "Payment Sent", "General Payment",
        "Mobile Payment", "eBay Auction Payment", "Subscription Payment", "Recurring Payment", "Direct Credit Card "
        "Payment", "Mass Pay Payment", "Pre-approved Payment",
        "PayPal Express-Zahlung", "Express-Kaufabwicklung", "Website-Zahlung", "Allgemeine Zahlung", "Handyzahlung",
        "eBay-Auktionszahlung", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "Zahlung im Einzugsverfahren",
        "Abonnementzahlung", "Zahlung gesendet", "Zahlung",
    ),
    Kind.REFUND: _folded("Payment Refund", "Refund", "Rückzahlung", "Rückerstattung", "Zahlungsrückerstattung"),
    Kind.FEE: _folded("Fee", "General Fee", "Fee Reversal", "Gebühr", "Allgemeine Gebühr", "Gebührenrückerstattung"),
    Kind.CONVERSION: _folded(
        "General Currency Conversion", "Currency Conversion", "Allgemeine Währungsumrechnung", "Währungsumrechnung"
    ),
    Kind.HOLD: _folded(
        "Account Hold for Open Authorization", "Account Hold for Open Authorisation", "Reversal of General Account "
        "Hold", "General Authorization", "General Authorisation", "Void of Authorization", "General Hold",
        "General Hold Release", "Einbehaltung für offene Autorisierung", "Rückbuchung allgemeiner Einbehaltung",
        "Rückbuchung allgemeine Einbehaltung", "Allgemeine Autorisierung", "Allgemeine Einbehaltung",
        "Freigabe allgemeiner Einbehaltung",
    ),
    Kind.TRANSFER: _folded(
        "Bank Deposit to PP Account", "General Withdrawal", "General Withdrawal - Bank Transfer",
        "User Initiated Withdrawal", "General Card Deposit", "General Card Withdrawal", "General Credit Card Deposit",
        "General Credit Card Withdrawal", "Withdraw Funds to Bank Account", "Reversal of ACH Deposit",
        "Reversal of ACH Withdrawal Transaction", "Bankgutschrift auf PayPal-Konto", "Bankgutschrift auf PayPal Konto",
        "Allgemeine Abbuchung", "Von Nutzer eingeleitete Abbuchung", "Allgemeine Gutschrift auf Kreditkarte",
        "Allgemeine Abbuchung von Kreditkarte", "Rückbuchung von ACH-Gutschrift", "Rückbuchung von ACH-Abbuchung",
        "ACH-Überweisung als Zahlungsquelle für Ausgleich von Kontoguthaben", "Überweisung als Zahlungsquelle",
    ),
}
_BY_TYPE = {name: kind for kind, names in TYPES.items() for name in names}

# PayPal's transaction event codes (T-codes) by their first digits, for a type whose name Desk does not know.
_BY_CODE = (
    ("T1107", Kind.REFUND), ("T1105", Kind.HOLD), ("T00", Kind.PAYMENT), ("T01", Kind.FEE), ("T02", Kind.CONVERSION),
    ("T03", Kind.TRANSFER), ("T04", Kind.TRANSFER), ("T05", Kind.TRANSFER), ("T06", Kind.TRANSFER),
    ("T07", Kind.TRANSFER), ("T13", Kind.HOLD), ("T15", Kind.HOLD), ("T21", Kind.HOLD),
)


def kind_of(type_text: str, event_code: str = "") -> Kind:
    """What a row is by its Type ("Bank Deposit to PP Account " with PayPal's trailing space too), else by its
    event code."""
    found = _BY_TYPE.get(fold(type_text))
    if found is not None:
        return found
    code = event_code.strip().upper()
    return next((kind for prefix, kind in _BY_CODE if code.startswith(prefix)), Kind.UNKNOWN)


# A payment or refund in one of these is settled money: "Refunded" and "Partially Refunded" are payments a refund
# row follows. Any other status (Pending, Denied, Reversed, Canceled, Removed…) is left out with its name.
SETTLED = _folded(
    "Completed", "Cleared", "Refunded", "Partially Refunded", "Abgeschlossen", "Erstattet", "Teilweise erstattet",
    "Teilweise rückerstattet",
)
MEMO = _folded("Memo")  # Balance Impact of a row that moves no money (an authorization)

# Why a row is left out, as the report says it (in English here, and in the JSON; the report's lines translate it).
REASONS = {
    Kind.FEE: QT_TRANSLATE_NOOP("words", "PayPal fees"),
    Kind.CONVERSION: QT_TRANSLATE_NOOP("words", "currency conversions (the payment they paid for is a row of its own)"),
    Kind.HOLD: QT_TRANSLATE_NOOP("words", "holds and their release (money set aside, then given back)"),
    Kind.TRANSFER: QT_TRANSLATE_NOOP("words", "transfers between PayPal and a bank or card"),
}
RECEIVED = QT_TRANSLATE_NOOP("words", "money received for a sale, not a payment to a supplier")
REFUND_SENT = QT_TRANSLATE_NOOP("words", "refunds we sent to a buyer")
MOVES_NOTHING = QT_TRANSLATE_NOOP("words", "moves no money (Balance Impact: Memo)")
NOTHING_PAID = QT_TRANSLATE_NOOP("words", "an amount of zero")
REPEATED = QT_TRANSLATE_NOOP("words", "the same transaction again (a row above has its transaction id)")


def not_settled(status: str) -> str:
    return words.tr('not completed (status "{0}")').format(status.strip())


def unknown_type(type_text: str) -> str:
    return words.tr('a type Desk does not know ("{0}")').format(type_text.strip())
