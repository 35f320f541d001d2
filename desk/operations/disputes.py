"""Supplier disputes (seed 002): opening one on an order line, recording what happens in it, and setting the
statement of facts that opens its claim packet. `desk dispute …`, Open Dispute… and Record Event… call these.

    result = open_dispute(ws, OpenDispute("aliexpress:8179…", 2, DisputeReason.DAMAGED, DisputeWant.REFUND,
                                          "12.50", date(2026, 11, 20)))

An order is given by its id (the window) or as staff type it (`PLATFORM:ORDER_NO`). Amounts are the text as
typed, in the order's currency unless they name another, read here, where the order is known. The rules (the
claim limit, which event may happen now) are the domain's (`desk.disputes.lifecycle`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk.calendar import check_likely
from desk.common import formatted, joined
from desk.common import words as word_of
from desk.disputes import editing, lifecycle
from desk.disputes.lifecycle import claim_limits, get_dispute, open_on_line, record_event
from desk.errors import DeskError
from desk.language import words
from desk.models import Audience, Dispute, DisputeEventKind, DisputeReason, DisputeState, DisputeWant, Order
from desk.money import Money
from desk.operations import Record, Result, changed
from desk.operations.conflicts import refuse_lost_update
from desk.operations.typed import typed_money
from desk.orders.lookup import find_line, find_order
from desk.overview.names import dispute_name
from desk.workspace import Workspace

OrderGiven = int | str  # an order's id, or PLATFORM:ORDER_NO as typed


@dataclass(frozen=True)
class OpenDispute:
    order: OrderGiven
    line_no: int
    reason: DisputeReason
    want: DisputeWant
    amount: str  # the amount claimed as typed; blank: the most that can still be claimed for the line
    opened_on: date
    note: str | None = None
    case_no: str | None = None  # the platform's number for the dispute, as it shows it
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class RecordDisputeEvent:
    dispute_id: int
    kind: DisputeEventKind
    on: date
    amount: str | None = None  # as typed, in the dispute's currency; none or blank: the event has no amount
    note: str | None = None
    audience: Audience = Audience.EXTERNAL  # who may see it: only an external note goes to the other side
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class EditDispute:
    """What to correct; None keeps a field as it is. `case_no`: blank clears it."""

    dispute_id: int
    reason: DisputeReason | None = None
    want: DisputeWant | None = None
    amount: str | None = None  # as typed, in the dispute's currency
    case_no: str | None = None
    version: int | None = None  # the dispute's version the form showed (desk.operations.conflicts); None: no form
    shown: EditDispute | None = None  # what the form opened with, every field given: tells whose change a value is


@dataclass(frozen=True)
class SetStatement:
    dispute_id: int
    text: str | None  # as written; blank clears it


@dataclass(frozen=True, kw_only=True)
class DisputeChanged(Result):
    dispute_id: int
    state: DisputeState


@dataclass(frozen=True, kw_only=True)
class StatementSet(Result):
    dispute_id: int
    length: int  # characters kept; 0: cleared


def open_dispute(ws: Workspace, request: OpenDispute) -> DisputeChanged:
    check_likely([(words.tr("the day the dispute opened"), request.opened_on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        order = order_given(session, request.order)
        line = find_line(order, request.line_no)
        if request.amount.strip():
            amount = typed_money(request.amount, order.currency, words.tr("the amount claimed"))
        else:
            amount = claim_limits(order)[line.line_no]
        note = (request.note or "").strip() or None
        dispute = open_on_line(session, line, request.reason, request.want, amount, request.opened_on, note=note)
        dispute.platform_case_no = (request.case_no or "").strip() or None
        return DisputeChanged(
            changed=changed(Record.DISPUTE),
            dated=formatted(
                words.tr("Dispute {0} opened on line {1} of {2}, claiming {3}."),
                str(dispute.id),
                str(line.line_no),
                order.key,
                amount,
            ),
            dispute_id=dispute.id,
            state=dispute.state,
        )


def record_dispute_event(ws: Workspace, request: RecordDisputeEvent) -> DisputeChanged:
    check_likely([(words.tr("the date of the event"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        dispute = get_dispute(session, request.dispute_id)
        text = (request.amount or "").strip()
        amount = typed_money(text, dispute.currency, words.tr("the amount")) if text else None
        note = (request.note or "").strip() or None
        record_event(session, dispute, request.kind, request.on, amount=amount, note=note, audience=request.audience)
        return DisputeChanged(
            changed=changed(Record.DISPUTE),
            message=words.tr("Dispute {0}: {1} recorded; it is now {2}.").format(
                dispute.id, word_of(request.kind).lower(), word_of(dispute.state).lower()
            ),
            dispute_id=dispute.id,
            state=dispute.state,
        )


def edit_dispute(ws: Workspace, request: EditDispute) -> DisputeChanged:
    with ws.write() as session:
        dispute = get_dispute(session, request.dispute_id)
        text = (request.amount or "").strip()
        amount = typed_money(text, dispute.currency, words.tr("the amount claimed")) if text else None
        shown = None if request.shown is None else _shown(dispute, request.shown)
        yours = _edited(dispute, request, amount)
        refuse_lost_update(session, dispute, request.version, dispute_name(dispute), yours, shown)
        done = editing.edit_dispute(
            dispute, reason=request.reason, want=request.want, amount=amount, case_no=request.case_no
        )
        said = (
            formatted(words.tr("Dispute {0} now: {1}."), str(dispute.id), joined(done, "; "))
            if done
            else formatted(words.tr("Dispute {0}: nothing changed."), str(dispute.id))
        )
        return DisputeChanged(
            changed=changed(Record.DISPUTE) if done else frozenset(),
            dated=said,
            dispute_id=dispute.id,
            state=dispute.state,
        )


def _edited(dispute: Dispute, request: EditDispute, amount: Money | None) -> dict[str, tuple[str, str, str]]:
    """The fields the request changes: (label, its value, the dispute's now), as the Edit Dispute form shows them."""
    fields: dict[str, tuple[str, str, str]] = {}
    if request.reason is not None:
        fields["reason"] = (words.tr("Reason"), word_of(request.reason), word_of(dispute.reason))
    if request.want is not None:
        fields["want"] = (words.tr("Wanted"), word_of(request.want), word_of(dispute.want))
    if amount is not None:
        fields["amount"] = (words.tr("Amount claimed"), str(amount), str(dispute.claimed))
    if request.case_no is not None:
        fields["case_no"] = (
            words.tr("Platform's case number"),
            request.case_no.strip() or "—",
            dispute.platform_case_no or "—",
        )
    return fields


def _shown(dispute: Dispute, shown: EditDispute) -> dict[str, tuple[str, str, str]]:
    """The values a form opened with, as `_edited` words them."""
    text = (shown.amount or "").strip()
    amount = typed_money(text, dispute.currency, words.tr("the amount claimed")) if text else None
    return _edited(dispute, shown, amount)


def set_statement(ws: Workspace, request: SetStatement) -> StatementSet:
    with ws.write() as session:
        dispute = get_dispute(session, request.dispute_id)
        lifecycle.set_statement(dispute, request.text)
        length = len(dispute.statement or "")
    return StatementSet(
        changed=changed(Record.DISPUTE),
        message=words.tr("Dispute {0}: statement of facts saved ({1} characters).").format(
            request.dispute_id, f"{length:,}"
        )
        if length
        else words.tr("Dispute {0}: statement of facts cleared.").format(request.dispute_id),
        dispute_id=request.dispute_id,
        length=length,
    )


def order_given(session: Session, order: OrderGiven) -> Order:
    """The order a request names, by id or as typed; a DeskError when there is none."""
    if isinstance(order, str):
        return find_order(session, order)
    found = session.get(Order, order)
    if found is None:
        raise DeskError(words.tr("the order is no longer there: it was deleted meanwhile"))
    return found
