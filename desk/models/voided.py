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

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria

from desk.models.base import Base, Voidable

INCLUDE_VOIDED = "include_voided"


def _kept(cls: Any) -> Any:
    return cls.voided_at.is_(None)


def _leave_out_voided(state: ORMExecuteState) -> None:
    if not state.is_select or state.is_column_load:
        return  # refreshing a row already loaded: it is the row asked for
    included = state.execution_options.get(INCLUDE_VOIDED) or state.session.info.get(INCLUDE_VOIDED)
    if included is True:
        return
    if not included:
        state.statement = state.statement.options(with_loader_criteria(Voidable, _kept, include_aliases=True))
        return
    # Some kinds shown voided too (a list's own rows): every other kind still counts only its kept records.
    options = [
        with_loader_criteria(cls, _kept(cls), include_aliases=True) for cls in _voidables() if cls not in included
    ]
    state.statement = state.statement.options(*options)


@functools.cache
def _voidables() -> tuple[type, ...]:
    return tuple(m.class_ for m in Base.registry.mappers if issubclass(m.class_, Voidable))


def install(session_factory: Any) -> None:
    """Leave voided records out of every ORM query of sessions made by this factory (a `sessionmaker`)."""
    event.listen(session_factory, "do_orm_execute", _leave_out_voided)
