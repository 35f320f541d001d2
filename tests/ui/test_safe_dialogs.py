"""Dialogs that cannot act by accident (issue 12, point 3), driven by keys as a user would: a dialog opens with the
focus on the first field to fill, its OK disabled until the user has entered what is required; a placeholder is
never a value and a first item nobody chose is no choice."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.models import Dispute, DisputeEvent, DisputeEventKind, DisputeState, RefundPart
from desk.ui.dispute_dialogs import OpenDisputeDialog, RecordEventDialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.refund_dialogs import ReceiveRefundDialog
from desk.workspace import Workspace


def in_modal(run: Callable[[QDialog], None]) -> list[BaseException]:
    """Run `run` on the modal dialog the next key opens, then close it whatever happened (a failing check must not
    leave `exec` waiting for ever); what went wrong is kept for the test to raise."""
    failures: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        try:
            run(dialog)
        except BaseException as exc:  # handed back to the test
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(20, act)
    return failures


def focused(dialog: QDialog) -> QWidget:
    widget = dialog.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def select_row(page: ListPage, record_id: int) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == record_id)
    page.table.selectRow(row)
    page.table.setFocus()


def shown_page(window: MainWindow, qtbot: QtBot, name: str) -> ListPage:
    page = window.show_page(name)
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: not page.busy)
    window.activateWindow()
    qtbot.waitActive(window)
    return page


def events_of(ws: Workspace, dispute_id: int) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).where(DisputeEvent.dispute_id == dispute_id)) or 0


# Space opens the combo's popup, which the offscreen platform can neither raise nor let grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_ctrl_e_then_space_or_enter_on_the_disputes_page_records_nothing(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).where(Dispute.state == DisputeState.OPEN)).one()
    before = events_of(demo_workspace, dispute_id)
    page = shown_page(window, qtbot, "disputes")
    select_row(page, dispute_id)
    seen: list[object] = []

    def press(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEventDialog)
        combo = focused(dialog)
        seen.append(combo is dialog.kind)
        seen.append(dialog.ok_button.isEnabled())
        qtbot.keyClick(combo, Qt.Key.Key_Space)  # opens the list of events; chooses none
        dialog.kind.hidePopup()
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Enter)
        seen.append((dialog.isVisible(), dialog.kind.currentIndex(), dialog.kind.placeholderText()))

    failures = in_modal(press)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) == 3 or bool(failures))
    if failures:
        raise failures[0]
    assert seen == [True, False, (True, -1, "Choose what happened")]
    assert events_of(demo_workspace, dispute_id) == before


def test_choosing_the_event_then_enter_records_it(qtbot: QtBot, demo_workspace: Workspace) -> None:
    """Once the user has chosen, Enter does what OK does."""
    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).where(Dispute.state == DisputeState.OPEN)).one()
    dialog = RecordEventDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.kind
    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.SELLER_ANSWERED))
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo_workspace.read() as s:
        assert s.get_one(Dispute, dispute_id).state is DisputeState.SELLER_RESPONDED


def test_enter_in_record_arrival_does_not_book_the_expected_amount(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        part = s.scalars(select(RefundPart).where(RefundPart.received_minor.is_(None))).first()
        assert part is not None
        part_id, refund_id, method = part.id, part.refund_id, part.method.value
    page = shown_page(window, qtbot, "refunds")
    select_row(page, refund_id)
    seen: list[object] = []

    def press(dialog: QDialog) -> None:
        assert isinstance(dialog, ReceiveRefundDialog)
        first = focused(dialog)
        seen.append(first in (dialog.method, dialog.amount))
        qtbot.keyClick(first, Qt.Key.Key_Return)  # nothing typed: nothing booked
        if dialog.method.currentIndex() < 0:
            dialog.method.setCurrentIndex(dialog.method.findData(method))
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # a method, no amount: still nothing
        seen.append((dialog.isVisible(), dialog.ok_button.isEnabled(), dialog.amount.text()))
        assert dialog.fill_expected.text().startswith("Fill in expected (")

    failures = in_modal(press)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(seen) == 2 or bool(failures))
    if failures:
        raise failures[0]
    assert seen == [True, (True, False, "")]
    with demo_workspace.read() as s:
        assert s.get_one(RefundPart, part_id).received_minor is None


def _open_dispute_dialog(qtbot: QtBot, ws: Workspace) -> OpenDisputeDialog:
    from test_dispute_dialogs import _own_order  # an order of one line, no dispute

    order_id, _ = _own_order(ws)
    dialog = OpenDisputeDialog(ws, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_in_open_dispute_does_not_claim_the_maximum(qtbot: QtBot, demo_workspace: Workspace) -> None:
    dialog = _open_dispute_dialog(qtbot, demo_workspace)
    with demo_workspace.read() as s:
        disputes = s.scalar(select(func.count()).select_from(Dispute))
    first = dialog.focusWidget()
    assert first is dialog.reason  # the order has one line: the reason is the first thing to fill
    assert isinstance(first, QComboBox) and first.currentIndex() == -1
    qtbot.keyClick(first, Qt.Key.Key_Return)
    dialog.reason.setCurrentIndex(0)
    dialog.want.setCurrentIndex(0)
    assert isinstance(dialog.focusWidget(), QComboBox)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # the amount is blank: no claim of "the most"
    assert dialog.isVisible() and not dialog.ok_button.isEnabled() and dialog.dispute_id is None
    assert "the amount claimed" in dialog.ok_button.toolTip()
    with demo_workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Dispute)) == disputes

    limit = next(iter(dialog._limits.values()))
    qtbot.mouseClick(dialog.claim_all, Qt.MouseButton.LeftButton)  # the explicit way to claim everything
    assert isinstance(dialog.focusWidget(), QLineEdit) and dialog.amount.text() == str(limit.amount)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.dispute_id is not None and dialog.result() == QDialog.DialogCode.Accepted


def test_tab_goes_through_the_fields_before_the_buttons(qtbot: QtBot, demo_workspace: Workspace) -> None:
    dialog = _open_dispute_dialog(qtbot, demo_workspace)
    dialog.reason.setFocus()
    reached_note = False
    seen: list[QWidget] = []
    for _ in range(40):  # Tab, as the user presses it, from the first field until a button has the focus
        focused = dialog.focusWidget()  # the dialog's own: offscreen, no window is ever the active one
        assert focused is not None
        if isinstance(focused, QAbstractButton) and dialog.buttons.isAncestorOf(focused):
            break
        seen.append(focused)
        reached_note = reached_note or focused is dialog.note or dialog.note.isAncestorOf(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    else:
        raise AssertionError(f"Tab never reached the dialog's buttons: {[type(w).__name__ for w in seen]}")
    assert reached_note  # OK comes after every field, not first
