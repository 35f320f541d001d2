"""`desk due --reminders`, `desk due --remind` (what a scheduler runs) and `desk remind snooze|dismiss`, on a copy of
the demo folder whose day is 2026-11-23."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runs import desk, in_process


@pytest.fixture
def shop(demo_folder: Path) -> Path:
    return demo_folder


def reminders(shop: Path, today: str = "2026-11-23") -> list[dict[str, object]]:
    result = in_process("due", "--reminders", "--today", today, "--json", data=shop)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert isinstance(items, list)
    return items


def test_the_scheduled_run_tells_what_came_due_once_and_exits_0(shop: Path) -> None:
    first = desk("due", "--remind", "--today", "2026-11-23", data=shop, env={"QT_QPA_PLATFORM": "offscreen"})
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].endswith("reminders came due.") and len(lines) > 2
    assert "Seller's answer due: Dispute" in first.stdout
    # No notification area offscreen: said once, on stderr, and nothing else went wrong.
    assert first.stderr == "desk: note: this system shows no desktop notification here; the list above is all\n"
    again = in_process("due", "--remind", "--today", "2026-11-23", "--no-notify", data=shop)
    assert (again.returncode, again.stdout) == (0, "Nothing came due since 2026-11-23.\n")
    told = json.loads((shop / "reminders-told.json").read_text(encoding="utf-8"))
    assert told == {"scheduler": "2026-11-23"}
    # The data folder's calendar is brought up to date for calendar apps subscribed to it.
    assert (shop / "deadlines.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_a_week_later_the_run_tells_only_the_steps_reached_since(shop: Path) -> None:
    in_process("due", "--remind", "--today", "2026-11-23", "--no-notify", data=shop)
    later = in_process("due", "--remind", "--today", "2026-11-30", "--json", "--no-notify", data=shop)
    told = json.loads(later.stdout)
    assert told["after"] == "2026-11-23" and told["reminders"]
    assert all("2026-11-23" < item["since"] <= "2026-11-30" for item in told["reminders"])


def test_snooze_and_dismiss_answer_one_reminder_by_its_name(shop: Path) -> None:
    shown = {item["kind"]: item for item in reminders(shop) if item["kind"] in ("seller_response", "escalation")}
    answer, escalate = shown["seller_response"], shown["escalation"]
    snoozed = in_process("remind", "snooze", str(answer["reminder"]), "--until", "2026-11-25", "--today", "2026-11-23",
                         data=shop)
    assert snoozed.returncode == 0, snoozed.stderr
    assert snoozed.stdout.startswith("Snoozed until 2026-11-25: seller's answer due")
    dismissed = in_process("remind", "dismiss", str(escalate["reminder"]), "--today", "2026-11-23", data=shop)
    assert dismissed.returncode == 0 and "Its next step reminds again." in dismissed.stdout
    after = {item["kind"]: item for item in reminders(shop) if item["kind"] in ("seller_response", "escalation")}
    assert (after["seller_response"]["answer"], after["seller_response"]["until"]) == ("snoozed", "2026-11-25")
    assert after["escalation"]["answer"] == "dismissed"
    # Back on the day the snooze ends, at the deadline's 1-day step.
    back = {item["kind"]: item for item in reminders(shop, "2026-11-25")}
    assert (back["seller_response"]["answer"], back["seller_response"]["step"]) == (None, 1)


def test_an_overdue_reminder_cannot_be_dismissed(shop: Path) -> None:
    overdue = next(item for item in reminders(shop) if item["step"] == "overdue")
    refused = in_process("remind", "dismiss", str(overdue["reminder"]), "--today", "2026-11-23", data=shop)
    assert refused.returncode == 1
    assert "is overdue: it stays flagged until the case moves past it" in refused.stderr
    assert next(i for i in reminders(shop) if i["reminder"] == overdue["reminder"])["answer"] is None
