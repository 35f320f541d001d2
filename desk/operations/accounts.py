"""Member accounts at a purchase agent (seed 000): opening one, writing its ledger (funds added, order payments,
cost returns, withdrawal requests and their end) and sealing where its withdrawals go. `desk account …` and the
Accounts page (Withdraw…, Add Funds…, Mark Withdrawal Done/Refused…) call these.

    result = add_funds(ws, AddFunds("Superbuy/reseller_eu_01", "1 500,00", Channel.CREDIT_CARD, date(2026, 9, 1)))

An account is given by its id (the window) or by its name as typed (`PROVIDER/NAME`, or NAME when no other
provider has one of that name). Amounts are the text as typed: in the account's currency unless they name
another (`200 USD`), read here, where the account is known. The rules are the domain's (`desk.accounts`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desk.accounts import ledger, withdrawals
from desk.accounts.balance import WAYS_OUT, Withdrawable, label, withdrawable
from desk.accounts.cost_returns import CostReturnReason
from desk.accounts.ledger import get_account
from desk.calendar import check_likely
from desk.common import Dated, formatted
from desk.common import words as word_of
from desk.disputes.lifecycle import get_dispute
from desk.errors import DeskError
from desk.language import words
from desk.models import Channel, LedgerEntry, MemberAccount, WithdrawalStatus
from desk.money import Money
from desk.operations import Record, Result, changed
from desk.operations.typed import typed_money
from desk.orders.lookup import find_order
from desk.sealing import masked, set_sealed
from desk.workspace import Workspace

AccountRef = int | str  # an account's id, or its name as typed


@dataclass(frozen=True)
class OpenAccount:
    name: str  # PROVIDER/NAME: the agent or platform and our member name there
    currency: str  # the currency its balance is kept in
    notes: str | None = None


@dataclass(frozen=True)
class AddFunds:
    account: AccountRef
    amount: str
    channel: Channel
    on: date
    note: str | None = None
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class PayOrderFromAccount:
    account: AccountRef
    order: str  # PLATFORM:ORDER_NO
    on: date
    amount: str | None = None  # what was paid; the order's total when None
    note: str | None = None
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class ReturnCost:
    account: AccountRef
    amount: str
    reason: CostReturnReason
    on: date
    order: str | None = None  # PLATFORM:ORDER_NO; or name the dispute (the claim it settles), or both
    dispute: int | None = None
    note: str | None = None
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class RequestWithdrawal:
    account: AccountRef
    amount: str  # what is sent
    channel: Channel
    fee: str  # the transfer fee, taken from the balance too; blank is none
    on: date
    note: str | None = None
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class CloseWithdrawal:
    entry_id: int  # the withdrawal's ledger entry
    status: WithdrawalStatus  # done, refused or cancelled
    on: date
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking


@dataclass(frozen=True)
class SetWithdrawalAccount:
    account: AccountRef
    value: str = field(repr=False)  # where withdrawals go: stored sealed, never shown, logged or returned


@dataclass(frozen=True, kw_only=True)
class AccountOpened(Result):
    account_id: int
    account: str  # PROVIDER/NAME
    currency: str


@dataclass(frozen=True, kw_only=True)
class LedgerWritten(Result):
    """The entries written, the main one first: a withdrawal then its fee; a closed withdrawal then its fee
    given back."""

    account_id: int
    account: str  # PROVIDER/NAME
    entry_ids: tuple[int, ...]

    @property
    def entry_id(self) -> int:
        return self.entry_ids[0]


@dataclass(frozen=True, kw_only=True)
class WithdrawalAccountSet(Result):
    account_id: int
    account: str
    shown: str | None  # masked: only its last characters (desk.sealing.mask); None when cleared


@dataclass(frozen=True)
class WithdrawalPreview:
    """What a withdrawal request as typed would meet: what may be withdrawn with its fee (None when that cannot
    be worked out, e.g. the fee does not read as an amount) and why it would be refused (None: accepted)."""

    figures: Withdrawable | None
    refusal: str | None


def open_account(ws: Workspace, request: OpenAccount) -> AccountOpened:
    with ws.write() as session:
        account = ledger.open_account(session, request.name, request.currency, request.notes)
        name = label(account)
        return AccountOpened(
            changed=changed(Record.ACCOUNT),
            message=words.tr("Opened member account {0} (account {1}) in {2}.").format(
                name, account.id, account.currency
            ),
            account_id=account.id,
            account=name,
            currency=account.currency,
        )


def add_funds(ws: Workspace, request: AddFunds) -> LedgerWritten:
    check_likely([(words.tr("the day the funds were added"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        account = get_account(session, request.account)
        amount = typed_money(request.amount, account.currency, words.tr("the funds added"))
        entry = ledger.add_funds(session, account, amount, request.channel, request.on, request.note)
        said = formatted(words.tr("Added {0} to {1} by {2}."), amount, label(account), word_of(request.channel))
        return _written(account, [entry], said)


def pay_order_from_account(ws: Workspace, request: PayOrderFromAccount) -> LedgerWritten:
    check_likely([(words.tr("the day of the payment"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        account = get_account(session, request.account)
        order = find_order(session, request.order)
        amount = (
            None if request.amount is None else typed_money(request.amount, account.currency, words.tr("the payment"))
        )
        entry = ledger.pay_order(session, account, order, request.on, amount, request.note)
        paid = Money(entry.amount_minor, entry.currency)
        said = formatted(words.tr("Paid {0} for {1} from {2}."), paid, order.key, label(account))
        return _written(account, [entry], said, Record.ORDER)


def return_cost(ws: Workspace, request: ReturnCost) -> LedgerWritten:
    check_likely([(words.tr("the day the cost came back"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        account = get_account(session, request.account)
        order = None if request.order is None else find_order(session, request.order)
        dispute = None if request.dispute is None else get_dispute(session, request.dispute)
        amount = typed_money(request.amount, account.currency, words.tr("the cost returned"))
        entry = ledger.return_cost(
            session, account, amount, request.reason, request.on, order=order, dispute=dispute, note=request.note
        )
        said = (
            formatted(words.tr("{0} came back to {1} from {2}."), amount, label(account), entry.order.key)
            if entry.order is not None
            else formatted(words.tr("{0} came back to {1} from its order."), amount, label(account))
        )
        return _written(account, [entry], said)


def request_withdrawal(ws: Workspace, request: RequestWithdrawal) -> LedgerWritten:
    """The request and its transfer fee, both taken from the balance; refused (nothing written) as
    `preview_withdrawal` says it would be."""
    check_likely([(words.tr("the day of the withdrawal request"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        account = get_account(session, request.account)
        amount, fee = _withdrawal_amounts(account, request)
        entry, charge = withdrawals.withdraw(session, account, amount, request.channel, fee, request.on, request.note)
        way = words.tr(WAYS_OUT[request.channel])  # marked where it is defined (desk.accounts.balance)
        said = (
            formatted(
                words.tr("Requested a withdrawal of {0} {1} from {2}, and its transfer fee {3}."),
                amount,
                way,
                label(account),
                fee,
            )
            if charge is not None
            else formatted(words.tr("Requested a withdrawal of {0} {1} from {2}."), amount, way, label(account))
        )
        return _written(account, [entry] if charge is None else [entry, charge], said)


def preview_withdrawal(ws: Workspace, request: RequestWithdrawal) -> WithdrawalPreview:
    """Reads only: the check `request_withdrawal` makes (`check_withdrawal`), for a form to ask as the user
    types."""
    with ws.read() as session:
        account = get_account(session, request.account)
        try:
            fee = typed_money(request.fee.strip() or "0", account.currency, words.tr("the transfer fee"))
            usable = fee.currency == account.currency and fee.minor >= 0
            figures: Withdrawable | None = withdrawable(session, account, request.on, fee if usable else None)
        except DeskError:  # the fee is not an amount yet, or a rate is missing: the refusal below says which
            figures = None
        try:
            amount, fee = _withdrawal_amounts(account, request)
            withdrawals.check_withdrawal(session, account, amount, request.channel, fee, request.on)
        except DeskError as error:
            return WithdrawalPreview(figures, str(error))
        return WithdrawalPreview(figures, None)


def close_withdrawal(ws: Workspace, request: CloseWithdrawal) -> LedgerWritten:
    """Done, refused or cancelled; a refused or cancelled one stops counting and its fee comes back."""
    check_likely([(words.tr("the day the withdrawal ended"), request.on)], confirmed=request.confirm_dates)
    with ws.write() as session:
        entry, back = withdrawals.close_withdrawal(session, request.entry_id, request.status, request.on)
        status = word_of(request.status).lower()
        said = (
            formatted(
                words.tr("Withdrawal {0} of {1} marked {2}; its transfer fee {3} came back."),
                str(entry.id),
                label(entry.account),
                status,
                back.signed,
            )
            if back is not None
            else formatted(
                words.tr("Withdrawal {0} of {1} marked {2}."), str(entry.id), label(entry.account), status
            )
        )
        return _written(entry.account, [entry] if back is None else [entry, back], said)


def set_withdrawal_account(ws: Workspace, request: SetWithdrawalAccount) -> WithdrawalAccountSet:
    """Store where the account's withdrawals go, sealed (desk.sealing); blank clears it. Only its masked form
    comes back."""
    with ws.write() as session:
        account = get_account(session, request.account)
        set_sealed(session, account, "withdrawal_account", request.value)
        shown = masked(session, account, "withdrawal_account")
        name = label(account)
        return WithdrawalAccountSet(
            changed=changed(Record.ACCOUNT),
            message=words.tr("Stored the withdrawal account of {0}, sealed: {1}.").format(name, shown)
            if shown
            else words.tr("Cleared the withdrawal account of {0}.").format(name),
            account_id=account.id,
            account=name,
            shown=shown,
        )


def _withdrawal_amounts(account: MemberAccount, request: RequestWithdrawal) -> tuple[Money, Money]:
    amount = typed_money(request.amount, account.currency, words.tr("the amount to withdraw"))
    fee = typed_money(request.fee.strip() or "0", account.currency, words.tr("the transfer fee"))
    return amount, fee


def _written(account: MemberAccount, entries: list[LedgerEntry], said: Dated, *also: Record) -> LedgerWritten:
    return LedgerWritten(
        changed=changed(Record.ACCOUNT, *also),
        dated=said,
        account_id=account.id,
        account=label(account),
        entry_ids=tuple(e.id for e in entries),
    )
