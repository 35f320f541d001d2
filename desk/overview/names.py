"""Cases named as people name them, in every list, message and report: "Dispute 12 (USB-C cable, order
aliexpress:8123…)", "Refund of 34.89 USD to Card, order aliexpress:8177…", "Withdrawal of 500.00 CNY from the
account Superbuy/nordic", "Deposit application 1 (store Nordic Gadget Outlet Store)".

Machine keys (`dispute:12`, `refund_part:7`) stay for `--json` and lookups; what a person reads comes from here. A
name with an amount in it is a `Dated` text: `str()` writes the fixed form (CLI, JSON, documents), the window its
user's locale ("Refund of 34,89 USD…" in German)."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy.orm import Session

from desk.common import Dated, dated, formatted
from desk.common import words as enum_words
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import (
    ChecklistItem,
    DepositApplication,
    Dispute,
    LedgerEntry,
    MemberAccount,
    Order,
    OrderLine,
    Refund,
    RefundPart,
)
from desk.models.accounts import CREDIT_KINDS
from desk.money import Money


def order_name(order: Order) -> str:
    return words.tr("order {0}").format(order.key)


def line_name(line: OrderLine) -> str:
    return words.tr("line {0} ({1}) of {2}").format(line.line_no, line.item, order_name(line.order))


def dispute_name(dispute: Dispute) -> str:
    line = dispute.order_line
    return words.tr("Dispute {0} ({1}, {2})").format(dispute.id, line.item, order_name(line.order))


def refund_name(refund: Refund) -> Dated:
    order = refund.order
    total = Money(sum(p.expected_minor for p in refund.parts), order.currency)
    return formatted(words.tr("Refund of {0}, {1}"), total, order_name(order))


def refund_part_name(part: RefundPart) -> Dated:
    order = part.refund.order
    amount = Money(part.expected_minor, order.currency)
    return formatted(words.tr("Refund of {0} to {1}, {2}"), amount, enum_words(part.method), order_name(order))


def account_name(account: MemberAccount) -> str:
    return words.tr("the account '{0}' at {1}").format(account.name, account.provider)


# Each kind of ledger entry in words (shown as words.tr(LEDGER_WORDS[kind])).
LEDGER_WORDS = {
    "funds_added": QT_TRANSLATE_NOOP("words", "Top-up"),
    "order_payment": QT_TRANSLATE_NOOP("words", "Order payment"),
    "cost_return": QT_TRANSLATE_NOOP("words", "Cost return"),
    "withdrawal": QT_TRANSLATE_NOOP("words", "Withdrawal"),
    "withdrawal_fee": QT_TRANSLATE_NOOP("words", "Withdrawal fee"),
    "adjustment_in": QT_TRANSLATE_NOOP("words", "Correction"),
    "adjustment_out": QT_TRANSLATE_NOOP("words", "Correction"),
}


def ledger_entry_name(entry: LedgerEntry) -> Dated:
    """`Withdrawal of 500.00 CNY from the account nordic at Superbuy`."""
    amount = Money(entry.amount_minor, entry.currency)
    kind = entry.kind.value
    what = words.tr(LEDGER_WORDS[kind]) if kind in LEDGER_WORDS else enum_words(entry.kind)
    if entry.kind in CREDIT_KINDS:
        return formatted(words.tr("{0} of {1} to {2}"), what, amount, account_name(entry.account))
    return formatted(words.tr("{0} of {1} from {2}"), what, amount, account_name(entry.account))


def deposit_name(application: DepositApplication) -> str:
    return words.tr("Deposit application {0} (store {1})").format(application.id, application.store.name)


def checklist_name(item: ChecklistItem) -> str:
    # The label as the policy file words it (desk.policies.data_words), or the user's own.
    return words.tr("the document '{0}' of {1}").format(words.tr(item.label), deposit_name(item.application))


NAMERS: dict[type[Any], Any] = {
    Order: order_name,
    OrderLine: line_name,
    Dispute: dispute_name,
    Refund: refund_name,
    RefundPart: refund_part_name,
    MemberAccount: account_name,
    LedgerEntry: ledger_entry_name,
    DepositApplication: deposit_name,
    ChecklistItem: checklist_name,
}
# The kinds a deadline override, an evidence link or a case key names, by the model they are rows of.
MODELS: dict[str, type[Any]] = {
    "order": Order,
    "dispute": Dispute,
    "refund": Refund,
    "refund_part": RefundPart,
    "ledger_entry": LedgerEntry,
    "deposit": DepositApplication,
    "checklist": ChecklistItem,
}


def named(record: Any) -> Dated:
    """The name of any record that is a case (or part of one), amounts kept as amounts."""
    return dated(NAMERS[type(record)](record))


def name_of(record: Any) -> str:
    """The name of any record that is a case (or part of one), in the fixed form."""
    return str(named(record))


def case_name(session: Session, kind: enum.Enum | str, row_id: int) -> str:
    """The name of the case `kind` (`dispute`, `refund_part`, a CaseKind…) and `row_id` point to."""
    key = str(kind.value if isinstance(kind, enum.Enum) else kind)
    record = session.get(MODELS[key], row_id)
    if record is None:
        return words.tr("{0} {1} (since deleted)").format(enum_words(key), row_id)
    return name_of(record)
