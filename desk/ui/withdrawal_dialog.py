"""Requesting a withdrawal from a member account (seed 000), and adding funds to one.

As the user types, the withdrawal dialog asks the core (`accounts.withdrawals.check_withdrawal`, the check `withdraw`
and `desk account withdraw` run) whether the request would be refused, shows why in the core's words, and keeps OK
disabled until it would be accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from desk.accounts.balance import WAYS_OUT, label, withdrawable
from desk.accounts.ledger import add_funds
from desk.accounts.withdrawals import check_withdrawal, close_withdrawal, withdraw
from desk.errors import DeskError
from desk.models import Channel, LedgerEntry, MemberAccount, WithdrawalStatus
from desk.money import Money, parse_money
from desk.ui.dispute_dialogs import CaseDialog, date_edit, to_date
from desk.workspace import Workspace

REFUSED_STYLE = "color: #b3261e;"
ACCEPTED_STYLE = "color: #1b6e2d;"


class AccountDialog(CaseDialog):
    """A form on one member account: its name and balance on top."""

    def __init__(self, title: str, workspace: Workspace, account_id: int, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.workspace = workspace
        self.account_id = account_id
        with workspace.read() as session:
            account = self._account(session)
            self.currency = account.currency
            heading = label(account)
        self.form.addRow(self.tr("Account"), QLabel(heading))

    def _account(self, session: Session) -> MemberAccount:
        account = session.get(MemberAccount, self.account_id)
        if account is None:
            raise DeskError(f"no member account {self.account_id}")
        return account


class WithdrawalDialog(AccountDialog):
    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request a withdrawal"), workspace, account_id, parent)
        self.entry_id: int | None = None
        self.available = QLabel()
        self.available.setObjectName("countLabel")
        self.available.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("what is sent, in {0}").format(self.currency))
        self.channel = QComboBox()
        for channel in WAYS_OUT:  # the only ways the agent sends withdrawals (seed 000)
            self.channel.addItem(channel.label, channel.value)
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("the transfer fee, 0 if none"))
        self.on = date_edit(date.today())
        self.note = QLineEdit()
        self.verdict = QLabel()
        self.verdict.setObjectName("verdictLabel")
        self.verdict.setWordWrap(True)
        self.form.addRow("", self.available)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Transfer fee"), self.fee)
        self.form.addRow(self.tr("Requested on"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow("", self.verdict)
        self.amount.textChanged.connect(self.explain)
        self.fee.textChanged.connect(self.explain)
        self.channel.currentIndexChanged.connect(self.explain)
        self.on.dateChanged.connect(self.explain)
        self.explain()

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _request(self) -> tuple[Money, Channel, Money, date]:
        amount = parse_money(self.amount.text().strip(), self.currency)
        fee_text = self.fee.text().strip() or "0"
        fee = parse_money(fee_text, self.currency)
        return amount, Channel(self.channel.currentData()), fee, to_date(self.on.date())

    def refusal(self) -> str | None:
        """Why the request as typed would be refused, in the core's words; None when it would be accepted."""
        try:
            amount, channel, fee, on = self._request()
            with self.workspace.read() as session:
                check_withdrawal(session, self._account(session), amount, channel, fee, on)
        except (DeskError, ValueError) as error:  # ValueError: a currency the form cannot mix
            return str(error)
        return None

    def explain(self) -> None:
        """Show what may be withdrawn with this fee, and whether the request would be refused and why."""
        fee_text = self.fee.text().strip() or "0"
        on = to_date(self.on.date())
        try:
            fee = parse_money(fee_text, self.currency)
            with self.workspace.read() as session:
                figures = withdrawable(session, self._account(session), on, fee if fee.minor >= 0 else None)
            self.available.setText(
                self.tr("Balance on {0}: {1}. May be withdrawn after the fee: {2}.").format(
                    on.isoformat(), figures.balance, figures.describe()
                )
            )
        except (DeskError, ValueError):
            self.available.setText("")
        if not self.amount.text().strip():
            self.verdict.setStyleSheet("")
            self.verdict.setText(self.tr("Enter the amount to withdraw."))
            self.ok_button.setEnabled(False)
            return
        why = self.refusal()
        self.ok_button.setEnabled(why is None)
        if why is None:
            self.verdict.setStyleSheet(ACCEPTED_STYLE)
            self.verdict.setText(self.tr("The agent would accept this request."))
        else:
            self.verdict.setStyleSheet(REFUSED_STYLE)
            self.verdict.setText(self.tr("The agent would refuse this request:\n{0}").format(why))

    def save(self) -> None:
        amount, channel, fee, on = self._request()
        with self.workspace.write() as session:
            entry, _charge = withdraw(
                session, self._account(session), amount, channel, fee, on, self.note.text().strip() or None
            )
            self.entry_id = entry.id


class AddFundsDialog(AccountDialog):
    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add funds"), workspace, account_id, parent)
        self.entry_id: int | None = None
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("in {0}, or name another currency (200 USD)").format(self.currency))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel.label, channel.value)
        self.on = date_edit(date.today())
        self.note = QLineEdit()
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Added on"), self.on)
        self.form.addRow(self.tr("Note"), self.note)

    def save(self) -> None:
        amount = parse_money(self.amount.text().strip(), self.currency)
        channel, on = Channel(self.channel.currentData()), to_date(self.on.date())
        with self.workspace.write() as session:
            entry = add_funds(session, self._account(session), amount, channel, on, self.note.text().strip() or None)
            self.entry_id = entry.id


class CloseWithdrawalDialog(CaseDialog):
    """Mark a requested withdrawal done, refused or cancelled (`desk account withdrawal ENTRY_ID STATUS`)."""

    def __init__(self, workspace: Workspace, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark a withdrawal"), parent)
        self.workspace = workspace
        self.entry_id = entry_id
        with workspace.read() as session:
            entry = session.get(LedgerEntry, entry_id)
            if entry is None:
                raise DeskError(f"no ledger entry {entry_id}")
            channel = entry.channel.label if entry.channel is not None else ""
            heading = f"{entry.on_date.isoformat()} · {entry.signed} · {channel} · {entry.withdrawal_status or ''}"
        self.status = QComboBox()
        self.status.addItem(self.tr("Done: the money was sent"), WithdrawalStatus.DONE.value)
        self.status.addItem(self.tr("Refused by the agent: its fee comes back"), WithdrawalStatus.REFUSED.value)
        self.status.addItem(self.tr("Cancelled: its fee comes back"), WithdrawalStatus.CANCELLED.value)
        self.on = date_edit(date.today())
        self.form.addRow(self.tr("Withdrawal"), QLabel(heading))
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("On"), self.on)

    def save(self) -> None:
        status = WithdrawalStatus(self.status.currentData())
        with self.workspace.write() as session:
            close_withdrawal(session, self.entry_id, status, to_date(self.on.date()))
