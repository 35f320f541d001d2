"""The member-account operations (desk.operations.accounts): each owns its transaction, reads amounts typed in the
account's currency, refuses with a message naming the field or the record and writes nothing then, and says what
it changed in a plain result (seed 000)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from factories import dispute, order
from keyring_memory import MemoryKeyring, install
from sqlalchemy import func, select

from desk.accounts.cost_returns import CostReturnReason
from desk.accounts.withdrawals import fee_of
from desk.common import Dated
from desk.errors import DeskError
from desk.models import Channel, LedgerEntry, LedgerKind, MemberAccount, Order, OrderStatus, WithdrawalStatus
from desk.money import Money
from desk.operations import Record, Result
from desk.operations.accounts import (
    AddFunds,
    CloseWithdrawal,
    OpenAccount,
    PayOrderFromAccount,
    RequestWithdrawal,
    ReturnCost,
    SetWithdrawalAccount,
    add_funds,
    close_withdrawal,
    open_account,
    pay_order_from_account,
    preview_withdrawal,
    request_withdrawal,
    return_cost,
    set_withdrawal_account,
)
from desk.sealing import get_sealed
from desk.workspace import Workspace

DAY = date(2026, 11, 2)
NAME = "Superbuy/reseller_eu_01"


def _entries(ws: Workspace) -> list[tuple[LedgerKind, int, str]]:
    with ws.read() as s:
        return [(e.kind, e.amount_minor, e.currency) for e in s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))]


def _funded(ws: Workspace, amount: str = "1000", channel: Channel = Channel.WESTERN_UNION) -> int:
    opened = open_account(ws, OpenAccount(NAME, "cny"))
    add_funds(ws, AddFunds(opened.account_id, amount, channel, DAY))
    return opened.account_id


def _plain(result: Result) -> None:
    """A result holds plain values only: nothing of a session can leave the operation."""
    for f in fields(result):
        value = getattr(result, f.name)
        assert isinstance(value, str | int | tuple | frozenset | Money | Dated | type(None)), (f.name, type(value))


def test_open_account_names_it_and_refuses_a_second_of_the_same_name(workspace: Workspace) -> None:
    opened = open_account(workspace, OpenAccount(NAME, "cny", "our EU reseller account"))
    assert (opened.account, opened.currency, opened.changed) == (NAME, "CNY", frozenset({Record.ACCOUNT}))
    assert opened.message == f"Opened member account {NAME} (account {opened.account_id}) in CNY."
    _plain(opened)
    with pytest.raises(DeskError, match="there is already a member account Superbuy/reseller_eu_01"):
        open_account(workspace, OpenAccount("superbuy/RESELLER_EU_01", "CNY"))
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(MemberAccount)) == 1


def test_add_funds_reads_the_amount_in_the_accounts_currency_by_name_or_id(workspace: Workspace) -> None:
    account = open_account(workspace, OpenAccount(NAME, "CNY")).account_id
    by_id = add_funds(workspace, AddFunds(account, "1 500,00", Channel.CREDIT_CARD, DAY, "Visa"))
    by_name = add_funds(workspace, AddFunds("reseller_eu_01", "US$20", Channel.WESTERN_UNION, DAY))
    assert by_id.changed == frozenset({Record.ACCOUNT}) and by_id.account_id == by_name.account_id == account
    assert by_id.message == f"Added 1500.00 CNY to {NAME} by Credit card."
    _plain(by_id)
    assert _entries(workspace) == [(LedgerKind.FUNDS_ADDED, 150_000, "CNY"), (LedgerKind.FUNDS_ADDED, 2_000, "USD")]
    assert len(by_name.entry_ids) == 1 and by_name.entry_id == by_name.entry_ids[0]


def test_a_bad_amount_or_a_missing_account_is_refused_naming_it_and_nothing_is_written(workspace: Workspace) -> None:
    account = open_account(workspace, OpenAccount(NAME, "CNY")).account_id
    with pytest.raises(DeskError) as typed:
        add_funds(workspace, AddFunds(account, "twelve", Channel.CREDIT_CARD, DAY))
    assert str(typed.value) == 'the funds added: "twelve": no number in it'
    with pytest.raises(DeskError, match=r"^no member account 999$"):
        add_funds(workspace, AddFunds(999, "5", Channel.CREDIT_CARD, DAY))
    with pytest.raises(DeskError, match=r"^no member account 'kiwi'"):
        add_funds(workspace, AddFunds("kiwi", "5", Channel.CREDIT_CARD, DAY))
    assert _entries(workspace) == []


def test_paying_an_order_from_the_account_links_the_order_and_says_it_changed(workspace: Workspace) -> None:
    account = _funded(workspace)
    with workspace.write() as s:
        bought = order(s, lines=(("Desk lamp", 1, 30_000),))
        s.flush()
        key = bought.key
    paid = pay_order_from_account(workspace, PayOrderFromAccount(NAME, key, DAY))
    assert paid.changed == frozenset({Record.ACCOUNT, Record.ORDER})
    assert paid.message == f"Paid 300.00 CNY for {key} from {NAME}."
    with workspace.read() as s:
        found = s.scalars(select(Order)).one()
        assert found.agent_account_id == account
    assert _entries(workspace)[-1] == (LedgerKind.ORDER_PAYMENT, 30_000, "CNY")
    # More than the balance: refused, like a debit account, and nothing is written.
    with pytest.raises(DeskError, match="would fall to"):
        pay_order_from_account(workspace, PayOrderFromAccount(account, key, DAY, "800"))
    assert len(_entries(workspace)) == 2


def test_a_cost_return_gives_back_what_the_account_paid_for_an_order_or_its_claim(workspace: Workspace) -> None:
    _funded(workspace)
    with workspace.write() as s:
        bought = order(s, lines=(("Adapter", 4, 5_000),), status=OrderStatus.DELIVERED)
        s.flush()
        claim = dispute(s, bought.lines[0])
        s.flush()
        key, claim_id = bought.key, claim.id
    pay_order_from_account(workspace, PayOrderFromAccount(NAME, key, DAY))
    reason = CostReturnReason.WRONG_OR_DAMAGED_CLAIM
    with pytest.raises(DeskError, match="needs the claim it settles"):
        return_cost(workspace, ReturnCost(NAME, "50", reason, DAY, order=key))
    back = return_cost(workspace, ReturnCost(NAME, "50", reason, DAY, dispute=claim_id, note="one adapter"))
    assert back.changed == frozenset({Record.ACCOUNT}) and back.message == f"50.00 CNY came back to {NAME} from {key}."
    with workspace.read() as s:
        entry = s.get(LedgerEntry, back.entry_id)
        assert entry is not None and (entry.order_id, entry.dispute_id) == (s.scalars(select(Order.id)).one(), claim_id)
    with pytest.raises(DeskError, match="the cost returned: "):
        return_cost(workspace, ReturnCost(NAME, "", reason, DAY, dispute=claim_id))


def test_a_withdrawal_takes_its_fee_from_the_balance_and_is_refused_above_it(workspace: Workspace) -> None:
    account = _funded(workspace, "100")
    too_much = RequestWithdrawal(account, "96", Channel.MONEYGRAM, "5", DAY)
    refusal = preview_withdrawal(workspace, too_much).refusal
    assert refusal is not None and "at most 95.00 CNY can be withdrawn with this fee" in refusal
    with pytest.raises(DeskError) as refused:
        request_withdrawal(workspace, too_much)
    assert str(refused.value) == refusal  # one rule: what the form shows is what OK meets
    assert len(_entries(workspace)) == 1

    fits = RequestWithdrawal(NAME, "95", Channel.MONEYGRAM, "5", DAY, "to Tallinn")
    preview = preview_withdrawal(workspace, fits)
    assert preview.refusal is None and preview.figures is not None
    assert preview.figures.transfer == Money.of("95", "CNY") and preview.figures.balance == Money.of("100", "CNY")
    made = request_withdrawal(workspace, fits)
    assert made.changed == frozenset({Record.ACCOUNT}) and len(made.entry_ids) == 2
    assert made.message == (
        f"Requested a withdrawal of 95.00 CNY by Western Union or MoneyGram from {NAME}, and its transfer fee 5.00 CNY."
    )
    with workspace.read() as s:
        entry = s.get(LedgerEntry, made.entry_id)
        assert entry is not None and entry.withdrawal_status is WithdrawalStatus.REQUESTED
        fee = fee_of(s, entry)
        assert fee is not None and fee.id == made.entry_ids[1]


def test_a_blank_fee_is_none_and_a_bad_one_names_the_field(workspace: Workspace) -> None:
    account = _funded(workspace, "100")
    assert preview_withdrawal(workspace, RequestWithdrawal(account, "10", Channel.MONEYGRAM, "", DAY)).refusal is None
    bad = preview_withdrawal(workspace, RequestWithdrawal(account, "10", Channel.MONEYGRAM, "lots", DAY))
    assert bad.figures is None and bad.refusal == 'the transfer fee: "lots": no number in it'
    made = request_withdrawal(workspace, RequestWithdrawal(account, "10", Channel.MONEYGRAM, " ", DAY))
    assert len(made.entry_ids) == 1  # no fee entry


def test_closing_a_withdrawal_refused_gives_its_fee_back(workspace: Workspace) -> None:
    account = _funded(workspace, "100")
    made = request_withdrawal(workspace, RequestWithdrawal(account, "30", Channel.WESTERN_UNION, "10", DAY))
    closed = close_withdrawal(workspace, CloseWithdrawal(made.entry_id, WithdrawalStatus.REFUSED, date(2026, 11, 3)))
    assert closed.changed == frozenset({Record.ACCOUNT}) and closed.account_id == account
    assert closed.entry_id == made.entry_id and len(closed.entry_ids) == 2
    assert closed.message == (
        f"Withdrawal {made.entry_id} of {NAME} marked refused; its transfer fee 10.00 CNY came back."
    )
    assert _entries(workspace)[-1] == (LedgerKind.ADJUSTMENT_IN, 1_000, "CNY")
    with pytest.raises(DeskError, match=r"^no ledger entry 999$"):
        close_withdrawal(workspace, CloseWithdrawal(999, WithdrawalStatus.DONE, DAY))
    with pytest.raises(DeskError, match="already refused"):
        close_withdrawal(workspace, CloseWithdrawal(made.entry_id, WithdrawalStatus.DONE, DAY))


def test_the_withdrawal_account_is_sealed_and_never_in_the_request_or_result(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, MemoryKeyring())
    account = open_account(workspace, OpenAccount(NAME, "CNY")).account_id
    secret = "NL91 ABNA 0417 1643 00"
    request = SetWithdrawalAccount(account, secret)
    stored = set_withdrawal_account(workspace, request)
    assert stored.shown == "•••• 4300" and stored.changed == frozenset({Record.ACCOUNT})
    assert stored.message == f"Stored the withdrawal account of {NAME}, sealed: •••• 4300."
    for said in (repr(request), repr(stored), stored.message):
        assert "0417" not in said and "ABNA" not in said
    with workspace.read() as s:
        row = s.get(MemberAccount, account)
        assert row is not None and get_sealed(s, row, "withdrawal_account") == secret
        assert row.withdrawal_account_sealed is not None and "ABNA" not in row.withdrawal_account_sealed
    cleared = set_withdrawal_account(workspace, SetWithdrawalAccount(NAME, " "))
    assert cleared.shown is None and cleared.message == f"Cleared the withdrawal account of {NAME}."
    with pytest.raises(DeskError, match=r"^no member account 999$"):
        set_withdrawal_account(workspace, SetWithdrawalAccount(999, secret))
