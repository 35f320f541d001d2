"""`desk void` and `desk restore` as a user runs them on the demo: a refusal that names what stands in the way, a
voided refund left out of the dispute's packet figures, and restored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cli_runs import desk, in_process


def _one(folder: Path, sql: str) -> tuple:  # type: ignore[type-arg]
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        row = db.execute(sql).fetchone()
    db.close()
    return tuple(row)


def test_void_refuses_naming_what_stands_in_the_way_then_voids_and_restores(demo_folder: Path) -> None:
    refund_id, order_id, key = _one(
        demo_folder,
        "SELECT r.id, o.id, o.platform || ':' || o.order_no FROM refunds r JOIN orders o ON o.id = r.order_id "
        "WHERE r.dispute_id IS NULL ORDER BY r.id LIMIT 1",
    )
    refused = desk("void", "order", str(order_id), "--reason", "test", data=demo_folder)
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"desk: error: order {key} still has ") and f"refund {refund_id}" in refused.stderr

    voided = in_process("void", "refund", str(refund_id), "--reason", "entered twice", "--json", data=demo_folder)
    assert voided.returncode == 0, voided.stderr
    assert json.loads(voided.stdout) == {
        "kind": "refund",
        "id": refund_id,
        "voided": True,
        "message": f"Voided refund {refund_id} of order {key}: entered twice. It is kept and can be restored.",
    }
    assert _one(demo_folder, f"SELECT voided_by IS NOT NULL, void_reason FROM refunds WHERE id = {refund_id}") == (
        1,
        "entered twice",
    )
    again = in_process("void", "refund", str(refund_id), "--reason", "x", data=demo_folder)
    assert again.returncode == 1 and "is voided already" in again.stderr

    restored = in_process("restore", "refund", str(refund_id), data=demo_folder)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.strip() == f"Restored refund {refund_id} of order {key}: it counts again."
    assert _one(demo_folder, f"SELECT voided_at FROM refunds WHERE id = {refund_id}") == (None,)

    unknown = in_process("void", "parcel", "1", "--reason", "x", data=demo_folder)
    assert unknown.returncode == 1 and "unknown kind of record 'parcel'" in unknown.stderr


def test_voiding_a_dispute_event_from_the_cli_derives_the_state_again(demo_folder: Path) -> None:
    (dispute_id,) = _one(
        demo_folder,
        "SELECT d.id FROM disputes d WHERE d.state = 'seller_responded' ORDER BY d.id LIMIT 1",
    )
    shown = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=demo_folder).stdout)
    answered = next(e for e in reversed(shown["events"]) if e["kind"] == "seller_answered")
    voided = in_process("void", "event", str(answered["id"]), "--reason", "it was another order's", data=demo_folder)
    assert voided.returncode == 0, voided.stderr
    assert f"the 'seller answered' of {answered['on']} in dispute {dispute_id}" in voided.stdout
    after = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=demo_folder).stdout)
    assert after["state"] == "open" and answered["id"] not in {e["id"] for e in after["events"]}
    assert in_process("restore", "event", str(answered["id"]), data=demo_folder).returncode == 0
    again = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=demo_folder).stdout)
    assert again["state"] == "seller_responded"
