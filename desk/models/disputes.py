"""A supplier dispute on one order line, and the timeline of what happened in it (seed 002)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.audience import Audience
from desk.models.base import Base, UTCDateTime, Versioned, Voidable, enum_column, non_negative, utcnow
from desk.money import Money

if TYPE_CHECKING:
    from desk.models.orders import OrderLine
    from desk.models.refunds import Refund


class DisputeReason(enum.StrEnum):
    NOT_RECEIVED = "not_received"
    NOT_AS_DESCRIBED = "not_as_described"
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    WRONG_QUANTITY = "wrong_quantity"
    NOT_SHIPPED_IN_TIME = "not_shipped_in_time"
    SELLER_FRAUD = "seller_fraud"
    OTHER = "other"


class DisputeWant(enum.StrEnum):
    """Refund only (full or partial, by the amount claimed) or return the goods and refund."""

    REFUND = "refund"
    RETURN_REFUND = "return_refund"


class DisputeState(enum.StrEnum):
    OPEN = "open"
    SELLER_RESPONDED = "seller_responded"
    OFFER = "offer"
    ESCALATED = "escalated"
    DECIDED = "decided"
    REFUND_PENDING = "refund_pending"
    REFUNDED = "refunded"
    CLOSED = "closed"


# States in which the dispute is over; a line may have a new dispute only when all earlier ones are here.
FINISHED_STATES = (DisputeState.REFUNDED, DisputeState.CLOSED)


class DisputeOutcome(enum.StrEnum):
    WON = "won"
    PARTIALLY_WON = "partially_won"
    LOST = "lost"
    SETTLED = "settled"
    WITHDRAWN = "withdrawn"


_FINISHED_SQL = ", ".join(f"'{s.value}'" for s in FINISHED_STATES)
_OPEN_AND_KEPT_SQL = f"state NOT IN ({_FINISHED_SQL}) AND voided_at IS NULL"


class Dispute(Versioned, Voidable, Base):
    __tablename__ = "disputes"
    __table_args__ = (
        *non_negative("claimed_minor", "won_minor"),
        CheckConstraint("won_minor IS NULL OR outcome IS NOT NULL", name="won_needs_outcome"),
        # One open dispute per order line: enforced by the database, not only by the code. A voided dispute does
        # not count (revision 0007): a line whose dispute was entered by mistake can have its real one.
        Index(
            "uq_disputes_open_per_line",
            "order_line_id",
            unique=True,
            sqlite_where=text(_OPEN_AND_KEPT_SQL),
            postgresql_where=text(_OPEN_AND_KEPT_SQL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="RESTRICT"), index=True)
    reason: Mapped[DisputeReason] = mapped_column(enum_column(DisputeReason, "dispute_reason"))
    want: Mapped[DisputeWant] = mapped_column(enum_column(DisputeWant, "dispute_want"))
    state: Mapped[DisputeState] = mapped_column(enum_column(DisputeState, "dispute_state"), default=DisputeState.OPEN)
    opened_on: Mapped[date] = mapped_column(Date)
    claimed_minor: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[DisputeOutcome | None] = mapped_column(enum_column(DisputeOutcome, "dispute_outcome"))
    won_minor: Mapped[int | None] = mapped_column(Integer)
    platform_case_no: Mapped[str | None] = mapped_column(String(64))
    statement: Mapped[str | None] = mapped_column(Text)

    order_line: Mapped[OrderLine] = relationship(back_populates="disputes")
    events: Mapped[list[DisputeEvent]] = relationship(
        back_populates="dispute", cascade="all, delete-orphan", order_by="(DisputeEvent.occurred_on, DisputeEvent.id)"
    )
    refunds: Mapped[list[Refund]] = relationship(back_populates="dispute")

    @property
    def is_open(self) -> bool:
        return self.state not in FINISHED_STATES

    @property
    def currency(self) -> str:
        return self.order_line.order.currency

    @property
    def claimed(self) -> Money:
        return Money(self.claimed_minor, self.currency)

    @property
    def won(self) -> Money | None:
        return None if self.won_minor is None else Money(self.won_minor, self.currency)


class DisputeEventKind(enum.StrEnum):
    OPENED = "opened"
    SELLER_ANSWERED = "seller_answered"
    OFFER = "offer"
    OFFER_ACCEPTED = "offer_accepted"
    OFFER_REJECTED = "offer_rejected"
    ESCALATED = "escalated"
    DECIDED = "decided"
    REFUND_SENT = "refund_sent"
    REFUND_RECEIVED = "refund_received"
    CLOSED = "closed"
    NOTE = "note"


class DisputeEvent(Voidable, Base):
    """Something that happened in a dispute, on a calendar date; deadlines are derived from these."""

    __tablename__ = "dispute_events"
    __table_args__ = (*non_negative("amount_minor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DisputeEventKind] = mapped_column(enum_column(DisputeEventKind, "dispute_event_kind"))
    occurred_on: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # Who may see it: a note for counsel or our staff never leaves Desk in a packet for the other side (0008).
    audience: Mapped[Audience] = mapped_column(enum_column(Audience, "audience"), default=Audience.EXTERNAL)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    dispute: Mapped[Dispute] = relationship(back_populates="events")

    @property
    def internal(self) -> bool:
        """Kept from the other side: for counsel or for our staff only."""
        return self.audience.kept_in
