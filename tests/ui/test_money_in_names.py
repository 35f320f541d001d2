"""Amounts inside the names of cases and inside what an operation says are written the user's way, like every other
amount in the window (issue 12, point 5): a German user reads "34,89 USD" in the Dashboard's Case column, in the
status bar, in a void confirmation and in the audit log, while the CLI and JSON keep "34.89 USD"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Channel, LedgerEntry, MemberAccount, RefundPart
from desk.money import Money
from desk.operations.accounts import AddFunds, add_funds
from desk.operations.voiding import VoidKind, record_names
from desk.overview.audit_words import full_name
from desk.ui.changes import announce
from desk.ui.dashboard import DashboardPage
from desk.ui.locale_text import date_text, money_text, use_locale
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

CASE_COLUMN = 3


@pytest.fixture
def german() -> Iterator[None]:
    use_locale("de_DE")
    yield
    use_locale("en_US")


def _with_cents(money: Money) -> bool:
    """An amount whose German and fixed forms differ (a decimal comma), so the test can tell them apart."""
    return money_text(money).replace("\N{NO-BREAK SPACE}", " ") != str(money)


def test_the_dashboard_names_refunds_and_withdrawals_with_german_amounts(window: MainWindow, german: None) -> None:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    workspace = window.workspace
    assert workspace is not None
    checked = 0
    for row in range(page.deadlines.rowCount()):
        deadline = page.deadlines.deadline_at(row)
        kind, _, row_id = deadline.case.partition(":")
        if kind not in ("refund_part", "ledger_entry"):
            continue
        with workspace.read() as session:
            if kind == "refund_part":
                part = session.get_one(RefundPart, int(row_id))
                amount = Money(part.expected_minor, part.refund.order.currency)
            else:
                entry = session.get_one(LedgerEntry, int(row_id))
                amount = Money(entry.amount_minor, entry.currency)
        shown = page.deadlines.index(row, CASE_COLUMN).data()
        assert money_text(amount) in shown, shown
        assert _with_cents(amount) and str(amount) not in shown, shown
        assert str(amount) in str(deadline.name)  # the CLI's and JSON's form is unchanged
        checked += 1
    assert checked >= 2, "the demo has deadlines for refunds and withdrawals"


def test_the_status_bar_says_what_was_added_in_german(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, german: None
) -> None:
    with demo_workspace.read() as session:
        account = session.scalars(select(MemberAccount).order_by(MemberAccount.id)).first()
        assert account is not None
        account_id, currency = account.id, account.currency
    done = add_funds(demo_workspace, AddFunds(account_id, "1234.5", Channel.ALIPAY, date(2026, 11, 20)))
    assert f"Added 1234.50 {currency} to " in done.message  # the CLI's sentence
    announce(done)
    qtbot.waitUntil(lambda: "1.234,50" in window.statusBar().currentMessage())
    assert f"Added 1.234,50\N{NO-BREAK SPACE}{currency} to " in window.statusBar().currentMessage()


def test_void_confirmations_and_the_audit_log_write_amounts_in_german(demo_workspace: Workspace, german: None) -> None:
    with demo_workspace.read() as session:
        part = session.scalars(select(RefundPart).order_by(RefundPart.id)).first()
        assert part is not None
        refund_id, part_id = part.refund_id, part.id
        total = Money(sum(p.expected_minor for p in part.refund.parts), part.refund.order.currency)
        expected = Money(part.expected_minor, part.refund.order.currency)
        named = full_name(session, "refund_parts", part_id, date_text, money_text)
        fixed = full_name(session, "refund_parts", part_id)
    assert _with_cents(total) and _with_cents(expected)
    [confirmation] = record_names(demo_workspace, VoidKind.REFUND, (refund_id,), date_text, money_text)
    assert confirmation.startswith(f"Refund of {money_text(total)}, order ")
    assert named.startswith(f"Refund of {money_text(expected)} to ")
    assert fixed.startswith(f"Refund of {expected} to ")
