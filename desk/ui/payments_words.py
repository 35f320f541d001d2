"""A PayPal import's report (`desk.importing.activity.PaymentReport`) in the window's words: how each payment was
matched and what Import does with it, and the core's messages without the command line's options (the dialog
offers its own choices: a link is an order the user chose), with dates and amounts in the user's locale.

    plain("row 13, column Transaction ID: --link 3MZ09173HV558240D: no order other:QB-1 in Desk")
    # → "row 13, column Transaction ID: no order other:QB-1 in Desk"
"""

from __future__ import annotations

import re
from datetime import date

from desk.importing.activity.matching import Action, By
from desk.importing.activity.report import Entry
from desk.money import Money, MoneyParseError
from desk.ui.locale_text import date_text, money_text
from desk.ui.tr_context import TrContext

_LINK = re.compile(r"--link \S+: ")
_FLAGS = re.compile(r"\s*\([^()]*--[^()]*\)")  # "(--dates DMY or MDY)", "(--round)"
_ISO = re.compile(r"(?<![\w.-])(\d{4}-\d{2}-\d{2})(?![\w-])")
_MONEY = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?) ([A-Z]{3})\b")
_CHOSEN = (
    ("but --link names", "but you chose"),
    (" (Reference Txn ID)", ""),
    ("link that payment or this refund", "choose the order for that payment or for this refund"),
)


PaymentsWords = TrContext("PaymentsWords")


def plain(text: str) -> str:
    """A message of the PayPal import as the window says it."""
    text = _LINK.sub("", text)
    for cli, said in _CHOSEN:
        text = text.replace(cli, said)
    text = _FLAGS.sub("", text)
    text = _ISO.sub(_date, text)
    return _MONEY.sub(_money, text)


def _date(m: re.Match[str]) -> str:
    try:
        return date_text(date.fromisoformat(m[1]))
    except ValueError:  # not a date after all
        return m[0]


def sentence(text: str) -> str:
    """`no order in USD …` → `No order in USD ….`"""
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _money(m: re.Match[str]) -> str:
    try:
        return money_text(Money.of(m[1], m[2]))
    except (MoneyParseError, ValueError):  # not an amount after all (a code Desk does not know)
        return m[0]


def kind_text(entry: Entry) -> str:
    return PaymentsWords.tr("Refund") if entry.kind == "refund" else PaymentsWords.tr("Payment")


def matched_by(entry: Entry) -> str:
    """How Desk found the entry's order."""
    if entry.by == By.LINK.value:
        return PaymentsWords.tr("your choice")
    if entry.by == By.AMOUNT_AND_DATE.value:
        return PaymentsWords.tr("amount and date")
    if entry.action == Action.ALREADY.value:
        return PaymentsWords.tr("its transaction number")
    return PaymentsWords.tr("the payment it refunds")  # a refund found through the payment it names


def what_import_does(entry: Entry, *, written: bool) -> str:
    """What Import does with the entry (a dry run) or did (`written`)."""
    action = entry.action
    if action == Action.ALREADY.value:
        return PaymentsWords.tr("nothing: already in Desk")
    if action == Action.ID_ADDED.value:
        return PaymentsWords.tr("PayPal payment on the order completed") if written else PaymentsWords.tr(
            "completes the PayPal payment already on the order"
        )
    if action == Action.ARRIVAL.value:
        if written and entry.refund_id:
            return PaymentsWords.tr("arrival recorded on refund {0}").format(entry.refund_id)
        if written:
            return PaymentsWords.tr("arrival recorded")
        return PaymentsWords.tr("records the arrival of the refund the order expects")
    if action == Action.NEW_REFUND.value:
        if written and entry.refund_id:
            return PaymentsWords.tr("recorded as refund {0}").format(entry.refund_id)
        return PaymentsWords.tr("refund recorded") if written else PaymentsWords.tr("records a refund")
    return PaymentsWords.tr("payment added") if written else PaymentsWords.tr("adds the payment")

