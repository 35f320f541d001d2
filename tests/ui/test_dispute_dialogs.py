"""Opening a dispute from an order line in the GUI, and recording its events (seed 002)."""

from __future__ import annotations

from datetime import date

from factories import dispute, order
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.disputes.lifecycle import get_dispute
from desk.models import Dispute, DisputeEvent, DisputeEventKind, DisputeReason, DisputeState, DisputeWant, Order
from desk.money import Money
from desk.operations import Record
from desk.ui.changes import changes
from desk.ui.dispute_dialogs import OpenDisputeDialog, RecordEventDialog
from desk.ui.list_page import ListPage
from desk.ui.locale_text import money_text
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


def choose_reason_and_want(dialog: OpenDisputeDialog) -> None:
    """What the user chooses in every Open Dispute (nothing is chosen for them)."""
    dialog.reason.setCurrentIndex(dialog.reason.findData(DisputeReason.NOT_AS_DESCRIBED))
    dialog.want.setCurrentIndex(dialog.want.findData(DisputeWant.REFUND))


def test_the_dialog_shows_the_limit_and_refuses_a_claim_above_it(qtbot: QtBot, demo_workspace: Workspace) -> None:
    order_id, line_no = _undisputed_order(demo_workspace)
    dialog = OpenDisputeDialog(demo_workspace, order_id, line_no)
    qtbot.addWidget(dialog)
    limit = dialog._limits[line_no]
    assert money_text(limit) in dialog.limit.text()
    choose_reason_and_want(dialog)
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
        choose_reason_and_want(dialog)
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


def _own_order(ws: Workspace) -> tuple[int, int]:
    """An order of the test's own in the demo folder, with one line: (order id, its line's number)."""
    with ws.write() as s:
        made = order(s, order_no="8199000001", currency="CNY", lines=(("LED strip 5 m", 2, 4500),))
        s.flush()
        return made.id, made.lines[0].line_no


def test_claim_all_types_the_limit_shown_and_the_change_is_announced(qtbot: QtBot, demo_workspace: Workspace) -> None:
    order_id, line_no = _own_order(demo_workspace)
    dialog = OpenDisputeDialog(demo_workspace, order_id, line_no)
    qtbot.addWidget(dialog)
    limit = dialog._limits[line_no]
    choose_reason_and_want(dialog)
    assert not dialog.ok_button.isEnabled()  # no amount yet: a blank is not "the most"
    assert dialog.claim_all.text() == f"Claim all ({money_text(limit)})"
    qtbot.mouseClick(dialog.claim_all, Qt.MouseButton.LeftButton)
    assert dialog.amount.text() == str(limit.amount) and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(changes().changed) as announced:
        dialog.accept()
    assert announced.args == [frozenset({Record.DISPUTE})]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.dispute_id is not None
    with demo_workspace.read() as s:
        assert get_dispute(s, dialog.dispute_id).claimed == limit


def test_an_order_deleted_meanwhile_is_said_in_the_dialog(qtbot: QtBot, demo_workspace: Workspace) -> None:
    """It used to be an `assert` in the dialog; now the operation says so, and what was typed stays."""
    order_id, line_no = _own_order(demo_workspace)
    dialog = OpenDisputeDialog(demo_workspace, order_id, line_no)
    qtbot.addWidget(dialog)
    with demo_workspace.write() as s:
        s.delete(s.get_one(Order, order_id))
    choose_reason_and_want(dialog)
    dialog.amount.setText("12.00")
    dialog.accept()
    assert dialog.error.text() == "the order is no longer there: it was deleted meanwhile"
    assert not dialog.error.isHidden() and dialog.result() == 0 and dialog.amount.text() == "12.00"


def test_a_dispute_deleted_meanwhile_is_said_in_the_event_dialog(qtbot: QtBot, demo_workspace: Workspace) -> None:
    order_id, _ = _own_order(demo_workspace)
    with demo_workspace.write() as s:
        made = dispute(s, s.get_one(Order, order_id).lines[0], claimed_minor=500, opened_on=date(2026, 11, 1))
        made.events.append(DisputeEvent(kind=DisputeEventKind.OPENED, occurred_on=date(2026, 11, 1)))
        s.flush()
        dispute_id = made.id
    dialog = RecordEventDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    with demo_workspace.write() as s:
        s.delete(s.get_one(Dispute, dispute_id))
    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.NOTE))
    dialog.note.setPlainText("The seller called.")
    dialog.accept()
    assert dialog.error.text() == f"no dispute {dispute_id}" and dialog.result() == 0
    assert dialog.note.toPlainText() == "The seller called."


def test_an_offer_without_an_amount_is_refused_in_the_dialog(qtbot: QtBot, demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).where(Dispute.state == DisputeState.OPEN)).one()
    dialog = RecordEventDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.OFFER))
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.toolTip() == "Fill in the amount first"
    dialog.accept()
    assert dialog.error.text() == "Fill in the amount first." and dialog.result() == 0
    dialog.amount.setText("3")
    with qtbot.waitSignal(changes().changed):
        dialog.accept()
    with demo_workspace.read() as s:
        assert get_dispute(s, dispute_id).state is DisputeState.OFFER


def test_record_event_says_what_ok_will_do_before_it_does_it(qtbot: QtBot, demo_workspace: Workspace) -> None:
    """Point 3 of issue 12: "Seller answered" once stopped an escalation deadline without a word."""
    from desk.overview.deadlines import context, dispute_deadlines
    from desk.policies import load_policies
    from desk.ui.locale_text import date_text

    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).where(Dispute.state == DisputeState.OPEN)).one()
        ctx = context(s, load_policies(s), date.today())
        tracked = dispute_deadlines(ctx, get_dispute(s, dispute_id))
    assert {d.kind for d in tracked} == {"seller_response", "escalation"}
    dialog = RecordEventDialog(demo_workspace, dispute_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.what.text() == "Choose what happened to see what it does to the case."

    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.SELLER_ANSWERED))
    line = dialog.what.text()
    assert line.startswith("The dispute moves to Seller responded; ")
    for deadline in tracked:
        assert f"{deadline.what} ({date_text(deadline.due)})" in line
    assert line.endswith("stop being tracked.")
    dialog.grab().save("/tmp/record_event_what_happens.png")

    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.OFFER))
    assert dialog.what.text() == "Type the amount to see what it does to the case."
    qtbot.keyClicks(dialog.amount, "999999")
    assert dialog.what.text().startswith("This cannot be recorded: 'Offer' of 999999.00 USD is more than")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1")
    assert dialog.what.text().startswith("The dispute moves to Offer; ")

    dialog.kind.setCurrentIndex(dialog.kind.findData(DisputeEventKind.NOTE))
    assert dialog.what.text() == "The dispute stays open."
    with demo_workspace.read() as s:  # nothing was written by saying it
        assert get_dispute(s, dispute_id).state is DisputeState.OPEN
        assert [e.kind for e in get_dispute(s, dispute_id).events] == [DisputeEventKind.OPENED]


def test_open_dispute_says_what_it_will_do_before_ok(qtbot: QtBot, demo_workspace: Workspace) -> None:
    """As the user types the claim, the line above OK says which line it opens on, what it claims, until when the
    seller may answer and when buyer protection ends, in the user's locale; nothing is written before OK."""
    from desk.disputes.preview import opening_outcome
    from desk.ui.locale_text import date_text

    order_id, line_no = _undisputed_order(demo_workspace)
    dialog = OpenDisputeDialog(demo_workspace, order_id, line_no)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.what.text() == "Type the amount claimed to see what opening the dispute does."
    choose_reason_and_want(dialog)
    dialog.opened_on.setDate(QDate(2026, 11, 22))
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "1.00")
    claimed = Money.of("1.00", dialog.currency)
    with demo_workspace.read() as s:
        said = opening_outcome(s, order_id, line_no, claimed, date(2026, 11, 22))
        item = s.get_one(Order, order_id).lines[line_no - 1].item
    text = dialog.what.text()
    assert text.startswith(f"Opens a dispute on line {line_no} ({item}) claiming {money_text(claimed)}; ")
    assert said.answer_by is not None and f"the seller has until {date_text(said.answer_by)} to answer" in text
    if said.protection_ends is not None:
        assert f"buyer protection ends {date_text(said.protection_ends)}" in text
    dialog.grab().save("/tmp/pw_open_dispute.png")

    limit = dialog._limits[line_no]
    dialog.amount.setText(str((limit + Money(1, limit.currency)).amount))
    assert dialog.what.text().startswith("This cannot be opened: the claim ")
    with demo_workspace.read() as s:
        assert not s.scalars(select(Dispute).where(Dispute.order_line.has(order_id=order_id))).first()
