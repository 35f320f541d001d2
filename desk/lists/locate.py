"""Which list shows a record: the audit log's entries and the Dashboard's deadlines name records by table and row
(or by a case key such as `dispute:12`); the window opens the list that shows them, with that row selected.

A part of a record (an order's line, a dispute's event, a refund's part, an account's ledger entry) is shown on
its owner's list: the place is the owner's row. Reads only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import (
    ChecklistItem,
    Coupon,
    DeadlineOverride,
    DepositApplication,
    Dispute,
    DisputeEvent,
    DisputeLetter,
    Evidence,
    EvidenceLink,
    ExchangeRate,
    ExhibitLabel,
    LedgerEntry,
    MemberAccount,
    Order,
    OrderLine,
    Payment,
    Platform,
    Prerequisite,
    Refund,
    RefundPart,
    Store,
    Submission,
    Supplier,
    TrackingNumber,
)


@dataclass(frozen=True)
class Place:
    list_name: str  # a list of desk.lists.specs.SPECS, which is also the page's name
    row_id: int


# table → (its model, the list that shows it, the column naming its owner on that list; None: the record itself)
_SHOWN_ON: dict[str, tuple[Any, str, str | None]] = {
    "orders": (Order, "orders", None),
    "order_lines": (OrderLine, "orders", "order_id"),
    "payments": (Payment, "orders", "order_id"),
    "coupons": (Coupon, "orders", "order_id"),
    "tracking_numbers": (TrackingNumber, "orders", "order_id"),
    "disputes": (Dispute, "disputes", None),
    "dispute_events": (DisputeEvent, "disputes", "dispute_id"),
    "dispute_letters": (DisputeLetter, "disputes", "dispute_id"),
    "exhibit_labels": (ExhibitLabel, "disputes", "dispute_id"),
    "refunds": (Refund, "refunds", None),
    "refund_parts": (RefundPart, "refunds", "refund_id"),
    "evidence": (Evidence, "evidence", None),
    "evidence_links": (EvidenceLink, "evidence", "evidence_id"),
    "member_accounts": (MemberAccount, "accounts", None),
    "ledger_entries": (LedgerEntry, "accounts", "account_id"),
    "deposit_applications": (DepositApplication, "deposits", None),
    "deposit_prerequisites": (Prerequisite, "deposits", "application_id"),
    "deposit_checklist_items": (ChecklistItem, "deposits", "application_id"),
    "deposit_submissions": (Submission, "deposits", "application_id"),
    "suppliers": (Supplier, "suppliers", None),
    "stores": (Store, "stores", None),
    "exchange_rates": (ExchangeRate, "rates", None),
}

# A deadline's case kind (desk.models.CaseKind, the first part of its key) → the table of its record.
_CASE_TABLES = {
    "order": "orders",
    "dispute": "disputes",
    "refund_part": "refund_parts",
    "ledger_entry": "ledger_entries",
    "deposit": "deposit_applications",
}


def place_of_record(session: Session, table: str, row_id: int) -> Place | None:
    """Where the record `row_id` of `table` is shown; None when no list shows it (a setting, a rule override) or
    it is no longer there."""
    if table == "deadline_overrides":  # the date the user entered for a case: the case's place
        override = session.get(DeadlineOverride, row_id)
        if override is None or override.case_kind not in _CASE_TABLES:
            return None
        return place_of_record(session, _CASE_TABLES[override.case_kind], override.case_id)
    if table not in _SHOWN_ON:
        return None
    model, list_name, owner = _SHOWN_ON[table]
    record = session.get(model, row_id)
    if record is None:
        return None
    return Place(list_name, int(getattr(record, owner) if owner else row_id))


def has_place(table: str) -> bool:
    """Whether a list shows the records of `table` (while they are there): a setting or a rule override has none."""
    return table in _SHOWN_ON or table == "deadline_overrides"


def place_of_case(session: Session, key: str) -> Place | None:
    """Where the case a deadline names is shown: `dispute:12`, `refund_part:7`, `order:aliexpress:8123`."""
    kind, _, rest = key.partition(":")
    if kind == "order":
        platform, _, number = rest.partition(":")
        if platform not in {p.value for p in Platform}:
            return None
        order_id = session.scalar(
            select(Order.id).where(Order.platform == Platform(platform), Order.order_no == number)
        )
        return Place("orders", order_id) if order_id is not None else None
    if kind not in _CASE_TABLES or not rest.isdigit():
        return None
    return place_of_record(session, _CASE_TABLES[kind], int(rest))
