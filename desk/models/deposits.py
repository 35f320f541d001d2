"""A merchant deposit-refund application: prerequisites, document checklist, submissions (seed 003)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, Versioned, Voidable, currency_checks, enum_column, non_negative
from desk.money import Money

if TYPE_CHECKING:
    from desk.models.evidence import EvidenceLink
    from desk.models.parties import Store


class DepositState(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    REJECTED = "rejected"
    APPROVED = "approved"
    PAID = "paid"
    CLOSED = "closed"


class DepositApplication(Versioned, Voidable, Base):
    __tablename__ = "deposit_applications"
    __table_args__ = (
        *currency_checks("currency"),
        *non_negative("deposit_minor", "arrived_minor"),
        CheckConstraint("arrived_minor IS NULL OR arrived_on IS NOT NULL", name="arrived_needs_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="RESTRICT"), index=True)
    deposit_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[DepositState] = mapped_column(enum_column(DepositState, "deposit_state"), default=DepositState.DRAFT)
    created_on: Mapped[date] = mapped_column(Date)
    arrived_on: Mapped[date | None] = mapped_column(Date)
    arrived_minor: Mapped[int | None] = mapped_column(Integer)
    # The currency the money arrived in (seed 003: "verify whether the amount ... matches"); NULL: the deposit's.
    # A bank that converts pays in another currency, and the difference is then one of exchange (revision 0005).
    arrived_currency: Mapped[str | None] = mapped_column(String(3))
    notes: Mapped[str | None] = mapped_column(Text)
    # Seed 003: the application carries the bank account the deposit returns to and the business licence number.
    # Sensitive: stored sealed (desk.sealing), shown masked.
    bank_account_sealed: Mapped[str | None] = mapped_column(Text)
    licence_no_sealed: Mapped[str | None] = mapped_column(Text)

    store: Mapped[Store] = relationship(back_populates="deposit_applications")
    prerequisites: Mapped[list[Prerequisite]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Prerequisite.id"
    )
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ChecklistItem.id"
    )
    submissions: Mapped[list[Submission]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Submission.seq"
    )

    @property
    def deposit(self) -> Money:
        return Money(self.deposit_minor, self.currency)

    @property
    def arrived(self) -> Money | None:
        if self.arrived_minor is None:
            return None
        return Money(self.arrived_minor, self.arrived_currency or self.currency)


class Prerequisite(Base):
    """A condition the platform sets before it refunds (store closed, no pending orders, …).

    `checked_by` says how it is decided (desk.deposits.policy.CHECKS; NULL: by confirmation); `confirmed_on` records
    the user's confirmation where Desk has no data of its own to check. `source` cites the policy it came from."""

    __tablename__ = "deposit_prerequisites"
    __table_args__ = (UniqueConstraint("application_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("deposit_applications.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200))
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    checked_by: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str | None] = mapped_column(Text)

    application: Mapped[DepositApplication] = relationship(back_populates="prerequisites")


class ChecklistItem(Base):
    """A document the application needs; evidence from the vault satisfies it."""

    __tablename__ = "deposit_checklist_items"
    __table_args__ = (UniqueConstraint("application_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("deposit_applications.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str | None] = mapped_column(Text)  # the policy it came from; NULL: added by the user

    application: Mapped[DepositApplication] = relationship(back_populates="checklist")
    evidence_links: Mapped[list[EvidenceLink]] = relationship(back_populates="checklist_item")

    @property
    def satisfied(self) -> bool:
        return bool(self.evidence_links)


class SubmissionOutcome(enum.StrEnum):
    PENDING = "pending"
    REJECTED = "rejected"
    APPROVED = "approved"


class Submission(Base):
    """One (re)submission; a rejection keeps its reason and the next submission starts a new review window."""

    __tablename__ = "deposit_submissions"
    __table_args__ = (
        UniqueConstraint("application_id", "seq"),
        CheckConstraint("seq >= 1", name="seq_positive"),
        CheckConstraint("decided_on IS NULL OR decided_on >= submitted_on", name="decided_after_submitted"),
        CheckConstraint("outcome <> 'rejected' OR reason IS NOT NULL", name="rejection_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("deposit_applications.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    submitted_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[SubmissionOutcome] = mapped_column(
        enum_column(SubmissionOutcome, "submission_outcome"), default=SubmissionOutcome.PENDING
    )
    decided_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)

    application: Mapped[DepositApplication] = relationship(back_populates="submissions")
