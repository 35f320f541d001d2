"""The domain model: one module per aggregate. Importing this package registers every table on `Base.metadata`."""

from desk.models.accounts import Channel, LedgerEntry, LedgerKind, MemberAccount, WithdrawalStatus
from desk.models.audience import Audience
from desk.models.audit import AuditAction, AuditEntry
from desk.models.base import Base, PaymentMethod, Platform
from desk.models.deposits import (
    ChecklistItem,
    DepositApplication,
    DepositState,
    Prerequisite,
    Submission,
    SubmissionOutcome,
)
from desk.models.disputes import (
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeOutcome,
    DisputeReason,
    DisputeState,
    DisputeWant,
)
from desk.models.evidence import Evidence, EvidenceKind, EvidenceLink
from desk.models.fx import ExchangeRate
from desk.models.orders import (
    Coupon,
    CouponKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    TaxCollector,
    TrackingNumber,
)
from desk.models.overrides import CaseKind, DeadlineOverride, ImportMapping, PolicyOverride
from desk.models.packets import DisputeLetter, ExhibitLabel, ProducedExhibit, Production
from desk.models.parties import Store, StoreStatus, Supplier
from desk.models.refunds import Refund, RefundCause, RefundPart
from desk.models.reminders import ReminderAnswer, ReminderResponse
from desk.models.settings import Setting

__all__ = [
    "Audience",
    "AuditAction",
    "AuditEntry",
    "Base",
    "CaseKind",
    "Channel",
    "ChecklistItem",
    "Coupon",
    "CouponKind",
    "DeadlineOverride",
    "DepositApplication",
    "DepositState",
    "Dispute",
    "DisputeEvent",
    "DisputeEventKind",
    "DisputeLetter",
    "DisputeOutcome",
    "DisputeReason",
    "DisputeState",
    "DisputeWant",
    "Evidence",
    "EvidenceKind",
    "EvidenceLink",
    "ExchangeRate",
    "ExhibitLabel",
    "ImportMapping",
    "LedgerEntry",
    "LedgerKind",
    "MemberAccount",
    "Order",
    "OrderLine",
    "OrderStatus",
    "Payment",
    "PaymentMethod",
    "Platform",
    "PolicyOverride",
    "Prerequisite",
    "ProducedExhibit",
    "Production",
    "Refund",
    "RefundCause",
    "RefundPart",
    "ReminderAnswer",
    "ReminderResponse",
    "Setting",
    "Store",
    "StoreStatus",
    "Submission",
    "SubmissionOutcome",
    "Supplier",
    "TaxCollector",
    "TrackingNumber",
    "WithdrawalStatus",
]
