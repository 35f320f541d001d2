"""`desk refund plan|record|receive|show` as a user runs them (seed 001_6c915d389b837a28.txt)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import desk, in_process


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory, copy_demo: Callable[[Path], Path]) -> Path:
    return copy_demo(tmp_path_factory.mktemp("refund-cli") / "shop")


def _order_paid_two_ways(folder: Path) -> tuple[str, str]:
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        row = db.execute(
            "SELECT o.platform || ':' || o.order_no, o.currency FROM orders o "
            "WHERE (SELECT count(DISTINCT method) FROM payments p WHERE p.order_id = o.id) = 2 "
            "AND o.id NOT IN (SELECT order_id FROM refunds) ORDER BY o.id LIMIT 1"
        ).fetchone()
    db.close()
    return row[0], row[1]


def test_plan_splits_and_stores_nothing(shop: Path) -> None:
    key, currency = _order_paid_two_ways(shop)
    result = desk("refund", "plan", "--order", key, "--amount", "10.01", "--on", "2026-11-02", "--json", data=shop)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["refund"] is None and len(plan["parts"]) == 2
    assert sum(p["amount"]["minor"] for p in plan["parts"]) == 1001
    assert all(p["amount"]["currency"] == currency for p in plan["parts"])
    assert all(p["earliest"] <= p["latest"] and p["rule"] for p in plan["parts"])
    with sqlite3.connect(shop / "desk.sqlite3") as db:
        assert (
            db.execute(
                "SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id "
                "WHERE o.platform || ':' || o.order_no = ?",
                (key,),
            ).fetchone()[0]
            == 0
        )
    db.close()


def test_record_receive_and_show(shop: Path) -> None:
    key, _ = _order_paid_two_ways(shop)
    recorded = json.loads(
        in_process(
            "refund",
            "record",
            "--order",
            key,
            "--amount",
            "10.00",
            "--on",
            "2026-11-02",
            "--cause",
            "cancellation",
            "--json",
            data=shop,
        ).stdout
    )
    refund_id = recorded["refund"]
    first = recorded["parts"][0]
    got = in_process(
        "refund",
        "receive",
        str(refund_id),
        "--method",
        first["method"],
        "--amount",
        first["amount"]["amount"],
        "--on",
        "2026-11-04",
        "--json",
        data=shop,
    )
    assert got.returncode == 0, got.stderr
    shown = json.loads(got.stdout)
    by_method = {p["method"]: p for p in shown["parts"]}
    assert by_method[first["method"]]["findings"] == ["on_time"]
    other = next(m for m in by_method if m != first["method"])
    assert by_method[other]["received"] is None

    text = in_process("refund", "show", str(refund_id), "--today", "2027-01-31", data=shop)
    assert text.returncode == 0 and "overdue" in text.stdout


def test_a_refund_above_what_is_left_is_refused(shop: Path) -> None:
    key, _ = _order_paid_two_ways(shop)
    result = in_process("refund", "plan", "--order", key, "--amount", "99999", data=shop)
    assert result.returncode == 1 and "more than is left to refund on" in result.stderr
