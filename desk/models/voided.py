"""A voided record is kept, with its history, but left out of everything Desk reads: every ORM query of a session made
here (lists, sums, deadlines, packets, letters, bundles, the dashboard), the relationships it loads included, sees
only the records that are not voided. Whoever must see them too (voiding and restoring, a list's "voided" filter,
the import's check for an order already there, `desk verify`) says so:

    session.execute(query.execution_options(include_voided=True))   # one query
    session.info[INCLUDE_VOIDED] = True                              # the whole session
    query.execution_options(include_voided=(Order,))                 # voided orders, but not voided refunds


The filter is SQLAlchemy's own global criteria (`with_loader_criteria` in `do_orm_execute`), so no query can
forget it; SQL run on the connection directly (Core statements without an ORM entity) is not filtered."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import and_, event
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria

from desk.models.base import Base, Voidable

INCLUDE_VOIDED = "include_voided"


def _kept(cls: Any) -> Any:
    return cls.voided_at.is_(None)


def _parents() -> dict[type, tuple[str, type]]:
    """The rows that belong to a voidable record and go with it: a voided refund's parts, a voided order's lines,
    a voided dispute's events and letters, a voided piece of evidence's links and labels (by relationship name)."""
    from desk.models import (
        ChecklistItem,
        Coupon,
        DepositApplication,
        Dispute,
        DisputeEvent,
        DisputeLetter,
        Evidence,
        EvidenceLink,
        ExhibitLabel,
        LedgerEntry,
        MemberAccount,
        Order,
        OrderLine,
        Payment,
        Prerequisite,
        Refund,
        RefundPart,
        Submission,
        TrackingNumber,
    )

    return {
        OrderLine: ("order", Order),
        Payment: ("order", Order),
        Coupon: ("order", Order),
        TrackingNumber: ("order", Order),
        RefundPart: ("refund", Refund),
        DisputeEvent: ("dispute", Dispute),
        DisputeLetter: ("dispute", Dispute),
        EvidenceLink: ("evidence", Evidence),
        ExhibitLabel: ("evidence", Evidence),
        LedgerEntry: ("account", MemberAccount),
        Prerequisite: ("application", DepositApplication),
        ChecklistItem: ("application", DepositApplication),
        Submission: ("application", DepositApplication),
    }


def _criteria(included: frozenset[type]) -> list[Any]:
    """One option per kind of row: kept itself (unless its kind is included), and its parent kept (unless the
    parent's kind is included)."""
    parents = _parents()
    options = []
    for cls in sorted({*_voidables(), *parents}, key=lambda c: c.__name__):
        conditions = [_kept(cls)] if issubclass(cls, Voidable) and cls not in included else []
        if cls in parents and parents[cls][1] not in included:
            relation, parent = parents[cls]
            conditions.append(getattr(cls, relation).has(_kept(parent)))
        if conditions:
            options.append(with_loader_criteria(cls, and_(*conditions), include_aliases=True))
    return options


@functools.cache
def _all_kept() -> tuple[Any, ...]:
    return tuple(_criteria(frozenset()))


def _leave_out_voided(state: ORMExecuteState) -> None:
    if not state.is_select or state.is_column_load:
        return  # refreshing a row already loaded: it is the row asked for
    included = state.execution_options.get(INCLUDE_VOIDED) or state.session.info.get(INCLUDE_VOIDED)
    if included is True:
        return
    # With some kinds included (a list's own rows, shown voided too), every other kind still counts only its kept
    # records.
    options = _criteria(frozenset(included)) if included else _all_kept()
    state.statement = state.statement.options(*options)


@functools.cache
def _voidables() -> tuple[type, ...]:
    return tuple(m.class_ for m in Base.registry.mappers if issubclass(m.class_, Voidable))


def install(session_factory: Any) -> None:
    """Leave voided records out of every ORM query of sessions made by this factory (a `sessionmaker`)."""
    event.listen(session_factory, "do_orm_execute", _leave_out_voided)
