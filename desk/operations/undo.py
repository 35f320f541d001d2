"""Undo and Redo through the audit log: an operation's audit entries are reversed, newest first, as one new write
that is audited like any other (an insert is removed, an update gets its old values back, a removal is put back
with its id). Redo reverses the entries the Undo wrote.

    step = record_event(ws, request)              # step.audit: (first, last) audit entry, filled in by the caller
    undone = undo(ws, Undo(*step.audit))          # undone.audit: what the undo wrote, for Redo
    redo(ws, Redo(*undone.audit))

Refused, naming the record, when a later change touched one of the same rows: reversing would silently throw that
change away. Evidence files stay in the vault: undoing an add leaves the file without a record, which `desk verify`
calls harmless."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.db import defer_foreign_keys
from desk.errors import DeskError
from desk.json_reading import read_json
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import AuditAction, AuditEntry, Base
from desk.models.audit import Change, record
from desk.models.base import VERSION, DecimalText, UTCDateTime
from desk.models.voided import INCLUDE_VOIDED
from desk.operations import Record, Result
from desk.overview.audit_words import full_name, record_word, short_name
from desk.workspace import Workspace

A = AuditAction


@dataclass(frozen=True)
class Undo:
    first_entry: int
    last_entry: int


@dataclass(frozen=True)
class Redo:
    first_entry: int  # the entries the Undo wrote
    last_entry: int


@dataclass(frozen=True, kw_only=True)
class Reversed(Result):
    step: str  # what was undone or redone, as the Edit menu names it: "Record Event"


# What each table holds, in words, and which kind of record a page shows it as. The words are shown translated
# (`words.tr(name(table))`); the steps' names below too.
_TABLES: dict[str, tuple[str, Record]] = {
    "orders": (QT_TRANSLATE_NOOP("words", "order"), Record.ORDER),
    "order_lines": (QT_TRANSLATE_NOOP("words", "line of an order"), Record.ORDER),
    "payments": (QT_TRANSLATE_NOOP("words", "payment of an order"), Record.ORDER),
    "coupons": (QT_TRANSLATE_NOOP("words", "coupon of an order"), Record.ORDER),
    "tracking_numbers": (QT_TRANSLATE_NOOP("words", "tracking number"), Record.ORDER),
    "disputes": (QT_TRANSLATE_NOOP("words", "dispute"), Record.DISPUTE),
    "dispute_events": (QT_TRANSLATE_NOOP("words", "event of a dispute"), Record.DISPUTE),
    "dispute_letters": (QT_TRANSLATE_NOOP("words", "letter"), Record.DISPUTE),
    "exhibit_labels": (QT_TRANSLATE_NOOP("words", "exhibit label"), Record.DISPUTE),
    "productions": (QT_TRANSLATE_NOOP("words", "packet in the Bates register"), Record.DISPUTE),
    "produced_exhibits": (QT_TRANSLATE_NOOP("words", "exhibit in the Bates register"), Record.DISPUTE),
    "refunds": (QT_TRANSLATE_NOOP("words", "refund"), Record.REFUND),
    "refund_parts": (QT_TRANSLATE_NOOP("words", "part of a refund"), Record.REFUND),
    "evidence": (QT_TRANSLATE_NOOP("words", "evidence"), Record.EVIDENCE),
    "evidence_links": (QT_TRANSLATE_NOOP("words", "link of evidence to a case"), Record.EVIDENCE),
    "member_accounts": (QT_TRANSLATE_NOOP("words", "member account"), Record.ACCOUNT),
    "ledger_entries": (QT_TRANSLATE_NOOP("words", "ledger entry"), Record.ACCOUNT),
    "deposit_applications": (QT_TRANSLATE_NOOP("words", "deposit application"), Record.DEPOSIT),
    "deposit_prerequisites": (QT_TRANSLATE_NOOP("words", "condition of a deposit application"), Record.DEPOSIT),
    "deposit_checklist_items": (QT_TRANSLATE_NOOP("words", "document of a deposit application"), Record.DEPOSIT),
    "deposit_submissions": (QT_TRANSLATE_NOOP("words", "submission of a deposit application"), Record.DEPOSIT),
    "suppliers": (QT_TRANSLATE_NOOP("words", "supplier"), Record.SUPPLIER),
    "stores": (QT_TRANSLATE_NOOP("words", "store"), Record.STORE),
    "settings": (QT_TRANSLATE_NOOP("words", "setting"), Record.SETTING),
    "policy_overrides": (QT_TRANSLATE_NOOP("words", "platform rule"), Record.POLICY),
    "deadline_overrides": (QT_TRANSLATE_NOOP("words", "deadline"), Record.POLICY),
    "exchange_rates": (QT_TRANSLATE_NOOP("words", "exchange rate"), Record.RATE),
    "reminder_responses": (QT_TRANSLATE_NOOP("words", "answer to a reminder"), Record.REMINDER),
}


def record_kind(table: str) -> Record | None:
    """The kind of record a table keeps, as pages refresh by it (None: a table no page shows)."""
    found = _TABLES.get(table)
    return None if found is None else found[1]

# How the Edit menu names a step, by what it wrote first of all (an insert before an update, the main record
# before its parts): an operation inserting an event and updating its dispute is "Record Event".
_INSERTS = {
    "orders": QT_TRANSLATE_NOOP("words", "New Order"),
    "disputes": QT_TRANSLATE_NOOP("words", "Open Dispute"),
    "dispute_letters": QT_TRANSLATE_NOOP("words", "Make Letter"),
    "refunds": QT_TRANSLATE_NOOP("words", "Record Refund"),
    "deposit_applications": QT_TRANSLATE_NOOP("words", "New Deposit Application"),
    "member_accounts": QT_TRANSLATE_NOOP("words", "New Account"),
    "ledger_entries": QT_TRANSLATE_NOOP("words", "Ledger Entry"),
    "evidence": QT_TRANSLATE_NOOP("words", "Add Evidence"),
    "dispute_events": QT_TRANSLATE_NOOP("words", "Record Event"),
    "exchange_rates": QT_TRANSLATE_NOOP("words", "Set Exchange Rate"),
    "reminder_responses": QT_TRANSLATE_NOOP("words", "Answer Reminder"),
    "suppliers": QT_TRANSLATE_NOOP("words", "New Supplier"),
    "stores": QT_TRANSLATE_NOOP("words", "New Store"),
    "evidence_links": QT_TRANSLATE_NOOP("words", "Link Evidence"),
}
_UPDATES = {
    "orders": QT_TRANSLATE_NOOP("words", "Edit Order"),
    "disputes": QT_TRANSLATE_NOOP("words", "Edit Dispute"),
    "refund_parts": QT_TRANSLATE_NOOP("words", "Record Arrival"),
    "evidence": QT_TRANSLATE_NOOP("words", "Edit Evidence"),
    "dispute_letters": QT_TRANSLATE_NOOP("words", "Mark Letter Sent"),
    "deposit_applications": QT_TRANSLATE_NOOP("words", "Edit Deposit Application"),
    "ledger_entries": QT_TRANSLATE_NOOP("words", "Edit Ledger Entry"),
    "exchange_rates": QT_TRANSLATE_NOOP("words", "Set Exchange Rate"),
    "reminder_responses": QT_TRANSLATE_NOOP("words", "Answer Reminder"),
    "settings": QT_TRANSLATE_NOOP("words", "Change Settings"),
    "suppliers": QT_TRANSLATE_NOOP("words", "Edit Supplier"),
    "stores": QT_TRANSLATE_NOOP("words", "Edit Store"),
}


def name(table: str) -> str:
    """What `table` holds, in English (`words.tr` it where it is shown)."""
    return _TABLES.get(table, (QT_TRANSLATE_NOOP("words", "record"), Record.SETTING))[0]


# Kept once given, whatever else is undone: "Exhibit C" must name the same file in every packet and letter, and a
# page number the one page of the one packet it was given to (the next packet counts on from the register).
_BOOKKEEPING = frozenset({"exhibit_labels", "productions", "produced_exhibits"})


def is_step(entries: list[AuditEntry]) -> bool:
    """Whether these entries are a change the user made (not only labels given while making a packet)."""
    return any(e.table_name not in _BOOKKEEPING for e in entries)


def step_name(entries: list[AuditEntry]) -> str:
    """What an operation did, in the words of the Edit menu, from the audit entries it wrote."""
    for entry in entries:
        keys = read_json(entry.changes, f"entry {entry.id} of the change history")
        if entry.action is A.UPDATE and "voided_at" in keys:
            voiding = keys["voided_at"][1] is not None
            what = name(entry.table_name)
            shown = words.tr(what)
            shown = what.title() if shown == what else shown  # title case is English's way for a menu's words
            return words.tr("Void {0}").format(shown) if voiding else words.tr("Restore {0}").format(shown)
    for table, title in _INSERTS.items():
        if any(e.action is A.INSERT and e.table_name == table for e in entries):
            return words.tr(title)
    for table, title in _UPDATES.items():
        if any(e.action is A.UPDATE and e.table_name == table for e in entries):
            return words.tr(title)
    return words.tr("Change")


def undo(ws: Workspace, request: Undo) -> Reversed:
    return _reverse(ws, request.first_entry, request.last_entry, redoing=False)


def redo(ws: Workspace, request: Redo) -> Reversed:
    return _reverse(ws, request.first_entry, request.last_entry, redoing=True)


def _reverse(ws: Workspace, first: int, last: int, *, redoing: bool) -> Reversed:
    try:
        return _reverse_in_one_write(ws, first, last, redoing=redoing)
    except IntegrityError:  # the checks above cover the usual cases; the database has the last word
        raise DeskError(
            words.tr(
                "this cannot be undone: the records as they were would clash with what was entered later "
                "(the same order number, a second open dispute on a line, …)"
            )
        ) from None


def _reverse_in_one_write(ws: Workspace, first: int, last: int, *, redoing: bool) -> Reversed:
    with ws.write() as session:
        session.info[INCLUDE_VOIDED] = True
        entries = list(
            session.scalars(select(AuditEntry).where(AuditEntry.id.between(first, last)).order_by(AuditEntry.id.desc()))
        )
        if not entries:
            raise DeskError(words.tr("there is nothing to undo: those changes are not in the audit log"))
        step = step_name(sorted(entries, key=lambda e: e.id))
        _refuse_if_changed_since(session, entries, last)
        tables = Base.metadata.tables
        _refuse_if_referenced(session, entries, tables)
        defer_foreign_keys(session)
        changes = [_reverse_one(session, tables[e.table_name], e) for e in entries]
        record(session.connection(), ws.actor, changes)
        touched = frozenset(_TABLES.get(e.table_name, ("", Record.SETTING))[1] for e in entries)
    said = words.tr("Redid {0}.") if redoing else words.tr("Undid {0}.")
    return Reversed(changed=touched, message=said.format(step), step=step)


def _refuse_if_changed_since(session: Session, entries: list[AuditEntry], last: int) -> None:
    rows = {(e.table_name, e.row_id) for e in entries}
    later = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.id > last, tuple_(AuditEntry.table_name, AuditEntry.row_id).in_(sorted(rows)))
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    if later is not None:
        what = full_name(session, later.table_name, later.row_id)
        raise DeskError(
            words.tr("{0} was changed again later (by {1}, {2}): undo that change first").format(
                f"{what[:1].upper()}{what[1:]}", later.actor, f"{later.at.astimezone():%Y-%m-%d %H:%M}"
            )
        )


def _refuse_if_referenced(session: Session, entries: list[AuditEntry], tables: Any) -> None:
    """Rows this undo removes (they were added by the step) must not be what a later record points at: removing
    them would remove or orphan it (an order whose evidence was added after)."""
    removing = {(e.table_name, e.row_id) for e in entries if e.action is A.INSERT}
    by_table: dict[str, list[int]] = {}
    for table_name, row_id in removing:
        by_table.setdefault(table_name, []).append(row_id)
    for table_name, row_ids in sorted(by_table.items()):
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table.name != table_name or "id" not in child.c:
                    continue
                for start in range(0, len(row_ids), 500):
                    chunk = sorted(row_ids)[start : start + 500]
                    query = select(child.c.id, fk.parent).where(fk.parent.in_(chunk))
                    for child_id, parent_id in session.execute(query):
                        if (child.name, child_id) not in removing:
                            raise DeskError(_added_later(session, table_name, parent_id, child.name, child_id))


def _added_later(session: Session, table: str, parent_id: int, child: str, child_id: int) -> str:
    """Why a row cannot be taken away, naming both by what they are: "Evidence 'photo.jpg' was linked to order
    aliexpress:8100999 later: undo that first"."""
    parent = full_name(session, table, parent_id)
    if child == "evidence_links":
        links = Base.metadata.tables[child]
        evidence_id = session.execute(select(links.c.evidence_id).where(links.c.id == child_id)).scalar()
        evidence = short_name(session, "evidence", evidence_id) if evidence_id is not None else "evidence"
        return words.tr("{0} was linked to {1} later: undo that first").format(
            f"{evidence[:1].upper()}{evidence[1:]}", parent
        )
    named = short_name(session, child, child_id)
    if named.endswith(f" {child_id}"):  # a number says nothing: say what it is
        word = record_word(child)
        named = words.tr("an {0}").format(word) if word[:1] in "aeiou" else words.tr("a {0}").format(word)
    return words.tr("{0} has {1} added later: undo that first").format(f"{parent[:1].upper()}{parent[1:]}", named)


def _reverse_one(session: Session, table: Table, entry: AuditEntry) -> Change:
    changes = read_json(entry.changes, f"entry {entry.id} of the change history")
    values = {key: (_typed(table, key, old), _typed(table, key, new)) for key, (old, new) in changes.items()}
    where = table.c.id == entry.row_id
    if entry.action is A.INSERT:
        current = session.execute(select(table).where(where)).mappings().first()
        session.execute(delete(table).where(where))
        kept = dict(current) if current is not None else {k: new for k, (_old, new) in values.items()}
        kept.pop(VERSION, None)  # as the audit log leaves it out (desk.models.audit)
        return Change(A.DELETE, table.name, entry.row_id, {k: [v, None] for k, v in kept.items() if v is not None})
    if entry.action is A.UPDATE:
        current = session.execute(select(table).where(where)).mappings().first()
        if current is None:
            raise DeskError(
                words.tr("the {0} is no longer there: it cannot be changed back").format(words.tr(name(table.name)))
            )
        changes_back: dict[str, Any] = {k: old for k, (old, _new) in values.items()}
        if VERSION in table.c:  # a form opened before the undo must find the record changed (conflicts)
            changes_back[VERSION] = table.c[VERSION] + 1
        session.execute(update(table).where(where).values(changes_back))
        return Change(A.UPDATE, table.name, entry.row_id, {k: [current[k], old] for k, (old, _new) in values.items()})
    row = {k: old for k, (old, _new) in values.items()} | {"id": entry.row_id}
    session.execute(insert(table).values(row))
    return Change(A.INSERT, table.name, entry.row_id, {k: [None, v] for k, v in row.items()})


def _typed(table: Table, key: str, value: Any) -> Any:
    """A value as the audit log keeps it (JSON), as its column takes it."""
    if value is None or key not in table.c:
        return value
    column_type = table.c[key].type
    if isinstance(column_type, UTCDateTime | DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, DecimalText):
        return Decimal(value)
    return value
