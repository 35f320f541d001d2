"""The Deposits page's own steps in the window (issue 12, point 1): a new application from the platform's policy,
what the platform decided (rejected with its reason, approved, paid with what arrived), a document it asks for,
and the deposit packet. Real keys on the demo folder; the effect checked in the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.deposits.applications import DepositEvent, get_application
from desk.models import DepositApplication, DepositState, Platform
from desk.ui.changes import changes
from desk.ui.deposit_dialogs import DepositEventDialog, NewDepositDialog, RequireDocumentDialog
from desk.ui.deposit_packet_dialog import DepositPacketDialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.pdf_preview import PdfPreview
from desk.ui.save_places import PACKETS, save_folder
from desk.workspace import Workspace

WAIT = 30_000


def _in_review(ws: Workspace) -> int:
    with ws.read() as s:
        found = s.scalars(select(DepositApplication.id).where(DepositApplication.state == DepositState.IN_REVIEW))
        application_id = found.first()
        assert application_id is not None
        return application_id


def test_a_new_application_is_made_from_the_page_with_its_checklist_and_selected(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = window.show_page("deposits")
    assert isinstance(page, ListPage)
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewDepositDialog)
        seen["ok_at_first"] = dialog.ok_button.isEnabled()
        dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.ALIEXPRESS.value))
        qtbot.keyClicks(dialog.store, "Baltic Lamp Studio")
        seen["ok_without_amount"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.amount, "3000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    action = next(a for a in page.actions() if a.text() == "New Application…")
    with qtbot.waitSignal(changes().changed):
        action.trigger()
    assert seen == {"ok_at_first": False, "ok_without_amount": False}
    with demo_workspace.read() as s:
        made = s.scalars(select(DepositApplication).order_by(DepositApplication.id.desc())).first()
        assert made is not None and made.store.name == "Baltic Lamp Studio"
        assert (str(made.deposit), made.state, made.created_on) == ("3000.00 CNY", DepositState.DRAFT, date.today())
        assert made.prerequisites and made.checklist  # from the platform's deposit policy
        made_id = made.id
    qtbot.waitUntil(lambda: page.selected_id() == made_id)


def test_a_rejection_needs_the_platforms_reason_then_a_document_it_asks_for_is_added(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    application_id = _in_review(demo_workspace)
    dialog = DepositEventDialog(demo_workspace, application_id)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = {DepositEvent(dialog.kind.itemData(i)) for i in range(dialog.kind.count())}
    assert offered == {DepositEvent.REJECTED, DepositEvent.APPROVED}  # what may happen in review
    dialog.kind.setCurrentIndex(dialog.kind.findData(DepositEvent.REJECTED.value))
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == 0  # nothing recorded without the reason
    qtbot.keyClicks(dialog.note, "The tax certificate is missing")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == DepositEventDialog.DialogCode.Accepted, dialog.error.text()
    with demo_workspace.read() as s:
        application = get_application(s, application_id)
        assert application.state is DepositState.REJECTED
        assert application.submissions[-1].reason == "The tax certificate is missing"

    asked = RequireDocumentDialog(demo_workspace, application_id)
    qtbot.addWidget(asked)
    asked.show()
    assert not asked.ok_button.isEnabled()
    qtbot.keyClicks(asked.label, "Tax certificate")
    qtbot.keyClick(asked.label, Qt.Key.Key_Return)
    assert asked.result() == RequireDocumentDialog.DialogCode.Accepted
    with demo_workspace.read() as s:
        items = {item.label: item.required for item in get_application(s, application_id).checklist}
    assert items["Tax certificate"] is True

    again = RequireDocumentDialog(demo_workspace, application_id)  # the same name twice is a second document
    qtbot.addWidget(again)
    qtbot.keyClicks(again.label, "Tax certificate")
    again.must.setChecked(False)
    again.accept()
    assert again.result() == RequireDocumentDialog.DialogCode.Accepted, again.error.text()


def test_approved_then_paid_with_what_arrived(qtbot: QtBot, demo_workspace: Workspace) -> None:
    application_id = _in_review(demo_workspace)
    approved = DepositEventDialog(demo_workspace, application_id)
    qtbot.addWidget(approved)
    approved.kind.setCurrentIndex(approved.kind.findData(DepositEvent.APPROVED.value))
    assert approved.ok_button.isEnabled() and approved.amount.isHidden()
    approved.accept()
    paid = DepositEventDialog(demo_workspace, application_id)
    qtbot.addWidget(paid)
    paid.show()
    assert paid.kind.currentIndex() == -1 and not paid.ok_button.isEnabled()  # chosen, never assumed
    qtbot.keyClick(paid, Qt.Key.Key_Return)
    assert paid.result() == 0 and paid.isVisible()
    paid.kind.setCurrentIndex(paid.kind.findData(DepositEvent.PAID.value))
    assert paid.amount.isVisible() and not paid.ok_button.isEnabled()
    qtbot.keyClicks(paid.amount, "9850")
    qtbot.keyClick(paid.amount, Qt.Key.Key_Return)
    assert paid.result() == DepositEventDialog.DialogCode.Accepted, paid.error.text()
    with demo_workspace.read() as s:
        application = get_application(s, application_id)
        assert (application.state, application.arrived_minor, application.arrived_currency) == (
            DepositState.PAID,
            985000,
            "CNY",
        )


def test_the_deposit_packet_is_made_in_the_background_and_previewed(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    application_id = _in_review(demo_workspace)
    dialog = DepositPacketDialog(demo_workspace, application_id, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    out = tmp_path / "deposit packet"
    dialog.out_edit.setText(str(out))
    op = dialog.start()
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.error is None and dialog.packet is not None
    written = tmp_path / "deposit packet.pdf"
    assert dialog.packet.parts == (written,)
    assert save_folder(PACKETS) == tmp_path  # typed, not chosen: the next packet starts there all the same
    assert len(pypdf.PdfReader(written).pages) == dialog.packet.pages
    assert "Made:" in dialog.status.text() and dialog.make_button.isEnabled()
    preview = dialog.findChild(PdfPreview)
    assert preview is not None
    preview.close()

    dialog.out_edit.clear()
    assert not dialog.make_button.isEnabled()
