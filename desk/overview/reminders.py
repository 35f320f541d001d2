"""Reminders: each deadline's ladder of steps (7, 3, 1 and 0 days before it, per kind of deadline, a setting),
derived from the deadlines each time they are shown and never stored.

A deadline reminds from its first step on. The reminder shown is the latest step reached: on 5 December a deadline
due on the 8th with the ladder 7,3,1,0 is at its 3-day step. It stays until someone acts on the case (the deadline
goes: the seller answered, the refund arrived), snoozes it until a day, or dismisses it; the next step reminds again
even after a dismissal. A deadline past its date is overdue: it stays flagged until the case moves past it, and
neither snooze nor dismissal hides it (a date the platform moved is a deadline override, not a dismissal).

What came due between two days (`came_due`) is what a scheduled `desk due --remind` and the window, when it opens,
announce: the steps reached in between, and the deadlines that became overdue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import ReminderAnswer, ReminderResponse
from desk.overview.deadlines import Deadline, deadlines_for
from desk.policies import Policies
from desk.settings import DEADLINE_KINDS, get_setting, ladder_days, reminder_setting

OVERDUE = -1  # the step of a deadline past its date


@dataclass(frozen=True)
class Reminder:
    deadline: Deadline
    lead: int  # days before the deadline of the step reached; OVERDUE past it
    since: date  # the day this step was reached
    answer: ReminderAnswer | None = None  # snoozed (until `until`) or dismissed, at this step
    until: date | None = None

    @property
    def overdue(self) -> bool:
        return self.lead == OVERDUE

    @property
    def key(self) -> str:
        """What names this step for `desk remind`: dispute:12/seller_response/2026-12-08/3."""
        d = self.deadline
        return f"{d.case}/{d.kind}/{d.due.isoformat()}/{'overdue' if self.overdue else self.lead}"

    @property
    def showing(self) -> bool:
        """Shown now: neither snoozed nor dismissed (an overdue one always)."""
        return self.overdue or self.answer is None

    def as_json(self) -> dict[str, object]:
        return {
            **self.deadline.as_json(),
            "reminder": self.key,
            "step": "overdue" if self.overdue else self.lead,
            "since": self.since.isoformat(),
            "answer": self.answer.value if self.answer else None,
            "until": self.until.isoformat() if self.until else None,
        }


@dataclass(frozen=True)
class ReminderKey:
    case: str
    kind: str
    due: date
    lead: int


def parse_key(text: str) -> ReminderKey:
    """`dispute:12/seller_response/2026-12-08/3` as its parts; a clear error for anything else."""
    parts = text.strip().rsplit("/", 3)
    try:
        case, kind, due, step = parts
        lead = OVERDUE if step == "overdue" else int(step)
        if kind not in DEADLINE_KINDS or not case or lead < OVERDUE:
            raise ValueError(kind)
        return ReminderKey(case, kind, date.fromisoformat(due), lead)
    except ValueError:
        raise DeskError(
            words.tr(
                "{0!r} does not name a reminder; `desk due --reminders` lists them, each as case/kind/date/step"
            ).format(text)
        ) from None


def ladders(session: Session) -> dict[str, tuple[int, ...]]:
    """Each kind of deadline's steps, farthest first."""
    return {kind: ladder_days(get_setting(session, reminder_setting(kind))) for kind in DEADLINE_KINDS}


def step_on(deadline: Deadline, ladder: Iterable[int], today: date) -> tuple[int, date] | None:
    """The step `deadline` has reached on `today` and the day it was reached; None before its first step."""
    if deadline.state == "overdue":
        return OVERDUE, deadline.due + timedelta(days=1)
    reached = [lead for lead in ladder if deadline.due - timedelta(days=lead) <= today]
    if not reached:
        return None
    lead = min(reached)
    return lead, deadline.due - timedelta(days=lead)


def reminders_for(
    session: Session, policies: Policies, today: date, problems: list[str] | None = None
) -> list[Reminder]:
    """Every reminder reached by `today`, shown or answered, by due date."""
    steps = ladders(session)
    answers = {
        (r.case_key, r.kind, r.due, r.lead): r
        for r in session.scalars(select(ReminderResponse).where(ReminderResponse.due >= today - timedelta(days=400)))
    }
    out = []
    for deadline in deadlines_for(session, policies, today, problems):
        reached = step_on(deadline, steps[deadline.kind], today)
        if reached is None:
            continue
        lead, since = reached
        answered = answers.get((deadline.case, deadline.kind, deadline.due, lead))
        answer = answered.answer if answered else None
        until = answered.until if answered else None
        if answer is ReminderAnswer.SNOOZED and until is not None and until <= today:
            answer, since, until = None, max(since, until), None  # the snooze is over: it comes due again
        out.append(Reminder(deadline, lead, since, answer, until))
    return out


def came_due(reminders: Iterable[Reminder], after: date | None, today: date) -> list[Reminder]:
    """The shown reminders whose step was reached after `after` (a day already announced) and by `today`; every
    shown one when nothing was announced before."""
    return [r for r in reminders if r.showing and (after is None or after < r.since <= today)]
