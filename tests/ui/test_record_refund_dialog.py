"""Record Refund… (issue 12, point 1): on a dispute and on a whole order, the split per payment method with its
arrival windows shown before anything is written, OK only once an amount the plan accepts is typed, and the
refund kept through `record_refund`. Real keys on the demo folder, checked against the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Dispute, DisputeState, Order, Refund, RefundCause
from desk.orders.amounts import refundable_on_order
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.record_refund_dialog import RecordRefundDialog
from desk.workspace import Workspace


def _refunds(ws: Workspace) -> set[int]:
    with ws.read() as s:
        return set(s.scalars(select(Refund.id)))


def test_on_a_dispute_awaiting_its_refund_the_plan_shows_before_ok_and_enter_keeps_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    with demo_workspace.read() as s:
        dispute = s.scalars(select(Dispute).where(Dispute.state == DisputeState.REFUND_PENDING)).first()
        assert dispute is not None
        dispute_id, order = dispute.id, dispute.order_line.order
        methods = {p.method.label for p in order.payments}
        assert len(methods) == 2  # the demo's split refund: card and PayPal
    before = _refunds(demo_workspace)
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    page.show_record(dispute_id)
    seen: dict[str, object] = {}

    def fill_and_press_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordRefundDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing typed: Enter does nothing
        seen["open_after_enter"] = dialog.isVisible()
        seen["ok_before"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.amount, "1.00")
        seen["ok_after"] = dialog.ok_button.isEnabled()
        seen["plan"] = [
            [dialog.plan.item(r, c).text() for c in range(dialog.plan.columnCount())]
            for r in range(dialog.plan.rowCount())
        ]
        seen["written_before_ok"] = _refunds(demo_workspace) - before
        dialog.grab().save(str(tmp_path / "record_refund_dispute.png"))
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_and_press_enter)
    action = next(a for a in page.actions() if a.text() == "Record Refund…")
    with qtbot.waitSignal(changes().changed):
        action.trigger()
    assert seen["open_after_enter"] and not seen["ok_before"] and seen["ok_after"]
    assert seen["written_before_ok"] == set()
    plan = seen["plan"]
    assert isinstance(plan, list) and {row[0] for row in plan} == methods
    assert all(" – " in row[3] for row in plan)  # each method's arrival window
    new = _refunds(demo_workspace) - before
    assert len(new) == 1
    with demo_workspace.read() as s:
        refund = s.get_one(Refund, new.pop())
        assert (refund.dispute_id, refund.cause, refund.approved_on) == (dispute_id, RefundCause.DISPUTE, date.today())
        assert sum(p.expected_minor for p in refund.parts) == 100
        assert {p.method.label for p in refund.parts} == methods


def test_on_an_order_the_cause_and_the_day_it_was_sent_are_kept_and_too_much_is_refused(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        order = next(o for o in s.scalars(select(Order)) if len(o.payments) == 2 and not o.refunds)
        order_id, left = order.id, refundable_on_order(order)
    dialog = RecordRefundDialog(demo_workspace, order_id=order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.amount and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.amount, f"{left.amount + 1}")
    assert not dialog.ok_button.isEnabled() and "more than is left to refund" in dialog.verdict.text()
    assert dialog.plan.rowCount() == 0

    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, str(left.amount))
    assert dialog.plan.rowCount() == 2 and not dialog.ok_button.isEnabled()  # why: chosen, never assumed
    dialog.cause.setCurrentIndex(dialog.cause.findData(RefundCause.CANCELLATION.value))
    assert dialog.ok_button.isEnabled()
    dialog.approved_on.setDate(QDate(2026, 11, 2))
    dialog.sent_known.setChecked(True)
    dialog.sent_on.setDate(QDate(2026, 11, 4))
    window_from_sent = dialog.plan.item(0, 3).text()
    dialog.sent_known.setChecked(False)
    assert dialog.plan.item(0, 3).text() != window_from_sent  # the windows count from the day it was sent
    dialog.sent_known.setChecked(True)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == RecordRefundDialog.DialogCode.Accepted and dialog.refund_id is not None
    with demo_workspace.read() as s:
        refund = s.get_one(Refund, dialog.refund_id)
        assert (refund.order_id, refund.dispute_id, refund.cause) == (order_id, None, RefundCause.CANCELLATION)
        assert refund.approved_on == date(2026, 11, 2)
        assert {p.sent_on for p in refund.parts} == {date(2026, 11, 4)}
        assert sum(p.expected_minor for p in refund.parts) == left.minor


def test_a_refusal_on_ok_is_said_in_the_dialog_which_keeps_what_was_typed(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        order_id = s.scalars(select(Order.id)).first()
    dialog = RecordRefundDialog(demo_workspace, order_id=order_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "1.00")
    dialog.cause.setCurrentIndex(dialog.cause.findData(RefundCause.OTHER.value))
    dialog.approved_on.setDate(QDate(2026, 11, 10))
    dialog.sent_known.setChecked(True)
    dialog.sent_on.setDate(QDate(2026, 11, 1))  # before it was approved: the core refuses
    before = _refunds(demo_workspace)
    dialog.accept()
    assert not dialog.error.isHidden() and "before the refund was approved" in dialog.error.text()
    assert dialog.amount.text() == "1.00" and _refunds(demo_workspace) == before


def test_how_it_comes_back_shows_every_column_whole(qtbot: QtBot, demo_workspace: Workspace, artifacts: Path) -> None:
    """Each amount and window readable with room beside it, the table as high as its rows."""
    with demo_workspace.read() as s:
        dispute = s.scalars(select(Dispute).where(Dispute.state == DisputeState.REFUND_PENDING)).first()
        assert dispute is not None
        dispute_id = dispute.id
    dialog = RecordRefundDialog(demo_workspace, dispute_id=dispute_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.amount, "58.15")
    qtbot.wait(20)
    plan = dialog.plan
    assert plan.rowCount() == 2  # card and PayPal
    header = plan.horizontalHeader()
    room = plan.fontMetrics().averageCharWidth()  # not cramped: a little room beside the widest cell
    for column in range(plan.columnCount()):
        wanted = max(plan.sizeHintForColumn(column), header.sectionSizeHint(column)) + room
        assert plan.columnWidth(column) >= wanted, plan.horizontalHeaderItem(column).text()
    assert plan.horizontalScrollBar().maximum() == 0 and plan.verticalScrollBar().maximum() == 0
    rows = sum(plan.rowHeight(r) for r in range(plan.rowCount()))
    assert plan.height() <= header.height() + rows + 2 * plan.frameWidth() + 2  # no empty band under the rows
    dialog.grab().save(str(artifacts / "record-refund-plan.png"))
