"""Requesting a withdrawal from a member account (seed 000), and adding funds to one.

As the user types, the withdrawal dialog asks the operation's check (`preview_withdrawal`: the domain's
`check_withdrawal`, which `request_withdrawal` and `desk account withdraw` run) whether the request would be
refused, shows why in the core's words, and keeps OK disabled until it would be accepted. OK runs the operation
and announces what it changed; the pages reload from that."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desk.accounts.balance import WAYS_OUT, label
from desk.accounts.ledger import get_account
from desk.common import words
from desk.errors import DeskError
from desk.models import Channel, LedgerEntry, WithdrawalStatus
from desk.operations.accounts import (
    AddFunds,
    CloseWithdrawal,
    RequestWithdrawal,
    add_funds,
    close_withdrawal,
    preview_withdrawal,
    request_withdrawal,
)
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import date_text, money_text
from desk.ui.required import unchosen
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
            account = get_account(session, account_id)
            self.currency = account.currency
            heading = label(account)
        self.form.addRow(self.tr("Account"), QLabel(heading))


class WithdrawalDialog(AccountDialog):
    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request a withdrawal"), workspace, account_id, parent)
        self.entry_id: int | None = None
        self.available = QLabel()
        self.available.setObjectName("countLabel")
        self.available.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("what is sent, in {0}").format(self.currency))
        self.channel = unchosen(QComboBox(), self.tr("Choose how the money is sent"))
        for channel in WAYS_OUT:  # the only ways the agent sends withdrawals
            self.channel.addItem(words(channel), channel.value)
        self.channel.setCurrentIndex(-1)
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
        self._refusal: str | None = None
        self.required.need(self.amount, self.tr("the amount"))
        self.required.need(self.channel, self.tr("the channel"))
        self.required.need(self.fee, self.tr("the transfer fee (0 if none)"))
        self.required.gate(lambda: self._refusal)
        self.explain()

    def request(self, channel: Channel | None = None) -> RequestWithdrawal:
        chosen = self.channel.currentData()
        return RequestWithdrawal(
            self.account_id,
            self.amount.text().strip(),
            channel or Channel(chosen),
            self.fee.text().strip(),
            to_date(self.on.date()),
            self.note.text().strip() or None,
            confirm_dates=self.dates_confirmed,
        )

    def explain(self) -> None:
        """Show what may be withdrawn with this fee, and whether the request would be refused and why: the check
        the operation makes on OK (`preview_withdrawal`)."""
        # The figures need a channel: they are counted with the first until the user chooses one.
        request = self.request(next(iter(WAYS_OUT))) if self.channel.currentIndex() < 0 else self.request()
        try:
            preview = preview_withdrawal(self.workspace, request)
        except DeskError as error:  # the account is gone
            self.available.setText("")
            self._verdict(str(error))
            return
        figures = preview.figures
        self.available.setText(
            ""
            if figures is None
            else self.tr("Balance on {0}: {1}. May be withdrawn after the fee: {2}.").format(
                date_text(to_date(self.on.date())), money_text(figures.balance), figures.describe()
            )
        )
        missing = [w for w in (self.amount, self.fee) if not w.text().strip()]
        if missing or self.channel.currentIndex() < 0:
            self._refusal = None
            self.verdict.setStyleSheet("")
            self.verdict.setText(self.tr("Enter the amount, the channel and the fee to see whether the agent accepts."))
            self.required.update()
            return
        self._verdict(preview.refusal)

    def _verdict(self, refusal: str | None) -> None:
        self._refusal = refusal
        self.required.update()
        if refusal is None:
            self.verdict.setStyleSheet(ACCEPTED_STYLE)
            self.verdict.setText(self.tr("The agent would accept this request."))
        else:
            self.verdict.setStyleSheet(REFUSED_STYLE)
            self.verdict.setText(self.tr("The agent would refuse this request:\n{0}").format(refusal))

    def save(self) -> None:
        result = request_withdrawal(self.workspace, self.request())
        self.entry_id = result.entry_id
        announce(result)


class AddFundsDialog(AccountDialog):
    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add funds"), workspace, account_id, parent)
        self.entry_id: int | None = None
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("in {0}, or name another currency (200 USD)").format(self.currency))
        self.channel = unchosen(QComboBox(), self.tr("Choose how the money came in"))
        for channel in Channel:
            self.channel.addItem(words(channel), channel.value)
        self.channel.setCurrentIndex(-1)
        self.on = date_edit(date.today())
        self.note = QLineEdit()
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Added on"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self.required.need(self.amount, self.tr("the amount"))
        self.required.need(self.channel, self.tr("the channel"))

    def save(self) -> None:
        request = AddFunds(
            self.account_id,
            self.amount.text().strip(),
            Channel(self.channel.currentData()),
            to_date(self.on.date()),
            self.note.text().strip() or None,
            confirm_dates=self.dates_confirmed,
        )
        result = add_funds(self.workspace, request)
        self.entry_id = result.entry_id
        announce(result)


class CloseWithdrawalDialog(CaseDialog):
    """Mark a requested withdrawal done, refused or cancelled (`desk account withdrawal ENTRY_ID STATUS`)."""

    def __init__(self, workspace: Workspace, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark a withdrawal"), parent)
        self.workspace = workspace
        self.entry_id = entry_id
        with workspace.read() as session:
            entry = session.get(LedgerEntry, entry_id)
            if entry is None:
                raise DeskError(self.tr("no ledger entry {0}").format(entry_id))
            channel = words(entry.channel) if entry.channel is not None else ""
            status = words(entry.withdrawal_status).lower() if entry.withdrawal_status is not None else ""
            heading = f"{date_text(entry.on_date)} · {money_text(entry.signed)} · {channel} · {status}"
        self.status = unchosen(QComboBox(), self.tr("Choose how it ended"))
        self.status.addItem(self.tr("Done: the money was sent"), WithdrawalStatus.DONE.value)
        self.status.addItem(self.tr("Refused by the agent: its fee comes back"), WithdrawalStatus.REFUSED.value)
        self.status.addItem(self.tr("Cancelled: its fee comes back"), WithdrawalStatus.CANCELLED.value)
        self.status.setCurrentIndex(-1)
        self.on = date_edit(date.today())
        self.form.addRow(self.tr("Withdrawal"), QLabel(heading))
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("On"), self.on)
        self.required.need(self.status, self.tr("how it ended"))

    def save(self) -> None:
        status = WithdrawalStatus(self.status.currentData())
        request = CloseWithdrawal(self.entry_id, status, to_date(self.on.date()), confirm_dates=self.dates_confirmed)
        announce(close_withdrawal(self.workspace, request))
