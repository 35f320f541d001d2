"""Above the Accounts page's Ledger tab: the selected account's balance in its currency and what may be withdrawn
each way (seed 000), from the same core functions as `desk account show`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget

from desk.accounts.balance import balance, label, withdrawable
from desk.errors import DeskError
from desk.models import MemberAccount
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.list_page import ListPage
from desk.ui.tr_context import TrContext
from desk.ui.withdrawal_dialog import CloseWithdrawalDialog
from desk.workspace import Workspace

AccountPanel = TrContext("AccountPanel")


class AccountHeader(QWidget):
    def __init__(self, workspace: Workspace, page: ListPage) -> None:
        super().__init__(page)
        self.setObjectName("accountHeader")
        self.workspace = workspace
        self.page = page
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.withdrawable = QLabel()
        self.withdrawable.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.withdrawable)
        page.table.selectionModel().selectionChanged.connect(self.refresh)
        page.model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        account_id = self.page.selected_id()
        if account_id is None:
            self.title.setText(self.tr("Choose an account to see its balance."))
            self.withdrawable.setText("")
            return
        with self.workspace.read() as session:
            account = session.get(MemberAccount, account_id)
            if account is None:
                return
            name = label(account)
            try:
                shown = str(balance(session, account))
                figures = withdrawable(session, account)
                may = self.tr(
                    "May be withdrawn, less the transfer fee: up to {0} to a credit card, up to {1} by Western "
                    "Union or MoneyGram."
                ).format(figures.card, figures.transfer)
            except DeskError as error:  # a foreign entry without the rate of its day
                shown, may = self.tr("unknown"), str(error)
        self.title.setText(self.tr("{0} · balance {1}").format(name, shown))
        self.withdrawable.setText(may)


def install_header(page: ListPage, workspace: Workspace) -> AccountHeader:
    """Put the header above the detail tabs, inside the page's splitter."""
    header = AccountHeader(workspace, page)
    below = QWidget()
    layout = QVBoxLayout(below)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(header)
    layout.addWidget(page.detail_tabs, 1)
    page.splitter.insertWidget(1, below)
    page.splitter.setStretchFactor(0, 1)  # a business has a few accounts and long ledgers
    page.splitter.setStretchFactor(1, 3)
    return header


def selected_entry_id(page: ListPage) -> int | None:
    """The entry chosen in the Ledger tab, if any."""
    view = page.detail_tabs.widget(0)
    if not isinstance(view, QTableView) or not page.detail_models:
        return None
    rows = view.selectionModel().selectedRows()
    return page.detail_models[0].row_at(rows[0].row()).id if rows else None


def run_on_account(page: ListPage, make: Callable[[int], CaseDialog]) -> CaseDialog | None:
    """Run a dialog on the selected account; None when cancelled. The dialog announces what it changed, and the
    page reads again from that, keeping the account selected."""
    account_id = page.selected_id()
    if account_id is None:
        QMessageBox.information(page, AccountPanel.tr("Accounts"), AccountPanel.tr("Choose an account first."))
        return None
    dialog = make(account_id)
    return dialog if dialog.exec() == CaseDialog.DialogCode.Accepted else None


def close_selected_withdrawal(page: ListPage, workspace: Workspace) -> CaseDialog | None:
    """Mark Withdrawal Done/Refused…: on the withdrawal chosen in the Ledger tab."""
    account_id, entry_id = page.selected_id(), selected_entry_id(page)
    if account_id is None or entry_id is None:
        QMessageBox.information(
            page,
            AccountPanel.tr("Mark a withdrawal"),
            AccountPanel.tr("Choose a requested withdrawal in the Ledger tab first."),
        )
        return None
    dialog = CloseWithdrawalDialog(workspace, entry_id, page)
    return dialog if dialog.exec() == CaseDialog.DialogCode.Accepted else None
