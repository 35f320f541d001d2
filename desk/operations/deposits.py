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
from desk.common import Dated, formatted
from desk.common import words as word_of
from desk.deposits import applications
from desk.deposits.applications import DepositEvent, get_application
from desk.language import words
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
    amount = typed_money(request.amount, None, words.tr("the deposit"))
    check_likely([(words.tr("the day the application was made"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application, added = applications.create_application(
            session, request.store, request.platform, amount, request.on, country=request.country
        )
        store = application.store
        return DepositCreated(
            changed=changed(Record.DEPOSIT, Record.STORE) if added else changed(Record.DEPOSIT),
            message=(
                words.tr("Deposit application {0} for {1} on {2}, {3}: store added to Desk.")
                if added
                else words.tr("Deposit application {0} for {1} on {2}, {3}.")
            ).format(application.id, store.name, store.platform.label, application.deposit),
            application_id=application.id,
            store_added=added,
        )


def confirm_prerequisite(ws: Workspace, request: ConfirmPrerequisite) -> DepositChanged:
    """Record the user's word that a prerequisite Desk cannot check holds, or with `undo` take it back."""
    if not request.undo:
        check_likely([(words.tr("the day it was confirmed"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application = get_application(session, request.application_id)
        found = applications.confirm(session, application, request.code, request.on, request.note, undo=request.undo)
        said = (
            words.tr("Deposit application {0}, {1}: confirmation taken back.")
            if request.undo
            else words.tr("Deposit application {0}, {1}: confirmed.")
        )
        return _changed(application, said.format(application.id, words.tr(found.label)))


def require_document(ws: Workspace, request: RequireDocument) -> DepositChanged:
    """A document the platform asks for beyond its policy (often in a rejection), added to the checklist."""
    with ws.write() as session:
        application = get_application(session, request.application_id)
        item = applications.require_document(
            session, application, request.code, request.label, required=request.required
        )
        said = (
            words.tr("Deposit application {0} now requires {1}.")
            if item.required
            else words.tr("Deposit application {0} now recommends {1}.")
        )
        return _changed(application, said.format(application.id, words.tr(item.label)))


def submit_deposit_application(ws: Workspace, request: SubmitDepositApplication) -> DepositChanged:
    """Refused, listing everything missing, when it is not ready; nothing is changed then."""
    check_likely([(words.tr("the day it was submitted"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application = get_application(session, request.application_id)
        submission = applications.submit(session, application, request.on)
        said = (
            words.tr("Deposit application {0} resubmitted on {1}.")
            if submission.seq > 1
            else words.tr("Deposit application {0} submitted on {1}.")
        )
        return _changed(application, formatted(said, str(application.id), request.on))


def record_deposit_event(ws: Workspace, request: RecordDepositEvent) -> DepositChanged:
    """What the platform did (or the user, closing it); an event the application's state does not allow is
    refused."""
    check_likely([(words.tr("the date of the event"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        application = get_application(session, request.application_id)
        amount = None
        if request.amount is not None:
            amount = typed_money(request.amount, application.currency, words.tr("the amount that arrived"))
        applications.record_event(session, application, request.kind, request.on, amount=amount, note=request.note)
        said = formatted(
            words.tr("Deposit application {0}: {1} on {2}."),
            str(application.id),
            word_of(request.kind).lower(),
            request.on,
        )
        return _changed(application, said)


def _changed(application: DepositApplication, message: str | Dated) -> DepositChanged:
    return DepositChanged(
        changed=changed(Record.DEPOSIT),
        message=str(message),
        dated=message if isinstance(message, Dated) else None,
        application_id=application.id,
        state=application.state,
    )
