"""Dates outside a sane span: an event, an order, a refund, a ledger entry, a deposit application or an imported row
dated before 2000 or more than a year ahead (9999-12-31, 1970-01-01) is refused with one sentence naming the field
(the row and column, for a file) unless the user confirms it (`--confirm-date`, `--confirm-dates`, the window's
Yes/No question); such a date already stored (written here in SQL, as Desk before this rule could store it) leaves
every deadline list working and blocks no real event after it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_runs import Done, in_process
from driving import when_shown
from factories import order
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.calendar import UnlikelyDate
from desk.disputes.lifecycle import get_dispute
from desk.errors import DeskError
from desk.models import (
    Channel,
    DepositApplication,
    DisputeEventKind,
    DisputeReason,
    DisputeState,
    DisputeWant,
    LedgerEntry,
    Order,
    PaymentMethod,
    Platform,
    Refund,
)
from desk.money import Money
from desk.operations.disputes import OpenDispute, RecordDisputeEvent, open_dispute, record_dispute_event
from desk.operations.orders import EditOrder, LineDraft, OrderDraft, PaymentDraft, create_order, edit_order
from desk.overview.attention import attention
from desk.paths import DB_NAME
from desk.workspace import Workspace

TODAY = date.today()
FAR = "9999-12-31"


@pytest.fixture
def ws(data_folder: Path) -> Iterator[Workspace]:
    with Workspace.open(data_folder, actor="tester") as opened:
        yield opened


def _refused(done: Done, *words: str) -> str:
    """The one line a refusal prints: exit 1, no traceback, naming what it must."""
    code, err = done.returncode, done.stderr
    assert code == 1, err
    assert "Traceback" not in err and "a bug in Desk" not in err
    line = err.strip().splitlines()[0]
    for word in words:
        assert word in line, line
    return line


def _order(ws: Workspace, placed_on: date = TODAY - timedelta(days=20)) -> tuple[int, str]:
    with ws.write() as s:
        made = order(s, placed_on=placed_on, currency="USD")
        s.flush()
        return made.id, made.key


def _dispute(ws: Workspace) -> int:
    order_id, _ = _order(ws)
    request = OpenDispute(order_id, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "5", TODAY - timedelta(days=10))
    return open_dispute(ws, request).dispute_id


def _sql(folder: Path, *statements: str) -> None:
    """Dates written straight into the database, as a Desk without the rule could store them."""
    with sqlite3.connect(folder / DB_NAME) as db:
        for statement in statements:
            db.execute(statement)


def test_a_dispute_event_far_ahead_is_refused_until_confirmed_and_then_blocks_nothing(
    ws: Workspace, data_folder: Path
) -> None:
    dispute_id = _dispute(ws)
    args = ("dispute", "event", str(dispute_id), "note", "--note", "typed the year wrong", "--on", FAR)
    line = _refused(in_process(*args, data=data_folder), "the date of the event", FAR, "--confirm-date")
    assert "more than a year ahead" in line
    with ws.read() as s:
        assert [e.kind for e in get_dispute(s, dispute_id).events] == [DisputeEventKind.OPENED]  # nothing stored

    assert in_process(*args, "--confirm-date", data=data_folder).returncode == 0
    # The confirmed far date is no "last event": a real one today is still taken.
    answered = in_process("dispute", "event", str(dispute_id), "seller_answered", data=data_folder)
    assert answered.returncode == 0, answered.stderr
    with ws.read() as s:
        assert get_dispute(s, dispute_id).state is DisputeState.SELLER_RESPONDED


@pytest.mark.sqlite_only("writes the folder's database file directly")
def test_an_event_stored_far_ahead_before_the_rule_blocks_no_real_event(ws: Workspace, data_folder: Path) -> None:
    dispute_id = _dispute(ws)
    record_dispute_event(ws, RecordDisputeEvent(dispute_id, DisputeEventKind.NOTE, TODAY, note="year typo"))
    _sql(data_folder, f"UPDATE dispute_events SET occurred_on = '{FAR}' WHERE kind = 'note'")
    record_dispute_event(ws, RecordDisputeEvent(dispute_id, DisputeEventKind.ESCALATED, TODAY))
    with ws.read() as s:
        assert get_dispute(s, dispute_id).state is DisputeState.ESCALATED
    # Before the dispute's real last event is still refused: the rule itself stands.
    with pytest.raises(DeskError, match="before the dispute's last event"):
        record_dispute_event(ws, RecordDisputeEvent(dispute_id, DisputeEventKind.NOTE, TODAY - timedelta(days=15)))


def test_opening_a_dispute_before_2000_is_refused_until_confirmed(ws: Workspace) -> None:
    order_id, _ = _order(ws, placed_on=date(1999, 3, 1))  # stored as it is: an old order
    request = OpenDispute(order_id, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "5", date(1999, 3, 10))
    with pytest.raises(UnlikelyDate) as refused:
        open_dispute(ws, request)
    assert refused.value.dates == (("the day the dispute opened", date(1999, 3, 10)),)
    assert "1999-03-10 is before 2000-01-01" in str(refused.value)
    with ws.read() as s:
        assert s.get(Order, order_id).lines[0].disputes == []  # type: ignore[union-attr]
    opened = open_dispute(ws, replace(request, confirm_dates=True))
    with ws.read() as s:
        assert get_dispute(s, opened.dispute_id).opened_on == date(1999, 3, 10)


def test_an_order_entered_by_hand_far_ahead_is_refused_until_confirmed(ws: Workspace) -> None:
    draft = OrderDraft(
        platform=Platform.ALIEXPRESS,
        order_no="8190000000000001",
        supplier="Shop",
        currency="USD",
        placed_on=date(2099, 1, 1),
        lines=(LineDraft("Cable", 1, Money(500, "USD")),),
        payments=(PaymentDraft(PaymentMethod.CARD, Money(500, "USD")),),
    )
    with pytest.raises(UnlikelyDate, match="the day it was placed 2099-01-01 is more than a year ahead"):
        create_order(ws, draft)
    with ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 0
    saved = create_order(ws, replace(draft, confirm_dates=True))
    # An edit does not ask again about the date the order already has.
    edit_order(ws, EditOrder(saved.order_id, replace(draft, notes="checked with the seller")))
    with ws.read() as s:
        stored = s.get(Order, saved.order_id)
        assert stored is not None and (stored.placed_on, stored.notes) == (date(2099, 1, 1), "checked with the seller")


def test_refunds_ask_before_taking_a_date_outside_the_span(ws: Workspace, data_folder: Path) -> None:
    _, key = _order(ws)
    record = ("refund", "record", "--order", key, "--amount", "5", "--on", "2099-01-01")
    _refused(in_process(*record, data=data_folder), "the day the refund was approved", "2099-01-01")
    with ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Refund)) == 0
    assert in_process(*record, "--confirm-date", data=data_folder).returncode == 0
    with ws.read() as s:
        refund_id = s.scalars(select(Refund.id)).one()
    receive = ("refund", "receive", str(refund_id), "--method", "card", "--amount", "5", "--on", "1970-01-01")
    _refused(in_process(*receive, data=data_folder), "the day the money arrived", "1970-01-01", "before 2000-01-01")


def test_ledger_entries_ask_before_taking_a_date_outside_the_span(data_folder: Path) -> None:
    assert in_process("account", "new", "Superbuy/me", "--currency", "CNY", data=data_folder).returncode == 0
    funds = ("account", "add-funds", "Superbuy/me", "--amount", "100", "--channel", "credit_card", "--on", "1999-12-31")
    _refused(in_process(*funds, data=data_folder), "the day the funds were added", "1999-12-31", "--confirm-date")
    with Workspace.open(data_folder) as ws, ws.read() as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry)) == 0
    assert in_process(*funds, "--confirm-date", data=data_folder).returncode == 0
    shown = in_process("account", "show", "Superbuy/me", data=data_folder)
    assert shown.returncode == 0 and "1999-12-31" in shown.stdout


def test_deposit_applications_ask_before_taking_a_date_outside_the_span(data_folder: Path) -> None:
    new = ("deposit", "new", "--store", "Nordic Outlet", "--platform", "aliexpress", "--amount", "10000 CNY")
    _refused(in_process(*new, "--on", "2099-06-01", data=data_folder), "the day the application was made")
    with Workspace.open(data_folder) as ws, ws.read() as s:
        assert s.scalar(select(func.count()).select_from(DepositApplication)) == 0
    assert in_process(*new, "--on", "2099-06-01", "--confirm-date", data=data_folder).returncode == 0


def test_an_import_names_each_row_and_column_dated_outside_the_span(data_folder: Path, tmp_path: Path) -> None:
    csv = tmp_path / "orders.csv"
    recent = (TODAY - timedelta(days=30)).isoformat()
    csv.write_text(
        "platform,order_no,supplier,placed_on,currency,line_no,item,qty,unit_price,payments,delivered_on\n"
        f"aliexpress,9001,Shop A,{recent},USD,1,Cable,1,5.00,card:5.00,\n"
        "aliexpress,9002,Shop B,1970-01-01,USD,1,Plug,1,3.00,card:3.00,\n"
        f"aliexpress,9003,Shop C,{recent},USD,1,Lamp,1,4.00,card:4.00,2099-05-05\n",
        encoding="utf-8",
    )
    done = in_process("import", str(csv), data=data_folder)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "row 3, column placed_on: 1970-01-01 is before 2000-01-01" in done.stderr
    assert "row 4, column delivered_on: 2099-05-05 is more than a year ahead" in done.stderr
    assert "--confirm-dates" in done.stderr
    with Workspace.open(data_folder) as ws, ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 0  # all or nothing
    assert in_process("import", str(csv), "--confirm-dates", data=data_folder).returncode == 0
    with Workspace.open(data_folder) as ws, ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 3


def _every_kind_of_case(ws: Workspace) -> None:
    """A dispute, a refund, a withdrawal and a deposit application, each with a deadline Desk derives."""
    from desk.operations.accounts import (
        AddFunds,
        OpenAccount,
        RequestWithdrawal,
        add_funds,
        open_account,
        request_withdrawal,
    )
    from desk.operations.deposits import CreateDepositApplication, create_deposit_application
    from desk.operations.refunds import RecordRefund, record_refund

    _dispute(ws)
    _dispute(ws)
    _, key = _order(ws)
    record_refund(ws, RecordRefund(key, "5", TODAY - timedelta(days=3)))
    open_account(ws, OpenAccount("Superbuy/me", "CNY"))
    add_funds(ws, AddFunds("Superbuy/me", "500", Channel.CREDIT_CARD, TODAY - timedelta(days=9)))
    request_withdrawal(ws, RequestWithdrawal("Superbuy/me", "100", Channel.CREDIT_CARD, "0", TODAY))
    create_deposit_application(ws, CreateDepositApplication("Outlet", Platform.ALIEXPRESS, "10000 CNY", TODAY))


@pytest.mark.sqlite_only("writes the folder's database file directly")
def test_deadlines_never_crash_on_dates_already_stored_far_out(ws: Workspace, data_folder: Path) -> None:
    from desk.accounts.ledger import find_account
    from desk.accounts.view import statement
    from desk.deposits.applications import get_application
    from desk.deposits.view import summary as deposit_summary
    from desk.overview.deadlines import deadlines_for
    from desk.policies import load_policies
    from desk.refunds.tracking import reconcile
    from desk.reports.letter_ladder import letter_ladder

    _every_kind_of_case(ws)
    _sql(
        data_folder,
        f"UPDATE disputes SET opened_on = '{FAR}' WHERE id = 1",
        f"UPDATE dispute_events SET occurred_on = '{FAR}' WHERE dispute_id = 2",
        f"UPDATE orders SET delivered_on = '{FAR}' WHERE id = 1",
        f"UPDATE orders SET shipped_on = '{FAR}' WHERE id = 2",
        f"UPDATE refunds SET approved_on = '{FAR}'",
        f"UPDATE ledger_entries SET on_date = '{FAR}' WHERE kind = 'withdrawal'",
        "INSERT INTO deposit_submissions (application_id, seq, submitted_on, outcome) "
        f"VALUES (1, 1, '{FAR}', 'pending')",
    )
    due = in_process("due", data=data_folder)
    assert due.returncode == 0, due.stderr
    assert "no deadline can be counted from 9999-12-31" in due.stderr and "no deadline for Dispute 1" in due.stderr
    # What else counts from those dates shows them, without a deadline where none can be counted.
    with ws.read() as s:
        policies = load_policies(s)
        assert deadlines_for(s, policies, date(1, 1, 1)) is not None  # `desk due --today 0001-01-01`
        refund = s.scalars(select(Refund)).one()
        assert [r.latest for r in reconcile(refund, policies, TODAY)] == [date.max]  # `desk refund show`, the list
        statement(s, find_account(s, "Superbuy/me"), TODAY)  # `desk account show`, the Accounts page
        deposit_summary(s, get_application(s, 1), policies)  # `desk deposit show`, the Deposits page
        attention(s, TODAY)  # the Dashboard
        for dispute_id in (1, 2):
            letter_ladder(s, get_dispute(s, dispute_id), TODAY)  # the letters a dispute offers


def test_the_window_asks_before_keeping_a_date_far_ahead(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.ui import locale_text
    from desk.ui.dispute_dialogs import RecordEventDialog

    monkeypatch.setattr(locale_text, "_locale", locale_text._locale)  # put back as it was after the test
    locale_text.use_locale("en_US")  # what the question is written in here
    dispute_id = _dispute(ws)
    dialog = RecordEventDialog(ws, dispute_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.NOTE))
    dialog.note.setPlainText("typed the year wrong")
    dialog.on.setDate(dialog.on.maximumDate())  # 31 Dec 9999, as far as the field goes

    def answer(button: QMessageBox.StandardButton) -> list[str]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(button).click()

        return when_shown(QMessageBox, press)

    seen = answer(QMessageBox.StandardButton.No)
    dialog.accept()
    assert seen == ["The date Dec 31, 9999 is more than a year ahead. Keep it?"]
    assert dialog.result() == 0 and "Correct the date" in dialog.error.text()
    with ws.read() as s:
        assert len(get_dispute(s, dispute_id).events) == 1  # nothing stored on No

    answer(QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert dialog.result() == 1
    with ws.read() as s:
        assert get_dispute(s, dispute_id).events[-1].occurred_on == date(9999, 12, 31)
