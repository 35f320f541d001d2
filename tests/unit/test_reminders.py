"""Reminders on a simulated clock: every kind of deadline through its ladder (7, 3, 1 and 0 days before), shown,
snoozed, dismissed and overdue, and gone once the case moves past it. Seed 002 (the AliExpress refund guide) is why:
a buyer-protection window that closes unnoticed loses the money for good."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from deadline_cases import E, deposit, open_dispute, refund, shipped_order, withdrawal
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.models import (
    AuditEntry,
    DisputeEvent,
    LedgerEntry,
    PaymentMethod,
    RefundPart,
    Submission,
    WithdrawalStatus,
)
from desk.operations.reminders import (
    Announce,
    DismissReminder,
    SnoozeReminder,
    announce,
    dismiss_reminder,
    snooze_reminder,
)
from desk.operations.settings import ChangeSetting, change_setting
from desk.overview.deadlines import deadlines_for
from desk.overview.reminders import OVERDUE, Reminder, came_due, reminders_for
from desk.policies import load_policies
from desk.workspace import Workspace

START = date(2026, 11, 2)  # a Monday, well before every deadline below


def shown_on(ws: Workspace, today: date, kind: str) -> list[Reminder]:
    with ws.read() as s:
        return [r for r in reminders_for(s, load_policies(s), today) if r.deadline.kind == kind]


def one(ws: Workspace, today: date, kind: str) -> Reminder:
    found = shown_on(ws, today, kind)
    assert len(found) == 1, (today, kind, found)
    return found[0]


def _order_shipped(s: Session) -> None:
    shipped_order(s, shipped_on=START)


def _dispute(s: Session) -> None:
    open_dispute(s, START)


def _refund(s: Session) -> None:
    o = shipped_order(s, payments=((PaymentMethod.CARD, 1000),))
    refund(s, o, START, RefundPart(method=PaymentMethod.CARD, expected_minor=1000, sent_on=START))


def _withdrawal(s: Session) -> None:
    withdrawal(s, START)


def _deposit(s: Session) -> None:
    deposit(s, Submission(seq=1, submitted_on=START))


# The kind, how to make a case that has such a deadline, and whether it can be overdue: the first day a dispute may
# be opened and the end of buyer protection are chances, gone once passed; the others wait for something to happen.
KINDS: list[tuple[str, Callable[[Session], None], bool]] = [
    ("dispute_open_earliest", _order_shipped, False),
    ("protection_end", _order_shipped, False),
    ("seller_response", _dispute, True),
    ("escalation", _dispute, True),
    ("refund_arrival", _refund, True),
    ("withdrawal", _withdrawal, True),
    ("deposit_review", _deposit, True),
]


@pytest.mark.parametrize(("kind", "make", "can_be_overdue"), KINDS, ids=[k[0] for k in KINDS])
def test_every_kind_of_deadline_climbs_its_ladder(
    workspace: Workspace, kind: str, make: Callable[[Session], None], can_be_overdue: bool
) -> None:
    with workspace.write() as s:
        make(s)
    with workspace.read() as s:  # a deadline's date does not depend on the day it is looked at
        due = next(d.due for d in deadlines_for(s, load_policies(s), START) if d.kind == kind)

    # Nothing before the first step; the 7-day step on its day.
    assert shown_on(workspace, due - timedelta(days=8), kind) == []
    seven = one(workspace, due - timedelta(days=7), kind)
    assert (seven.lead, seven.since, seven.showing) == (7, due - timedelta(days=7), True)

    # Dismissed: hidden at that step, back at the next one.
    dismiss_reminder(workspace, DismissReminder(seven.key, today=due - timedelta(days=6)))
    assert not one(workspace, due - timedelta(days=4), kind).showing
    three = one(workspace, due - timedelta(days=3), kind)
    assert (three.lead, three.showing) == (3, True)

    # Snoozed until the day before the deadline: quiet in between, shown again on that day (its 1-day step).
    snooze_reminder(workspace, SnoozeReminder(three.key, until=due - timedelta(days=1), today=due - timedelta(days=3)))
    quiet = one(workspace, due - timedelta(days=2), kind)
    assert (quiet.showing, quiet.until) == (False, due - timedelta(days=1))
    assert one(workspace, due - timedelta(days=1), kind).showing
    on_the_day = one(workspace, due, kind)
    assert (on_the_day.lead, on_the_day.showing) == (0, True)

    after = shown_on(workspace, due + timedelta(days=1), kind)
    if not can_be_overdue:
        assert after == []  # a chance that has passed is not a reminder any more
        return
    (overdue,) = after
    assert (overdue.lead, overdue.overdue, overdue.showing) == (OVERDUE, True, True)
    # Overdue stays flagged: neither a dismissal nor a snooze hides it.
    with pytest.raises(DeskError, match="overdue: it stays flagged until the case moves past it"):
        dismiss_reminder(workspace, DismissReminder(overdue.key, today=due + timedelta(days=1)))
    with pytest.raises(DeskError, match="overdue"):
        snooze_reminder(workspace, SnoozeReminder(overdue.key, due + timedelta(days=9), today=due + timedelta(days=1)))
    assert one(workspace, due + timedelta(days=30), kind).showing


def test_a_reminder_goes_when_the_case_moves_past_its_deadline(workspace: Workspace) -> None:
    with workspace.write() as s:
        dispute = open_dispute(s, START)
        entry = withdrawal(s, START)
    answer_due = one(workspace, START + timedelta(days=5), "seller_response").deadline.due
    with workspace.write() as s:
        s.add(DisputeEvent(dispute_id=dispute.id, kind=E.SELLER_ANSWERED, occurred_on=answer_due))
        s.get_one(LedgerEntry, entry.id).withdrawal_status = WithdrawalStatus.DONE
    assert shown_on(workspace, answer_due + timedelta(days=3), "seller_response") == []
    assert shown_on(workspace, answer_due + timedelta(days=3), "withdrawal") == []


def test_the_ladder_is_a_setting_per_kind(workspace: Workspace) -> None:
    with workspace.write() as s:
        withdrawal(s, START)
    due = one(workspace, START + timedelta(days=30), "withdrawal").deadline.due
    assert one(workspace, due - timedelta(days=3), "withdrawal").lead == 3
    change_setting(workspace, ChangeSetting("remind_withdrawal", "14, 2"))
    assert shown_on(workspace, due - timedelta(days=15), "withdrawal") == []
    assert one(workspace, due - timedelta(days=3), "withdrawal").lead == 14
    assert one(workspace, due, "withdrawal").lead == 2
    with pytest.raises(DeskError, match="remind_withdrawal must be whole numbers of days"):
        change_setting(workspace, ChangeSetting("remind_withdrawal", "7,seven"))


def test_dismissing_is_audited(workspace: Workspace) -> None:
    with workspace.write() as s:
        withdrawal(s, START)
    reminder = one(workspace, START + timedelta(days=1), "withdrawal")
    dismiss_reminder(workspace, DismissReminder(reminder.key, today=START + timedelta(days=1)))
    with workspace.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.table_name == "reminder_responses" and '"dismissed"' in entry.changes


def test_a_stale_or_unknown_reminder_is_refused_by_name(workspace: Workspace) -> None:
    with workspace.write() as s:
        withdrawal(s, START)
    reminder = one(workspace, START + timedelta(days=1), "withdrawal")
    stale = reminder.key.rsplit("/", 1)[0] + "/7"
    with pytest.raises(DeskError, match="is an earlier step of withdrawal due"):
        dismiss_reminder(workspace, DismissReminder(stale, today=START + timedelta(days=1)))
    with pytest.raises(DeskError, match="does not name a reminder"):
        dismiss_reminder(workspace, DismissReminder("withdrawal:1", today=START))
    with pytest.raises(DeskError, match="later day than today"):
        snooze_reminder(workspace, SnoozeReminder(reminder.key, START, today=START + timedelta(days=1)))


def test_what_came_due_is_told_once_per_road_even_after_days_closed(workspace: Workspace) -> None:
    with workspace.write() as s:
        withdrawal(s, START)
        open_dispute(s, START)
    first = announce(workspace, Announce("scheduler", START))
    assert first.after is None
    # A week with the computer off: the next run tells every step reached meanwhile, once.
    later = START + timedelta(days=7)
    told = announce(workspace, Announce("scheduler", later))
    assert told.after == START and told.reminders
    assert all(START < r.since <= later for r in told.reminders)
    assert {r.deadline.kind for r in told.reminders} >= {"withdrawal", "seller_response"}
    assert announce(workspace, Announce("scheduler", later)).reminders == ()
    # The window keeps its own account: it was never open, so it tells everything shown.
    assert {r.key for r in announce(workspace, Announce("window", later)).reminders} >= {r.key for r in told.reminders}


def test_came_due_counts_a_snooze_that_ended_as_due_again(workspace: Workspace) -> None:
    with workspace.write() as s:
        withdrawal(s, START)
    due = one(workspace, START + timedelta(days=30), "withdrawal").deadline.due
    reminder = one(workspace, due - timedelta(days=7), "withdrawal")
    snooze_reminder(workspace, SnoozeReminder(reminder.key, due - timedelta(days=5), today=due - timedelta(days=7)))
    back = shown_on(workspace, due - timedelta(days=5), "withdrawal")
    assert [r.key for r in came_due(back, due - timedelta(days=6), due - timedelta(days=5))] == [reminder.key]
