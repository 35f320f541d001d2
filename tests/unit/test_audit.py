"""Every insert, update and delete of a domain row is in the audit log, chained by sha256."""

from __future__ import annotations

import json
from itertools import pairwise

from factories import order
from sqlalchemy import select, text

from desk.models import AuditAction, AuditEntry, Order, OrderStatus, Payment
from desk.models.audit import GENESIS, describe_changes, entry_hash, verify_chain
from desk.workspace import Workspace


def _entries(ws: Workspace) -> list[AuditEntry]:
    with ws.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_insert_update_delete_are_recorded_with_old_and_new_values(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s, order_no="8001")
    with workspace.write() as s:
        row = s.get(Order, o.id)
        assert row is not None
        row.status = OrderStatus.SHIPPED
    with workspace.write() as s:
        payment = s.scalars(select(Payment)).one()
        s.delete(payment)

    entries = _entries(workspace)
    inserted = {e.table_name for e in entries if e.action is AuditAction.INSERT}
    assert inserted == {"suppliers", "orders", "order_lines", "payments"}
    update = next(e for e in entries if e.action is AuditAction.UPDATE)
    assert (update.table_name, update.row_id) == ("orders", o.id)
    assert json.loads(update.changes) == {"status": ["placed", "shipped"]}
    delete = entries[-1]
    assert delete.action is AuditAction.DELETE and delete.table_name == "payments"
    assert json.loads(delete.changes)["amount_minor"] == [2500, None]
    assert {e.actor for e in entries} == {"tester"}
    assert all(e.at.tzinfo is not None for e in entries)


def test_each_entry_carries_the_hash_of_the_one_before(workspace: Workspace) -> None:
    with workspace.write() as s:
        order(s)
    entries = _entries(workspace)
    assert entries[0].prev_hash == GENESIS
    for before, after in pairwise(entries):
        assert after.prev_hash == before.hash
    for e in entries:
        assert e.hash == entry_hash(e.prev_hash, e.at, e.actor, e.action.value, e.table_name, e.row_id, e.changes)
    with workspace.read() as s:
        assert list(verify_chain(s)) == []


def test_a_rolled_back_write_leaves_no_audit_entry(workspace: Workspace) -> None:
    try:
        with workspace.write() as s:
            order(s)
            s.flush()
            raise RuntimeError("the user cancelled")
    except RuntimeError:
        pass
    assert _entries(workspace) == []


def test_an_unchanged_save_writes_no_entry(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s)
    count = len(_entries(workspace))
    with workspace.write() as s:
        row = s.get(Order, o.id)
        assert row is not None
        row.status = row.status  # assigned, not changed
    assert len(_entries(workspace)) == count


def test_an_altered_entry_is_found(workspace: Workspace) -> None:
    with workspace.write() as s:
        order(s)
    victim = _entries(workspace)[2]
    with workspace.database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE id = :id"), {"id": victim.id})
    with workspace.read() as s:
        breaks = list(verify_chain(s))
    assert [b.entry_id for b in breaks] == [victim.id]
    assert "altered" in breaks[0].problem


def test_a_removed_entry_is_found(workspace: Workspace) -> None:
    with workspace.write() as s:
        order(s)
    victim = _entries(workspace)[1]
    with workspace.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": victim.id})
    with workspace.read() as s:
        breaks = list(verify_chain(s))
    assert breaks and breaks[0].entry_id == victim.id + 1
    assert "removed" in breaks[0].problem


def test_changes_read_as_sentences() -> None:
    assert describe_changes('{"status":["placed","shipped"],"notes":[null,"价格 < 5"]}') == (
        "status: placed → shipped; notes=价格 < 5"
    )
