"""Withdrawal Account…: where a member account's withdrawals go (an IBAN, a card, a receiver), stored sealed with
the key the OS keyring keeps (`set_withdrawal_account`, as `desk account withdrawal-account`). It is typed hidden,
as a password is, and only ever shown masked (its last characters); the typed text is dropped once stored."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from desk.accounts.balance import label
from desk.accounts.ledger import get_account
from desk.errors import DeskError
from desk.operations.accounts import SetWithdrawalAccount, set_withdrawal_account
from desk.sealing import masked
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog
from desk.workspace import Workspace


class WithdrawalAccountDialog(CaseDialog):
    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where withdrawals go"), parent)
        self.workspace = workspace
        self.account_id = account_id
        self.shown: str | None = None
        with workspace.read() as session:
            account = get_account(session, account_id)
            heading = label(account)
            try:
                stored = masked(session, account, "withdrawal_account")
                now = stored or self.tr("none stored")
            except DeskError as error:  # no keyring, or the key is gone: say so, the user can still store anew
                stored, now = None, str(error)
        self.value = QLineEdit()
        self.value.setEchoMode(QLineEdit.EchoMode.Password)
        self.value.setToolTip(self.tr("Not shown as you type; stored sealed, shown only by its last characters"))
        self.clear = QCheckBox(self.tr("Remove the stored one"))
        current = QLabel(now)
        current.setWordWrap(True)
        self.form.addRow(self.tr("Account"), QLabel(heading))
        self.form.addRow(self.tr("Stored now"), current)
        self.form.addRow(self.tr("Send withdrawals to"), self.value)
        hint = QLabel(self.tr("An IBAN, a card number, or a receiver's name and details"))
        hint.setObjectName("countLabel")  # the style's quiet grey; one line: a wrapped one is given room for two
        self.form.addRow("", hint)
        self.form.addRow("", self.clear)
        self.form.setRowVisible(self.clear, stored is not None)
        self.clear.toggled.connect(self.value.setDisabled)
        self.required.need(self.value, self.tr("where withdrawals go"), when=lambda: not self.clear.isChecked())
        self.clear.toggled.connect(self.required.update)

    def save(self) -> None:
        value = "" if self.clear.isChecked() else self.value.text()
        result = set_withdrawal_account(self.workspace, SetWithdrawalAccount(self.account_id, value))
        self.value.clear()  # the plain text is not kept in the window
        self.shown = result.shown
        announce(result)
