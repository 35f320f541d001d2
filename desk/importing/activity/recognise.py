"""What a file is, told from its header row, when it is an account's activity rather than an orders export: a PayPal
activity download (which `desk import` reads as payments and refunds), or a kind Desk knows but cannot import, so
that the user is told what the file looks like instead of which order columns it lacks. (eBay's transaction report
is not among them: its Order rows import as orders, `desk.importing.presets.ebay`.)

    what_it_looks_like(sheet.headers)   # "a PayPal activity download", "a PayPal statement" or None

Columns are matched as the import matches them (`desk.importing.fields.normalise`: case, spaces and punctuation
aside), English and German alike; a PayPal download whose user picked other fields still has the ones named here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desk.importing.fields import normalise
from desk.language import QT_TRANSLATE_NOOP, words

PAYPAL_ACTIVITY = QT_TRANSLATE_NOOP("words", "a PayPal activity download")
INSTEAD = QT_TRANSLATE_NOOP("words", "Desk reads PayPal's activity download instead: Activity → Download, CSV")


@dataclass(frozen=True)
class Known:
    """A kind of file: `words` say what it is; every group of `needs` must be in the header (any name of the group,
    in any language Desk reads it in), and no name of `lacks`."""

    words: str  # marked for the catalog, and shown translated
    needs: tuple[tuple[str, ...], ...]
    lacks: tuple[str, ...] = ()
    advice: str = ""  # what to do instead, for a kind Desk cannot import

    def matches(self, names: set[str]) -> bool:
        if any(normalise(n) in names for n in self.lacks):
            return False
        return all(any(normalise(n) in names for n in group) for group in self.needs)


KNOWN: tuple[Known, ...] = (
    Known(
        PAYPAL_ACTIVITY,
        (("Date", "Datum"), ("Type", "Typ"), ("Status",), ("Currency", "Währung"), ("Gross", "Brutto"),
         ("Transaction ID", "Transaktionscode")),
    ),
    # Reports → Statements ("Kontoauszug"): the type is in Description and there is no Status.
    Known(
        QT_TRANSLATE_NOOP("words", "a PayPal statement"),
        (("Description", "Beschreibung"), ("Gross", "Brutto"), ("Transaction ID", "Transaktionscode")),
        lacks=("Type", "Typ"),
        advice=INSTEAD,
    ),
    # The 2017 "History download": Date, Time, Time Zone, Name, Type, Status, Amount, Receipt ID, Balance.
    Known(
        QT_TRANSLATE_NOOP("words", "an older PayPal history download"),
        (("Type",), ("Status",), ("Amount",), ("Receipt ID",), ("Balance",)),
        lacks=("Gross",),
        advice=INSTEAD,
    ),
)


def recognised(headers: Iterable[str]) -> Known | None:
    names = {normalise(h) for h in headers if h}
    return next((known for known in KNOWN if known.matches(names)), None)


def what_it_looks_like(headers: Iterable[str]) -> str | None:
    """`"a PayPal activity download"`, `"a PayPal statement"`, `"an older PayPal history download"` or None."""
    known = recognised(headers)
    return None if known is None else known.words


def is_paypal_activity(headers: Iterable[str]) -> bool:
    return what_it_looks_like(headers) == PAYPAL_ACTIVITY


def not_orders_message(file_name: str, headers: Iterable[str]) -> str | None:
    """What to tell a user who gave such a file to the orders import: what it looks like and what to do instead;
    None when it looks like none of them (or like the PayPal activity download, which imports as payments)."""
    known = recognised(headers)
    if known is None or known.words == PAYPAL_ACTIVITY:
        return None
    said = words.tr("{0} looks like {1}, not an orders export, and Desk cannot import it: {2}")
    return said.format(file_name, words.tr(known.words), words.tr(known.advice))
