"""Member accounts (seed 000_e5fcfd6b7758ae63.txt): the balance is the sum of the entries (the same in Python and
in the list's SQL), cost returns by reason and order status, withdrawals with their fee and the way out following
the way in, amounts in other currencies at the rate of their day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from factories import dispute, order
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.accounts.balance import balance, history, in_account_currency, label, withdrawable
from desk.accounts.cost_returns import CostReturnReason
from desk.accounts.ledger import add_funds, entries_for_case, find_account, open_account, pay_order, return_cost
from desk.accounts.withdrawals import close_withdrawal, withdraw
from desk.errors import DeskError
from desk.lists.listing import fetch_page
from desk.lists.specs import ACCOUNTS
from desk.models import (
    Channel,
    Dispute,
    ExchangeRate,
    LedgerEntry,
    LedgerKind,
    MemberAccount,
    Order,
    OrderStatus,
    WithdrawalStatus,
)
from desk.money import Money
from desk.overview.deadlines import deadlines_for
from desk.overview.summary import summarize
from desk.policies import load_policies
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


# ---- the ledger as written by accounts.ledger and accounts.withdrawals (seed 000_e5fcfd6b7758ae63.txt) ---------

DAY = date(2026, 9, 1)
CARD, WU = Channel.CREDIT_CARD, Channel.WESTERN_UNION


def bought(s: Session, **kw: object) -> Order:
    """An order placed on DAY unless told."""
    return order(s, placed_on=kw.pop("placed_on", DAY), **kw)  # type: ignore[arg-type]


def cny(text: str) -> Money:
    return Money.of(text, "CNY")


def opened(ws: Workspace, *funds: tuple[str, Channel], name: str = "Superbuy/reseller_eu_01") -> int:
    """An account in CNY with funds added on DAY, one entry per (amount, channel)."""
    with ws.write() as s:
        account = open_account(s, name, "CNY")
        for amount, channel in funds:
            add_funds(s, account, cny(amount), channel, DAY)
        return account.id


def entries(ws: Workspace, account_id: int) -> list[tuple[LedgerKind, int, WithdrawalStatus | None]]:
    with ws.read() as s:
        rows = s.scalars(select(LedgerEntry).where(LedgerEntry.account_id == account_id).order_by(LedgerEntry.id))
        return [(e.kind, e.amount_minor, e.withdrawal_status) for e in rows]


def refused(ws: Workspace, account_id: int, write: Callable[[Session, MemberAccount], object]) -> str:
    """The error of a write that must be refused, after checking it left the ledger as it was."""
    before = entries(ws, account_id)
    with pytest.raises(DeskError) as error, ws.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        write(s, account)
    assert entries(ws, account_id) == before
    return str(error.value)


def test_an_account_is_named_provider_slash_name_or_by_a_unique_name(workspace: Workspace) -> None:
    first = opened(workspace)
    with workspace.write() as s:
        assert find_account(s, "reseller_eu_01").id == first
        assert find_account(s, "superbuy/RESELLER_EU_01").id == first  # people do not type the case they read
        other = open_account(s, "Yoybuy/reseller_eu_01", "cny")
        assert (other.currency, label(other)) == ("CNY", "Yoybuy/reseller_eu_01")
        assert find_account(s, "Yoybuy/reseller_eu_01").id == other.id
        with pytest.raises(DeskError, match=r"more than one member account \(Superbuy/reseller_eu_01, Yoybuy/"):
            find_account(s, "reseller_eu_01")
        with pytest.raises(DeskError, match="no member account 'nobody'; accounts: Superbuy/reseller_eu_01, Yoybuy"):
            find_account(s, "nobody")
        with pytest.raises(DeskError, match=r"already a member account Superbuy/reseller_eu_01 \(account \d+\)"):
            open_account(s, "SUPERBUY/reseller_eu_01", "CNY")
        with pytest.raises(DeskError, match="name the account as PROVIDER/NAME"):
            open_account(s, "reseller_eu_02", "CNY")
        with pytest.raises(DeskError, match="'RMB' is not a currency in use"):
            open_account(s, "Superbuy/reseller_eu_02", "RMB")


def test_seed_000_the_balance_is_the_sum_of_credits_less_debits(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1500.00", CARD), ("3000.00", WU))
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        o = bought(s, lines=(("手机支架", 50, 380),), shipping_minor=1200)
        pay_order(s, account, o, date(2026, 9, 2))  # the order's total: 202.00
        o.status = OrderStatus.CANCELLED
        return_cost(s, account, cny("52.00"), CostReturnReason.PENDING_CANCELLED, date(2026, 9, 3), order=o)
        assert balance(s, account) == cny("4350.00") == account.balance()
        assert balance(s, account, date(2026, 9, 2)) == cny("4298.00")
        assert o.agent_account is account  # paid from the account: the order goes through it
        rows = history(s, account)
    assert [r.balance for r in rows] == [cny("1500.00"), cny("4500.00"), cny("4298.00"), cny("4350.00")]
    assert rows[3].entry.note == "Order cancelled while pending"


def test_entries_in_another_currency_count_at_the_rate_of_their_day(workspace: Workspace) -> None:
    account_id = opened(workspace)
    with workspace.write() as s:
        s.add_all([
            ExchangeRate(on_date=date(2026, 8, 25), base="USD", quote="CNY", rate=Decimal("7.1980")),
            ExchangeRate(on_date=date(2026, 9, 20), base="USD", quote="CNY", rate=Decimal("7.1835")),
            ExchangeRate(on_date=date(2026, 8, 25), base="EUR", quote="CNY", rate=Decimal("8.0213")),
        ])  # fmt: skip
        account = s.get(MemberAccount, account_id)
        assert account is not None
        add_funds(s, account, Money.of("200", "USD"), WU, date(2026, 9, 2))  # 7.1980, not the later 7.1835
        add_funds(s, account, Money.of("100.01", "EUR"), WU, date(2026, 9, 2))  # 802.210213: half-even to fen
        assert balance(s, account) == cny("1439.60") + cny("802.21")
        # The Dashboard shows the converted balance; the Accounts list, whose SQL applies no rates, shows none
        # rather than a sum that leaves the USD and EUR out.
        assert dict(summarize(s).account_balances)[f"{account.provider} · {account.name}"] == balance(s, account)
        [listed] = fetch_page(s, ACCOUNTS)
        assert listed["balance"] is None
        # A cross rate through CNY: 100.00 USD on Sep 25 is 7.1835 / 8.0213 EUR each.
        eur = in_account_currency(s, MemberAccount(currency="EUR"), Money.of("100", "USD"), date(2026, 9, 25), "x")
        assert eur == Money.of("89.56", "EUR")


def test_a_missing_rate_is_an_error_naming_currencies_and_date_never_zero(workspace: Workspace) -> None:
    account_id = opened(workspace, ("100.00", CARD))
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        add_funds(s, account, Money.of("50", "USD"), WU, date(2026, 9, 2))  # a credit needs no rate to be written
        with pytest.raises(DeskError, match=r"no exchange rate USD→CNY on or before 2026-09-02 to convert ledger"):
            balance(s, account)
        rows = history(s, account)
        with pytest.raises(DeskError, match="USD→CNY on or before 2026-09-02"):  # a debit must know the balance
            withdraw(s, account, cny("10"), CARD, cny("0"), date(2026, 9, 3))
    assert [r.balance for r in rows] == [cny("100.00"), None]
    assert rows[1].converted is None and rows[1].problem is not None and "USD→CNY" in rows[1].problem


def test_seed_000_the_balance_never_goes_below_zero_like_a_debit_account(workspace: Workspace) -> None:
    account_id = opened(workspace, ("100.00", WU))
    with workspace.write() as s:
        row = bought(s, lines=(("LED strip", 1, 15000),))
        s.flush()
        o = row.id
    message = refused(workspace, account_id, lambda s, a: pay_order(s, a, s.get(Order, o), date(2026, 9, 2)))
    assert message.startswith("the balance of Superbuy/reseller_eu_01 would fall to -50.00 CNY on 2026-09-02")
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        pay_order(s, account, s.get(Order, o), DAY, cny("100.00"))  # down to zero is fine
        add_funds(s, account, cny("30.00"), WU, date(2026, 9, 3))
        # Backdated before any funds: the balance would be negative on that day, whatever came later.
        with pytest.raises(DeskError, match=r"would fall to -20\.00 CNY on 2026-08-31"):
            pay_order(s, account, bought(s, placed_on=date(2026, 8, 1)), date(2026, 8, 31), cny("20.00"))


def test_an_order_is_paid_through_one_account(workspace: Workspace) -> None:
    first = opened(workspace, ("500.00", WU))
    second = opened(workspace, ("500.00", WU), name="Yoybuy/kiwi")
    with workspace.write() as s:
        o = bought(s, placed_on=date(2026, 9, 5))
        account = s.get(MemberAccount, first)
        assert account is not None
        with pytest.raises(DeskError, match=r"a payment on 2026-09-01 is before aliexpress:\d+ was placed"):
            pay_order(s, account, o, DAY)
        pay_order(s, account, o, date(2026, 9, 6))
        key = o.key
    message = refused(workspace, second, lambda s, a: pay_order(s, a, s.get(Order, o.id), date(2026, 9, 7)))
    assert message == f"order {key} goes through Superbuy/reseller_eu_01, not Yoybuy/kiwi"


RETURNABLE = {  # seed 000's Refund Conditions: which order statuses allow a cost return for each reason
    CostReturnReason.PENDING_CANCELLED: {"placed", "paid", "cancelled", "closed"},
    CostReturnReason.INVALID: {"placed", "paid", "cancelled", "closed"},
    CostReturnReason.DAMAGED_RETURNED: {"shipped", "delivered", "completed", "closed"},
    CostReturnReason.WRONG_OR_DAMAGED_CLAIM: {"delivered", "completed"},
}


@pytest.mark.parametrize("reason", list(CostReturnReason))
def test_seed_000_a_cost_return_needs_an_order_status_its_reason_allows(
    workspace: Workspace, reason: CostReturnReason
) -> None:
    account_id = opened(workspace, ("1000.00", WU))
    allowed, refusals = set(), {}
    for status in OrderStatus:
        with workspace.write() as s:
            account = s.get(MemberAccount, account_id)
            assert account is not None
            o = bought(s, lines=(("女童连衣裙", 2, 3100),))
            claim = dispute(s, o.lines[0], 3100)
            pay_order(s, account, o, date(2026, 10, 2))
            o.status = status
            s.flush()
        try:
            with workspace.write() as s:
                account = s.get(MemberAccount, account_id)
                assert account is not None
                return_cost(s, account, cny("31.00"), reason, date(2026, 10, 3), dispute=s.get(Dispute, claim.id))
            allowed.add(status.value)
        except DeskError as error:
            refusals[status.value] = str(error)
    assert allowed == RETURNABLE[reason]
    message = refusals["placed" if "placed" not in allowed else "shipped"]
    assert message.endswith('("Refund & Withdraw Fund")') and " needs it " in message


def test_seed_000_a_claim_for_a_wrong_or_damaged_item_needs_its_dispute(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", WU))
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        o = bought(s, status=OrderStatus.DELIVERED)
        other = bought(s, status=OrderStatus.DELIVERED)
        pay_order(s, account, o, date(2026, 10, 2))
        claim, elsewhere = dispute(s, o.lines[0], 1000), dispute(s, other.lines[0], 1000)
        s.flush()
        ids = o.id, claim.id, elsewhere.id
    reason, on = CostReturnReason.WRONG_OR_DAMAGED_CLAIM, date(2026, 10, 9)

    def back(order_id: int | None, dispute_id: int | None) -> Callable[[Session, MemberAccount], LedgerEntry]:
        def write(s: Session, a: MemberAccount) -> LedgerEntry:
            o = s.get(Order, order_id) if order_id is not None else None
            d = s.get(Dispute, dispute_id) if dispute_id is not None else None
            return return_cost(s, a, cny("5.00"), reason, on, order=o, dispute=d)

        return write

    assert refused(workspace, account_id, back(ids[0], None)).startswith(
        "a cost return for a wrong or damaged (not fragile) item you received needs the claim it settles "
        '("Refund & Withdraw Fund")'
    )
    assert refused(workspace, account_id, back(ids[0], ids[2])).startswith(f"dispute {ids[2]} is about aliexpress:")
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        entry = back(None, ids[1])(s, account)
        assert entry.order_id == ids[0] and entry.dispute_id == ids[1]
        # The entry shows on its order and on its dispute (the case pages call this).
        assert entries_for_case(s, s.get(Order, ids[0])) == [e for e in account.entries if e.order_id == ids[0]]
        assert entries_for_case(s, s.get(Dispute, ids[1])) == [entry]
        assert entries_for_case(s, s.get(Dispute, ids[2])) == []


def test_seed_000_no_more_cost_comes_back_than_the_account_paid_for_the_order(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", WU))
    with workspace.write() as s:
        unpaid = bought(s, status=OrderStatus.CANCELLED)
        paid = bought(s, status=OrderStatus.CANCELLED)
        account = s.get(MemberAccount, account_id)
        assert account is not None
        pay_order(s, account, paid, date(2026, 10, 2), cny("25.00"))
        return_cost(s, account, cny("20.00"), CostReturnReason.INVALID, date(2026, 10, 3), order=paid)
        ids = unpaid.id, paid.id
    reason, on = CostReturnReason.PENDING_CANCELLED, date(2026, 10, 4)

    def back(amount: str, order_id: int) -> Callable[[Session, MemberAccount], LedgerEntry]:
        return lambda s, a: return_cost(s, a, cny(amount), reason, on, order=s.get(Order, order_id))

    none = refused(workspace, account_id, back("1.00", ids[0]))
    assert none.startswith("Superbuy/reseller_eu_01 has no payment for aliexpress:")
    more = refused(workspace, account_id, back("5.01", ids[1]))
    assert more.endswith("Superbuy/reseller_eu_01 paid 25.00 CNY for it and 20.00 CNY came back already")


def test_seed_000_a_withdrawal_takes_its_fee_from_the_balance(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", WU))
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        entry, fee = withdraw(s, account, cny("600.00"), WU, cny("30.00"), date(2026, 9, 30), "to Tallinn")
        assert fee is not None and fee.note == f"transfer fee of withdrawal {entry.id}"
        assert balance(s, account) == cny("370.00")
        # Fee 0: nothing to record.
        assert withdraw(s, account, cny("100.00"), Channel.MONEYGRAM, cny("0"), date(2026, 9, 30))[1] is None
    assert entries(workspace, account_id)[1:] == [
        (LedgerKind.WITHDRAWAL, 60_000, WithdrawalStatus.REQUESTED),
        (LedgerKind.WITHDRAWAL_FEE, 3_000, None),
        (LedgerKind.WITHDRAWAL, 10_000, WithdrawalStatus.REQUESTED),
    ]


def test_seed_000_a_fee_larger_than_the_balance_or_not_leaving_room_for_the_amount_is_refused(
    workspace: Workspace,
) -> None:
    account_id = opened(workspace, ("100.00", WU))
    on = date(2026, 9, 30)

    def out(amount: str, fee: str) -> str:
        return refused(workspace, account_id, lambda s, a: withdraw(s, a, cny(amount), WU, cny(fee), on))

    assert out("1.00", "100.01") == (
        "the transfer fee 100.01 CNY is larger than the balance 100.00 CNY on 2026-09-30: the agent does not "
        'transfer then, as it would be senseless ("Refund & Withdraw Fund")'
    )
    # The fee is taken from the balance too: what is sent plus the fee must fit (seed 000).
    assert out("80.01", "20.00") == (
        "80.01 CNY plus the transfer fee 20.00 CNY is more than the balance 100.00 CNY on 2026-09-30: at most "
        '80.00 CNY can be withdrawn with this fee, as the fee is taken from the balance too ("Refund & Withdraw Fund")'
    )
    assert "nothing would be left" in out("0.01", "100.00")
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        withdraw(s, account, cny("80.00"), WU, cny("20.00"), on)  # exactly the balance
        assert balance(s, account).is_zero


def test_seed_000_a_withdrawal_goes_by_credit_card_western_union_or_moneygram_in_the_accounts_currency(
    workspace: Workspace,
) -> None:
    account_id = opened(workspace, ("100.00", Channel.BANK_TRANSFER))
    on = date(2026, 9, 30)
    for channel in (Channel.BANK_TRANSFER, Channel.PAYPAL, Channel.ALIPAY, Channel.OTHER):
        message = refused(workspace, account_id, lambda s, a, c=channel: withdraw(s, a, cny("1"), c, cny("0"), on))
        assert message.startswith(f"the agent does not send withdrawals by {channel.label}: only to a credit card")
    usd = refused(workspace, account_id, lambda s, a: withdraw(s, a, Money.of("1", "USD"), WU, cny("0"), on))
    assert usd == "the amount to withdraw leaves the balance in CNY, the account's currency: not 1.00 USD"
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        withdraw(s, account, cny("50"), Channel.MONEYGRAM, cny("1"), on)  # a bank transfer's money may go by MoneyGram


def test_seed_000_money_added_by_credit_card_goes_back_only_to_a_credit_card(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", CARD))
    on = date(2026, 9, 30)
    message = refused(workspace, account_id, lambda s, a: withdraw(s, a, cny("100"), WU, cny("10"), on))
    assert message == (
        "100.00 CNY by Western Union or MoneyGram is refused: money added by credit card may only be withdrawn to a "
        'credit card and money added any other way only by Western Union or MoneyGram ("Refund & Withdraw Fund"), '
        "so after the fee "
        "up to 990.00 CNY to a credit card and up to 0.00 CNY by Western Union or MoneyGram can be withdrawn on "
        "2026-09-30"
    )
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        withdraw(s, account, cny("990"), CARD, cny("10"), on)


def test_seed_000_with_mixed_funding_each_way_out_is_capped_by_what_came_in_that_way(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", CARD), ("300.00", WU), ("200.00", Channel.MONEYGRAM))
    on = date(2026, 9, 30)
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        pay_order(s, account, bought(s), on, cny("700.00"))  # an order payment does not say whose money it spent
        figures = withdrawable(s, account, on, cny("10.00"))
        assert (figures.balance, figures.card, figures.transfer) == (cny("800"), cny("790"), cny("500"))
        withdraw(s, account, cny("450.00"), Channel.MONEYGRAM, cny("10.00"), on)
        figures = withdrawable(s, account, on)
        assert (figures.balance, figures.card, figures.transfer) == (cny("340"), cny("340"), cny("50"))
    message = refused(workspace, account_id, lambda s, a: withdraw(s, a, cny("60"), WU, cny("5"), on))
    assert message.endswith("up to 335.00 CNY to a credit card and up to 50.00 CNY by Western Union or MoneyGram "
                            "can be withdrawn on 2026-09-30")  # fmt: skip
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        withdraw(s, account, cny("300.00"), CARD, cny("5.00"), on)
        assert withdrawable(s, account, on).card == cny("35.00")  # also the balance


def test_seed_000_a_refused_withdrawal_no_longer_counts_and_its_fee_comes_back(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", WU))
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        first, _ = withdraw(s, account, cny("600.00"), WU, cny("30.00"), date(2026, 9, 30))
        second, _ = withdraw(s, account, cny("100.00"), WU, cny("0"), date(2026, 9, 30))
        ids = first.id, second.id
    with workspace.write() as s:
        entry, back = close_withdrawal(s, ids[0], WithdrawalStatus.REFUSED, date(2026, 10, 9))
        assert (entry.withdrawal_status, entry.done_on) == (WithdrawalStatus.REFUSED, date(2026, 10, 9))
        assert back is not None and back.kind is LedgerKind.ADJUSTMENT_IN and back.amount_minor == 3_000
        assert back.note == f"fee of withdrawal {ids[0]} returned: the withdrawal was refused"
        assert balance(s, entry.account) == cny("900.00")  # as if only the second had been asked
        assert withdrawable(s, entry.account).transfer == cny("900.00")  # the way out is free again
        _, none = close_withdrawal(s, ids[1], WithdrawalStatus.DONE, date(2026, 10, 9))
        assert none is None
        with pytest.raises(DeskError, match=f"withdrawal {ids[0]} is already refused on 2026-10-09"):
            close_withdrawal(s, ids[0], WithdrawalStatus.DONE, date(2026, 10, 9))
        with pytest.raises(DeskError, match=f"ledger entry {ids[0] + 1} is a withdrawal fee, not a withdrawal"):
            close_withdrawal(s, ids[0] + 1, WithdrawalStatus.DONE, date(2026, 10, 9))
        with pytest.raises(DeskError, match="no ledger entry 999"):
            close_withdrawal(s, 999, WithdrawalStatus.DONE, date(2026, 10, 9))


def test_seed_000_a_withdrawal_is_due_within_3_working_days_until_it_is_closed(workspace: Workspace) -> None:
    account_id = opened(workspace, ("1000.00", WU))
    with workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        entry, _ = withdraw(s, account, cny("100"), WU, cny("5"), date(2026, 9, 30))
        entry_id = entry.id
    with workspace.read() as s:
        (due,) = [d for d in deadlines_for(s, load_policies(s), date(2026, 10, 12)) if d.kind == "withdrawal"]
    # Oct 1–7 is China's National Day holiday; Oct 8, 9 and the make-up Saturday Oct 10 are the 3 working days.
    assert (due.case, due.due, due.state) == (f"ledger_entry:{entry_id}", date(2026, 10, 10), "overdue")
    with workspace.write() as s:
        with pytest.raises(DeskError, match="requested on 2026-09-30; it cannot end on 2026-09-29 before that"):
            close_withdrawal(s, entry_id, WithdrawalStatus.DONE, date(2026, 9, 29))
        close_withdrawal(s, entry_id, WithdrawalStatus.DONE, date(2026, 10, 12))
    with workspace.read() as s:
        assert [d for d in deadlines_for(s, load_policies(s), date(2026, 10, 12)) if d.kind == "withdrawal"] == []
