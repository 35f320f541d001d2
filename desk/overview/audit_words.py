"""The audit log read as sentences: "Amount claimed of dispute 12 changed from 49.50 USD to 48.00 USD by anna on
3 Nov 2026", "Dispute 12 (USB-C cable, order aliexpress:8123…) opened by anna on …", "Evidence 'photo.jpg' linked to
Dispute 12 (…) by anna on …".

An entry holds a table, a row id and {column: [old, new]}; people read the record's name, the column in words,
money in the record's currency, enums by their labels and a foreign key as the record it points to."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column
from sqlalchemy.orm import Session

from desk.common import words as enum_words
from desk.errors import DeskError
from desk.evidence.checklist import expectation
from desk.json_reading import read_json
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import AuditAction, Base
from desk.money import Money
from desk.overview import names

# A record's kind in words, by its table (shown as words.tr(RECORDS[table])).
RECORDS = {
    "orders": QT_TRANSLATE_NOOP("words", "order"),
    "order_lines": QT_TRANSLATE_NOOP("words", "order line"),
    "payments": QT_TRANSLATE_NOOP("words", "payment"),
    "coupons": QT_TRANSLATE_NOOP("words", "coupon"),
    "tracking_numbers": QT_TRANSLATE_NOOP("words", "tracking number"),
    "suppliers": QT_TRANSLATE_NOOP("words", "supplier"),
    "stores": QT_TRANSLATE_NOOP("words", "store"),
    "disputes": QT_TRANSLATE_NOOP("words", "dispute"),
    "dispute_events": QT_TRANSLATE_NOOP("words", "dispute event"),
    "dispute_letters": QT_TRANSLATE_NOOP("words", "letter"),
    "refunds": QT_TRANSLATE_NOOP("words", "refund"),
    "refund_parts": QT_TRANSLATE_NOOP("words", "refund part"),
    "evidence": QT_TRANSLATE_NOOP("words", "evidence"),
    "evidence_links": QT_TRANSLATE_NOOP("words", "evidence link"),
    "exhibit_labels": QT_TRANSLATE_NOOP("words", "exhibit label"),
    "productions": QT_TRANSLATE_NOOP("words", "packet in the Bates register"),
    "produced_exhibits": QT_TRANSLATE_NOOP("words", "exhibit in the Bates register"),
    "member_accounts": QT_TRANSLATE_NOOP("words", "member account"),
    "ledger_entries": QT_TRANSLATE_NOOP("words", "ledger entry"),
    "deposit_applications": QT_TRANSLATE_NOOP("words", "deposit application"),
    "deposit_submissions": QT_TRANSLATE_NOOP("words", "deposit submission"),
    "deposit_prerequisites": QT_TRANSLATE_NOOP("words", "deposit prerequisite"),
    "deposit_checklist_items": QT_TRANSLATE_NOOP("words", "deposit document"),
    "exchange_rates": QT_TRANSLATE_NOOP("words", "exchange rate"),
    "settings": QT_TRANSLATE_NOOP("words", "setting"),
    "policy_overrides": QT_TRANSLATE_NOOP("words", "rule override"),
    "deadline_overrides": QT_TRANSLATE_NOOP("words", "deadline override"),
    "import_mappings": QT_TRANSLATE_NOOP("words", "import mapping"),
    "reminder_responses": QT_TRANSLATE_NOOP("words", "answer to a reminder"),
}
# Columns whose name alone would read wrongly; the rest lose `_minor` and `_id` and their underscores.
COLUMNS = {
    "claimed_minor": QT_TRANSLATE_NOOP("words", "amount claimed"),
    "won_minor": QT_TRANSLATE_NOOP("words", "amount won"),
    "expected_minor": QT_TRANSLATE_NOOP("words", "expected amount"),
    "received_minor": QT_TRANSLATE_NOOP("words", "amount received"),
    "arrived_minor": QT_TRANSLATE_NOOP("words", "amount arrived"),
    "unit_price_minor": QT_TRANSLATE_NOOP("words", "unit price"),
    "order_line_id": QT_TRANSLATE_NOOP("words", "order line"),
    "protection_ends_override": QT_TRANSLATE_NOOP("words", "protection end you entered"),
    "withdrawal_account_sealed": QT_TRANSLATE_NOOP("words", "withdrawal account"),
    "original_name": QT_TRANSLATE_NOOP("words", "file name"),
    "media_type": QT_TRANSLATE_NOOP("words", "file type"),
    "sha256": QT_TRANSLATE_NOOP("words", "content hash"),
    "qty": QT_TRANSLATE_NOOP("words", "quantity"),
    "platform_case_no": QT_TRANSLATE_NOOP("words", "platform's case number"),
    "order_no": QT_TRANSLATE_NOOP("words", "order number"),
}
_LONG = 60
# How a sentence writes a date and an amount: ISO and the fixed form for the CLI; the window passes the user's
# locale's (desk.ui.locale_text), through the Audit list's `AuditSentence`.
Day = Callable[[date], str]
Amount = Callable[[Money], str]


def record_word(table: str) -> str:
    return words.tr(RECORDS[table]) if table in RECORDS else table.replace("_", " ").removesuffix("s")


def column_words(column: str) -> str:
    if column in COLUMNS:
        return words.tr(COLUMNS[column])
    if column.endswith("_on"):  # received_on → date received
        return words.tr("date {0}").format(column.removesuffix("_on").replace("_", " "))
    return column.removesuffix("_minor").removesuffix("_id").replace("_", " ")


@functools.cache
def _models() -> dict[str, type[Any]]:
    return {str(getattr(m.class_, "__tablename__", "")): m.class_ for m in Base.registry.mappers}


def _get(session: Session, table: str, row_id: int) -> Any:
    model = _models().get(table)
    return None if model is None else session.get(model, row_id)


def short_name(session: Session, table: str, row_id: int, record: Any = None, day: Day = date.isoformat) -> str:
    """`dispute 12`, `order aliexpress:8123…`, `evidence 'photo.jpg'`: a record within a sentence."""
    record = record if record is not None else _get(session, table, row_id)
    word = record_word(table)
    if record is None:
        return f"{word} {row_id}"
    key = getattr(record, "key", None)
    if table == "orders" and isinstance(key, str):
        return words.tr("order {0}").format(key)
    if table == "exchange_rates":
        return words.tr("exchange rate {0} of {1}").format(f"{record.base}/{record.quote}", day(record.on_date))
    if isinstance(key, str) and table in ("settings", "policy_overrides"):
        return f"{word} '{key.replace('_', ' ')}'"
    for attr in ("original_name", "name", "label"):
        value = getattr(record, attr, None)
        if isinstance(value, str) and value:
            return f"{word} '{value}'"
    return f"{word} {row_id}"


def full_name(session: Session, table: str, row_id: int, day: Day = date.isoformat, money: Amount = str) -> str:
    """The record as a case is named (desk.overview.names) where it is one, else its short name; its dates and
    amounts written by `day` and `money`."""
    record = _get(session, table, row_id)
    if record is not None and type(record) in names.NAMERS:
        return names.named(record).words(day, money)
    return short_name(session, table, row_id, record, day)


def _currency(record: Any, changes: dict[str, list[Any]]) -> str | None:
    if "currency" in changes:
        return next((v for v in reversed(changes["currency"]) if v), None)
    for path in ((), ("order",), ("order_line", "order"), ("refund", "order"), ("account",), ("application",)):
        found = record
        for step in path:
            found = getattr(found, step, None)
        currency = getattr(found, "currency", None)
        if isinstance(currency, str):
            return currency
    return None


def value_words(
    session: Session,
    column: Column[Any] | None,
    name: str,
    value: Any,
    currency: str | None,
    day: Day = date.isoformat,
    money: Amount = str,
) -> str:
    """One value as a sentence gives it."""
    if value is None:
        return words.tr("nothing")
    if name.endswith("_sealed"):
        return words.tr("(sealed)")
    if name.endswith("_minor") and isinstance(value, int) and currency:
        return money(Money(value, currency))
    if column is not None:
        enum_class = getattr(column.type, "enum_class", None)
        if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum):
            try:
                return enum_words(enum_class(value))
            except ValueError:
                pass
        for fk in column.foreign_keys:
            if isinstance(value, int):
                return short_name(session, fk.target_fullname.partition(".")[0], value, day=day)
    if isinstance(value, bool):
        return words.tr("yes") if value else words.tr("no")
    text = str(value)
    if _looks_like_date(text):
        return _date_words(text, day)
    if isinstance(value, str):
        text = f"'{text[:_LONG]}…'" if len(text) > _LONG else f"'{text}'"
    return text


def _shown(key: str) -> str:
    try:
        return words.tr(expectation(key).label)  # the policy file's words (desk.policies.data_words)
    except DeskError:  # an item no longer in the checklist: its key is all there is, in words
        return key.replace("_", " ")


def _looks_like_date(text: str) -> bool:
    return len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit()


def _date_words(text: str, day: Day) -> str:
    """A date (`2026-11-27`) or a moment (`2026-11-27T09:15:00+00:00`, stored in UTC) as `day` writes dates; a
    moment keeps its time of day, in the computer's time zone."""
    try:
        if len(text) == 10:
            return day(date.fromisoformat(text))
        moment = datetime.fromisoformat(text)
    except ValueError:  # only looked like one
        return text
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{day(local.date())} {local:%H:%M}"


def sentence(
    session: Session,
    table: str,
    row_id: int,
    action: AuditAction | str,
    changes: str,
    actor: str,
    at: datetime,
    *,
    who: bool = True,
    day: Day = date.isoformat,
    money: Amount = str,
) -> str:
    """One audit entry as a sentence; without `who` and when (`who=False`) where columns beside it show them. Its
    dates and amounts are written by `day` and `money`."""
    values: dict[str, list[Any]] = read_json(changes, words.tr("entry {0} of the change history").format(row_id))

    def said(text: str) -> str:  # capitalised, and who did it and when
        text = f"{text[:1].upper()}{text[1:]}"
        return words.tr("{0} by {1} on {2}").format(text, actor, f"{at.day} {at:%b %Y}") if who else text

    action = AuditAction(action)
    if table == "evidence_links":
        return said(_link(session, values, action, day, money))
    if action is AuditAction.DELETE:
        return said(words.tr("{0} deleted").format(short_name(session, table, row_id, day=day)))
    if action is AuditAction.INSERT:
        if table == "dispute_events":
            kind = value_words(session, _column(table, "kind"), "kind", values.get("kind", [None, None])[1], None)
            dispute = short_name(session, "disputes", values.get("dispute_id", [None, 0])[1] or 0)
            return said(words.tr("Event '{0}' recorded on {1}").format(kind, dispute))
        made = full_name(session, table, row_id, day, money)
        return said((words.tr("{0} opened") if table == "disputes" else words.tr("{0} added")).format(made))
    record = _get(session, table, row_id)
    currency = _currency(record, values) if record is not None else values.get("currency", [None, None])[-1]
    of = short_name(session, table, row_id, record, day)
    parts = []
    for name, (old, new) in values.items():
        column = _column(table, name)
        what = column_words(name)
        old_words, new_words = (value_words(session, column, name, v, currency, day, money) for v in (old, new))
        if name == "shows":  # the user's confirmation for the evidence checklist
            if new:
                parts.append(words.tr("{0} confirmed to show {1}").format(of, _shown(new)))
            else:
                parts.append(words.tr("{0} no longer confirmed to show {1}").format(of, _shown(old)))
        elif old is None:
            parts.append(words.tr("{0} of {1} set to {2}").format(what, of, new_words))
        elif new is None:
            parts.append(words.tr("{0} of {1} cleared (was {2})").format(what, of, old_words))
        else:
            parts.append(words.tr("{0} of {1} changed from {2} to {3}").format(what, of, old_words, new_words))
    return said("; ".join(parts) or words.tr("{0} saved unchanged").format(of))


def _link(session: Session, values: dict[str, list[Any]], action: AuditAction, day: Day, money: Amount) -> str:
    side = 1 if action is AuditAction.INSERT else 0
    evidence = short_name(session, "evidence", values.get("evidence_id", [0, 0])[side] or 0)
    case = words.tr("a case")
    for column, table in (
        ("dispute_id", "disputes"),
        ("order_id", "orders"),
        ("refund_id", "refunds"),
        ("checklist_item_id", "deposit_checklist_items"),
    ):
        target = values.get(column, [None, None])[side]
        if target is not None:
            case = full_name(session, table, target, day, money)
            break
    said = words.tr("{0} linked to {1}") if action is AuditAction.INSERT else words.tr("{0} unlinked from {1}")
    return said.format(evidence, case)


def _column(table: str, name: str) -> Column[Any] | None:
    found = Base.metadata.tables.get(table)
    return None if found is None else found.columns.get(name)
