"""Each `desk account`, `desk deposit`, `desk setting` and `desk policy` command that changes something reaches its
operation (desk.operations.accounts, deposits, settings), run in-process on a real data folder: what it prints is
what the operation wrote, read back after it committed."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factories import dispute, order
from keyring_memory import MemoryKeyring, install
from sqlalchemy import select

from desk.cli import main
from desk.models import (
    DepositApplication,
    DepositState,
    LedgerEntry,
    LedgerKind,
    MemberAccount,
    OrderStatus,
    PolicyOverride,
    Setting,
    WithdrawalStatus,
)
from desk.sealing import get_sealed
from desk.workspace import Workspace

ACCOUNT = "Yoybuy/kiwi_shop"


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["--data", str(data), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def as_json(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    return json.loads(run(data, capsys, *args, "--json"))


def refused(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--data", str(data), *args]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("desk: error: ")
    return err.removeprefix("desk: error: ").strip()


def entries(data: Path) -> list[tuple[LedgerKind, int, WithdrawalStatus | None]]:
    with Workspace.open(data) as ws, ws.read() as s:
        rows = s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))
        return [(e.kind, e.signed.minor, e.withdrawal_status) for e in rows]


def test_account_commands_reach_their_operations(
    data_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(data_folder) as ws, ws.write() as s:  # an order the account pays, with its claim
        bought = order(s, lines=(("Adapter", 4, 5_000),), status=OrderStatus.DELIVERED, placed_on=date(2026, 9, 1))
        claim = dispute(s, bought.lines[0])
        s.flush()
        claim_id, key = claim.id, bought.key

    opened = as_json(data_folder, capsys, "account", "new", ACCOUNT, "--currency", "cny")  # open_account
    assert opened == {"id": 1, "account": ACCOUNT, "currency": "CNY"}
    funded = run(data_folder, capsys, "account", "add-funds", "kiwi_shop", "--amount", "500", "--channel",
                 "western-union", "--on", "2026-09-02")  # fmt: skip
    assert funded.splitlines()[-1] == "Balance 500.00 CNY."  # add_funds
    paid = as_json(data_folder, capsys, "account", "pay", ACCOUNT, "--order", key, "--on", "2026-09-03")
    assert paid["entries"][0]["order"] == key and paid["balance"]["minor"] == 30_000  # pay_order_from_account
    back = as_json(data_folder, capsys, "account", "cost-return", ACCOUNT, "--dispute", str(claim_id), "--amount",
                   "50", "--reason", "wrong_or_damaged_claim", "--on", "2026-09-04")  # fmt: skip
    assert back["entries"][0]["dispute"] == claim_id and back["balance"]["minor"] == 35_000  # return_cost
    out = as_json(data_folder, capsys, "account", "withdraw", ACCOUNT, "--amount", "300", "--channel", "moneygram",
                  "--fee", "10", "--on", "2026-09-05")  # fmt: skip
    request, fee = out["entries"]
    assert (request["status"], fee["kind"], out["balance"]["minor"]) == ("requested", "withdrawal_fee", 4_000)
    assert refused(data_folder, capsys, "account", "withdraw", ACCOUNT, "--amount", "lots", "--channel", "moneygram",
                   "--fee", "0") == 'the amount to withdraw: "lots": no number in it'  # fmt: skip
    closed = as_json(data_folder, capsys, "account", "withdrawal", str(request["id"]), "cancelled", "--on",
                     "2026-09-06")  # fmt: skip
    assert [e["kind"] for e in closed["entries"]] == ["withdrawal", "adjustment_in"]  # close_withdrawal
    assert entries(data_folder)[-2:] == [
        (LedgerKind.WITHDRAWAL_FEE, -1_000, None),
        (LedgerKind.ADJUSTMENT_IN, 1_000, None),
    ]

    install(monkeypatch, MemoryKeyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("NL91 ABNA 0417 1643 00\n"))
    stored = run(data_folder, capsys, "account", "withdrawal-account", "1")  # set_withdrawal_account
    assert stored == f"Withdrawal account of {ACCOUNT} (account 1): •••• 4300\n"
    assert run(data_folder, capsys, "account", "withdrawal-account", "1", "--show") == stored
    with Workspace.open(data_folder) as ws, ws.read() as s:
        account = s.get(MemberAccount, 1)
        assert account is not None and get_sealed(s, account, "withdrawal_account") == "NL91 ABNA 0417 1643 00"


def test_deposit_commands_reach_their_operations(
    data_folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made = as_json(data_folder, capsys, "deposit", "new", "--store", "Nordic Gadget Outlet", "--platform",
                   "aliexpress", "--amount", "10000 CNY", "--on", "2026-09-20")  # fmt: skip
    assert made["store_added"] and made["state"] == "draft"  # create_deposit_application
    app = str(made["id"])
    confirmed = as_json(data_folder, capsys, "deposit", "confirm", app, "store_closed", "--on", "2026-09-21")
    assert "store_closed" not in confirmed["missing"]  # confirm_prerequisite
    undone = as_json(data_folder, capsys, "deposit", "confirm", app, "store_closed", "--undo")
    assert "store_closed" in undone["missing"]  # ... and its undo
    for code in ("store_closed", "no_violations"):
        run(data_folder, capsys, "deposit", "confirm", app, code, "--on", "2026-09-21")
    required = as_json(data_folder, capsys, "deposit", "require", app, "tax_certificate", "Tax certificate")
    assert "tax_certificate" in required["missing"]  # require_document
    for document in required["documents"]:
        if document["required"]:
            scan = tmp_path / f"{document['code']}.pdf"
            scan.write_bytes(b"%PDF-1.4\n" + document["code"].encode() + b"\n%%EOF\n")
            run(data_folder, capsys, "evidence", "add", document["case"], str(scan), "--kind", "document")
    submitted = as_json(data_folder, capsys, "deposit", "submit", app, "--on", "2026-09-30")
    assert submitted["state"] == "in_review"  # submit_deposit_application
    approved = as_json(data_folder, capsys, "deposit", "event", app, "approved", "--on", "2026-10-09")
    assert approved["state"] == "approved"  # record_deposit_event
    paid = as_json(data_folder, capsys, "deposit", "event", app, "paid", "--on", "2026-10-20", "--amount", "9850")
    assert paid["arrival"]["amount"]["minor"] == 985_000 and paid["arrival"]["cause"] == "fee"
    with Workspace.open(data_folder) as ws, ws.read() as s:
        assert s.scalars(select(DepositApplication.state)).one() is DepositState.PAID


def test_setting_and_policy_commands_reach_their_operations(
    data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_folder, capsys, "setting", "home_currency", "usd").startswith("home_currency = USD    # ")
    assert as_json(data_folder, capsys, "setting", "reminder_days", "5") == {"reminder_days": 5}  # change_setting
    made = as_json(data_folder, capsys, "policy", "set", "aliexpress", "seller_response", "3-7", "--effective",
                   "2026-01-01")  # fmt: skip
    assert (made["value"], made["overridden"]) == ([3, 7], True)  # override_policy
    listed = as_json(data_folder, capsys, "policy", "list", "aliexpress", "--on", "2026-03-01")
    live = [(r["value"], r["overridden"]) for r in listed if r["key"] == "seller_response" and r["in_force"]]
    assert live == [([3, 7], True)]  # the list is a read: policy list reads the override back
    text = run(data_folder, capsys, "policy", "list", "aliexpress", "--on", "2026-03-01")
    assert (
        text.startswith("On AliExpress (working days counted in CN):\n")
        and "3–7 days" in text
        and "your override, in force" in text
    )
    gone = run(data_folder, capsys, "policy", "unset", "aliexpress", "seller_response", "--effective", "2026-01-01")
    assert (
        gone == "Removed your override of the seller's time to answer a dispute from 2026-01-01: "
        "the shipped rule applies again.\n"
    )  # remove_policy_override
    assert refused(data_folder, capsys, "policy", "unset", "aliexpress", "seller_response", "--effective",
                   "2026-01-01") == "no override of aliexpress seller_response effective 2026-01-01"  # fmt: skip
    with Workspace.open(data_folder) as ws, ws.read() as s:
        assert s.scalars(select(PolicyOverride)).all() == []
        assert {row.key: row.value for row in s.scalars(select(Setting))} == {
            "home_currency": '"USD"',
            "reminder_days": "5",
        }
