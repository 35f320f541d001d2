"""What someone answered to a reminder: snoozed until a day, or dismissed. Reminders themselves are derived from
the deadlines each time they are shown (desk.overview.reminders) and never stored; this row only says that one step
of one deadline's ladder was answered, so that it stays answered."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, enum_column, utcnow


class ReminderAnswer(enum.StrEnum):
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


class ReminderResponse(Base):
    """One step of one deadline's reminder ladder, answered. `case` and `kind` name the deadline as the deadline list
    does (dispute:12, seller_response), `due` the date it had then: a deadline moved to another date reminds again.
    `lead` is the step, in days before `due`."""

    __tablename__ = "reminder_responses"
    __table_args__ = (UniqueConstraint("case_key", "kind", "due", "lead"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    due: Mapped[date] = mapped_column(Date)
    lead: Mapped[int] = mapped_column(Integer)
    answer: Mapped[ReminderAnswer] = mapped_column(enum_column(ReminderAnswer, "reminder_answer"))
    until: Mapped[date | None] = mapped_column(Date)  # a snooze's last quiet day is the day before
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
