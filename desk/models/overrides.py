"""What the user sets over the rules: a platform rule changed for this business, a deadline the platform shows."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Platform, UTCDateTime, enum_column, utcnow


class PolicyOverride(Base):
    """A rule value that replaces the shipped policy's from `effective` on (platforms change rules; users see it
    first). `value` is JSON; `source` says where the user read it."""

    __tablename__ = "policy_overrides"
    __table_args__ = (UniqueConstraint("platform", "key", "effective"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[Platform] = mapped_column(enum_column(Platform, "platform"))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text)
    effective: Mapped[date] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseKind(enum.StrEnum):
    ORDER = "order"
    DISPUTE = "dispute"
    REFUND_PART = "refund_part"
    LEDGER_ENTRY = "ledger_entry"
    DEPOSIT = "deposit"


class DeadlineOverride(Base):
    """A deadline the user entered for one case (e.g. the protection end the platform's page shows); deadlines
    are otherwise derived from events and policy each time they are shown, never stored."""

    __tablename__ = "deadline_overrides"
    __table_args__ = (UniqueConstraint("case_kind", "case_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind, "case_kind"))
    case_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))  # a deadline kind, e.g. protection_end
    due: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ImportMapping(Base):
    """How the columns of one export format map onto Desk's import fields, remembered by its header row."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    header_key: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the normalised header row
    mapping: Mapped[str] = mapped_column(Text)  # JSON {desk field: source column}
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
