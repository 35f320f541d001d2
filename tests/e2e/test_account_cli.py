"""`desk account …` as a user runs it (issue 5): member accounts at a purchase agent, their ledger and withdrawals
under seed 000_e5fcfd6b7758ae63.txt, and the withdrawal deadline in `desk due`."""

from __future__ import annotations

import json
import shlex
import sqlite3
from pathlib import Path
from typing import Any

from cli_runs import Done, Runner, in_process
from cli_runs import desk as process

ACCOUNT = "Superbuy/reseller_eu_01"  # the demo's account, in CNY; its balance is 52.04
DELIVERED = "1688:3529301847765210938"  # the demo's agent order o31, paid 950.00 from the account
CLAIMED = "taobao:2241937605182746301"  # o12, completed, paid 423.00; its dispute 7 already brought 29.04 back


def desk(command: str, data: Path, run: Runner = in_process) -> Done:
    return run(*shlex.split(command), data=data)


def ok(command: str, data: Path, run: Runner = in_process) -> str:
    result = desk(command, data, run)
    assert result.returncode == 0, result.stderr
    return result.stdout


def as_json(command: str, data: Path, run: Runner = in_process) -> Any:
    return json.loads(ok(f"{command} --json", data, run))


def ledger(data: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data / "desk.sqlite3") as db:
        rows = db.execute("SELECT * FROM ledger_entries ORDER BY id").fetchall()
        rows += db.execute("SELECT * FROM member_accounts ORDER BY id").fetchall()
    db.close()
    return rows


def error(command: str, data: Path, run: Runner = in_process) -> str:
    """The message of a refused command, after checking it printed nothing else and changed nothing."""
    before = ledger(data)
    result = desk(command, data, run)
    assert (result.returncode, result.stdout) == (1, ""), result.stderr
    assert result.stderr.startswith("desk: error: ") and "Traceback" not in result.stderr
    assert ledger(data) == before
    return result.stderr.removeprefix("desk: error: ").strip()


def minor(money: dict[str, Any] | None) -> int | None:
    return None if money is None else int(money["minor"])


def test_an_account_is_opened_funded_and_shown_with_its_balance_and_history(data_folder: Path) -> None:
    """Funds added in a real process, as a user adds them (a note that is not ASCII, into a pipe); the rest, and the
    rules below, in-process (tests/cli_runs.py)."""
    made = ok("account new Yoybuy/kiwi_shop --currency cny", data_folder)
    assert made == "Opened member account Yoybuy/kiwi_shop (account 1) in CNY.\n"
    added = ok("account add-funds kiwi_shop --amount '1 500,00' --channel 'credit card' --on 2026-09-01 "
               "--note 'Visa ••4821'", data_folder, process)  # fmt: skip
    assert added.splitlines() == [
        "Yoybuy/kiwi_shop:",
        "      1  2026-09-01  funds added       +1500.00 CNY     1500.00 CNY  Credit card · Visa ••4821",
        "Balance 1500.00 CNY.",
    ]
    more = as_json(
        "account add-funds Yoybuy/kiwi_shop --amount 300 --channel western_union --on 2026-09-02", data_folder
    )
    assert minor(more["balance"]) == 180_000 and more["entries"][0]["channel"] == "western_union"

    shown = ok("account show kiwi_shop", data_folder).splitlines()
    assert shown[0] == "Yoybuy/kiwi_shop (account 1, CNY): balance 1800.00 CNY"
    assert shown[1] == (  # seed 000: a card's money only back to a card, the rest by Western Union or MoneyGram
        "May be withdrawn, less the transfer fee: up to 1500.00 CNY to a credit card and up to 300.00 CNY by "
        "Western Union or MoneyGram."
    )
    assert len(shown) == 4 and shown[3].endswith("+300.00 CNY     1800.00 CNY  Western Union")
    listed = as_json("account list", data_folder)
    assert [(a["account"], minor(a["balance"]), a["entries"]) for a in listed] == [("Yoybuy/kiwi_shop", 180_000, 2)]

    assert error("account new yoybuy/KIWI_SHOP --currency CNY", data_folder) == (
        "there is already a member account Yoybuy/kiwi_shop (account 1)"
    )
    assert error("account show kiwi", data_folder) == "no member account 'kiwi'; accounts: Yoybuy/kiwi_shop"
    assert error("account add-funds kiwi_shop --amount 5 --channel cash", data_folder) == (
        "unknown channel 'cash'; known: credit_card, western_union, moneygram, bank_transfer, paypal, alipay, other"
    )


def test_seed_000_withdrawals_take_the_fee_from_the_balance_and_follow_the_way_in(demo_folder: Path) -> None:
    out = f"account withdraw {ACCOUNT} --on 2026-11-23"
    assert error(f"{out} --amount 10 --channel moneygram --fee 60", demo_folder) == (
        "the transfer fee 60.00 CNY is larger than the balance 52.04 CNY on 2026-11-23: the agent does not "
        'transfer then, as it would be senseless ("Refund & Withdraw Fund")'
    )
    assert error(f"{out} --amount 50 --channel moneygram --fee 5", demo_folder) == (
        "50.00 CNY plus the transfer fee 5.00 CNY is more than the balance 52.04 CNY on 2026-11-23: at most "
        '47.04 CNY can be withdrawn with this fee, as the fee is taken from the balance too ("Refund & Withdraw Fund")'
    )
    assert error(f"{out} --amount 10 --channel paypal --fee 0", demo_folder) == (
        "the agent does not send withdrawals by PayPal: only to a credit card or by Western Union or MoneyGram "
        '("Refund & Withdraw Fund")'
    )
    made = as_json(f"{out} --amount 40 --channel moneygram --fee 12.04", demo_folder)
    request, fee = made["entries"]
    assert (request["kind"], request["status"], minor(request["amount"])) == ("withdrawal", "requested", -4_000)
    assert (fee["kind"], minor(fee["amount"]), fee["note"]) == (
        "withdrawal_fee",
        -1_204,
        f"transfer fee of withdrawal {request['id']}",
    )
    assert request["due"] == "2026-11-26" and minor(made["balance"]) == 0  # 3 CN working days after Mon 11-23

    # Another account, funded by card only: its money may only go back to a card.
    ok("account new Yoybuy/kiwi --currency CNY", demo_folder)
    ok("account add-funds kiwi --amount 100 --channel credit_card --on 2026-11-23", demo_folder)
    assert error("account withdraw kiwi --amount 50 --channel western_union --fee 5 --on 2026-11-23", demo_folder) == (
        "50.00 CNY by Western Union or MoneyGram is refused: money added by credit card may only be withdrawn to a "
        'credit card and money added any other way only by Western Union or MoneyGram ("Refund & Withdraw Fund"), '
        "so after the fee "
        "up to 95.00 CNY to a credit card and up to 0.00 CNY by Western Union or MoneyGram can be withdrawn on "
        "2026-11-23"
    )


def test_seed_000_a_withdrawal_is_due_in_3_chinese_working_days_then_overdue(data_folder: Path) -> None:
    ok(f"account new {ACCOUNT} --currency CNY", data_folder)
    ok(f"account add-funds {ACCOUNT} --amount 1000 --channel moneygram --on 2026-09-01", data_folder)
    made = as_json(
        f"account withdraw {ACCOUNT} --amount 500 --channel western_union --fee 25 --on 2026-09-30", data_folder
    )
    entry = made["entries"][0]["id"]

    def due(today: str) -> list[tuple[str, str, str]]:
        items = as_json(f"due --today {today}", data_folder)
        return [(i["case"], i["due"], i["state"]) for i in items if i["kind"] == "withdrawal"]

    # Requested the day before China's National Day (Oct 1–7): Oct 8, 9 and the make-up Saturday Oct 10.
    assert due("2026-10-10") == [(f"ledger_entry:{entry}", "2026-10-10", "due")]
    assert due("2026-10-11") == [(f"ledger_entry:{entry}", "2026-10-10", "overdue")]
    text = ok("due --today 2026-10-12", data_folder)
    assert text.startswith(
        "2026-10-10  overdue   Withdrawal due  Withdrawal of 500.00 CNY from the account 'reseller_eu_01' at Superbuy: "
        "requested 2026-09-30 by Western Union"
    )
    shown = ok(f"account show {ACCOUNT} --today 2026-10-12", data_folder)
    assert "Western Union · requested, due 2026-10-10 (overdue)" in shown

    done = ok(f"account withdrawal {entry} done --on 2026-10-12", data_folder)
    assert "Western Union · done 2026-10-12" in done and done.endswith("Balance 475.00 CNY.\n")
    assert due("2026-10-12") == []
    assert error(f"account withdrawal {entry} refused", data_folder) == (
        f"withdrawal {entry} is already done on 2026-10-12; only a requested one can be marked"
    )


def test_seed_000_a_refused_withdrawal_gives_back_its_amount_and_fee(demo_folder: Path) -> None:
    made = as_json(
        f"account withdraw {ACCOUNT} --amount 30 --channel western_union --fee 10 --on 2026-11-23", demo_folder
    )
    entry = made["entries"][0]["id"]
    assert minor(made["balance"]) == 1_204
    back = as_json(f"account withdrawal {entry} refused --on 2026-11-24", demo_folder)
    refused, fee_back = back["entries"]
    assert (refused["status"], refused["done_on"], refused["counted"]) == ("refused", "2026-11-24", False)
    assert (fee_back["kind"], minor(fee_back["amount"])) == ("adjustment_in", 1_000)
    assert fee_back["note"] == f"fee of withdrawal {entry} returned: the withdrawal was refused"
    assert minor(back["balance"]) == 5_204  # the demo's balance again
    assert error(f"account withdrawal {entry + 1} done", demo_folder) == (
        f"ledger entry {entry + 1} is a withdrawal fee, not a withdrawal"
    )


def test_seed_000_payments_and_cost_returns_link_their_order_and_claim(demo_folder: Path) -> None:
    ok(f"account add-funds {ACCOUNT} --amount 2000 --channel western_union --on 2026-11-20", demo_folder)
    paid = as_json(f"account pay reseller_eu_01 --order {DELIVERED} --amount 80 --on 2026-11-21", demo_folder)
    assert paid["entries"][0]["order"] == DELIVERED and minor(paid["balance"]) == 197_204

    back = f"account cost-return {ACCOUNT}"
    # seed 000: the cost of an order cancelled while pending comes back; a delivered order is not pending.
    assert error(f"{back} --order {DELIVERED} --amount 80 --reason pending_cancelled", demo_folder) == (
        f"order {DELIVERED} is delivered: a cost return for an order cancelled while still pending needs it placed, "
        'paid, cancelled or closed ("Refund & Withdraw Fund")'
    )
    # seed 000: a wrong or damaged item received needs a claim; dispute 7 is the demo's claim on o12.
    assert error(f"{back} --order {CLAIMED} --amount 5 --reason wrong_or_damaged_claim", demo_folder) == (
        "a cost return for a wrong or damaged (not fragile) item you received needs the claim it settles "
        '("Refund & Withdraw Fund"): '
        "name its dispute"
    )
    assert error(f"{back} --order {DELIVERED} --dispute 7 --amount 5 --reason wrong_or_damaged_claim", demo_folder) == (
        f"dispute 7 is about {CLAIMED}, not {DELIVERED}"
    )
    assert error(f"{back} --dispute 7 --amount 400 --reason wrong_or_damaged_claim", demo_folder) == (
        f"the cost return 400.00 CNY is more than is left to return on {CLAIMED}: Superbuy/reseller_eu_01 paid "
        "423.00 CNY for it and 29.04 CNY came back already"
    )
    assert error(f"{back} --dispute 7 --amount 5 --reason lost", demo_folder) == (
        "unknown reason 'lost'; known: pending_cancelled, invalid, damaged_returned, wrong_or_damaged_claim"
    )
    made = ok(f"{back} --dispute 7 --amount 12.50 --on 2026-11-22 --reason wrong_or_damaged_claim "
              "--note 'the 4th adapter'", demo_folder)  # fmt: skip
    assert made.splitlines()[1].endswith(
        f"+12.50 CNY     1984.54 CNY  order {CLAIMED} · dispute 7 · Claim for a wrong or damaged item: the 4th adapter"
    )


def test_amounts_in_another_currency_show_converted_at_the_rate_of_their_day(demo_folder: Path) -> None:
    # The demo's rates: USD→CNY 7.1835 from 2026-09-24, then 7.1702 from 2026-10-24.
    ok(f"account add-funds {ACCOUNT} --amount US$100 --channel western_union --on 2026-10-01", demo_folder)
    entries = as_json(f"account show {ACCOUNT}", demo_folder)["entries"]
    usd = next(e for e in entries if e["date"] == "2026-10-01")
    assert (minor(usd["amount"]), usd["amount"]["currency"], minor(usd["in_account_currency"])) == (
        10_000,
        "USD",
        71_835,
    )

    # No GBP rate at all: shown as "no rate", never as 0, and a withdrawal (which needs the balance) is refused.
    ok(f"account add-funds {ACCOUNT} --amount £10 --channel western_union --on 2026-11-20", demo_folder)
    shown = ok(f"account show {ACCOUNT}", demo_folder).splitlines()
    assert shown[0] == "Superbuy/reseller_eu_01 (account 1, CNY): balance unknown, a rate is missing"
    gbp = next(line for line in shown if "+10.00 GBP" in line)
    assert "no rate" in gbp and "+10.00 GBP on 2026-11-20's rate" in gbp
    assert shown[-1] == (
        "Balance unknown: no exchange rate GBP→CNY on or before 2026-11-20 to convert ledger entry 15 (10.00 GBP); "
        "add the rate of that day"
    )
    assert error(f"account withdraw {ACCOUNT} --amount 1 --channel moneygram --fee 0", demo_folder).startswith(
        "no exchange rate GBP→CNY on or before 2026-11-20"
    )
