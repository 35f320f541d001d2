"""Voiding and restoring: nothing a user made is destroyed by a click. A voided record stays in the database with its
history (who voided it, when and why; the audit log has every change), is left out of every sum, deadline, list,
packet, letter, bundle and dashboard figure (`desk.models.voided`), and can be restored. What voiding refuses, and
what restoring checks again, is the rule of each kind's own package.

    void_record(ws, VoidRecord(VoidKind.REFUND, 7, "entered twice"))
    restore_record(ws, RestoreRecord(VoidKind.REFUND, 7))
    void_records(ws, VoidRecords(VoidKind.ORDER, (3, 4), "test orders"))  # several, one step to undo
    restore_records(ws, RestoreRecords(VoidKind.ORDER, (3, 4)))  # likewise

`desk void KIND ID --reason TEXT` and `desk restore KIND ID` call these."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk.accounts import voiding as accounts
from desk.common import Dated, dated, formatted, joined
from desk.disputes import voiding as disputes
from desk.errors import DeskError
from desk.evidence import voiding as evidence
from desk.language import words
from desk.models import (
    DepositApplication,
    Dispute,
    DisputeEvent,
    DisputeLetter,
    Evidence,
    ExchangeRate,
    LedgerEntry,
    MemberAccount,
    Order,
    Refund,
)
from desk.models.base import Voidable, utcnow
from desk.models.voided import INCLUDE_VOIDED
from desk.operations import Record, Result, changed
from desk.orders import voiding as orders
from desk.overview.names import NAMERS
from desk.refunds import voiding as refunds
from desk.workspace import Workspace

REASON_LIMIT = 500


class VoidKind(enum.StrEnum):
    """The kinds of record a user can void, as the command line names them."""

    ORDER = "order"
    DISPUTE = "dispute"
    EVENT = "event"  # an event of a dispute
    REFUND = "refund"
    EVIDENCE = "evidence"
    DEPOSIT = "deposit"  # a deposit application
    ACCOUNT = "account"  # a member account
    ENTRY = "entry"  # a ledger entry of a member account
    RATE = "rate"  # an exchange rate
    LETTER = "letter"


@dataclass(frozen=True)
class VoidRecord:
    kind: VoidKind
    record_id: int
    reason: str  # why, in the user's words; kept with the record


@dataclass(frozen=True)
class VoidRecords:
    """Several records of one kind voided at once, for one reason: one write, so one Edit → Undo restores them."""

    kind: VoidKind
    record_ids: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class RestoreRecord:
    kind: VoidKind
    record_id: int


@dataclass(frozen=True)
class RestoreRecords:
    """Several voided records of one kind restored at once: one write, so one Edit → Undo voids them again."""

    kind: VoidKind
    record_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class Voided(Result):
    kind: VoidKind
    record_id: int
    voided: bool  # True: now voided; False: restored


@dataclass(frozen=True, kw_only=True)
class VoidedSeveral(Result):
    kind: VoidKind
    record_ids: tuple[int, ...]


Check = Callable[[Session, Any], None]


def _none(session: Session, row: Any) -> None:
    return None


@dataclass(frozen=True)
class _Kind:
    model: type[Voidable]
    record: Record
    name: Callable[[Any], str | Dated]
    void: Check = _none  # refuses, naming what stands in the way
    restore: Check = _none  # the rules again, before it counts once more
    after: Check = _none  # what follows from the change (a dispute's state from its events)


def _rate_name(rate: ExchangeRate) -> Dated:
    return formatted(words.tr("the rate {0}→{1} of {2}"), rate.base, rate.quote, rate.on_date)


def _entry_name(entry: LedgerEntry) -> Dated:
    what = entry.kind.value.replace("_", " ")
    account = accounts.account_name(entry.account)
    return formatted(words.tr("the {0} of {1} on {2} in {3}"), what, entry.signed, entry.on_date, account)


KINDS: dict[VoidKind, _Kind] = {
    VoidKind.ORDER: _Kind(
        Order, Record.ORDER, lambda o: words.tr("order {0}").format(o.key), void=lambda s, o: orders.void_order(o)
    ),
    VoidKind.DISPUTE: _Kind(
        Dispute,
        Record.DISPUTE,
        disputes.dispute_name,
        void=lambda s, d: disputes.void_dispute(d),
        restore=disputes.restore_dispute,
    ),
    VoidKind.EVENT: _Kind(
        DisputeEvent,
        Record.DISPUTE,
        disputes.event_name,
        void=lambda s, e: disputes.void_event(e),
        restore=lambda s, e: disputes.restore_event(e),
        after=lambda s, e: disputes.after_event_change(e),
    ),
    VoidKind.REFUND: _Kind(Refund, Record.REFUND, refunds.refund_name, restore=lambda s, r: refunds.restore_refund(r)),
    VoidKind.EVIDENCE: _Kind(
        Evidence,
        Record.EVIDENCE,
        evidence.evidence_name,
        void=evidence.void_evidence,
        restore=lambda s, e: evidence.restore_evidence(e),
    ),
    VoidKind.DEPOSIT: _Kind(
        DepositApplication, Record.DEPOSIT, lambda a: words.tr("deposit application {0}").format(a.id)
    ),
    VoidKind.ACCOUNT: _Kind(
        MemberAccount, Record.ACCOUNT, accounts.account_name, void=lambda s, a: accounts.void_account(a)
    ),
    VoidKind.ENTRY: _Kind(LedgerEntry, Record.ACCOUNT, _entry_name, restore=lambda s, e: accounts.restore_entry(e)),
    VoidKind.RATE: _Kind(ExchangeRate, Record.RATE, _rate_name),
    VoidKind.LETTER: _Kind(
        DisputeLetter,
        Record.DISPUTE,
        lambda letter: words.tr("letter {0} of dispute {1}").format(letter.id, letter.dispute_id),
        restore=lambda s, letter: disputes.restore_letter(letter),
    ),
}


def void_record(ws: Workspace, request: VoidRecord) -> Voided:
    reason = _reason(request.reason)
    spec = KINDS[request.kind]
    with ws.write() as session:
        session.info[INCLUDE_VOIDED] = True  # the rules look at voided records too, and say so
        name = _void_one(session, spec, request.kind, request.record_id, ws.actor, reason)
    return Voided(
        changed=changed(spec.record),
        dated=formatted(words.tr("Voided {0}: {1}. It is kept and can be restored."), name, reason),
        kind=request.kind,
        record_id=request.record_id,
        voided=True,
    )


def void_records(ws: Workspace, request: VoidRecords) -> VoidedSeveral:
    """All or none: the first one refused stops the lot, naming it."""
    reason = _reason(request.reason)
    ids = tuple(dict.fromkeys(request.record_ids))  # each once, in the order given
    if not ids:
        raise DeskError(words.tr("choose the records to void first"))
    spec = KINDS[request.kind]
    with ws.write() as session:
        session.info[INCLUDE_VOIDED] = True
        names = [_void_one(session, spec, request.kind, record_id, ws.actor, reason) for record_id in ids]
    said = words.tr("Voided {0}: {1}. They are kept and can be restored.", "", len(names))  # one: "It is kept"
    return VoidedSeveral(
        changed=changed(spec.record),
        dated=formatted(said, _several(names), reason),
        kind=request.kind,
        record_ids=ids,
    )


def _several(names: list[Dated]) -> Dated:
    if len(names) == 1:
        return names[0]
    n = len(names)
    said = words.tr("%n record(s) ({0}; …)", "", n) if n > 3 else words.tr("%n record(s) ({0})", "", n)
    return formatted(said, joined(names[:3], "; "))


def record_names(
    ws: Workspace,
    kind: VoidKind,
    record_ids: tuple[int, ...],
    day: Callable[[date], str] = date.isoformat,
    money: Callable[[Any], str] = str,
) -> list[str]:
    """The records as people name them (desk.overview.names where it names the kind), for a confirmation; dates
    and amounts written by `day` and `money` (the window passes the user's locale's)."""
    spec = KINDS[kind]
    with ws.read() as session:
        session.info[INCLUDE_VOIDED] = True
        found = []
        for record_id in record_ids:
            row = session.get(spec.model, record_id)
            if row is not None:
                namer = NAMERS.get(spec.model, spec.name)
                found.append(dated(namer(row)).words(day, money))
    return found


def _reason(text: str) -> str:
    reason = " ".join(text.split())
    if not reason:
        raise DeskError(words.tr("say why it is voided: the reason is kept with it"))
    if len(reason) > REASON_LIMIT:
        raise DeskError(words.tr("the reason has {0} characters; at most {1}").format(len(reason), REASON_LIMIT))
    return reason


def _void_one(session: Session, spec: _Kind, kind: VoidKind, record_id: int, actor: str, reason: str) -> Dated:
    row = _get(session, spec, kind, record_id)
    name = spec.name(row)
    if row.is_voided:
        raise DeskError(words.tr("{0} is voided already").format(name))
    spec.void(session, row)
    row.voided_at, row.voided_by, row.void_reason = utcnow(), actor, reason
    spec.after(session, row)
    session.flush()
    return dated(name)


def restore_record(ws: Workspace, request: RestoreRecord) -> Voided:
    spec = KINDS[request.kind]
    with ws.write() as session:
        session.info[INCLUDE_VOIDED] = True
        name = _restore_one(session, spec, request.kind, request.record_id)
    return Voided(
        changed=changed(spec.record),
        dated=formatted(words.tr("Restored {0}: it counts again."), name),
        kind=request.kind,
        record_id=request.record_id,
        voided=False,
    )


def restore_records(ws: Workspace, request: RestoreRecords) -> VoidedSeveral:
    """All or none: the first one the rules refuse (or not voided) stops the lot, naming it."""
    ids = tuple(dict.fromkeys(request.record_ids))
    if not ids:
        raise DeskError(words.tr("choose the records to restore first"))
    spec = KINDS[request.kind]
    with ws.write() as session:
        session.info[INCLUDE_VOIDED] = True
        names = [_restore_one(session, spec, request.kind, record_id) for record_id in ids]
    return VoidedSeveral(
        changed=changed(spec.record),
        dated=formatted(
            words.tr("Restored {0}: they count again.", "", len(names)),  # one: "it counts again"
            _several(names),
        ),
        kind=request.kind,
        record_ids=ids,
    )


def _restore_one(session: Session, spec: _Kind, kind: VoidKind, record_id: int) -> Dated:
    row = _get(session, spec, kind, record_id)
    name = spec.name(row)
    if not row.is_voided:
        raise DeskError(words.tr("{0} is not voided").format(name))
    spec.restore(session, row)
    row.voided_at, row.voided_by, row.void_reason = None, None, None
    spec.after(session, row)
    session.flush()
    return dated(name)


def _get(session: Session, spec: _Kind, kind: VoidKind, record_id: int) -> Any:
    row = session.get(spec.model, record_id)
    if row is None:
        raise DeskError(words.tr("there is no {0} {1}").format(kind.value, record_id))
    return row
