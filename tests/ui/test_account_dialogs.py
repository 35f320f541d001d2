"""The Accounts page's own steps in the window (issue 12, point 1): a new member account, an order paid from one,
cost that came back from an order or a claim, and where withdrawals go (sealed). Real keys on the demo folder; the
ledger checked after."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from keyring_memory import MemoryKeyring, install
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.accounts.cost_returns import CostReturnReason
from desk.models import LedgerEntry, MemberAccount, Order
from desk.operations.accounts import PayOrderFromAccount, pay_order_from_account
from desk.sealing import get_sealed
from desk.ui.account_dialogs import CostReturnDialog, NewAccountDialog, PayOrderDialog
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.withdrawal_account_dialog import WithdrawalAccountDialog
from desk.workspace import Workspace

# Typing an order opens its completion list; the offscreen plugin cannot raise it or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def _account(ws: Workspace) -> int:
    with ws.read() as s:
        account_id = s.scalars(select(MemberAccount.id)).first()
        assert account_id is not None
        return account_id


def _order(ws: Workspace, status: str) -> tuple[int, str]:
    """An order of the account's currency in that status, paid by other means than the balance."""
    with ws.read() as s:
        for order in s.scalars(select(Order).where(Order.currency == "CNY")):
            if order.status == status and all(p.method.value != "balance" for p in order.payments):
                return order.id, order.key
    raise AssertionError(f"the demo has no {status} CNY order paid otherwise")


def test_ctrl_n_on_the_accounts_page_opens_an_account_and_selects_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    window.show_page("orders")  # its Ctrl+N (New Order…) is built too, on a page now hidden
    page = window.show_page("accounts")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded)
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        assert isinstance(dialog, NewAccountDialog)
        seen["ok_at_first"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.provider, "Superbuy")
        qtbot.keyClicks(dialog.member, "reseller_ru_02")
        seen["ok_without_currency"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.currency, "cny")
        qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    page.table.setFocus()
    with qtbot.waitSignal(changes().changed):
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"dialog": "NewAccountDialog", "ok_at_first": False, "ok_without_currency": False}
    with demo_workspace.read() as s:
        made = s.scalars(select(MemberAccount).where(MemberAccount.name == "reseller_ru_02")).one()
        assert (made.provider, made.currency) == ("Superbuy", "CNY")
        made_id = made.id
    qtbot.waitUntil(lambda: page.selected_id() == made_id)


def test_an_order_paid_from_the_account_is_written_to_its_ledger(qtbot: QtBot, demo_workspace: Workspace) -> None:
    account_id = _account(demo_workspace)
    order_id, key = _order(demo_workspace, "shipped")
    dialog = PayOrderDialog(demo_workspace, account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.order and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.order, key)
    assert not dialog.ok_button.isEnabled()  # the amount is typed, never assumed
    assert dialog.total.text() == "The order cost 422.00 CNY."
    qtbot.keyClicks(dialog.amount, "40")  # a part of it: the balance holds little more
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == PayOrderDialog.DialogCode.Accepted, dialog.error.text()
    with demo_workspace.read() as s:
        entry = s.get_one(LedgerEntry, dialog.entry_id)
        assert (entry.account_id, entry.order_id, entry.amount_minor) == (account_id, order_id, 4000)


def test_a_cost_return_the_orders_status_rules_out_is_refused_then_one_it_allows_is_kept(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    account_id = _account(demo_workspace)
    order_id, key = _order(demo_workspace, "shipped")
    paid = PayOrderFromAccount(account_id, key, date.today(), "40")  # what comes back was paid from the account
    pay_order_from_account(demo_workspace, paid)
    dialog = CostReturnDialog(demo_workspace, account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "30")
    assert not dialog.ok_button.isEnabled()  # neither the order nor the claim named
    dialog.reason.setCurrentIndex(dialog.reason.findData(CostReturnReason.PENDING_CANCELLED.value))
    qtbot.keyClicks(dialog.order, key)
    assert dialog.ok_button.isEnabled()
    before = _entries(demo_workspace)
    dialog.accept()  # a shipped order was not cancelled while pending
    assert not dialog.error.isHidden() and key in dialog.error.text()
    assert dialog.amount.text() == "30" and _entries(demo_workspace) == before

    dialog.reason.setCurrentIndex(dialog.reason.findData(CostReturnReason.DAMAGED_RETURNED.value))
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == CostReturnDialog.DialogCode.Accepted, dialog.error.text()
    with demo_workspace.read() as s:
        entry = s.get_one(LedgerEntry, dialog.entry_id)
        assert (entry.account_id, entry.order_id, entry.amount_minor) == (account_id, order_id, 3000)


def _entries(ws: Workspace) -> int:
    with ws.read() as s:
        return len(s.scalars(select(LedgerEntry.id)).all())


def test_where_withdrawals_go_is_typed_hidden_stored_sealed_and_shown_masked(
    qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, MemoryKeyring())
    account_id = _account(demo_workspace)
    dialog = WithdrawalAccountDialog(demo_workspace, account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled() and dialog.clear.isHidden()  # nothing stored, nothing to remove
    assert dialog.value.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.value, "LT12 1000 0111 0100 4821")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert dialog.result() == WithdrawalAccountDialog.DialogCode.Accepted, dialog.error.text()
    assert dialog.value.text() == "" and dialog.shown is not None and dialog.shown.endswith("4821")
    with demo_workspace.read() as s:
        account = s.get_one(MemberAccount, account_id)
        assert get_sealed(s, account, "withdrawal_account") == "LT12 1000 0111 0100 4821"
        assert "0111" not in (account.withdrawal_account_sealed or "")

    again = WithdrawalAccountDialog(demo_workspace, account_id)
    qtbot.addWidget(again)
    again.show()
    labels = " ".join(label.text() for label in again.findChildren(QLabel))
    assert dialog.shown in labels and "0111" not in labels
    again.clear.setChecked(True)
    assert again.ok_button.isEnabled() and not again.value.isEnabled()
    qtbot.keyClick(again.clear, Qt.Key.Key_Return)
    with demo_workspace.read() as s:
        assert get_sealed(s, s.get_one(MemberAccount, account_id), "withdrawal_account") is None


def test_each_field_says_what_to_enter(qtbot: QtBot, demo_workspace: Workspace, artifacts: Path) -> None:
    """The currency of a new account and where withdrawals go are explained beside their fields, not left as
    "Balance kept in" and "New"."""
    new = NewAccountDialog(demo_workspace)
    qtbot.addWidget(new)
    new.show()
    row, _role = new.form.getWidgetPosition(new.currency)
    hint = new.form.itemAt(row + 1, QFormLayout.ItemRole.FieldRole).widget()
    assert isinstance(hint, QLabel) and "currency" in hint.text() and "CNY" in hint.text() and hint.isVisible()
    new.grab().save(str(artifacts / "new-account.png"))

    where = WithdrawalAccountDialog(demo_workspace, _account(demo_workspace))
    qtbot.addWidget(where)
    where.show()
    label = where.form.labelForField(where.value)
    assert isinstance(label, QLabel) and label.text() == "Send withdrawals to"
    row, _role = where.form.getWidgetPosition(where.value)
    hint = where.form.itemAt(row + 1, QFormLayout.ItemRole.FieldRole).widget()
    assert isinstance(hint, QLabel) and "IBAN" in hint.text()
    where.grab().save(str(artifacts / "withdrawal-account.png"))
