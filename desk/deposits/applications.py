"""Merchant deposit refund applications (seed 003): one per store leaving a platform, with the prerequisites and
documents the platform's deposit policy lists, checked before it is submitted, then followed through the review
(rejected with a reason and resubmitted as often as it takes, each submission kept) until the money arrives.

A store named for the first time is added to Desk's stores (there is no other way to add one yet); an existing
store with an application still running cannot have a second one."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.calendar import latest_likely
from desk.common import english_words
from desk.common import words as enum_words
from desk.deposits.check import check
from desk.deposits.policy import requirements
from desk.errors import DeskError
from desk.language import words
from desk.models import (
    ChecklistItem,
    DepositApplication,
    DepositState,
    Platform,
    Prerequisite,
    Store,
    Submission,
    SubmissionOutcome,
)
from desk.money import Money

S = DepositState


class DepositEvent(enum.StrEnum):
    SUBMITTED = "submitted"
    REJECTED = "rejected"
    RESUBMITTED = "resubmitted"
    APPROVED = "approved"
    PAID = "paid"
    CLOSED = "closed"


E = DepositEvent
# Which event may happen in which state, and where it leads. Closing gives up a draft or a rejected application,
# or ends the follow-up of a paid one; an application under review waits for the platform.
TRANSITIONS: dict[DepositEvent, tuple[frozenset[DepositState], DepositState]] = {
    E.SUBMITTED: (frozenset({S.DRAFT}), S.IN_REVIEW),
    E.REJECTED: (frozenset({S.IN_REVIEW}), S.REJECTED),
    E.RESUBMITTED: (frozenset({S.REJECTED}), S.IN_REVIEW),
    E.APPROVED: (frozenset({S.IN_REVIEW}), S.APPROVED),
    E.PAID: (frozenset({S.APPROVED}), S.PAID),
    E.CLOSED: (frozenset({S.DRAFT, S.REJECTED, S.PAID}), S.CLOSED),
}
EDITABLE = frozenset({S.DRAFT, S.REJECTED})  # what goes into the next submission can still change


def allowed_events(state: DepositState) -> list[DepositEvent]:
    return [kind for kind, (states, _) in TRANSITIONS.items() if state in states]


def _store(session: Session, name: str, platform: Platform, country: str | None) -> tuple[Store, bool]:
    """The business's store of that name on that platform (case ignored), added when Desk has none."""
    name = " ".join(name.split())
    if not name:
        raise DeskError(words.tr("the store needs a name (--store NAME)"))
    # Compared in Python: SQLite's lower() folds ASCII only, and stores are few.
    for found in session.scalars(select(Store).where(Store.platform == platform).order_by(Store.id)):
        if found.name.casefold() == name.casefold():
            return found, False
    if country is not None and not (len(country) == 2 and country.isalpha() and country.isascii()):
        raise DeskError(words.tr("{0!r} is not a country; give an ISO 3166 code such as CN, DE or US").format(country))
    store = Store(platform=platform, name=name, country=country.upper() if country else None)
    session.add(store)
    return store, True


def create_application(
    session: Session, store_name: str, platform: Platform, amount: Money, on: date, *, country: str | None = None
) -> tuple[DepositApplication, bool]:
    """A draft application with the prerequisites and documents in force on `on`; True when the store was added."""
    if amount.minor <= 0:
        raise DeskError(words.tr("the deposit must be more than zero, got {0}").format(amount))
    store, added = _store(session, store_name, platform, country)
    if not added:
        running = session.scalars(
            select(DepositApplication).where(
                DepositApplication.store_id == store.id, DepositApplication.state != S.CLOSED
            )
        ).first()
        if running is not None:
            raise DeskError(
                words.tr(
                    "store {0!r} on {1} already has deposit application {2} ({3}); a store has one application at a "
                    "time"
                ).format(store.name, platform.label, running.id, enum_words(running.state).lower())
            )
    entries, _ = requirements(platform.value, on)
    application = DepositApplication(
        store=store, deposit_minor=amount.minor, currency=amount.currency, state=S.DRAFT, created_on=on
    )
    for e in entries:
        if e.kind == "prerequisite":
            application.prerequisites.append(
                Prerequisite(code=e.code, label=e.label, checked_by=e.check, source=e.source)
            )
        else:
            application.checklist.append(
                ChecklistItem(code=e.code, label=e.label, required=e.required, source=e.source)
            )
    session.add(application)
    session.flush()
    return application, added


def get_application(session: Session, application_id: int) -> DepositApplication:
    application = session.get(DepositApplication, application_id)
    if application is None:
        raise DeskError(words.tr("no deposit application {0}").format(application_id))
    return application


def _editable(application: DepositApplication, doing: str) -> None:
    """`doing`: what is refused, in the user's language (`words.tr("a document is added")`)."""
    if application.state not in EDITABLE:
        raise DeskError(
            words.tr(
                "deposit application {0} is {1}: {2} only before it is (re)submitted, while it is draft or rejected"
            ).format(application.id, enum_words(application.state).lower(), doing)
        )


def confirm(
    session: Session,
    application: DepositApplication,
    code: str,
    on: date,
    note: str | None = None,
    *,
    undo: bool = False,
) -> Prerequisite:
    """Record (or with `undo` take back) the user's word that a prerequisite Desk cannot check holds."""
    found = {p.code: p for p in application.prerequisites}
    prerequisite = found.get(code.strip())
    if prerequisite is None:
        known = ", ".join(found) or words.tr("none")
        raise DeskError(
            words.tr("deposit application {0} has no prerequisite {1!r}; it has: {2}").format(
                application.id, code, known
            )
        )
    if prerequisite.checked_by not in (None, "confirmation"):
        raise DeskError(
            words.tr(
                "{0} is checked against Desk's {1} of the store, not confirmed: "
                "see `desk deposit check {2}` for what still stands in the way"
            ).format(prerequisite.code, prerequisite.checked_by, application.id)
        )
    _editable(application, words.tr("a prerequisite is confirmed or taken back"))
    if undo:
        prerequisite.confirmed_on, prerequisite.note = None, None
    elif prerequisite.confirmed_on is not None:
        raise DeskError(
            words.tr("{0} was confirmed on {1}; take it back with --undo to confirm it again").format(
                prerequisite.code, prerequisite.confirmed_on.isoformat()
            )
        )
    else:
        prerequisite.confirmed_on, prerequisite.note = on, (note or "").strip() or None
    session.flush()
    return prerequisite


def require_document(
    session: Session, application: DepositApplication, code: str, label: str, *, required: bool = True
) -> ChecklistItem:
    """A document the platform asks for beyond its policy (often in a rejection), added to the checklist."""
    _editable(application, words.tr("a document is added"))
    if not code.isidentifier():
        raise DeskError(words.tr("a document code is a name like tax_certificate, got {0!r}").format(code))
    if any(item.code == code for item in application.checklist):
        raise DeskError(
            words.tr("deposit application {0} already lists the document {1!r}").format(application.id, code)
        )
    if not label.strip():
        raise DeskError(words.tr("the document needs a label saying what it is"))
    item = ChecklistItem(code=code, label=label.strip(), required=required, source=None)
    application.checklist.append(item)
    session.flush()
    return item


def last_date(application: DepositApplication) -> date | None:
    """The day of the application's latest event: a new one cannot come before it. Days more than a year ahead
    are left out (a typing mistake such as 9999-12-31, or a date the user confirmed): they must not push every
    real event aside. None when every day is that far ahead."""
    horizon = latest_likely()
    days = [application.created_on, application.arrived_on]
    for s in application.submissions:
        days += [s.submitted_on, s.decided_on]
    return max((d for d in days if d is not None and d <= horizon), default=None)


def _pending(application: DepositApplication) -> Submission:
    return next(s for s in reversed(application.submissions) if s.outcome is SubmissionOutcome.PENDING)


def _decided(application: DepositApplication, kind: DepositEvent, on: date) -> Submission:
    """The submission a decision on `on` decides; refused when it was made after that day (a far date kept)."""
    pending = _pending(application)
    if on < pending.submitted_on:
        raise DeskError(
            words.tr("'{0}' on {1} is before submission {2} was made ({3})").format(
                enum_words(kind), on.isoformat(), pending.seq, pending.submitted_on.isoformat()
            )
        )
    return pending


def _refuse_missing(session: Session, application: DepositApplication) -> None:
    missing = check(session, application).missing
    if missing:
        lines = "".join(f"\n  {f.label} — {f.explained}" for f in missing)
        if len(missing) == 1:
            said = words.tr(
                "deposit application {0} cannot be submitted: 1 requirement is not met:{1}\nNothing was changed."
            )
        else:
            said = words.tr(
                "deposit application {0} cannot be submitted: %n requirements are not met:{1}\nNothing was changed.",
                "",
                len(missing),
            )
        raise DeskError(said.format(application.id, lines))


def record_event(
    session: Session,
    application: DepositApplication,
    kind: DepositEvent,
    on: date,
    *,
    amount: Money | None = None,
    note: str | None = None,
) -> DepositApplication:
    """Record what happened and move the application on; an event its state does not allow is refused."""
    states, to = TRANSITIONS[kind]
    if application.state not in states:
        allowed = ", ".join(enum_words(k).lower() for k in allowed_events(application.state)) or words.tr(
            "nothing (it is closed)"
        )
        raise DeskError(
            words.tr("deposit application {0} is {1}: '{2}' cannot happen now; allowed: {3}").format(
                application.id, enum_words(application.state).lower(), enum_words(kind), allowed
            )
        )
    last = last_date(application)
    if last is not None and on < last:
        raise DeskError(
            words.tr("'{0}' on {1} is before the application's last event ({2})").format(
                enum_words(kind), on.isoformat(), last.isoformat()
            )
        )
    if (amount is not None) != (kind is E.PAID):
        raise DeskError(
            words.tr("'paid' needs the amount that arrived (--amount)")
            if kind is E.PAID
            else words.tr("only 'paid' takes an amount")
        )
    note = (note or "").strip() or None
    if kind in (E.SUBMITTED, E.RESUBMITTED):
        _refuse_missing(session, application)
        application.submissions.append(Submission(seq=len(application.submissions) + 1, submitted_on=on))
    elif kind is E.REJECTED:
        if note is None:
            raise DeskError(
                words.tr("'rejected' needs the platform's reason (--note TEXT): the resubmission must answer it")
            )
        pending = _decided(application, kind, on)
        pending.outcome, pending.decided_on, pending.reason = SubmissionOutcome.REJECTED, on, note
    elif kind is E.APPROVED:
        pending = _decided(application, kind, on)
        pending.outcome, pending.decided_on = SubmissionOutcome.APPROVED, on
    elif kind is E.PAID and amount is not None:
        if amount.minor <= 0:
            raise DeskError(words.tr("the amount that arrived must be more than zero, got {0}").format(amount))
        application.arrived_on, application.arrived_minor = on, amount.minor
        application.arrived_currency = amount.currency
    if note is not None and kind is not E.REJECTED:
        # The history of submissions is in its table; what else was said is kept, dated, in the notes.
        line = f"{on.isoformat()} {english_words(kind).lower()}: {note}"  # stored: in English
        application.notes = f"{application.notes}\n{line}" if application.notes else line
    application.state = to
    session.flush()
    return application


def submit(session: Session, application: DepositApplication, on: date) -> Submission:
    """Submit a draft, or resubmit a rejected application; refused, listing everything missing, when not ready."""
    kind = E.RESUBMITTED if application.state is S.REJECTED else E.SUBMITTED
    record_event(session, application, kind, on)
    return application.submissions[-1]
