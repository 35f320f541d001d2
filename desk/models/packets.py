"""What Desk has sent out for a dispute: the exhibit label each piece of evidence carries in its packets, and the
escalation letters made for it.

A label, once given, is kept: "Exhibit C" in last week's letter must name the same file in today's packet. Internal
evidence gets labels of its own sequence ("INT-1"), so a packet for the supplier shows no gap where it was left out.
A letter's kind is a code of the letter ladder (`desk/policies/letters/ladder.toml`), checked by the code, so a new
rung needs no migration."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, UTCDateTime, Voidable, utcnow

if TYPE_CHECKING:
    from desk.models.disputes import Dispute
    from desk.models.evidence import Evidence


class ExhibitLabel(Base):
    __tablename__ = "exhibit_labels"
    __table_args__ = (
        UniqueConstraint("dispute_id", "evidence_id"),
        UniqueConstraint("dispute_id", "label"),
        CheckConstraint("seq >= 1", name="seq_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id", ondelete="CASCADE"), index=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    # The n-th label of its sequence: A=1 … Z=26, AA=27 (or INT-n for internal evidence); packets sort by it.
    seq: Mapped[int] = mapped_column(Integer)
    internal: Mapped[bool] = mapped_column(default=False)
    label: Mapped[str] = mapped_column(String(16))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    dispute: Mapped[Dispute] = relationship()
    evidence: Mapped[Evidence] = relationship()


class DisputeLetter(Voidable, Base):
    __tablename__ = "dispute_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    lang: Mapped[str] = mapped_column(String(8))
    made_on: Mapped[date] = mapped_column(Date)
    # The date the letter gives the other side to answer by, when it gives one (a formal demand does).
    reply_by: Mapped[date | None] = mapped_column(Date)
    # The PDF as it was made, kept in the vault as evidence of the dispute.
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id", ondelete="SET NULL"), index=True)
    made_by: Mapped[str] = mapped_column(String(120))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Made is not sent: a letter counts as sent (on the ladder, for its reply date) once the user marks it so,
    # with the day and how it went (e-mail, platform message, post, …). Revision 0007.
    sent_on: Mapped[date | None] = mapped_column(Date)
    sent_via: Mapped[str | None] = mapped_column(String(40))

    dispute: Mapped[Dispute] = relationship()
    evidence: Mapped[Evidence | None] = relationship()

    @property
    def is_sent(self) -> bool:
        return self.sent_on is not None
