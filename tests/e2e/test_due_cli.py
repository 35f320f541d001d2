"""`desk due`, `desk policy` and `desk setting` as a user runs them, on a folder filled by `desk demo`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from cli_runs import Runner, desk, in_process
from folder_copies import Folders

from desk.settings import DEADLINE_KINDS

KINDS = {
    "dispute_open_earliest",
    "protection_end",
    "seller_response",
    "escalation",
    "refund_arrival",
    "withdrawal",
    "deposit_review",
}


@pytest.fixture(scope="module")
def demo_built(tmp_path_factory: pytest.TempPathFactory, copy_demo: Callable[[Path], Path]) -> Path:
    return copy_demo(tmp_path_factory.mktemp("due") / "shop")


@pytest.fixture
def shop(demo_built: Path, tmp_path: Path, folders: Folders) -> Path:
    """A copy of the demo folder of this test's own."""
    target = tmp_path / "shop"
    return folders.copy(demo_built, target)


def due_json(shop: Path, *extra: str, run: Runner = in_process) -> list[dict[str, str]]:
    """What is due on the demo's day: in-process, but for the test of the JSON a real process writes."""
    result = run("due", "--today", "2026-11-23", "--json", *extra, data=shop)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert isinstance(items, list)
    return items


def by_kind(items: list[dict[str, str]], kind: str) -> list[dict[str, str]]:
    return [item for item in items if item["kind"] == kind]


def test_due_json_lists_each_deadline_with_exactly_its_fields_sorted_by_date(shop: Path) -> None:
    items = due_json(shop, run=desk)
    assert items, "the demo has open cases"
    for item in items:
        assert set(item) == {"case", "kind", "due", "state", "rule", "detail", "name"}
        assert item["kind"] in KINDS and item["state"] in {"upcoming", "due", "overdue"}
        date.fromisoformat(item["due"])
        assert item["rule"] and item["detail"]
    assert [i["due"] for i in items] == sorted(i["due"] for i in items)
    cases = {item["case"].split(":")[0] for item in items}
    assert cases == {"order", "dispute", "refund_part", "ledger_entry", "deposit"}


def test_seed_002_the_demos_newest_dispute_waits_for_the_sellers_answer_within_5_days(shop: Path) -> None:
    items = due_json(shop)
    (answer,) = by_kind(items, "seller_response")
    # Opened 2 days before "today": due 5 days after opening, 3 days ahead, so within the 3 reminder days.
    assert (answer["due"], answer["state"]) == ("2026-11-26", "due")
    assert '("How to properly return money to Aliexpress")' in answer["rule"]
    (escalate,) = by_kind(items, "escalation")
    assert (escalate["case"], escalate["due"]) == (answer["case"], "2026-11-26")


def test_seed_002_the_demos_card_refund_is_overdue_and_the_paypal_refund_due_today(shop: Path) -> None:
    refunds = by_kind(due_json(shop), "refund_arrival")
    assert [(r["due"], r["state"]) for r in refunds] == [("2026-11-14", "overdue"), ("2026-11-23", "due")]
    assert "to Card" in refunds[0]["name"] and "to PayPal" in refunds[1]["name"]
    assert all("a refund arrives within 3–20 days" in r["rule"] for r in refunds)


def test_seed_000_and_003_the_demos_withdrawal_and_deposit_review(shop: Path) -> None:
    items = due_json(shop)
    (withdrawal,) = by_kind(items, "withdrawal")
    assert (withdrawal["due"], withdrawal["state"]) == ("2026-11-24", "due")  # 3 CN working days after Thu 11-19
    assert '"Refund & Withdraw Fund' in withdrawal["rule"]
    (review,) = by_kind(items, "deposit_review")
    assert (review["case"], review["due"], review["state"]) == ("deposit:1", "2026-12-07", "upcoming")
    assert '"How to Get Your AliExpress Deposit Refunded?' in review["rule"]


def test_due_prints_one_line_per_deadline(shop: Path) -> None:
    result = in_process("due", "--today", "2026-11-23", data=shop)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(due_json(shop))
    assert lines[0].startswith("2026-11-14  overdue   Refund should have arrived  Refund of 34.89 USD to Card, order ")
    assert any(line.startswith("2026-11-26  due       Seller's answer due         Dispute 1 (") for line in lines)


def test_seed_002_an_override_set_on_the_command_line_moves_the_deadline_and_is_listed(shop: Path) -> None:
    made = in_process(
        "policy", "set", "aliexpress", "seller_response", "7", "--effective", "2026-01-01",
        "--source", "AliExpress help centre, Jan 2026", data=shop,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert (
        made.stdout.strip()
        == "Your override: On AliExpress, the seller has 7 days to answer a dispute, from 2026-01-01 on."
    )
    (answer,) = by_kind(due_json(shop), "seller_response")
    assert answer["due"] == "2026-11-28" and "your override" in answer["rule"]

    listed = in_process("policy", "list", "aliexpress", "--json", data=shop)
    assert listed.returncode == 0, listed.stderr
    rules = [r for r in json.loads(listed.stdout) if r["key"] == "seller_response"]
    assert [(r["value"], r["overridden"], r["in_force"], r["effective"]) for r in rules] == [
        (5, False, False, "2000-01-01"),
        (7, True, True, "2026-01-01"),
    ]
    assert rules[1]["source"] == "AliExpress help centre, Jan 2026"


def test_a_bad_override_is_an_error_without_a_traceback_and_changes_nothing(shop: Path) -> None:
    before = due_json(shop)
    bad = in_process("policy", "set", "aliexpress", "seller_response", "soon", "--effective", "2026-01-01", data=shop)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "desk: error: 'soon' is not a number of days or a range like 3-20"
    agent = in_process("policy", "set", "agent", "withdrawal", "5", "--effective", "2026-01-01", data=shop)
    assert agent.returncode == 1 and "cannot be overridden yet" in agent.stderr and "Traceback" not in agent.stderr
    assert due_json(shop) == before


def test_the_reminder_days_setting_changes_what_is_due(shop: Path) -> None:
    changed = in_process("setting", "reminder_days", "0", data=shop)
    assert changed.returncode == 0, changed.stderr
    states = {(i["kind"], i["due"]): i["state"] for i in due_json(shop)}
    assert states[("seller_response", "2026-11-26")] == "upcoming"
    assert states[("refund_arrival", "2026-11-23")] == "due"  # today is always due
    shown = in_process("setting", "--json", data=shop)
    shown_settings = json.loads(shown.stdout)
    assert shown_settings["reminder_days"] == 0
    assert shown_settings == {
        "home_currency": "EUR",
        "reminder_days": 0,
        "country": "DE",
        "evidence_max_mb": 2048,
        "page_size": "A4",
        "bates_prefix": "DESK",
        "photo_dates": "keep",
        "business_name": "TechBox Trading UG (haftungsbeschränkt)",
        "business_address": "Kastanienallee 12\n10435 Berlin\nGermany",
        "business_contact": "Anna Weber, claims@techbox-trading.example, +49 30 1234 5678",
        **{f"remind_{kind}": "7,3,1,0" for kind in DEADLINE_KINDS},
    }
    wrong = in_process("setting", "home_currency", "EURO", data=shop)
    assert wrong.returncode == 1 and "not a currency in use" in wrong.stderr


def test_an_empty_folder_has_nothing_due(tmp_path: Path) -> None:
    result = in_process("due", "--json", data=tmp_path / "empty")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert in_process("due", data=tmp_path / "empty").stdout.strip() == "Nothing due: no open case has a deadline."
