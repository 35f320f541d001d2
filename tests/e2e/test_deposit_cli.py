"""`desk deposit new|check|confirm|submit|event|show` and `desk due` as a user runs them
(seed 003_0904c09b3d3b32f3.txt: the AliExpress merchant deposit refund). The first application is made in a real
process (`run=desk`); the rest, where the rules are the subject, run in-process (tests/cli_runs.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_runs import Runner, desk, in_process
from folder_copies import Folders

SEED = "003_0904c09b3d3b32f3.txt"
PAGE = '"How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide"'
DOCUMENTS = ("business_licence_copy", "bank_account_details", "identity_document")


def ok(*args: str, data: Path, run: Runner = in_process) -> str:
    result = run(*args, data=data)
    assert result.returncode == 0, result.stderr
    return result.stdout


def as_json(*args: str, data: Path, run: Runner = in_process) -> Any:
    return json.loads(ok(*args, "--json", data=data, run=run))


def refused(*args: str, data: Path, run: Runner = in_process) -> str:
    """The error line(s) of a command that must fail, after checking it changed nothing."""
    before = rows(data)
    result = run(*args, data=data)
    assert result.returncode == 1 and result.stdout == "" and "Traceback" not in result.stderr, result
    assert rows(data) == before
    return result.stderr.removeprefix("desk: error: ").rstrip("\n")


def rows(folder: Path) -> tuple[int, ...]:
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        counts = tuple(
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("audit_log", "stores", "deposit_applications", "deposit_submissions")
        )
    db.close()
    return counts


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A new folder with one draft application for a store Desk did not know, as `new --json` reported it."""
    folder = tmp_path_factory.mktemp("deposit") / "shop"
    made = as_json(
        "deposit", "new", "--store", "Nordic Gadget Outlet", "--platform", "AliExpress", "--amount", "10,000.00 CNY",
        "--on", "2026-09-20", data=folder, run=desk,
    )  # fmt: skip
    return folder, made


@pytest.fixture(scope="module")
def completed(
    drafted: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory, folders: Folders
) -> Path:
    """A copy of `drafted` with everything confirmed and every document linked: ready to submit."""
    folder = tmp_path_factory.mktemp("ready") / "shop"
    folders.copy(drafted[0], folder)
    for code in ("store_closed", "no_violations"):
        ok("deposit", "confirm", "1", code, "--on", "2026-09-21", "--note", "seller backend", data=folder)
    for document in drafted[1]["documents"][:3]:
        scan = folder.parent / f"{document['code']}.pdf"
        scan.write_bytes(b"%PDF-1.4\n" + document["code"].encode() + b"\n%%EOF\n")
        ok("evidence", "add", document["case"], str(scan), "--kind", "document", data=folder)
    return folder


@pytest.fixture
def ready(completed: Path, tmp_path: Path, folders: Folders) -> Path:
    return folders.copy(completed, tmp_path / "ready")


def test_seed_003_new_lists_the_prerequisites_and_documents_from_policy(drafted: tuple[Path, dict[str, Any]]) -> None:
    _, made = drafted
    assert (made["id"], made["store"], made["platform"], made["state"], made["store_added"]) == (
        1, "Nordic Gadget Outlet", "aliexpress", "draft", True,
    )  # fmt: skip
    assert made["deposit"] == {"amount": "10000.00", "currency": "CNY", "minor": 1000000}
    assert [(p["code"], p["check"], p["met"]) for p in made["prerequisites"]] == [
        ("store_closed", "confirmation", False),
        ("no_pending_orders", "orders", True),
        ("no_disputes", "disputes", True),
        ("no_violations", "confirmation", False),
    ]
    assert [(d["code"], d["required"], d["case"]) for d in made["documents"]] == [
        ("business_licence_copy", True, "checklist:1"),
        ("bank_account_details", True, "checklist:2"),
        ("identity_document", True, "checklist:3"),
        ("deposit_page", False, "checklist:4"),
    ]
    assert all(PAGE in item["source"] for item in made["prerequisites"] + made["documents"])
    assert made["ready"] is False and made["missing"] == ["store_closed", "no_violations", *DOCUMENTS]


def test_seed_003_submitting_with_anything_missing_is_refused_with_the_list(
    drafted: tuple[Path, dict[str, Any]],
) -> None:
    folder, _ = drafted
    error = refused("deposit", "submit", "1", "--on", "2026-09-30", data=folder)
    lines = error.splitlines()
    assert lines[0] == "deposit application 1 cannot be submitted: 5 requirements are not met:"
    assert [line.split(" — ")[0].strip() for line in lines[1:-1]] == [
        "Store closed (cancelled) on AliExpress",
        "No violations recorded against the store",
        "Copy of the business licence",
        "Bank account details (the account the deposit returns to)",
        "Identity document of the legal representative",
    ]
    assert lines[1] == ("  Store closed (cancelled) on AliExpress — not confirmed yet: confirm it once it is true")
    assert lines[3] == "  Copy of the business licence — no file linked yet" and lines[-1] == "Nothing was changed."


def test_seed_003_check_says_what_is_met_and_by_which_file(ready: Path) -> None:
    text = ok("deposit", "check", "1", data=ready).splitlines()
    assert text[0] == "Deposit application 1: Nordic Gadget Outlet on AliExpress, 10000.00 CNY, draft"
    assert text[1:3] == [
        "Prerequisites:",
        "  [x] store_closed           Store closed (cancelled) on AliExpress: confirmed on 2026-09-21: seller backend",
    ]
    assert "  [x] business_licence_copy  Copy of the business licence: business_licence_copy.pdf (evidence 1)" in text
    assert text[-2].startswith("  [ ] deposit_page ") and "recommended; no file linked" in text[-2]
    assert text[-1] == "Ready to submit: desk deposit submit 1"


def test_seed_003_a_submission_across_golden_week_shows_its_window_in_chinese_working_days(ready: Path) -> None:
    submitted = ok("deposit", "submit", "1", "--on", "2026-09-30", data=ready).splitlines()
    assert submitted[0].endswith(", in review") and submitted[1] == "  created 2026-09-20; next: rejected, approved"
    # Oct 1–7 are China's National Day holidays and Saturday Oct 10 a make-up working day: the 7th working day
    # after Sep 30 is Oct 15, the 15th Oct 27.
    assert submitted[2].startswith(
        "  submission 1 on 2026-09-30: in review; a decision is expected 2026-10-15 to 2026-10-27 "
        "(working days of China; On AliExpress, the platform decides on a deposit refund application within 7–15 "
        "working days ("
    )
    (review,) = [d for d in as_json("due", "--today", "2026-10-12", data=ready) if d["kind"] == "deposit_review"]
    assert (review["case"], review["due"], review["state"]) == ("deposit:1", "2026-10-27", "upcoming")
    assert review["detail"].endswith("a decision is expected 2026-10-15 to 2026-10-27") and PAGE in review["rule"]
    lines = ok("due", "--today", "2026-10-12", data=ready).splitlines()
    expected = (
        "2026-10-27  upcoming  Deposit review due  Deposit application 1 (store Nordic Gadget Outlet): "
        "submission 1 of 2026-09-30: a decision"
    )
    assert expected in "\n".join(lines)


def test_seed_003_rejected_resubmitted_approved_and_paid_short_by_a_fee(ready: Path) -> None:
    ok("deposit", "submit", "1", "--on", "2026-09-30", data=ready)
    assert refused("deposit", "event", "1", "rejected", "--on", "2026-10-20", data=ready).startswith(
        "'rejected' needs the platform's reason (--note TEXT)"
    )
    reason = "Bank account holder name does not match the business licence"
    ok("deposit", "event", "1", "rejected", "--on", "2026-10-20", "--note", reason, data=ready)
    assert [d for d in as_json("due", "--today", "2026-10-21", data=ready) if d["kind"] == "deposit_review"] == []
    ok("deposit", "event", "1", "resubmitted", "--on", "2026-10-22", "--note", "holder name corrected", data=ready)
    (review,) = [d for d in as_json("due", "--today", "2026-10-23", data=ready) if d["kind"] == "deposit_review"]
    assert review["due"] == "2026-11-12" and review["detail"].startswith("submission 2 of 2026-10-22")
    ok("deposit", "event", "1", "approved", "--on", "2026-11-05", data=ready)
    shown = as_json("deposit", "event", "1", "paid", "--on", "2026-11-12", "--amount", "9,850.00", data=ready)
    assert [(s["seq"], s["outcome"], s["reason"]) for s in shown["submissions"]] == [
        (1, "rejected", reason),
        (2, "approved", None),
    ]
    assert shown["submissions"][1]["window"]["earliest"] == "2026-11-02"
    arrival = shown["arrival"]
    assert (arrival["finding"], arrival["cause"], arrival["follow_up"]) == ("short", "fee", True)
    assert arrival["difference"] == {"amount": "150.00", "currency": "CNY", "minor": 15000}
    assert (shown["state"], shown["next"]) == ("paid", ["closed"])
    text = ok("deposit", "show", "1", data=ready)
    assert "  FOLLOW UP: 9850.00 CNY arrived on 2026-11-12, 150.00 CNY less than the deposit of 10000.00 CNY" in text
    assert "  note: 2026-10-22 resubmitted: holder name corrected" in text
    again = refused("deposit", "event", "1", "paid", "--amount", "10", "--on", "2026-11-13", data=ready)
    assert again == "deposit application 1 is paid: 'Paid' cannot happen now; allowed: closed"


def test_seed_003_money_in_another_currency_is_flagged_as_exchange(ready: Path) -> None:
    ok("deposit", "submit", "1", "--on", "2026-09-30", data=ready)
    ok("deposit", "event", "1", "approved", "--on", "2026-10-20", data=ready)
    shown = as_json("deposit", "event", "1", "paid", "--on", "2026-10-28", "--amount", "1380 USD", data=ready)
    arrival = shown["arrival"]
    assert arrival["amount"] == {"amount": "1380.00", "currency": "USD", "minor": 138000}
    assert (arrival["finding"], arrival["cause"], arrival["difference"]) == ("unknown", "exchange", None)
    assert "no CNY→USD rate on or before 2026-10-28" in arrival["detail"]


def test_bad_input_names_the_problem_and_changes_nothing(drafted: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = drafted
    assert refused("deposit", "check", "9", data=folder) == "no deposit application 9"
    assert refused("deposit", "event", "1", "shipped", data=folder) == (
        "unknown event 'shipped'; known: submitted, rejected, resubmitted, approved, paid, closed"
    )
    assert refused("deposit", "event", "1", "approved", data=folder) == (
        "deposit application 1 is draft: 'Approved' cannot happen now; allowed: submitted, closed"
    )
    assert refused("deposit", "confirm", "1", "no_pending_orders", data=folder).startswith(
        "no_pending_orders is checked against Desk's orders of the store, not confirmed"
    )
    assert refused(
        "deposit", "new", "--store", "nordic gadget outlet", "--platform", "aliexpress", "--amount", "1 CNY",
        data=folder,
    ) == (
        "store 'Nordic Gadget Outlet' on AliExpress already has deposit application 1 (draft); "
        "a store has one application at a time"
    )  # fmt: skip
    assert "which currency?" in refused(
        "deposit", "new", "--store", "Other", "--platform", "aliexpress", "--amount", "500", data=folder
    )
    assert refused(
        "deposit", "new", "--store", "Other", "--platform", "mars", "--amount", "5 CNY", data=folder
    ).startswith("unknown platform 'mars'; known: aliexpress")


def test_the_demos_application_checks(demo_folder: Path) -> None:
    """The demo's application is made from the deposit policy as a user's is: every prerequisite met, by the
    user's confirmation or against the store's orders and disputes in Desk."""
    folder = demo_folder
    report = as_json("deposit", "check", "1", data=folder)
    assert report["state"] == "in_review"
    assert all(p["met"] for p in report["prerequisites"])
    assert {p["check"] for p in report["prerequisites"]} == {"confirmation", "orders", "disputes"}
    shown = as_json("deposit", "show", "1", data=folder)
    assert [s["outcome"] for s in shown["submissions"]] == ["rejected", "pending"]
    assert shown["submissions"][1]["window"]["latest"] == "2026-12-07"  # as `desk due` shows it for the demo
