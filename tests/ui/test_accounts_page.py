"""The Accounts page (issue 5): the demo's member account with its balance and ledger, and a withdrawal dialog that
explains a refusal (seed 000) before the user submits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.accounts.withdrawals import fee_of
from desk.models import Channel, LedgerEntry, LedgerKind, MemberAccount, WithdrawalStatus
from desk.operations import Record
from desk.ui.account_panel import AccountHeader
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.withdrawal_dialog import AddFundsDialog, CloseWithdrawalDialog, WithdrawalDialog
from desk.workspace import Workspace

DEMO_DAY = QDate(2026, 11, 23)  # the day the demo is built around (tests/conftest.py)


def accounts_page(window: MainWindow) -> ListPage:
    page = window.show_page("accounts")
    assert isinstance(page, ListPage)
    assert page.model.rowCount() > 0
    page.table.selectRow(0)
    return page


def account_id(workspace: Workspace) -> int:
    with workspace.read() as s:
        found = s.scalars(select(MemberAccount).where(MemberAccount.name == "reseller_eu_01")).one()
        return found.id


def button(page: ListPage, text: str) -> QToolButton:
    """The button beside the search field offering the action called `text`."""
    found = [b for b in page.findChildren(QToolButton) if (a := b.defaultAction()) is not None and a.text() == text]
    assert found, f"no {text!r} button"
    return found[0]


def ok_enabled(dialog: WithdrawalDialog) -> bool:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    return ok.isEnabled()


def in_modal(run: Callable[[object], None]) -> None:
    """Run `run` on the dialog the next action opens (modal: `exec` does not return until it is closed)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        run(dialog)

    QTimer.singleShot(20, act)


def ledger_texts(page: ListPage) -> list[str]:
    model = page.detail_models[0]
    return [
        " | ".join(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_page_lists_the_demo_account_with_its_balance(window: MainWindow, artifacts: Path) -> None:
    page = accounts_page(window)
    rows = [
        [str(page.model.data(page.model.index(r, c), Qt.ItemDataRole.DisplayRole)) for c in range(6)]
        for r in range(page.model.rowCount())
    ]
    demo = [row for row in rows if row[1] == "reseller_eu_01"]
    assert demo and demo[0][0] == "Superbuy" and demo[0][2] == "CNY"
    assert "52.04" in demo[0][3]  # `desk account show`: balance 52.04 CNY
    assert button(page, "Withdraw…").isEnabled()
    panel = page.findChild(AccountHeader)
    assert panel is not None
    assert panel.title.text() == "Superbuy/reseller_eu_01 · balance 52.04 CNY"
    assert "up to 52.04 CNY to a credit card" in panel.withdrawable.text()
    assert "up to 52.04 CNY by Western Union or MoneyGram" in panel.withdrawable.text()
    done = "withdrawal | -500.00\N{NO-BREAK SPACE}CNY | Western Union | done"
    assert any(done in line for line in ledger_texts(page))
    assert len(ledger_texts(page)) == 13
    window.resize(1280, 800)
    assert window.grab().save(str(artifacts / "accounts-page.png"))


def test_the_dialog_explains_a_refusal_before_ok_and_keeps_ok_disabled(
    qtbot: QtBot, demo_workspace: Workspace, artifacts: Path
) -> None:
    account = account_id(demo_workspace)
    dialog = WithdrawalDialog(demo_workspace, account)
    qtbot.addWidget(dialog)
    dialog.on.setDate(DEMO_DAY)
    assert not ok_enabled(dialog)  # nothing typed yet
    assert "52.04 CNY" in dialog.available.text()

    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.WESTERN_UNION.value))
    dialog.amount.setText("10")
    dialog.fee.setText("100")
    assert "the transfer fee 100.00 CNY is larger than the balance 52.04 CNY" in dialog.verdict.text()
    assert dialog.verdict.text().startswith("The agent would refuse this request:\n")
    assert not ok_enabled(dialog)

    dialog.amount.setText("50")
    dialog.fee.setText("5")
    assert "50.00 CNY plus the transfer fee 5.00 CNY is more than the balance 52.04 CNY" in dialog.verdict.text()
    assert "at most 47.04 CNY can be withdrawn with this fee" in dialog.verdict.text()
    assert not ok_enabled(dialog)

    dialog.amount.setText("47.04")
    assert dialog.verdict.text() == "The agent would accept this request."
    assert ok_enabled(dialog)

    dialog.amount.setText("twelve")
    assert '"twelve"' in dialog.verdict.text() and not ok_enabled(dialog)

    # The way out follows the way in (seed 000): 1,500 came by card, 3,000 more by Western Union.
    funds = AddFundsDialog(demo_workspace, account)
    qtbot.addWidget(funds)
    funds.amount.setText("3000")
    funds.channel.setCurrentIndex(funds.channel.findData(Channel.WESTERN_UNION.value))
    funds.on.setDate(DEMO_DAY)
    funds.accept()
    assert funds.entry_id is not None, funds.error.text()

    dialog.fee.setText("0")
    dialog.amount.setText("2000")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.CREDIT_CARD.value))
    text = dialog.verdict.text()
    assert "money added by credit card may only be withdrawn to a credit card" in text
    assert "up to 1500.00 CNY to a credit card and up to 3052.04 CNY by Western Union or MoneyGram" in text
    assert not ok_enabled(dialog)
    dialog.resize(640, dialog.sizeHint().height())
    assert dialog.grab().save(str(artifacts / "accounts-withdrawal-refused.png"))

    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.MONEYGRAM.value))
    assert ok_enabled(dialog) and "accept" in dialog.verdict.text()

    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.CREDIT_CARD.value))
    dialog.accept()  # as if OK were pressed anyway: the core refuses, nothing is written
    assert dialog.entry_id is None and not dialog.error.isHidden()
    assert "may only be withdrawn to a credit card" in dialog.error.text()
    with demo_workspace.read() as s:
        assert not s.scalars(select(LedgerEntry).where(LedgerEntry.amount_minor == 200000)).all()


def test_a_valid_request_is_stored_and_the_ledger_shows_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = accounts_page(window)
    before = len(ledger_texts(page))

    def fill(dialog: object) -> None:
        assert isinstance(dialog, WithdrawalDialog)
        dialog.on.setDate(DEMO_DAY)
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.WESTERN_UNION.value))
        dialog.amount.setText("40")
        dialog.fee.setText("5")
        dialog.note.setText("to Tallinn again")
        assert ok_enabled(dialog), dialog.verdict.text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()

    in_modal(fill)
    button(page, "Withdraw…").click()

    with demo_workspace.read() as s:
        made = s.scalars(
            select(LedgerEntry).where(LedgerEntry.kind == LedgerKind.WITHDRAWAL, LedgerEntry.note == "to Tallinn again")
        ).one()
        assert (made.amount_minor, made.currency, made.channel) == (4000, "CNY", Channel.WESTERN_UNION)
        assert made.withdrawal_status is WithdrawalStatus.REQUESTED
        assert made.on_date.isoformat() == "2026-11-23"
        fee = fee_of(s, made)
        assert fee is not None and fee.amount_minor == 500
        made_id = made.id

    lines = ledger_texts(page)
    assert len(lines) == before + 2
    assert any(
        "withdrawal | -40.00\N{NO-BREAK SPACE}CNY | Western Union | requested" in line and "to Tallinn again" in line
        for line in lines
    )
    assert any("withdrawal fee | -5.00\N{NO-BREAK SPACE}CNY" in line for line in lines)
    panel = page.findChild(AccountHeader)
    assert panel is not None and panel.title.text().endswith("balance 7.04 CNY")

    # Marked refused: the fee comes back.
    view = page.detail_tabs.widget(0)
    model = page.detail_models[0]
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == made_id)
    view.selectRow(row)  # type: ignore[attr-defined]

    def refuse(dialog: object) -> None:
        assert isinstance(dialog, CloseWithdrawalDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(WithdrawalStatus.REFUSED.value))
        dialog.on.setDate(DEMO_DAY)
        dialog.accept()

    in_modal(refuse)
    mark = next(a for a in page.actions() if a.text() == "Mark Withdrawal Done/Refused…")  # in the More menu
    mark.trigger()
    with demo_workspace.read() as s:
        done = s.get(LedgerEntry, made_id)
        assert done is not None and done.withdrawal_status is WithdrawalStatus.REFUSED
    assert panel.title.text().endswith("balance 52.04 CNY")


def test_add_funds_from_the_page_shows_a_refusal_in_the_dialog_then_announces_the_change(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = accounts_page(window)
    panel = page.findChild(AccountHeader)
    assert panel is not None and panel.title.text().endswith("balance 52.04 CNY")
    seen: list[object] = []

    def fill(dialog: object) -> None:
        assert isinstance(dialog, AddFundsDialog)
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.CREDIT_CARD.value))
        dialog.amount.setText("a lot")
        dialog.on.setDate(DEMO_DAY)
        dialog.accept()  # refused by the operation: the dialog stays open with what was typed
        seen.append((dialog.isVisible(), dialog.error.text(), dialog.amount.text()))
        dialog.amount.setText("100 USD")
        dialog.accept()

    in_modal(fill)
    with qtbot.waitSignal(changes().changed) as announced:
        button(page, "Add Funds…").click()
    assert seen == [(True, 'the funds added: "a lot": no number in it', "a lot")]
    assert announced.args == [frozenset({Record.ACCOUNT})]
    # The page read again from the announcement, the account still selected: 100 USD came in as 716.50 CNY.
    assert page.selected_id() == account_id(demo_workspace)
    assert panel.title.text().endswith("balance 768.54 CNY")
    assert ledger_texts(page)[0].startswith("Nov 23, 2026 | funds added | 100.00\N{NO-BREAK SPACE}USD | Credit card")
