"""Edit Dispute… (desk/ui/edit_dispute_dialog.py): correcting a dispute's reason, wanted outcome, amount claimed and
the platform's case number from the Disputes page; OK only once something changed; Edit → Undo reverses it."""

from __future__ import annotations

from datetime import date

from driving import when_shown
from factories import dispute, order
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from desk.db import take_written
from desk.disputes.lifecycle import get_dispute
from desk.models import DisputeEvent, DisputeEventKind, DisputeReason, DisputeWant, Order
from desk.money import Money
from desk.operations import Record
from desk.ui.changes import changes
from desk.ui.date_field import date_edit, to_date
from desk.ui.edit_dispute_dialog import EditDisputeDialog
from desk.ui.list_page import ListPage
from desk.ui.locale_text import use_locale
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


def _own_dispute(ws: Workspace) -> int:
    """A dispute of the test's own in the demo folder: 5.00 claimed of a 45.00 line, damaged, refund only."""
    with ws.write() as s:
        made = order(s, order_no="8199000002", currency="CNY", lines=(("LED strip 5 m", 1, 4500),))
        s.flush()
        d = dispute(s, s.get_one(Order, made.id).lines[0], claimed_minor=500, opened_on=date(2026, 11, 1))
        d.reason, d.want = DisputeReason.DAMAGED, DisputeWant.REFUND
        d.events.append(DisputeEvent(kind=DisputeEventKind.OPENED, occurred_on=date(2026, 11, 1)))
        s.flush()
        return d.id


def test_the_fields_start_as_entered_and_ok_waits_for_a_change(qtbot: QtBot, demo_workspace: Workspace) -> None:
    dispute_id = _own_dispute(demo_workspace)
    dialog = EditDisputeDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.reason.currentData() == DisputeReason.DAMAGED
    assert dialog.want.currentData() == DisputeWant.REFUND
    assert dialog.amount.text() == "5.00" and dialog.case_no.text() == ""
    assert "45.00\N{NO-BREAK SPACE}CNY" in dialog.limit.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.ok_button.toolTip() == "Nothing has been changed yet."
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter on a form left as it was: nothing saved
    with demo_workspace.read() as s:
        assert get_dispute(s, dispute_id).platform_case_no is None

    dialog.case_no.setFocus()
    qtbot.keyClicks(dialog.case_no, "8123-456")
    assert dialog.ok_button.isEnabled()
    dialog.amount.clear()
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.toolTip() == "Fill in the amount claimed first"
    qtbot.keyClicks(dialog.amount, "5.00")  # back as it was: the case number alone is the change
    request = dialog.request()
    assert request is not None and (request.amount, request.reason, request.case_no) == (None, None, "8123-456")
    dialog.grab().save("/tmp/edit_dispute_dialog.png")
    with qtbot.waitSignal(changes().changed) as announced:
        qtbot.keyClick(dialog.case_no, Qt.Key.Key_Return)
    assert announced.args == [frozenset({Record.DISPUTE})]
    with demo_workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.platform_case_no, d.claimed, d.reason) == ("8123-456", Money(500, "CNY"), DisputeReason.DAMAGED)


def test_a_claim_above_the_limit_is_refused_in_the_dialog_keeping_what_was_typed(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    dispute_id = _own_dispute(demo_workspace)
    dialog = EditDisputeDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(DisputeReason.WRONG_ITEM))
    dialog.amount.setText("46")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert "more than can still be refunded" in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.result() == 0 and dialog.amount.text() == "46"
    with demo_workspace.read() as s:
        assert get_dispute(s, dispute_id).reason is DisputeReason.DAMAGED  # nothing written: one transaction


def test_edit_dispute_from_the_disputes_page_then_undo(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    dispute_id = _own_dispute(demo_workspace)
    take_written()  # the test's own set-up is no step of this session
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    page.load()
    qtbot.waitUntil(lambda: any(page.model.row_at(r).id == dispute_id for r in range(page.model.rowCount())))
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == dispute_id)
    page.table.selectRow(row)
    page.table.setFocus()

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditDisputeDialog)
        dialog.want.setCurrentIndex(dialog.want.findData(DisputeWant.RETURN_REFUND))
        dialog.amount.setText("12.50")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    QTimer.singleShot(0, correct)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with demo_workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.want, d.claimed) == (DisputeWant.RETURN_REFUND, Money(1250, "CNY"))
    assert window.undo_stack.undo_action.text() == "Undo Edit Dispute"

    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with demo_workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.want, d.claimed) == (DisputeWant.REFUND, Money(500, "CNY"))


def test_date_fields_read_in_the_users_locale_and_take_typed_dates(qtbot: QtBot) -> None:
    edit = date_edit(date(2026, 11, 23))
    qtbot.addWidget(edit)
    assert edit.text() == "11/23/2026"  # en_US, the tests' locale, with the year in four digits
    use_locale("ru_RU")
    russian = date_edit(date(2026, 11, 23))
    qtbot.addWidget(russian)
    assert russian.text() == "23.11.2026"
    russian.setFocus()
    russian.setDate(QDate(2000, 1, 1))
    russian.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as a double-click on the day does
    qtbot.keyClicks(russian, "05122026")  # each full section moves on to the next
    assert to_date(russian.date()) == date(2026, 12, 5)


def _conflicted(qtbot: QtBot, ws: Workspace) -> tuple[EditDisputeDialog, int]:
    """An Edit Dispute form open while another desk saves the claim as 6.00 and a case number; the form's user
    then claims 7.00 and presses OK."""
    dispute_id = _own_dispute(ws)
    dialog = EditDisputeDialog(ws, dispute_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    from desk.operations.disputes import EditDispute, edit_dispute

    edit_dispute(ws, EditDispute(dispute_id, amount="6.00", case_no="CN-77"))
    dialog.amount.setText("7")
    return dialog, dispute_id


def test_a_claim_changed_meanwhile_asks_and_the_users_choice_is_saved(qtbot: QtBot, demo_workspace: Workspace) -> None:
    from desk.ui.conflict_dialog import ConflictDialog

    dialog, dispute_id = _conflicted(qtbot, demo_workspace)
    seen: list[ConflictDialog] = []

    def choose_mine(box: QWidget) -> None:
        assert isinstance(box, ConflictDialog)
        seen.append(box)
        box.grab().save("/tmp/conflict_dialog.png")
        box.mine["amount"].click()
        box.merge_button.click()

    when_shown(ConflictDialog, choose_mine)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    [box] = seen
    assert [(d.label, d.yours, d.theirs) for d in box.conflict.differences] == [
        ("Amount claimed", "7.00 CNY", "6.00 CNY")
    ]
    with demo_workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert (d.claimed, d.platform_case_no) == (Money(700, "CNY"), "CN-77")  # theirs kept where only they changed


def test_reloading_after_a_conflict_shows_what_is_saved_and_cancel_saves_nothing(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    from desk.ui.conflict_dialog import ConflictDialog

    dialog, dispute_id = _conflicted(qtbot, demo_workspace)
    when_shown(ConflictDialog, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # Enter: Cancel
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "was changed by tester" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.amount.text() == "7"
    when_shown(ConflictDialog, lambda box: box.reload_button.click())  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.amount.text() == "6.00", timeout=10_000)
    assert dialog.case_no.text() == "CN-77" and dialog.isVisible()
    assert dialog.error.text() == "The form now shows what is saved. Change it again if you need to."
    with demo_workspace.read() as s:
        assert get_dispute(s, dispute_id).claimed == Money(600, "CNY")
