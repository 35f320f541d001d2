"""Voiding and restoring (desk/operations/voiding.py), per kind of record, on a real data folder: a voided record is
kept with who voided it and why, is left out of every sum, count and state derived from it, refuses what would
leave something pointing at it, and counts again once restored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from factories import order
from sqlalchemy import func, select

from desk.errors import DeskError
from desk.models import (
    Channel,
    DepositApplication,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeLetter,
    DisputeReason,
    DisputeState,
    DisputeWant,
    Evidence,
    LedgerEntry,
    MemberAccount,
    Order,
    PaymentMethod,
    Refund,
)
from desk.models.fx import NoRateError, rate_on
from desk.money import Money
from desk.operations import Record
from desk.operations.accounts import AddFunds, OpenAccount, add_funds, open_account
from desk.operations.disputes import OpenDispute, RecordDisputeEvent, open_dispute, record_dispute_event
from desk.operations.rates import SetExchangeRate, set_exchange_rate
from desk.operations.refunds import RecordRefund, record_refund
from desk.operations.voiding import RestoreRecord, VoidKind, VoidRecord, restore_record, void_record
from desk.orders.amounts import refundable_on_order
from desk.reports.letter_ladder import letter_ladder
from desk.workspace import Workspace

E = DisputeEventKind
ON = date(2026, 10, 20)


@pytest.fixture
def order_key(workspace: Workspace) -> str:
    with workspace.write() as s:
        o = order(
            s, currency="USD", lines=(("Earbuds", 1, 3000), ("Cable", 1, 1000)), payments=((PaymentMethod.CARD, 4000),)
        )
        s.flush()
        return o.key


def _open(ws: Workspace, key: str, line: int = 1, amount: str = "20") -> int:
    return open_dispute(ws, OpenDispute(key, line, DisputeReason.DAMAGED, DisputeWant.REFUND, amount, ON)).dispute_id


def _event(ws: Workspace, dispute_id: int, kind: DisputeEventKind, day: int, amount: str | None = None) -> None:
    record_dispute_event(ws, RecordDisputeEvent(dispute_id, kind, date(2026, 10, day), amount))


def _void(ws: Workspace, kind: VoidKind, record_id: int, reason: str = "entered by mistake") -> str:
    return void_record(ws, VoidRecord(kind, record_id, reason)).message


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_an_order_is_voided_only_once_its_dispute_and_refund_are(workspace: Workspace, order_key: str) -> None:
    dispute_id = _open(workspace, order_key)
    refund_id = record_refund(workspace, RecordRefund(order_key, "5", ON)).refund_id
    with workspace.read() as s:
        order_id = s.scalars(select(Order.id)).one()
    with pytest.raises(DeskError) as refused:
        _void(workspace, VoidKind.ORDER, order_id)
    assert str(refused.value) == (
        f"order {order_key} still has dispute {dispute_id}, refund {refund_id}: void them first"
    )
    assert refund_id is not None
    _void(workspace, VoidKind.REFUND, refund_id)
    _void(workspace, VoidKind.DISPUTE, dispute_id)
    voided = void_record(workspace, VoidRecord(VoidKind.ORDER, order_id, "  a test order  "))
    assert voided.changed == {Record.ORDER}
    assert voided.message == f"Voided order {order_key}: a test order. It is kept and can be restored."
    assert _count(workspace, Order) == 0
    with workspace.read() as s:
        kept = s.scalars(select(Order).execution_options(include_voided=True)).one()
        assert (kept.voided_by, kept.void_reason, kept.is_voided) == ("tester", "a test order", True)
    with pytest.raises(DeskError, match="is voided already"):
        _void(workspace, VoidKind.ORDER, order_id)
    assert restore_record(workspace, RestoreRecord(VoidKind.ORDER, order_id)).message == (
        f"Restored order {order_key}: it counts again."
    )
    assert _count(workspace, Order) == 1
    with pytest.raises(DeskError, match="is not voided"):
        restore_record(workspace, RestoreRecord(VoidKind.ORDER, order_id))


def test_a_voided_refund_is_out_of_the_sums_and_cannot_come_back_over_what_was_paid(
    workspace: Workspace, order_key: str
) -> None:
    first = record_refund(workspace, RecordRefund(order_key, "30", ON)).refund_id
    assert first is not None

    def left() -> Money:
        with workspace.read() as s:
            return refundable_on_order(s.scalars(select(Order)).one())

    assert left() == Money(1000, "USD")
    _void(workspace, VoidKind.REFUND, first)
    assert left() == Money(4000, "USD") and _count(workspace, Refund) == 0
    record_refund(workspace, RecordRefund(order_key, "35", ON))
    with pytest.raises(DeskError, match=r"only 5\.00 USD of the order is left to refund"):
        restore_record(workspace, RestoreRecord(VoidKind.REFUND, first))
    assert left() == Money(500, "USD")


def test_a_voided_dispute_frees_its_line_and_is_restored_only_when_the_line_is_free(
    workspace: Workspace, order_key: str
) -> None:
    first = _open(workspace, order_key)
    _void(workspace, VoidKind.DISPUTE, first)
    assert _count(workspace, Dispute) == 0
    second = _open(workspace, order_key)  # the line's real dispute
    with pytest.raises(DeskError, match=f"has an open dispute already \\(no. {second}\\)"):
        restore_record(workspace, RestoreRecord(VoidKind.DISPUTE, first))
    _event(workspace, second, E.CLOSED, 21)
    restore_record(workspace, RestoreRecord(VoidKind.DISPUTE, first))
    assert _count(workspace, Dispute) == 2


def test_voiding_an_event_derives_the_state_again_from_the_events_that_remain(
    workspace: Workspace, order_key: str
) -> None:
    dispute_id = _open(workspace, order_key)
    _event(workspace, dispute_id, E.SELLER_ANSWERED, 21)
    _event(workspace, dispute_id, E.OFFER, 22, "12")
    _event(workspace, dispute_id, E.OFFER_ACCEPTED, 23)

    def state() -> tuple[DisputeState, int | None, list[str]]:
        with workspace.read() as s:
            d = s.get_one(Dispute, dispute_id)
            return d.state, d.won_minor, [e.kind.value for e in d.events]

    assert state() == (DisputeState.REFUND_PENDING, 1200, ["opened", "seller_answered", "offer", "offer_accepted"])
    with workspace.read() as s:
        ids = {e.kind: e.id for e in s.scalars(select(DisputeEvent).where(DisputeEvent.dispute_id == dispute_id))}
    with pytest.raises(DeskError) as refused:
        _void(workspace, VoidKind.EVENT, ids[E.OFFER])
    assert "the 'offer accepted' of 2026-10-23 in dispute" in str(refused.value)
    _void(workspace, VoidKind.EVENT, ids[E.OFFER_ACCEPTED])
    assert state() == (DisputeState.OFFER, None, ["opened", "seller_answered", "offer"])
    _void(workspace, VoidKind.EVENT, ids[E.OFFER])
    _void(workspace, VoidKind.EVENT, ids[E.SELLER_ANSWERED])
    assert state() == (DisputeState.OPEN, None, ["opened"])
    with pytest.raises(DeskError, match="void the dispute instead"):
        _void(workspace, VoidKind.EVENT, ids[E.OPENED])
    for kind in (E.SELLER_ANSWERED, E.OFFER, E.OFFER_ACCEPTED):
        restore_record(workspace, RestoreRecord(VoidKind.EVENT, ids[kind]))
    assert state() == (DisputeState.REFUND_PENDING, 1200, ["opened", "seller_answered", "offer", "offer_accepted"])


def test_a_voided_ledger_entry_leaves_the_balance_and_an_account_waits_for_its_entries(workspace: Workspace) -> None:
    account_id = open_account(workspace, OpenAccount("CSSBuy/anna", "CNY")).account_id
    written = add_funds(workspace, AddFunds(account_id, "100", Channel.ALIPAY, ON))
    entry_id = written.entry_ids[0]

    def balance() -> Money:
        with workspace.read() as s:
            return s.get_one(MemberAccount, account_id).balance()

    assert balance() == Money(10000, "CNY")
    with pytest.raises(DeskError, match="has 1 ledger entry: void it first"):
        _void(workspace, VoidKind.ACCOUNT, account_id)
    assert "the funds added of 100.00 CNY on 2026-10-20" in _void(workspace, VoidKind.ENTRY, entry_id)
    assert balance() == Money(0, "CNY") and _count(workspace, LedgerEntry) == 0
    _void(workspace, VoidKind.ACCOUNT, account_id)
    with pytest.raises(DeskError, match="is voided: restore it first"):
        restore_record(workspace, RestoreRecord(VoidKind.ENTRY, entry_id))
    with pytest.raises(DeskError, match=f"account {account_id}, voided: restore it instead"):
        open_account(workspace, OpenAccount("CSSBuy/anna", "CNY"))
    restore_record(workspace, RestoreRecord(VoidKind.ACCOUNT, account_id))
    restore_record(workspace, RestoreRecord(VoidKind.ENTRY, entry_id))
    assert balance() == Money(10000, "CNY")


def test_a_voided_rate_is_not_the_rate_of_the_day_and_setting_that_day_again_takes_its_place(
    workspace: Workspace,
) -> None:
    old = set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", date(2026, 10, 1), "7.10")).rate_id
    new = set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", date(2026, 10, 10), "7.20")).rate_id

    def rate() -> Decimal:
        with workspace.read() as s:
            return rate_on(s, "USD", "CNY", date(2026, 10, 20))

    assert rate() == Decimal("7.20")
    assert _void(workspace, VoidKind.RATE, new).startswith("Voided the rate USD→CNY of 2026-10-10:")
    assert rate() == Decimal("7.10")
    assert set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", date(2026, 10, 10), "7.30")).rate_id == new
    assert rate() == Decimal("7.30")
    _void(workspace, VoidKind.RATE, old)
    _void(workspace, VoidKind.RATE, new)
    with pytest.raises(NoRateError, match="no exchange rate"):
        rate()


def test_voided_evidence_deposit_and_letter_leave_their_lists_and_the_ladder(
    workspace: Workspace, order_key: str, tmp_path
) -> None:
    from factories import add_files

    dispute_id = _open(workspace, order_key)
    photo = tmp_path / "torn.txt"
    photo.write_text("the braid is torn", encoding="utf-8")
    evidence_id = add_files(workspace, [photo], f"dispute:{dispute_id}")[0].evidence_id
    with workspace.write() as s:
        letter = DisputeLetter(
            dispute_id=dispute_id, kind="formal_demand", lang="en", made_on=ON, made_by="t", sent_on=ON, sent_via="post"
        )
        s.add(letter)
        s.add(DepositApplication(store=_store(s), deposit_minor=100, currency="USD", created_on=ON))
        s.flush()
        letter_id = letter.id
        deposit_id = s.scalars(select(DepositApplication.id)).one()

    def sent_on() -> date | None:
        with workspace.read() as s:
            rungs = letter_ladder(s, s.get_one(Dispute, dispute_id), date(2026, 10, 25))
            return next(r.sent_on for r in rungs if r.kind == "formal_demand")

    assert sent_on() == ON
    _void(workspace, VoidKind.LETTER, letter_id)
    assert sent_on() is None
    _void(workspace, VoidKind.EVIDENCE, evidence_id)
    _void(workspace, VoidKind.DEPOSIT, deposit_id)
    assert _count(workspace, Evidence) == 0 and _count(workspace, DepositApplication) == 0
    with workspace.read() as s:
        assert s.get_one(Dispute, dispute_id).claimed == Money(2000, "USD")
    for kind, record_id in (
        (VoidKind.LETTER, letter_id),
        (VoidKind.EVIDENCE, evidence_id),
        (VoidKind.DEPOSIT, deposit_id),
    ):
        restore_record(workspace, RestoreRecord(kind, record_id))
    assert sent_on() == ON and _count(workspace, Evidence) == 1 and _count(workspace, DepositApplication) == 1


def test_a_reason_is_required_and_an_unknown_record_is_named(workspace: Workspace) -> None:
    with pytest.raises(DeskError, match="say why it is voided"):
        _void(workspace, VoidKind.ORDER, 1, "   ")
    with pytest.raises(DeskError, match="there is no order 99"):
        _void(workspace, VoidKind.ORDER, 99)


def _store(s):  # type: ignore[no-untyped-def]
    from desk.models import Platform, Store

    store = Store(platform=Platform.OZON, name="Our Ozon store")
    s.add(store)
    return store
