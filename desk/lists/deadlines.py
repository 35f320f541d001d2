"""The "Next deadline" column of the case lists (orders, disputes, refunds, deposits, accounts).

Deadlines are derived in Python, never stored (desk.overview.next_deadline), so the column is computed for the rows
of a page (`ListSpec.computed`) and sorted by a CASE over the ids that have one (`SessionSort`). Both read one
`next_deadlines` per session: a page read derives every open case's deadlines once (what the Dashboard does on each
refresh), not once per row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, case, literal
from sqlalchemy.orm import Session

from desk.language import QT_TRANSLATE_NOOP, words
from desk.lists.listing import SQL, Column, Kind, Phrased, SessionSort
from desk.money import Money
from desk.overview.deadlines import KIND_WORDS, Deadline
from desk.overview.next_deadline import NextDeadlines, next_deadlines

# What is due, in the fewest words, before its date: "Escalate by 30 Nov 2026" ({0}: the date).
SHORT_WORDS = {
    "dispute_open_earliest": QT_TRANSLATE_NOOP("words", "Dispute possible from {0}"),
    "protection_end": QT_TRANSLATE_NOOP("words", "Protection ends {0}"),
    "seller_response": QT_TRANSLATE_NOOP("words", "Seller's answer by {0}"),
    "escalation": QT_TRANSLATE_NOOP("words", "Escalate by {0}"),
    "refund_arrival": QT_TRANSLATE_NOOP("words", "Refund by {0}"),
    "withdrawal": QT_TRANSLATE_NOOP("words", "Withdrawal due {0}"),
    "deposit_review": QT_TRANSLATE_NOOP("words", "Decision due {0}"),
}
NONE_YET = date.max  # cases without a deadline sort after every date (and never as NULL: keyset paging)
_CACHE = "desk.lists.next_deadlines"


@dataclass(frozen=True)
class NextDeadline(Phrased):
    deadline: Deadline

    @property
    def alert(self) -> bool:  # type: ignore[override]
        return self.deadline.state == "overdue"

    def words(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        kind = self.deadline.kind
        if kind in SHORT_WORDS:
            short = words.tr(SHORT_WORDS[kind]).format(day(self.deadline.due))
        else:
            short = f"{words.tr(KIND_WORDS[kind]) if kind in KIND_WORDS else ''} {day(self.deadline.due)}"
        return words.tr("Overdue: {0}").format(short) if self.alert else short

    def explain(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        d = self.deadline
        state = {"overdue": words.tr("overdue"), "due": words.tr("due soon")}.get(d.state, words.tr("coming"))
        name, detail, rule = (text.words(day, money) for text in (d.name, d.detail, d.rule))
        said = words.tr("{0} by {1} ({2})\n{3}: {4}\nRule: {5}")
        return said.format(d.what, day(d.due), state, name, detail, rule)

    def sort_key(self) -> Any:
        return self.deadline.due


Pick = Callable[[NextDeadlines], dict[int, Deadline]]


def _found(session: Session) -> NextDeadlines:
    """This session's next deadlines, derived on first use: a page's rows and its sort share them."""
    found = session.info.get(_CACHE)
    if found is None:
        found = session.info[_CACHE] = next_deadlines(session, date.today())
    return found


def next_deadline_column(width: int = 30) -> Column:
    return Column("next_deadline", QT_TRANSLATE_NOOP("words", "Next deadline"), Kind.TEXT, width=width)


def next_deadline_value(pick: Pick) -> Callable[[Session, Any], NextDeadline | None]:
    """The computed value of the row's case (`pick` chooses the kind of record: orders, disputes, …)."""

    def value(session: Session, row: Any) -> NextDeadline | None:
        deadline = pick(_found(session)).get(int(row["id"]))
        return NextDeadline(deadline) if deadline is not None else None

    return value


def next_deadline_sort(pick: Pick, id_column: SQL) -> SessionSort:
    """Sort by the next deadline's date, cases without one last; each row's id breaks ties."""

    def build(session: Session) -> SQL:
        dues = {case_id: d.due for case_id, d in pick(_found(session)).items()}
        if not dues:
            return literal(NONE_YET, Date)
        return case(dues, value=id_column, else_=literal(NONE_YET, Date))

    return SessionSort(build)
