"""The Evidence page and the cases shown under an evidence file."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.evidence.cases import CaseRef, case_filter
from desk.evidence.file_types import file_type_words
from desk.language import QT_TRANSLATE_NOOP, words
from desk.lists.listing import SQL, Filter, FilterKind, Kind, ListSpec, enum_filter
from desk.lists.shared import ORDER_KEY, C
from desk.models import ChecklistItem, Dispute, Evidence, EvidenceKind, EvidenceLink, Order, OrderLine
from desk.search import evidence_where


def _evidence() -> SQL:
    links = select(func.count()).where(EvidenceLink.evidence_id == Evidence.id).scalar_subquery()
    return select(
        Evidence.id,
        Evidence.kind.label("kind"),
        Evidence.original_name.label("name"),
        Evidence.description.label("description"),
        Evidence.media_type.label("type"),
        Evidence.size.label("size"),
        Evidence.captured_at.label("captured_at"),
        Evidence.added_at.label("added_at"),
        Evidence.added_by.label("added_by"),
        links.label("cases"),
        func.substr(Evidence.sha256, 1, 12).label("sha"),
    )


def _evidence_cases(session: Session) -> list[tuple[Any, str]]:
    """The cases that have evidence: disputes (with their order), then orders, as the Case filter offers them."""
    disputes = session.execute(
        select(Dispute.id, Order.platform, Order.order_no)
        .join(OrderLine, OrderLine.id == Dispute.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Dispute.id.in_(select(EvidenceLink.dispute_id)))
        .order_by(Dispute.id)
    )
    orders = session.execute(
        select(Order.id, Order.platform, Order.order_no)
        .where(Order.id.in_(select(EvidenceLink.order_id)))
        .order_by(Order.platform, Order.order_no)
    )
    return [
        (
            CaseRef("dispute", id_, words.tr("dispute {0}").format(id_)),
            words.tr("dispute {0} · {1}").format(id_, f"{platform.value}:{order_no}"),
        )
        for id_, platform, order_no in disputes
    ] + [
        (CaseRef("order", id_, f"{platform.value}:{order_no}"), f"{platform.value}:{order_no}")
        for id_, platform, order_no in orders
    ]


def _supports(_session: Session, case: CaseRef) -> SQL:
    return Evidence.id.in_(select(EvidenceLink.evidence_id).where(case_filter(case)))


EVIDENCE_FILTERS: tuple[Filter, ...] = (
    enum_filter("kind", QT_TRANSLATE_NOOP("words", "Kind"), Evidence.kind, list(EvidenceKind)),
    Filter("case", QT_TRANSLATE_NOOP("words", "Case"), FilterKind.CHOICE, _supports, _evidence_cases),
)

EVIDENCE = ListSpec(
    "evidence",
    QT_TRANSLATE_NOOP("words", "Evidence"),
    (
        C("kind", QT_TRANSLATE_NOOP("words", "Kind"), Kind.ENUM),
        C("name", QT_TRANSLATE_NOOP("words", "File")),
        C("description", QT_TRANSLATE_NOOP("words", "Shows")),
        C("type", QT_TRANSLATE_NOOP("words", "Type"), render=file_type_words),
        C("size", QT_TRANSLATE_NOOP("words", "Bytes"), Kind.INT),
        C("captured_at", QT_TRANSLATE_NOOP("words", "Captured"), Kind.DATETIME),
        C("added_at", QT_TRANSLATE_NOOP("words", "Added"), Kind.DATETIME),
        C("added_by", QT_TRANSLATE_NOOP("words", "By")),
        C("cases", QT_TRANSLATE_NOOP("words", "Cases"), Kind.INT, sortable=False),
        C("sha", QT_TRANSLATE_NOOP("words", "sha256")),
    ),
    _evidence,
    {
        "kind": Evidence.kind,
        "name": Evidence.original_name,
        "description": Evidence.description,
        "type": Evidence.media_type,
        "size": Evidence.size,
        "captured_at": Evidence.captured_at,
        "added_at": Evidence.added_at,
        "added_by": Evidence.added_by,
        "sha": Evidence.sha256,
    },
    ("added_at", True),
    search=(Evidence.original_name, Evidence.description),
    stretch="description",
    filters=EVIDENCE_FILTERS,
    text_search=evidence_where,
    voidable=Evidence,
)


EVIDENCE_LINKS = ListSpec(
    "evidence_links",
    QT_TRANSLATE_NOOP("words", "Supports"),
    (
        C("order", QT_TRANSLATE_NOOP("words", "Order")),
        C("dispute", QT_TRANSLATE_NOOP("words", "Dispute"), Kind.INT),
        C("refund", QT_TRANSLATE_NOOP("words", "Refund"), Kind.INT),
        C("checklist_item", QT_TRANSLATE_NOOP("words", "Deposit document")),
        C("exhibit", QT_TRANSLATE_NOOP("words", "Exhibit")),
    ),
    lambda: (
        select(
            EvidenceLink.id,
            ORDER_KEY,
            EvidenceLink.dispute_id.label("dispute"),
            EvidenceLink.refund_id.label("refund"),
            ChecklistItem.label.label("checklist_item"),
            EvidenceLink.exhibit_label.label("exhibit"),
        )
        .outerjoin(Order, Order.id == EvidenceLink.order_id)
        .outerjoin(ChecklistItem, ChecklistItem.id == EvidenceLink.checklist_item_id)
    ),
    {"id": EvidenceLink.id},
    ("id", False),
    parent=EvidenceLink.evidence_id,
)
