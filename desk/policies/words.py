"""A rule in words, as a person reads why a date or a limit applies: what it says, the public page it comes from
and since when — never its key or the file it is kept in."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desk.common import Dated, dated, formatted
from desk.common import words as enum_words
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import PaymentMethod, Platform
from desk.policies.sources import title_of, titled

if TYPE_CHECKING:
    from desk.policies.rules import Rule

# The policy files date a rule the seeds do not date as 2000-01-01: "as far back as Desk has orders".
UNDATED = date(2000, 1, 1)

_WHERE = {
    "agent": QT_TRANSLATE_NOOP("words", "At the purchase agent"),
    "default": QT_TRANSLATE_NOOP("words", "Where the platform has no rule of its own"),
}


def where(platform: str) -> str:
    """`On AliExpress`, `At the purchase agent`."""
    if platform in _WHERE:
        return words.tr(_WHERE[platform])
    try:
        return words.tr("On {0}").format(Platform(platform).label)
    except ValueError:
        return words.tr("On {0}").format(platform)


# What each rule is about, as a heading a person reads (the key stays for scripts and `desk policy set`).
TITLES = {
    "seller_response": QT_TRANSLATE_NOOP("words", "The seller's time to answer a dispute"),
    "escalation": QT_TRANSLATE_NOOP("words", "When to escalate a dispute to the platform"),
    "dispute_open_after_shipping": QT_TRANSLATE_NOOP("words", "When a dispute can be opened"),
    "protection_window": QT_TRANSLATE_NOOP("words", "Buyer protection after delivery"),
    "delivery_time": QT_TRANSLATE_NOOP("words", "The delivery time"),
    "protection_extension": QT_TRANSLATE_NOOP("words", "The extension of buyer protection"),
    "refund_processing": QT_TRANSLATE_NOOP("words", "The time to send a refund"),
    "refund_arrival": QT_TRANSLATE_NOOP("words", "The time for a refund to arrive"),
    "deposit_review": QT_TRANSLATE_NOOP("words", "The review of a deposit refund application"),
    "withdrawal": QT_TRANSLATE_NOOP("words", "The time to carry out a withdrawal"),
}


def rule_title(key: str) -> str:
    """`seller_response` → `The seller's time to answer a dispute`, in the user's language."""
    return words.tr(TITLES[key]) if key in TITLES else key.replace("_", " ").capitalize()


def says_in_full(rule: Rule) -> str:
    """`On AliExpress, the seller has 5 days to answer a dispute`."""
    return words.tr("{0}, {1}").format(where(rule.platform), says(rule))


def _sent(rule: Rule, n: str) -> str:
    if rule.method:
        method = enum_words(PaymentMethod(rule.method))
        if rule.high == 0:
            return words.tr("a refund to {0} is sent at once").format(method)
        return words.tr("a refund to {0} is sent within {1}").format(method, n)
    return words.tr("a refund is sent at once") if rule.high == 0 else words.tr("a refund is sent within {0}").format(n)


def _arrives(rule: Rule, n: str) -> str:
    if rule.method:
        method = enum_words(PaymentMethod(rule.method))
        if rule.high == 0:
            return words.tr("a refund to {0} arrives the same day").format(method)
        return words.tr("a refund to {0} arrives within {1}").format(method, n)
    if rule.high == 0:
        return words.tr("a refund arrives the same day")
    return words.tr("a refund arrives within {0}").format(n)


def says(rule: Rule) -> str:
    """What the rule says, without where it comes from: `the seller has 5 days to answer a dispute`."""
    n, key = rule.describe(), rule.key
    if key == "seller_response":
        return words.tr("the seller has {0} to answer a dispute").format(n)
    if key == "escalation":
        if rule.high == 0:
            return words.tr("you can escalate a dispute to the platform right away")
        return words.tr("you can escalate a dispute to the platform {0} later").format(n)
    if key == "dispute_open_after_shipping":
        return words.tr("a dispute can be opened {0} after the order was shipped").format(n)
    if key == "protection_window":
        return words.tr("buyer protection lasts {0} after delivery").format(n)
    if key == "delivery_time":
        return words.tr("an order should arrive within {0} of shipping").format(n)
    if key == "protection_extension":
        return words.tr("buyer protection can be extended by {0}").format(n)
    if key == "refund_processing":
        return _sent(rule, n)
    if key == "refund_arrival":
        return _arrives(rule, n)
    if key == "deposit_review":
        return words.tr("the platform decides on a deposit refund application within {0}").format(n)
    if key == "withdrawal":
        return words.tr("a withdrawal from the member account is done within {0}").format(n)
    method = f" to {enum_words(PaymentMethod(rule.method))}" if rule.method else ""  # a rule Desk has no words for yet
    return f"{key.replace('_', ' ')}{method}: {n}"


def note_words(note: str) -> str:
    """A policy file's note (why Desk reads a rule as it does, what to check) as a person reads it: the pages it
    cites by their titles (`titled`), in the user's language (desk.policies.data_words lists every note)."""
    return words.tr(titled(note))


def source_words(rule: Rule) -> str:
    """Where the rule comes from and since when: `\"How to properly return money to Aliexpress\", in effect since …`."""
    return str(source_dated(rule))


def source_dated(rule: Rule) -> Dated:
    """`source_words` with its date left for the front end to write."""
    if rule.overridden:
        read = rule.source if rule.source != "set by the user" else ""
        origin = words.tr("your override, from {0}").format(read) if read else words.tr("your override")
    else:
        title = title_of(rule.source)
        page = f'"{title}"' if title else words.tr("Desk's default")
        origin = words.tr("Desk's reading of {0}").format(page) if rule.assumption else page
    if rule.effective > UNDATED:
        return formatted(words.tr("{0}, in effect since {1}"), origin, rule.effective)
    return dated(origin)


def cite(rule: Rule) -> str:
    """`On AliExpress, the seller has 5 days to answer a dispute (\"How to properly return money to Aliexpress\")`."""
    return str(cite_dated(rule))


def cite_dated(rule: Rule) -> Dated:
    """`cite` with its date (`in effect since …`) left for the front end to write."""
    return formatted(words.tr("{0} ({1})"), says_in_full(rule), source_dated(rule))
