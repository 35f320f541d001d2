"""Evidence: a file in the vault, what it shows, and the cases it supports."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.audience import Audience
from desk.models.base import Base, UTCDateTime, Versioned, Voidable, enum_column, non_negative, utcnow

if TYPE_CHECKING:
    from desk.models.deposits import ChecklistItem
    from desk.models.disputes import Dispute
    from desk.models.orders import Order
    from desk.models.refunds import Refund


class EvidenceKind(enum.StrEnum):
    PHOTO = "photo"
    VIDEO = "video"
    CHAT = "chat"
    EMAIL = "email"
    PAYMENT_PROOF = "payment_proof"
    TRACKING = "tracking"
    INVOICE = "invoice"
    SCREENSHOT = "screenshot"
    DOCUMENT = "document"
    OTHER = "other"


class Evidence(Versioned, Voidable, Base):
    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        *non_negative("size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The vault stores the bytes once by this hash; the user's file name is data, never a path.
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[EvidenceKind] = mapped_column(enum_column(EvidenceKind, "evidence_kind"))
    description: Mapped[str | None] = mapped_column(Text)
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(120))
    # Who may see it, and so which documents it may go into (revision 0008; it was a flag `internal`).
    audience: Mapped[Audience] = mapped_column(enum_column(Audience, "audience"), default=Audience.EXTERNAL)
    # What the user confirmed the file shows (for the evidence checklist), not guessed from its type. Revision 0007.
    shows: Mapped[str | None] = mapped_column(String(80))
    # Why the content is not what its name says (an ".jpg" that is a program): such a file is never previewed.
    warning: Mapped[str | None] = mapped_column(Text)
    # What was read from the file: an e-mail's From, To, Date and Subject; a photo's camera and size.
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Its text, for the search: an e-mail's headers and body, a text file's content.
    text_content: Mapped[str | None] = mapped_column(Text)
    # An e-mail's attachments are evidence of their own, linked to the e-mail they came in.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id", ondelete="RESTRICT"), index=True)

    links: Mapped[list[EvidenceLink]] = relationship(back_populates="evidence", cascade="all, delete-orphan")
    parent: Mapped[Evidence | None] = relationship(remote_side=[id])

    @property
    def internal(self) -> bool:
        """Kept from the other side: for counsel or for our staff only."""
        return self.audience.kept_in


class EvidenceLink(Base):
    """Evidence supporting exactly one case: an order, a dispute, a refund or a deposit checklist item."""

    __tablename__ = "evidence_links"
    __table_args__ = (
        CheckConstraint(
            # Booleans cast to count them: PostgreSQL (team mode) does not add booleans as SQLite does.
            "CAST(order_id IS NOT NULL AS INTEGER) + CAST(dispute_id IS NOT NULL AS INTEGER)"
            " + CAST(refund_id IS NOT NULL AS INTEGER) + CAST(checklist_item_id IS NOT NULL AS INTEGER) = 1",
            name="exactly_one_case",
        ),
        UniqueConstraint("evidence_id", "order_id", "dispute_id", "refund_id", "checklist_item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id", ondelete="CASCADE"), index=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id", ondelete="CASCADE"), index=True)
    checklist_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("deposit_checklist_items.id", ondelete="CASCADE"), index=True
    )
    # The label the evidence carries in a packet ("Exhibit C").
    exhibit_label: Mapped[str | None] = mapped_column(String(16))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    evidence: Mapped[Evidence] = relationship(back_populates="links")
    order: Mapped[Order | None] = relationship()
    dispute: Mapped[Dispute | None] = relationship()
    refund: Mapped[Refund | None] = relationship()
    checklist_item: Mapped[ChecklistItem | None] = relationship(back_populates="evidence_links")
