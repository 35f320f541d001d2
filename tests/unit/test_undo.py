"""Undo and Redo through the audit log (desk/operations/undo.py), per kind of record, on a real data folder: the
entries an operation wrote (as `desk.db.take_written` hands them to the window) are reversed as one audited write,
Redo puts them back, and a later change to the same rows is named and refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from factories import order
from sqlalchemy import func, select

from desk.db import take_written
from desk.deposits.applications import get_application
from desk.deposits.check import check
from desk.errors import DeskError
from desk.models import (
    AuditEntry,
    Channel,
    DepositApplication,
    Dispute,
    DisputeEventKind,
    DisputeReason,
    DisputeState,
    DisputeWant,
    Evidence,
    LedgerEntry,
    Order,
    PaymentMethod,
    Platform,
    PolicyOverride,
    Refund,
    Store,
    Supplier,
)
from desk.models.audit import verify_chain
from desk.models.fx import rate_on
from desk.operations import Record, Result
from desk.operations.accounts import AddFunds, OpenAccount, add_funds, open_account
from desk.operations.deposits import (
    ConfirmPrerequisite,
    CreateDepositApplication,
    confirm_prerequisite,
    create_deposit_application,
)
from desk.operations.disputes import (
    EditDispute,
    OpenDispute,
    RecordDisputeEvent,
    edit_dispute,
    open_dispute,
    record_dispute_event,
)
from desk.operations.evidence import AddEvidence, add_evidence
from desk.operations.parties import SaveStore, SaveSupplier, save_store, save_supplier
from desk.operations.rates import SetExchangeRate, set_exchange_rate
from desk.operations.refunds import RecordRefund, record_refund
from desk.operations.settings import ChangeSetting, OverridePolicy, change_setting, override_policy
from desk.operations.undo import Redo, Undo, redo, undo
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.settings import get_setting
from desk.workspace import Workspace

ON = date(2026, 10, 20)


@pytest.fixture
def order_key(workspace: Workspace) -> str:
    with workspace.write() as s:
        o = order(
            s, currency="USD", lines=(("Earbuds", 1, 3000), ("Cable", 1, 1000)), payments=((PaymentMethod.CARD, 4000),)
        )
        s.flush()
        key = o.key
    take_written()  # the set-up is not a step of this session
    return key


def _step(run: Callable[[], Result]) -> tuple[int, int]:
    result = run()
    written = take_written()
    assert written is not None, result
    return written


def _undo_redo(ws: Workspace, step: tuple[int, int], read: Callable[[], Any], before: Any, after: Any) -> None:
    """Undo gives `before` back, Redo `after`, Undo again `before`; the audit chain holds throughout."""
    assert read() == after
    undone = undo(ws, Undo(*step))
    assert read() == before
    back = take_written()
    assert back is not None
    redone = redo(ws, Redo(*back))
    assert read() == after
    again = take_written()
    assert again is not None
    undo(ws, Undo(*again))
    take_written()
    assert read() == before
    assert undone.message.startswith("Undid ") and redone.message.startswith("Redid ")
    with ws.read() as s:
        assert list(verify_chain(s)) == []


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _open(ws: Workspace, key: str) -> int:
    return open_dispute(ws, OpenDispute(key, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "20", ON)).dispute_id


def test_undo_a_new_order(workspace: Workspace) -> None:
    def make() -> Result:
        with workspace.write() as s:
            order(s, currency="USD")
        return Result()

    step = _step(make)
    _undo_redo(workspace, step, lambda: _count(workspace, Order), 0, 1)


def test_undo_open_dispute_and_record_event_with_its_state(workspace: Workspace, order_key: str) -> None:
    step = _step(
        lambda: open_dispute(workspace, OpenDispute(order_key, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "20", ON))
    )
    _undo_redo(workspace, step, lambda: _count(workspace, Dispute), 0, 1)
    dispute_id = _open(workspace, order_key)
    take_written()

    def state() -> tuple[DisputeState, list[str]]:
        with workspace.read() as s:
            d = s.get_one(Dispute, dispute_id)
            return d.state, [e.kind.value for e in d.events]

    request = RecordDisputeEvent(dispute_id, DisputeEventKind.SELLER_ANSWERED, date(2026, 10, 21))
    step = _step(lambda: record_dispute_event(workspace, request))
    assert undo(workspace, Undo(*step)).message == "Undid Record Event."
    assert state() == (DisputeState.OPEN, ["opened"])
    take_written()


def test_undo_edit_dispute_and_a_later_change_is_named_and_refused(workspace: Workspace, order_key: str) -> None:
    dispute_id = _open(workspace, order_key)
    take_written()

    def claimed() -> tuple[int, str | None]:
        with workspace.read() as s:
            d = s.get_one(Dispute, dispute_id)
            return d.claimed_minor, d.platform_case_no

    step = _step(lambda: edit_dispute(workspace, EditDispute(dispute_id, amount="25", case_no="A-1")))
    _undo_redo(workspace, step, claimed, (2000, None), (2500, "A-1"))
    step = _step(lambda: edit_dispute(workspace, EditDispute(dispute_id, amount="25")))
    edit_dispute(workspace, EditDispute(dispute_id, case_no="B-2"))
    take_written()
    with pytest.raises(
        DeskError,
        match=rf"^Dispute {dispute_id} \(Earbuds, order .*\) was changed again later .*: undo that change first$",
    ):
        undo(workspace, Undo(*step))
    assert claimed() == (2500, "B-2")


def test_undo_a_refund_with_its_parts(workspace: Workspace, order_key: str) -> None:
    step = _step(lambda: record_refund(workspace, RecordRefund(order_key, "10", ON)))
    _undo_redo(workspace, step, lambda: _count(workspace, Refund), 0, 1)


def test_undo_add_evidence_keeps_the_file_in_the_vault(workspace: Workspace, order_key: str, tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("the seller agreed", encoding="utf-8")
    step = _step(lambda: add_evidence(workspace, AddEvidence((path,), order_key)))
    with workspace.read() as s:
        sha = s.scalars(select(Evidence.sha256)).one()
    _undo_redo(workspace, step, lambda: _count(workspace, Evidence), 0, 1)
    assert workspace.vault.read_bytes(sha) == b"the seller agreed"


def test_undo_a_ledger_entry_and_a_new_account(workspace: Workspace) -> None:
    step = _step(lambda: open_account(workspace, OpenAccount("CSSBuy/anna", "CNY")))
    with workspace.read() as s:
        assert s.scalars(select(AuditEntry.table_name)).all()
    account_id = open_account(workspace, OpenAccount("CSSBuy/boris", "CNY")).account_id
    take_written()
    funds = _step(lambda: add_funds(workspace, AddFunds(account_id, "100", Channel.ALIPAY, ON)))
    _undo_redo(workspace, funds, lambda: _count(workspace, LedgerEntry), 0, 1)
    assert undo(workspace, Undo(*step)).changed == {Record.ACCOUNT}


def test_undo_a_rate_and_a_void(workspace: Workspace, order_key: str) -> None:
    step = _step(lambda: set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", ON, "7.20")))

    def rate() -> Decimal | None:
        with workspace.read() as s:
            try:
                return rate_on(s, "USD", "CNY", ON)
            except LookupError:
                return None

    _undo_redo(workspace, step, rate, None, Decimal("7.20"))
    with workspace.read() as s:
        order_id = s.scalars(select(Order.id)).one()
    step = _step(lambda: void_record(workspace, VoidRecord(VoidKind.ORDER, order_id, "test")))
    assert undo(workspace, Undo(*step)).message == "Undid Void Order."
    take_written()
    assert _count(workspace, Order) == 1


def test_an_order_with_evidence_added_later_is_not_undone(workspace: Workspace, order_key: str, tmp_path: Path) -> None:
    def make() -> Result:
        with workspace.write() as s:
            order(s, currency="USD", order_no="8100999")
        return Result()

    step = _step(make)
    path = tmp_path / "photo.txt"
    path.write_text("torn", encoding="utf-8")
    add_evidence(workspace, AddEvidence((path,), "aliexpress:8100999"))
    take_written()
    with pytest.raises(
        DeskError, match=r"^Evidence 'photo.txt' was linked to order aliexpress:8100999 later: undo that first$"
    ):
        undo(workspace, Undo(*step))
    assert _count(workspace, Order) == 2


def test_undoing_a_void_that_would_clash_with_a_later_record_is_refused(workspace: Workspace, order_key: str) -> None:
    first = _open(workspace, order_key)
    take_written()
    step = _step(lambda: void_record(workspace, VoidRecord(VoidKind.DISPUTE, first, "the wrong line")))
    _open(workspace, order_key)  # the line's real dispute
    take_written()
    with pytest.raises(DeskError, match="this cannot be undone: the records as they were would clash"):
        undo(workspace, Undo(*step))
    assert _count(workspace, Dispute) == 1


def test_undo_a_deposit_application_and_a_confirmed_condition(workspace: Workspace) -> None:
    made = _step(
        lambda: create_deposit_application(
            workspace, CreateDepositApplication("Nordic Gadget Outlet", Platform.ALIEXPRESS, "10000 CNY", ON, "cn")
        )
    )
    _undo_redo(
        workspace, made, lambda: (_count(workspace, DepositApplication), _count(workspace, Store)), (0, 0), (1, 1)
    )
    application_id = create_deposit_application(
        workspace, CreateDepositApplication("Nordic Gadget Outlet", Platform.ALIEXPRESS, "10000 CNY", ON, "cn")
    ).application_id
    take_written()

    def met() -> bool:
        with workspace.read() as s:
            return {f.code: f.met for f in check(s, get_application(s, application_id)).findings}["store_closed"]

    step = _step(lambda: confirm_prerequisite(workspace, ConfirmPrerequisite(application_id, "store_closed", ON)))
    _undo_redo(workspace, step, met, False, True)


def test_undo_a_supplier_and_a_store_saved_and_edited(workspace: Workspace) -> None:
    step = _step(lambda: save_supplier(workspace, SaveSupplier(Platform.ALIEXPRESS, "Shenzhen Sunrise")))
    _undo_redo(workspace, step, lambda: _count(workspace, Supplier), 0, 1)
    save_supplier(workspace, SaveSupplier(Platform.ALIEXPRESS, "Shenzhen Sunrise"))
    take_written()

    def contact() -> str | None:
        with workspace.read() as s:
            return s.scalars(select(Supplier.contact)).one()

    step = _step(lambda: save_supplier(workspace, SaveSupplier(Platform.ALIEXPRESS, "Shenzhen Sunrise", contact="Li")))
    _undo_redo(workspace, step, contact, None, "Li")
    step = _step(lambda: save_store(workspace, SaveStore(Platform.ALIEXPRESS, "Nordic Gadget Outlet", "fi")))
    _undo_redo(workspace, step, lambda: _count(workspace, Store), 0, 1)


def test_undo_a_setting_and_a_rule_override(workspace: Workspace) -> None:
    def days() -> object:
        with workspace.read() as s:
            return get_setting(s, "reminder_days")

    before = days()
    step = _step(lambda: change_setting(workspace, ChangeSetting("reminder_days", "9")))
    _undo_redo(workspace, step, days, before, 9)
    step = _step(
        lambda: override_policy(workspace, OverridePolicy("AliExpress", "seller_response", "7", ON, source="help"))
    )
    _undo_redo(workspace, step, lambda: _count(workspace, PolicyOverride), 0, 1)
