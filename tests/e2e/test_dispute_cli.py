"""`desk dispute open|event|show` as a user runs them (seed 002_8278cbea450b0445.txt): in-process (tests/cli_runs.py),
but for a statement piped into a real process."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import desk, in_process


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory, copy_demo: Callable[[Path], Path]) -> Path:
    return copy_demo(tmp_path_factory.mktemp("dispute-cli") / "shop")


def _undisputed_line(folder: Path) -> tuple[str, int, str]:
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        row = db.execute(
            "SELECT o.platform || ':' || o.order_no, l.line_no, o.currency FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE l.id NOT IN (SELECT order_line_id FROM disputes) "
            "AND o.status = 'delivered' ORDER BY o.placed_on DESC LIMIT 1"
        ).fetchone()
    db.close()
    return row[0], row[1], row[2]


def test_open_then_events_then_show(shop: Path) -> None:
    key, line, _currency = _undisputed_line(shop)
    opened = in_process(
        "dispute",
        "open",
        "--order",
        key,
        "--line",
        str(line),
        "--reason",
        "damaged",
        "--want",
        "return_refund",
        "--amount",
        "1.50",
        "--on",
        "2026-11-20",
        "--json",
        data=shop,
    )
    assert opened.returncode == 0, opened.stderr
    body = json.loads(opened.stdout)
    assert (body["order"], body["line"], body["state"], body["claimed"]["minor"]) == (key, line, "open", 150)
    assert body["next"] == ["seller_answered", "offer", "escalated", "closed", "note"]

    answered = in_process("dispute", "event", str(body["id"]), "seller_answered", "--on", "2026-11-21", data=shop)
    assert answered.returncode == 0, answered.stderr
    assert "state: seller responded" in answered.stdout

    refused = in_process("dispute", "event", str(body["id"]), "refund_received", "--amount", "1.50", data=shop)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"desk: error: dispute {body['id']} is seller responded: 'Refund received' cannot happen now; "
        "allowed: offer, escalated, closed, note"
    )
    shown = json.loads(in_process("dispute", "show", str(body["id"]), "--json", data=shop).stdout)
    assert [e["kind"] for e in shown["events"]] == ["opened", "seller_answered"]


def test_an_over_claim_is_refused_and_nothing_is_stored(shop: Path) -> None:
    key, line, _ = _undisputed_line(shop)
    with sqlite3.connect(shop / "desk.sqlite3") as db:
        before = db.execute("SELECT count(*) FROM disputes").fetchone()[0]
    db.close()
    result = in_process(
        "dispute",
        "open",
        "--order",
        key,
        "--line",
        str(line),
        "--reason",
        "not_received",
        "--want",
        "refund",
        "--amount",
        "999999",
        data=shop,
    )
    assert result.returncode == 1
    assert "more than can still be refunded for line" in result.stderr and "Traceback" not in result.stderr
    with sqlite3.connect(shop / "desk.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM disputes").fetchone()[0] == before
    db.close()


def test_unknown_reason_and_bad_amount_are_named(shop: Path) -> None:
    key, line, _ = _undisputed_line(shop)
    base = ("dispute", "open", "--order", key, "--line", str(line), "--want", "refund")
    bad_reason = in_process(*base, "--reason", "changed_my_mind", "--amount", "1", data=shop)
    assert bad_reason.returncode == 1 and "unknown reason 'changed_my_mind'; known: not_received" in bad_reason.stderr
    bad_amount = in_process(*base, "--reason", "damaged", "--amount", "1,2,3.4.5", data=shop)
    assert bad_amount.returncode == 1 and '"1,2,3.4.5"' in bad_amount.stderr


def test_seed_000_a_claims_cost_return_shows_on_its_dispute(shop: Path) -> None:
    """The demo's dispute 7 is a damaged-item claim made through the agent: its cost return is in the account."""
    shown = json.loads(in_process("dispute", "show", "7", "--json", data=shop).stdout)
    assert [(e["kind"], e["amount"]["amount"], e["account"]) for e in shown["account_entries"]] == [
        ("cost_return", "29.04", "Superbuy/reseller_eu_01")
    ]
    text = in_process("dispute", "show", "7", data=shop).stdout
    assert "Cost return 29.04 CNY in Superbuy/reseller_eu_01" in text


def test_a_statement_is_set_from_a_file_or_stdin_and_an_internal_note_is_marked(shop: Path, tmp_path: Path) -> None:
    with sqlite3.connect(shop / "desk.sqlite3") as db:
        (dispute_id,) = db.execute("SELECT id FROM disputes ORDER BY id LIMIT 1").fetchone()
    db.close()
    text = tmp_path / "facts.txt"
    text.write_text("Поставщик A&B <Ltd> прислал не тот товар.\n供应商发错了货。", encoding="utf-8")
    saved = in_process("dispute", "statement", str(dispute_id), "--file", str(text), data=shop)
    assert saved.returncode == 0, saved.stderr
    shown = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=shop).stdout)
    assert shown["statement"] == text.read_text(encoding="utf-8")

    piped = desk("dispute", "statement", str(dispute_id), data=shop, input="  The seller sent the wrong item.  \n")
    assert piped.returncode == 0, piped.stderr
    shown = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=shop).stdout)
    assert shown["statement"] == "The seller sent the wrong item."

    unreadable = in_process("dispute", "statement", str(dispute_id), "--file", str(tmp_path / "nope.txt"), data=shop)
    assert unreadable.returncode == 1 and "nope.txt: cannot read the statement" in unreadable.stderr
    shown = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=shop).stdout)
    assert shown["statement"] == "The seller sent the wrong item."  # a failed change changes nothing

    noted = in_process(
        "dispute", "event", str(dispute_id), "note", "--note", "our margin is 40%", "--internal", data=shop
    )
    assert noted.returncode == 0, noted.stderr
    events = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=shop).stdout)["events"]
    assert (events[-1]["note"], events[-1]["internal"]) == ("our margin is 40%", True)
    assert not any(e["internal"] for e in events[:-1])


def test_edit_changes_only_what_is_given(shop: Path) -> None:
    key, line, currency = _undisputed_line(shop)
    opened = in_process(
        "dispute", "open", "--order", key, "--line", str(line), "--reason", "damaged", "--want", "refund",
        "--amount", "1.00", "--on", "2026-11-20", "--json", data=shop,
    )  # fmt: skip
    dispute_id = json.loads(opened.stdout)["id"]
    edited = in_process("dispute", "edit", str(dispute_id), "--case-no", "8100-5", "--amount", "1.20", data=shop)
    assert edited.returncode == 0, edited.stderr
    assert (
        edited.stdout.splitlines()[0]
        == f"Dispute {dispute_id} now: claims 1.20 {currency}; the platform's case number 8100-5."
    )
    assert "the platform's case number: 8100-5" in edited.stdout
    shown = json.loads(in_process("dispute", "show", str(dispute_id), "--json", data=shop).stdout)
    assert (shown["reason"], shown["want"], shown["claimed"]["minor"], shown["case_no"]) == (
        "damaged", "refund", 120, "8100-5",
    )  # fmt: skip
    nothing = in_process("dispute", "edit", str(dispute_id), data=shop)
    assert nothing.returncode == 1
    assert "say what to correct" in nothing.stderr
