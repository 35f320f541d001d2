"""Opening a dispute from an order line in the GUI, and recording its events (seed 002)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.disputes.lifecycle import get_dispute
from desk.models import Dispute, DisputeEventKind, DisputeState, Order
from desk.money import Money
from desk.ui.dispute_dialogs import OpenDisputeDialog, RecordEventDialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


def _undisputed_order(ws: Workspace) -> tuple[int, int]:
    """An order of the demo with no dispute at all, and its first line's number."""
    with ws.read() as s:
        disputed = set(s.scalars(select(Dispute.order_line_id)))
        for order in s.scalars(select(Order).order_by(Order.placed_on.desc())):
            if order.paid.minor and not any(line.id in disputed for line in order.lines):
                return order.id, order.lines[0].line_no
    raise AssertionError("the demo has no undisputed order")


def test_the_dialog_shows_the_limit_and_refuses_a_claim_above_it(qtbot: QtBot, demo_workspace: Workspace) -> None:
    order_id, line_no = _undisputed_order(demo_workspace)
    dialog = OpenDisputeDialog(demo_workspace, order_id, line_no)
    qtbot.addWidget(dialog)
    limit = dialog._limits[line_no]
    assert str(limit) in dialog.limit.text()
    dialog.amount.setText(str((limit + Money(1, limit.currency)).amount))
    dialog.accept()
    assert not dialog.error.isHidden()
    assert "more than can still be refunded" in dialog.error.text()
    assert dialog.dispute_id is None and dialog.result() == 0

    dialog.amount.setText(str(limit.amount))
    dialog.opened_on.setDate(QDate(2026, 11, 22))
    dialog.note.setPlainText("Цвет не тот, что на фото")
    dialog.accept()
    assert dialog.dispute_id is not None
    with demo_workspace.read() as s:
        d = get_dispute(s, dialog.dispute_id)
        assert (d.state, d.claimed, d.opened_on) == (DisputeState.OPEN, limit, date(2026, 11, 22))
        assert d.events[0].note == "Цвет не тот, что на фото"


def test_an_event_dialog_offers_only_what_may_happen_now(qtbot: QtBot, demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).where(Dispute.state == DisputeState.OPEN)).one()
    dialog = RecordEventDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert offered == [
        DisputeEventKind.SELLER_ANSWERED,
        DisputeEventKind.OFFER,
        DisputeEventKind.ESCALATED,
        DisputeEventKind.CLOSED,
        DisputeEventKind.NOTE,
    ]
    dialog.kind.setCurrentIndex(offered.index(DisputeEventKind.OFFER))
    assert dialog.amount.isEnabled()
    dialog.kind.setCurrentIndex(offered.index(DisputeEventKind.SELLER_ANSWERED))
    assert not dialog.amount.isEnabled()
    dialog.note.setPlainText("The seller asks for a video.")
    dialog.accept()
    assert dialog.error.isHidden()
    with demo_workspace.read() as s:
        d = get_dispute(s, dispute_id)
        assert d.state is DisputeState.SELLER_RESPONDED
        assert d.events[-1].note == "The seller asks for a video."


def test_a_dispute_is_opened_from_the_selected_order_line(qtbot: QtBot, demo_workspace: Workspace) -> None:
    window = MainWindow(demo_workspace.root)
    qtbot.addWidget(window)
    window.show()
    window.attach(demo_workspace)
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    order_id, line_no = _undisputed_order(demo_workspace)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == order_id)
    page.table.selectRow(row)
    lines_view = page.detail_tabs.widget(0)
    assert isinstance(lines_view, QTableView)
    lines_view.selectRow(0)
    before = page.model.rowCount()

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OpenDisputeDialog)
        assert dialog.line.currentData() == line_no
        dialog.amount.setText("1.00")
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    button_action = next(a for a in page.actions() if a.text() == "Open Dispute…")
    button_action.trigger()
    with demo_workspace.read() as s:
        opened = s.scalars(select(Dispute).order_by(Dispute.id.desc())).first()
        assert opened is not None and opened.order_line.order_id == order_id
        assert opened.claimed.minor == 100
    # The page was read again and the same order is still selected.
    assert page.model.rowCount() == before and page.selected_id() == order_id
