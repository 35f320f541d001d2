"""What Desk has sent out for a dispute: the exhibit label each piece of evidence carries in its packets, and the
escalation letters made for it.

A label, once given, is kept: "Exhibit C" in last week's letter must name the same file in today's packet. Internal
evidence gets labels of its own sequence ("INT-1"), so a packet for the supplier shows no gap where it was left out.
A letter's kind is a code of the letter ladder (`desk/policies/letters/ladder.toml`), checked by the code, so a new
rung needs no migration.

Every packet Desk makes is a *production*: it takes the next free range of page (Bates) numbers of the business, so
"DESK000123" names one page of one packet, whatever the case or destination. The register keeps each production
(what, for whom, when, its range) and each exhibit's numbers in it; the numbers continue from the register's
highest, so nothing may be removed from it (Undo leaves it alone)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.audience import Audience
from desk.models.base import Base, UTCDateTime, Voidable, enum_column, utcnow

if TYPE_CHECKING:
    from desk.models.deposits import DepositApplication
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
    # A letter may be made in several languages: each language is a version, one row; the versions of one letter
    # (one rung, one day) point at its first version, whose id is the letter's number. They are sent together and
    # never cite or enclose one another. None: this row is the letter's first version. Revision 0010.
    version_of: Mapped[int | None] = mapped_column(ForeignKey("dispute_letters.id"), index=True)
    # Who may see it: a letter to our own lawyer is counsel, one to the supplier or the platform external (0008).
    audience: Mapped[Audience] = mapped_column(enum_column(Audience, "audience"), default=Audience.EXTERNAL)

    dispute: Mapped[Dispute] = relationship()
    evidence: Mapped[Evidence | None] = relationship()

    @property
    def letter_no(self) -> int:
        """The letter's number, shared by all its language versions."""
        return self.version_of or self.id

    @property
    def is_sent(self) -> bool:
        return self.sent_on is not None


class Production(Base):
    """One packet as made: a claim packet of a dispute or the packet of a deposit application, for a destination,
    holding the page numbers `first_number` … `last_number` (all its parts). Revision 0009."""

    __tablename__ = "productions"
    __table_args__ = (
        CheckConstraint("first_number >= 1", name="first_number_positive"),
        CheckConstraint("last_number >= first_number", name="range_ordered"),
        CheckConstraint("parts >= 1", name="parts_positive"),
        UniqueConstraint("first_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="SET NULL"), index=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("deposit_applications.id", ondelete="SET NULL"), index=True
    )
    # What the case was called when it was made, kept as printed: the register reads the same after edits.
    case: Mapped[str] = mapped_column(String(300))
    destination: Mapped[str] = mapped_column(String(120))
    prefix: Mapped[str] = mapped_column(String(20))
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    parts: Mapped[int] = mapped_column(Integer, default=1)
    file_name: Mapped[str] = mapped_column(String(500))
    made_on: Mapped[date] = mapped_column(Date)
    made_by: Mapped[str] = mapped_column(String(120))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    dispute: Mapped[Dispute | None] = relationship()
    application: Mapped[DepositApplication | None] = relationship()
    exhibits: Mapped[list[ProducedExhibit]] = relationship(
        back_populates="production", order_by="ProducedExhibit.first_number", cascade="all, delete-orphan"
    )


class ProducedExhibit(Base):
    """One exhibit (a deposit packet's document) of a production: its label, file and page numbers there. An
    exhibit split over two parts runs from its first page in the one to its last in the other: `pages` says how
    many of the numbers between are its own."""

    __tablename__ = "produced_exhibits"
    __table_args__ = (
        CheckConstraint("last_number >= first_number", name="range_ordered"),
        CheckConstraint("pages >= 1", name="pages_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    production_id: Mapped[int] = mapped_column(ForeignKey("productions.id", ondelete="CASCADE"), index=True)
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id", ondelete="SET NULL"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(500))
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)

    production: Mapped[Production] = relationship(back_populates="exhibits")
    evidence: Mapped[Evidence | None] = relationship()
