"""Reminders in the window, on the demo folder on its own day (2026-11-23): the banner says what came due while Desk
was shut and what is shown; View › Reminders snoozes, dismisses and opens the case; an overdue deadline cannot be
answered away; Preferences › Reminders changes a ladder (seed 002: a protection window that closes unnoticed loses
the money, which is why the reminders exist)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.ui.main_window import MainWindow
from desk.ui.preferences import PreferencesDialog
from desk.ui.reminders import RemindersDialog
from desk.workspace import Workspace

DEMO_DAY = date(2026, 11, 23)


def open_window(qtbot: QtBot, workspace: Workspace, today: date = DEMO_DAY) -> MainWindow:
    win = MainWindow(workspace.root, remember=False)
    qtbot.addWidget(win)
    win.reminders.today = lambda: today
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.reminders.updated, timeout=30_000):
        win.attach(workspace)
    qtbot.waitUntil(lambda: "While Desk was closed" in win.reminder_banner.text.text(), timeout=30_000)
    return win


def reminders_list(qtbot: QtBot, win: MainWindow) -> RemindersDialog:
    win.reminders_action.trigger()
    dialog = win.reminders_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def row_of(dialog: RemindersDialog, kind: str) -> int:
    rows = [n for n in range(dialog.model.rowCount()) if dialog.model.reminder_at(n).deadline.kind == kind]
    assert rows, kind
    return rows[0]


def test_the_banner_says_what_came_due_while_closed_and_the_most_urgent(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    win = open_window(qtbot, demo_workspace)
    banner = win.reminder_banner.text.text()
    assert win.reminder_banner.isVisible()
    assert banner.startswith("While Desk was closed, 6 reminders came due. 1 deadline overdue. 5 reminders.")
    assert "First: Refund should have arrived — Refund of" in banner  # the overdue refund comes first
    # The data folder's calendar is kept current for calendar apps subscribed to it.
    assert (demo_workspace.root / "deadlines.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    # Told once: the list opened, the "while closed" part goes.
    reminders_list(qtbot, win)
    assert "While Desk was closed" not in win.reminder_banner.text.text()


def test_snooze_and_dismiss_from_the_list(qtbot: QtBot, demo_workspace: Workspace) -> None:
    win = open_window(qtbot, demo_workspace)
    dialog = reminders_list(qtbot, win)
    before = dialog.model.rowCount()
    dialog.table.selectRow(row_of(dialog, "seller_response"))
    assert dialog.dismiss_button.isEnabled() and dialog.snooze_button.isEnabled()
    with qtbot.waitSignal(win.reminders.updated, timeout=30_000):
        dialog.snooze(DEMO_DAY + timedelta(days=2))
    assert dialog.model.rowCount() == before - 1
    dialog.table.selectRow(row_of(dialog, "escalation"))
    with qtbot.waitSignal(win.reminders.updated, timeout=30_000):
        dialog.dismiss()
    assert dialog.model.rowCount() == before - 2
    dialog.answered.setChecked(True)  # the answered ones, with their answers
    answers = {dialog.model.reminder_at(n).deadline.kind: dialog.model.index(n, 4).data()
               for n in range(dialog.model.rowCount())}  # fmt: skip
    assert answers["seller_response"] == "snoozed until Nov 25, 2026" and answers["escalation"] == "dismissed"


def test_an_overdue_deadline_cannot_be_answered_and_opens_its_case(qtbot: QtBot, demo_workspace: Workspace) -> None:
    win = open_window(qtbot, demo_workspace)
    dialog = reminders_list(qtbot, win)
    dialog.table.selectRow(row_of(dialog, "refund_arrival"))
    reminder = dialog.current()
    assert reminder is not None and reminder.overdue
    assert not dialog.dismiss_button.isEnabled() and not dialog.snooze_button.isEnabled()
    assert "stays here until its case moves past it" in dialog.note.text()
    assert dialog.model.index(dialog.table.currentIndex().row(), 1).data() == "overdue"
    dialog.open_button.click()
    qtbot.waitUntil(lambda: win.current_page_name() == "refunds", timeout=30_000)


def test_the_ladder_of_a_kind_is_changed_in_preferences(qtbot: QtBot, demo_workspace: Workspace) -> None:
    prefs = PreferencesDialog(demo_workspace)
    qtbot.addWidget(prefs)
    prefs.show_tab("reminders")
    tab = prefs.reminders_tab
    assert tab.fields["withdrawal"].text() == "7, 3, 1, 0"
    tab.fields["withdrawal"].setText("14, 2")
    tab.fields["withdrawal"].textEdited.emit("14, 2")
    tab.fields["deposit_review"].setText("soon")
    tab.fields["deposit_review"].textEdited.emit("soon")
    assert not tab.save() and "Deposit review due: give whole numbers of days" in tab.status.text()
    tab.fields["deposit_review"].setText("7, 3, 1, 0")
    assert tab.save() and tab.status.text() == "Saved: Withdrawal due."
    from desk.settings import get_setting

    with demo_workspace.read() as session:
        assert get_setting(session, "remind_withdrawal") == "14,2"
        assert get_setting(session, "remind_deposit_review") == "7,3,1,0"
    assert QApplication.instance() is not None
