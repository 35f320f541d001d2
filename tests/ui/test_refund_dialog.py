"""Recording what arrived on a refund from the GUI (seed 001: each payment method separately)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Refund, RefundPart
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.refund_dialogs import ReceiveRefundDialog
from desk.workspace import Workspace


def test_the_dialog_records_one_method_and_refuses_bad_amounts(qtbot: QtBot, demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        part = s.scalars(select(RefundPart).where(RefundPart.received_minor.is_(None))).first()
        assert part is not None
        refund_id, method, expected = part.refund_id, part.method, part.expected_minor
        approved = s.get(Refund, refund_id).approved_on  # type: ignore[union-attr]
    dialog = ReceiveRefundDialog(demo_workspace, refund_id)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(method.value))
    assert dialog.amount.placeholderText() != f"{expected // 100}.{expected % 100:02d}"  # a hint, never a value
    assert not dialog.ok_button.isEnabled()

    dialog.amount.setText("twelve")
    dialog.accept()
    assert not dialog.error.isHidden() and '"twelve"' in dialog.error.text()

    dialog.amount.setText("")
    dialog.fill_expected.click()  # "Fill in expected (…)"
    assert dialog.amount.text() == f"{expected // 100}.{expected % 100:02d}"
    arrived = date(approved.year, approved.month, approved.day)  # type: ignore[union-attr]
    dialog.on.setDate(QDate(arrived.year, arrived.month, arrived.day))
    dialog.accept()
    with demo_workspace.read() as s:
        saved = s.get(RefundPart, part.id)
        assert saved is not None and (saved.received_minor, saved.received_on) == (expected, arrived)


def test_record_arrival_on_the_refunds_page_reaches_the_operation_and_the_page_reads_again(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        part = s.scalars(select(RefundPart).where(RefundPart.received_minor.is_(None))).first()
        assert part is not None
        refund_id, method, expected = part.refund_id, part.method, part.expected_minor
        approved = s.get_one(Refund, refund_id).approved_on
    page = window.show_page("refunds")
    assert isinstance(page, ListPage)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == refund_id)
    page.table.selectRow(row)
    before = page.model.row_at(row).values["received"]

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReceiveRefundDialog)
        dialog.method.setCurrentIndex(dialog.method.findData(method.value))
        assert approved is not None
        dialog.on.setDate(QDate(approved.year, approved.month, approved.day))
        dialog.fill_expected.click()
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    action = next(a for a in page.actions() if a.text() == "Record Arrival…")
    with qtbot.waitSignal(changes().changed):
        action.trigger()
    with demo_workspace.read() as s:
        assert s.get_one(RefundPart, part.id).received_minor == expected
    # The main window read the page again from the announcement, keeping the refund selected.
    qtbot.waitUntil(lambda: page.selected_id() == refund_id)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == refund_id)
    after = page.model.row_at(row).values["received"]
    assert after.minor == (before.minor if before is not None else 0) + expected


def test_a_refund_deleted_meanwhile_is_said_in_the_dialog(qtbot: QtBot, demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        refund_id = s.scalars(select(Refund.id).order_by(Refund.id.desc())).first()
        assert refund_id is not None
    dialog = ReceiveRefundDialog(demo_workspace, refund_id)
    qtbot.addWidget(dialog)
    with demo_workspace.write() as s:
        s.delete(s.get_one(Refund, refund_id))
    dialog.method.setCurrentIndex(0)
    dialog.amount.setText("1.00")
    dialog.accept()
    assert dialog.error.text() == f"no refund {refund_id}" and dialog.result() == 0
    assert dialog.amount.text() == "1.00"


def test_the_dialog_says_what_recording_the_arrival_does_before_ok(qtbot: QtBot, demo_workspace: Workspace) -> None:
    """Typed in, as a user types: the line under the form says what arrives, where, and how the part then stands
    (short, late, complete), in the user's locale; nothing is written until OK."""
    from datetime import date

    from PySide6.QtCore import Qt

    from desk.money import Money
    from desk.ui.locale_text import date_text, money_text

    with demo_workspace.read() as s:
        part = s.scalars(select(RefundPart).where(RefundPart.received_minor.is_(None))).first()
        assert part is not None
        refund_id, method = part.refund_id, part.method
        expected = Money(part.expected_minor, part.refund.order.currency)
        approved = s.get_one(Refund, refund_id).approved_on or date.today()
    dialog = ReceiveRefundDialog(demo_workspace, refund_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method.setCurrentIndex(dialog.method.findData(method.value))
    assert "Type the amount" in dialog.what.text()
    dialog.on.setDate(QDate(approved.year, approved.month, approved.day))
    short = expected - Money(100, expected.currency)
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, str(short.amount))
    assert dialog.what.text() == (
        f"Records that {money_text(short)} arrived on {method.label} on {date_text(approved)}; "
        f"the part is then short by {money_text(Money(100, expected.currency))} and on time."
    )
    dialog.grab().save("/tmp/pw_record_arrival.png")
    dialog.amount.clear()
    dialog.fill_expected.click()
    dialog.on.setDate(QDate(approved.year + 1, approved.month, 1))
    assert "the part is then complete and arrived late (it was due by " in dialog.what.text()
    dialog.on.setDate(QDate(approved.year - 1, approved.month, 1))
    assert dialog.what.text().startswith("This cannot be recorded: money cannot arrive on ")
    with demo_workspace.read() as s:
        assert s.get_one(RefundPart, part.id).received_minor is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
