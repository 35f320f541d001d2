"""A member account's balance is the sum of its entries (seed 000), the same in Python and in the list's SQL."""

from __future__ import annotations

from datetime import date

from desk.listing import fetch_page
from desk.lists import ACCOUNTS
from desk.models import Channel, LedgerEntry, LedgerKind, MemberAccount, WithdrawalStatus
from desk.money import Money
from desk.workspace import Workspace


def _entry(kind: LedgerKind, minor: int, **kw: object) -> LedgerEntry:
    return LedgerEntry(kind=kind, amount_minor=minor, currency="CNY", on_date=date(2026, 11, 2), **kw)


def test_balance_counts_credits_debits_and_only_live_withdrawals(workspace: Workspace) -> None:
    with workspace.write() as s:
        account = MemberAccount(provider="Superbuy", name="reseller_eu_01", currency="CNY")
        account.entries += [
            _entry(LedgerKind.FUNDS_ADDED, 150_000, channel=Channel.CREDIT_CARD),
            _entry(LedgerKind.ORDER_PAYMENT, 33_200),
            _entry(LedgerKind.COST_RETURN, 2_904),
            _entry(LedgerKind.WITHDRAWAL, 50_000, channel=Channel.CREDIT_CARD, withdrawal_status=WithdrawalStatus.DONE),
            _entry(LedgerKind.WITHDRAWAL_FEE, 1_500),
            # Refused: the money never left, so it does not count.
            _entry(
                LedgerKind.WITHDRAWAL, 20_000, channel=Channel.WESTERN_UNION, withdrawal_status=WithdrawalStatus.REFUSED
            ),
        ]
        s.add(account)
    expected = Money(150_000 - 33_200 + 2_904 - 50_000 - 1_500, "CNY")
    with workspace.read() as s:
        loaded = s.get(MemberAccount, account.id)
        assert loaded is not None
        assert loaded.balance() == expected
        listed = fetch_page(s, ACCOUNTS)
    assert [row["balance"] for row in listed] == [expected]
    assert listed[0]["entries"] == 6
