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

from desk.common import words
from desk.errors import DeskError
from desk.evidence.checklist import expectation
from desk.json_reading import read_json
from desk.models import AuditAction, Base
from desk.money import Money
from desk.overview import names

# A record's kind in words, by its table.
RECORDS = {
    "orders": "order",
    "order_lines": "order line",
    "payments": "payment",
    "coupons": "coupon",
    "tracking_numbers": "tracking number",
    "suppliers": "supplier",
    "stores": "store",
    "disputes": "dispute",
    "dispute_events": "dispute event",
    "dispute_letters": "letter",
    "refunds": "refund",
    "refund_parts": "refund part",
    "evidence": "evidence",
    "evidence_links": "evidence link",
    "exhibit_labels": "exhibit label",
    "productions": "packet in the Bates register",
    "produced_exhibits": "exhibit in the Bates register",
    "member_accounts": "member account",
    "ledger_entries": "ledger entry",
    "deposit_applications": "deposit application",
    "deposit_submissions": "deposit submission",
    "deposit_prerequisites": "deposit prerequisite",
    "deposit_checklist_items": "deposit document",
    "exchange_rates": "exchange rate",
    "settings": "setting",
    "policy_overrides": "rule override",
    "deadline_overrides": "deadline override",
    "import_mappings": "import mapping",
    "reminder_responses": "answer to a reminder",
}
# Columns whose name alone would read wrongly; the rest lose `_minor` and `_id` and their underscores.
COLUMNS = {
    "claimed_minor": "amount claimed",
    "won_minor": "amount won",
    "expected_minor": "expected amount",
    "received_minor": "amount received",
    "arrived_minor": "amount arrived",
    "unit_price_minor": "unit price",
    "order_line_id": "order line",
    "protection_ends_override": "protection end you entered",
    "withdrawal_account_sealed": "withdrawal account",
    "original_name": "file name",
    "media_type": "file type",
    "sha256": "content hash",
    "qty": "quantity",
    "platform_case_no": "platform's case number",
    "order_no": "order number",
}
_LONG = 60
# How a sentence writes a date and an amount: ISO and the fixed form for the CLI; the window passes the user's
# locale's (desk.ui.locale_text), through the Audit list's `AuditSentence`.
Day = Callable[[date], str]
Amount = Callable[[Money], str]


def record_word(table: str) -> str:
    return RECORDS.get(table, table.replace("_", " ").removesuffix("s"))


def column_words(column: str) -> str:
    if column in COLUMNS:
        return COLUMNS[column]
    if column.endswith("_on"):  # received_on → date received
        return f"date {column.removesuffix('_on').replace('_', ' ')}"
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
        return f"order {key}"
    if table == "exchange_rates":
        return f"exchange rate {record.base}/{record.quote} of {day(record.on_date)}"
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
        return "nothing"
    if name.endswith("_sealed"):
        return "(sealed)"
    if name.endswith("_minor") and isinstance(value, int) and currency:
        return money(Money(value, currency))
    if column is not None:
        enum_class = getattr(column.type, "enum_class", None)
        if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum):
            try:
                return words(enum_class(value))
            except ValueError:
                pass
        for fk in column.foreign_keys:
            if isinstance(value, int):
                return short_name(session, fk.target_fullname.partition(".")[0], value, day=day)
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if _looks_like_date(text):
        return _date_words(text, day)
    if isinstance(value, str):
        text = f"'{text[:_LONG]}…'" if len(text) > _LONG else f"'{text}'"
    return text


def _shown(key: str) -> str:
    try:
        return expectation(key).label
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
    values: dict[str, list[Any]] = read_json(changes, f"entry {row_id} of the change history")
    when = f" by {actor} on {at.day} {at:%b %Y}" if who else ""
    action = AuditAction(action)
    if table == "evidence_links":
        return _link(session, values, action, day, money) + when
    if action is AuditAction.DELETE:
        gone = short_name(session, table, row_id, day=day)
        return f"{gone[:1].upper()}{gone[1:]} deleted{when}"
    if action is AuditAction.INSERT:
        if table == "dispute_events":
            kind = value_words(session, _column(table, "kind"), "kind", values.get("kind", [None, None])[1], None)
            dispute = short_name(session, "disputes", values.get("dispute_id", [None, 0])[1] or 0)
            return f"Event '{kind}' recorded on {dispute}{when}"
        made = full_name(session, table, row_id, day, money)
        verb = "opened" if table == "disputes" else "added"
        return f"{made[:1].upper()}{made[1:]} {verb}{when}"
    record = _get(session, table, row_id)
    currency = _currency(record, values) if record is not None else values.get("currency", [None, None])[-1]
    of = short_name(session, table, row_id, record, day)
    parts = []
    for name, (old, new) in values.items():
        column = _column(table, name)
        what = column_words(name)
        old_words, new_words = (value_words(session, column, name, v, currency, day, money) for v in (old, new))
        if name == "shows":  # the user's confirmation for the evidence checklist
            parts.append(
                f"{of} confirmed to show {_shown(new)}" if new else f"{of} no longer confirmed to show {_shown(old)}"
            )
        elif old is None:
            parts.append(f"{what} of {of} set to {new_words}")
        elif new is None:
            parts.append(f"{what} of {of} cleared (was {old_words})")
        else:
            parts.append(f"{what} of {of} changed from {old_words} to {new_words}")
    text = "; ".join(parts) or f"{of} saved unchanged"
    return f"{text[:1].upper()}{text[1:]}{when}"


def _link(session: Session, values: dict[str, list[Any]], action: AuditAction, day: Day, money: Amount) -> str:
    side = 1 if action is AuditAction.INSERT else 0
    evidence = short_name(session, "evidence", values.get("evidence_id", [0, 0])[side] or 0)
    case = "a case"
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
    verb = "linked to" if action is AuditAction.INSERT else "unlinked from"
    return f"{evidence[:1].upper()}{evidence[1:]} {verb} {case}"


def _column(table: str, name: str) -> Column[Any] | None:
    found = Base.metadata.tables.get(table)
    return None if found is None else found.columns.get(name)
