"""A case that evidence can support, named as staff name it: a dispute by its id (`12`, `dispute:12`), an order
as `PLATFORM:ORDER_NO`, a refund as `refund:N`, a deposit checklist item as `checklist:N`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import ChecklistItem, Dispute, EvidenceLink, Order, Refund
from desk.orders.lookup import find_order
from desk.overview.names import checklist_name

_MODELS: dict[str, Any] = {"order": Order, "dispute": Dispute, "refund": Refund, "checklist": ChecklistItem}
_COLUMNS = {"order": "order_id", "dispute": "dispute_id", "refund": "refund_id", "checklist": "checklist_item_id"}


@dataclass(frozen=True)
class CaseRef:
    kind: str  # order, dispute, refund, checklist
    id: int
    label: str  # as the user named it: aliexpress:8123…, dispute 12, the document 'Business licence' of …

    @property
    def column(self) -> str:
        """Its column in `evidence_links`."""
        return _COLUMNS[self.kind]

    @property
    def shown(self) -> str:
        """The label in the user's language ("dispute 12"; an order's and a checklist item's are names)."""
        if self.kind == "dispute":
            return words.tr("dispute {0}").format(self.id)
        if self.kind == "refund":
            return words.tr("refund {0}").format(self.id)
        return self.label

    @property
    def named(self) -> str:
        """As a sentence names it, in the user's language: "order aliexpress:8179…", "dispute 12"."""
        return words.tr("order {0}").format(self.label) if self.kind == "order" else self.shown

    def check(self, session: Session) -> None:
        if session.get(_MODELS[self.kind], self.id) is None:
            raise DeskError(words.tr("no {0}").format(self.shown))


def parse_case(session: Session, text: str) -> CaseRef:
    """The case `text` names; a DeskError that shows the forms when it names none."""
    text = text.strip()
    prefix, sep, rest = text.partition(":")
    if text.isdigit():
        prefix, rest = "dispute", text
    if prefix.lower() in ("dispute", "refund", "checklist") and rest.strip().isdigit():
        kind = prefix.lower()
        case = CaseRef(kind, int(rest), f"{kind} {int(rest)}")
        case.check(session)
        return case
    if sep and rest:
        order = find_order(session, text)
        return CaseRef("order", order.id, f"{order.platform.value}:{order.order_no}")
    raise DeskError(
        words.tr(
            "{0!r} is not a case: give a dispute id (12), an order (aliexpress:8179037714690228), refund:N or "
            "checklist:N"
        ).format(text)
    )


def find_case(session: Session, case: CaseRef | str) -> CaseRef:
    """The case a request names, as a CaseRef or as typed (`parse_case`); a DeskError when it is gone or names
    none."""
    if isinstance(case, str):
        return parse_case(session, case)
    case.check(session)
    return case


def case_of_link(link: EvidenceLink) -> CaseRef:
    """The case a link names."""
    for kind, column in _COLUMNS.items():
        value = getattr(link, column)
        if value is not None:
            if kind == "order" and link.order is not None:
                return CaseRef(kind, value, f"{link.order.platform.value}:{link.order.order_no}")
            if kind == "checklist" and link.checklist_item is not None:  # its number is nobody's name for it
                return CaseRef(kind, value, checklist_name(link.checklist_item))
            return CaseRef(kind, value, f"{kind} {value}")
    raise ValueError(f"evidence link {link.id} names no case")  # the schema's CHECK makes this impossible


def case_filter(case: CaseRef) -> Any:
    """The WHERE condition on `evidence_links` for this case."""
    column: Any = getattr(EvidenceLink, case.column)
    return column == case.id
