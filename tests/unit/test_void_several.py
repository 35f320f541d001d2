"""Several records voided at once (desk/operations/voiding.py `void_records`): one write, so one undo restores them
all; all or none when one of them cannot be voided; named as people name them for the confirmation."""

from __future__ import annotations

import pytest
from factories import order
from sqlalchemy import select

from desk.db import take_written
from desk.errors import DeskError
from desk.models import Order, PaymentMethod
from desk.models.voided import INCLUDE_VOIDED
from desk.operations.undo import Undo, undo
from desk.operations.voiding import (
    RestoreRecords,
    VoidKind,
    VoidRecords,
    record_names,
    restore_records,
    void_records,
)
from desk.workspace import Workspace


@pytest.fixture
def order_ids(workspace: Workspace) -> list[int]:
    with workspace.write() as s:
        made = [order(s, currency="USD", payments=((PaymentMethod.CARD, 1000),)) for _ in range(3)]
        s.flush()
        return [o.id for o in made]


def _voided(ws: Workspace, ids: list[int]) -> list[bool]:
    with ws.read() as s:
        s.info[INCLUDE_VOIDED] = True
        rows = {o.id: o for o in s.scalars(select(Order).where(Order.id.in_(ids)))}
        return [rows[i].voided_at is not None for i in ids]


def test_several_orders_are_voided_in_one_step_that_one_undo_reverses(
    workspace: Workspace, order_ids: list[int]
) -> None:
    names = record_names(workspace, VoidKind.ORDER, tuple(order_ids[:2]))
    assert len(names) == 2 and all(n.startswith("order ") for n in names)
    take_written()
    result = void_records(workspace, VoidRecords(VoidKind.ORDER, tuple(order_ids[:2]), "  test   orders "))
    written = take_written()
    assert result.record_ids == tuple(order_ids[:2]) and "test orders" in result.message
    assert "Voided 2 records" in result.message and names[0] in result.message
    assert _voided(workspace, order_ids) == [True, True, False]
    with workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        assert {s.get_one(Order, i).void_reason for i in order_ids[:2]} == {"test orders"}

    assert written is not None
    undo(workspace, Undo(*written))
    assert _voided(workspace, order_ids) == [False, False, False]


def test_all_or_none_when_one_is_voided_already(workspace: Workspace, order_ids: list[int]) -> None:
    void_records(workspace, VoidRecords(VoidKind.ORDER, (order_ids[1],), "first"))
    with pytest.raises(DeskError, match="voided already"):
        void_records(workspace, VoidRecords(VoidKind.ORDER, tuple(order_ids), "again"))
    assert _voided(workspace, order_ids) == [False, True, False]


def test_a_reason_and_records_are_required(workspace: Workspace, order_ids: list[int]) -> None:
    with pytest.raises(DeskError, match="say why"):
        void_records(workspace, VoidRecords(VoidKind.ORDER, tuple(order_ids), "   "))
    with pytest.raises(DeskError, match="choose the records"):
        void_records(workspace, VoidRecords(VoidKind.ORDER, (), "why"))
    assert _voided(workspace, order_ids) == [False, False, False]


def test_several_orders_are_restored_in_one_step_that_one_undo_voids_again(
    workspace: Workspace, order_ids: list[int]
) -> None:
    void_records(workspace, VoidRecords(VoidKind.ORDER, tuple(order_ids), "test orders"))
    take_written()
    result = restore_records(workspace, RestoreRecords(VoidKind.ORDER, (order_ids[0], order_ids[2], order_ids[0])))
    written = take_written()
    assert result.record_ids == (order_ids[0], order_ids[2])  # each once
    assert result.message.startswith("Restored 2 records (order ") and "they count again" in result.message
    assert _voided(workspace, order_ids) == [False, True, False]

    assert written is not None
    undo(workspace, Undo(*written))
    assert _voided(workspace, order_ids) == [True, True, True]
    with workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        assert {s.get_one(Order, i).void_reason for i in order_ids} == {"test orders"}


def test_restoring_is_all_or_none_when_one_is_not_voided(workspace: Workspace, order_ids: list[int]) -> None:
    void_records(workspace, VoidRecords(VoidKind.ORDER, tuple(order_ids[:2]), "first"))
    with pytest.raises(DeskError, match="is not voided"):
        restore_records(workspace, RestoreRecords(VoidKind.ORDER, tuple(order_ids)))
    assert _voided(workspace, order_ids) == [True, True, False]
    with pytest.raises(DeskError, match="choose the records"):
        restore_records(workspace, RestoreRecords(VoidKind.ORDER, ()))
    one = restore_records(workspace, RestoreRecords(VoidKind.ORDER, (order_ids[1],)))
    assert one.message.startswith("Restored order ") and one.message.endswith("it counts again.")
