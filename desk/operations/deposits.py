"""Merchant deposit refund applications (seed 003): a draft with its checklist from policy, a prerequisite
confirmed (or taken back), a document the platform asks for added, the application submitted, and what the
platform did next. `desk deposit …` and the Deposits page's panel (tick a prerequisite, Submit) call these.

    result = submit_deposit_application(ws, SubmitDepositApplication(application_id=4, on=date(2026, 11, 23)))

The rules — what is missing before submitting, which event may happen in which state — are the domain's
(`desk.deposits.applications`). Amounts are the text as typed: a new application's deposit names its currency
("10000 CNY"); what arrived is in the deposit's currency unless it names another ("1380 USD")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.calendar import check_likely
from desk.common import Dated, dated, words
from desk.deposits import applications
from desk.deposits.applications import DepositEvent, get_application
from desk.models import DepositApplication, DepositState, Platform
from desk.operations import Record, Result, changed
from desk.operations.typed import typed_money
from desk.workspace import Workspace


@dataclass(frozen=True)
class CreateDepositApplication:
    store: str  # the store's name; added to Desk when it has none of that name on the platform
    platform: Platform
    amount: str  # the deposit with its currency: "10000 CNY"
    on: date
    country: str | None = None  # the store's country, when it is added
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class ConfirmPrerequisite:
    application_id: int
    code: str  # store_closed, no_violations, …
    on: date
    note: str | None = None  # how the user knows
    undo: bool = False  # take the confirmation back
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class RequireDocument:
    application_id: int
    code: str  # a short name, e.g. tax_certificate
    label: str  # what the document is
    required: bool = True  # False: recommended only, does not block submitting


@dataclass(frozen=True)
class SubmitDepositApplication:
    """Submit a draft, or resubmit a rejected application."""

    application_id: int
    on: date
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class RecordDepositEvent:
    application_id: int
    kind: DepositEvent
    on: date
    amount: str | None = None  # paid: what arrived
    note: str | None = None  # rejected: the platform's reason
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True, kw_only=True)
class DepositCreated(Result):
    application_id: int
    store_added: bool  # the store was new to Desk


@dataclass(frozen=True, kw_only=True)
class DepositChanged(Result):
    application_id: int
    state: DepositState  # where the application is now


def create_deposit_application(ws: Workspace, request: CreateDepositApplication) -> DepositCreated:
    amount = typed_money(request.amount, None, "the deposit")
    check_likely([("the day the application was made", request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application, added = applications.create_application(
            session, request.store, request.platform, amount, request.on, country=request.country
        )
        store = application.store
        return DepositCreated(
            changed=changed(Record.DEPOSIT, Record.STORE) if added else changed(Record.DEPOSIT),
            message=f"Deposit application {application.id} for {store.name} on {store.platform.label}, "
            f"{application.deposit}" + (": store added to Desk." if added else "."),
            application_id=application.id,
            store_added=added,
        )


def confirm_prerequisite(ws: Workspace, request: ConfirmPrerequisite) -> DepositChanged:
    """Record the user's word that a prerequisite Desk cannot check holds, or with `undo` take it back."""
    if not request.undo:
        check_likely([("the day it was confirmed", request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application = get_application(session, request.application_id)
        found = applications.confirm(session, application, request.code, request.on, request.note, undo=request.undo)
        done = "confirmation taken back" if request.undo else "confirmed"
        return _changed(application, f"Deposit application {application.id}, {found.label}: {done}.")


def require_document(ws: Workspace, request: RequireDocument) -> DepositChanged:
    """A document the platform asks for beyond its policy (often in a rejection), added to the checklist."""
    with ws.write() as session:
        application = get_application(session, request.application_id)
        item = applications.require_document(
            session, application, request.code, request.label, required=request.required
        )
        kind = "requires" if item.required else "recommends"
        return _changed(application, f"Deposit application {application.id} now {kind} {item.label}.")


def submit_deposit_application(ws: Workspace, request: SubmitDepositApplication) -> DepositChanged:
    """Refused, listing everything missing, when it is not ready; nothing is changed then."""
    check_likely([("the day it was submitted", request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application = get_application(session, request.application_id)
        submission = applications.submit(session, application, request.on)
        again = "resubmitted" if submission.seq > 1 else "submitted"
        return _changed(application, dated(f"Deposit application {application.id} {again} on ", request.on, "."))


def record_deposit_event(ws: Workspace, request: RecordDepositEvent) -> DepositChanged:
    """What the platform did (or the user, closing it); an event the application's state does not allow is
    refused."""
    check_likely([("the date of the event", request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application = get_application(session, request.application_id)
        amount = None
        if request.amount is not None:
            amount = typed_money(request.amount, application.currency, "the amount that arrived")
        applications.record_event(session, application, request.kind, request.on, amount=amount, note=request.note)
        said = dated(f"Deposit application {application.id}: {words(request.kind).lower()} on ", request.on, ".")
        return _changed(application, said)


def _changed(application: DepositApplication, message: str | Dated) -> DepositChanged:
    return DepositChanged(
        changed=changed(Record.DEPOSIT),
        message=str(message),
        dated=message if isinstance(message, Dated) else None,
        application_id=application.id,
        state=application.state,
    )
