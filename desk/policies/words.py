"""A rule in words, as a person reads why a date or a limit applies: what it says, the public page it comes from
and since when — never its key or the file it is kept in."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desk.common import Dated, dated
from desk.models import PaymentMethod, Platform
from desk.policies.sources import title_of

if TYPE_CHECKING:
    from desk.policies.rules import Rule

# The policy files date a rule the seeds do not date as 2000-01-01: "as far back as Desk has orders".
UNDATED = date(2000, 1, 1)

_WHERE = {"agent": "At the purchase agent", "default": "Where the platform has no rule of its own"}


def where(platform: str) -> str:
    """`On AliExpress`, `At the purchase agent`."""
    if platform in _WHERE:
        return _WHERE[platform]
    try:
        return f"On {Platform(platform).label}"
    except ValueError:
        return f"On {platform}"


# What each rule is about, as a heading a person reads (the key stays for scripts and `desk policy set`).
TITLES = {
    "seller_response": "The seller's time to answer a dispute",
    "escalation": "When to escalate a dispute to the platform",
    "dispute_open_after_shipping": "When a dispute can be opened",
    "protection_window": "Buyer protection after delivery",
    "delivery_time": "The delivery time",
    "protection_extension": "The extension of buyer protection",
    "refund_processing": "The time to send a refund",
    "refund_arrival": "The time for a refund to arrive",
    "deposit_review": "The review of a deposit refund application",
    "withdrawal": "The time to carry out a withdrawal",
}


def rule_title(key: str) -> str:
    """`seller_response` → `The seller's time to answer a dispute`."""
    return TITLES.get(key, key.replace("_", " ").capitalize())


def says_in_full(rule: Rule) -> str:
    """`On AliExpress, the seller has 5 days to answer a dispute`."""
    return f"{where(rule.platform)}, {says(rule)}"


def _method(rule: Rule) -> str:
    return f" to {PaymentMethod(rule.method).label}" if rule.method else ""


def says(rule: Rule) -> str:
    """What the rule says, without where it comes from: `the seller has 5 days to answer a dispute`."""
    n, key = rule.describe(), rule.key
    if key == "seller_response":
        return f"the seller has {n} to answer a dispute"
    if key == "escalation":
        later = "right away" if rule.high == 0 else f"{n} later"
        return f"you can escalate a dispute to the platform {later}"
    if key == "dispute_open_after_shipping":
        return f"a dispute can be opened {n} after the order was shipped"
    if key == "protection_window":
        return f"buyer protection lasts {n} after delivery"
    if key == "delivery_time":
        return f"an order should arrive within {n} of shipping"
    if key == "protection_extension":
        return f"buyer protection can be extended by {n}"
    if key == "refund_processing":
        return f"a refund{_method(rule)} is sent " + ("at once" if rule.high == 0 else f"within {n}")
    if key == "refund_arrival":
        return f"a refund{_method(rule)} arrives " + ("the same day" if rule.high == 0 else f"within {n}")
    if key == "deposit_review":
        return f"the platform decides on a deposit refund application within {n}"
    if key == "withdrawal":
        return f"a withdrawal from the member account is done within {n}"
    return f"{key.replace('_', ' ')}{_method(rule)}: {n}"


def source_words(rule: Rule) -> str:
    """Where the rule comes from and since when: `\"How to properly return money to Aliexpress\", in effect since …`."""
    return str(source_dated(rule))


def source_dated(rule: Rule) -> Dated:
    """`source_words` with its date left for the front end to write."""
    if rule.overridden:
        read = rule.source if rule.source != "set by the user" else ""
        origin = "your override" + (f", from {read}" if read else "")
    else:
        title = title_of(rule.source)
        page = f'"{title}"' if title else "Desk's default"
        origin = f"Desk's reading of {page}" if rule.assumption else page
    return dated(origin, ", in effect since ", rule.effective) if rule.effective > UNDATED else dated(origin)


def cite(rule: Rule) -> str:
    """`On AliExpress, the seller has 5 days to answer a dispute (\"How to properly return money to Aliexpress\")`."""
    return str(cite_dated(rule))


def cite_dated(rule: Rule) -> Dated:
    """`cite` with its date (`in effect since …`) left for the front end to write."""
    return dated(f"{says_in_full(rule)} (", source_dated(rule), ")")
