"""Edit → Undo and Redo in the window (desk/ui/undo_stack.py): Ctrl+Z reverses the last operation of this session,
the page shows it at once, the menu names the step, and Redo puts it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Order
from desk.operations.disputes import EditDispute, edit_dispute
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.ui.changes import announce
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


def _ids(page: ListPage) -> set[int]:
    while page.model.canFetchMore(page.model.index(0, 0).parent()):
        page.model.fetchMore(page.model.index(0, 0).parent())
    return {page.model.row_at(r).id for r in range(page.model.rowCount())}


def test_ctrl_z_undoes_the_last_operation_and_the_page_shows_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    stack = window.undo_stack
    assert not stack.undo_action.isEnabled() and stack.undo_action.text() == "Undo"
    assert not stack.redo_action.isEnabled()
    with demo_workspace.read() as s:
        order_id = next(
            o.id
            for o in s.scalars(select(Order).order_by(Order.id))
            if not o.refunds and not any(line.disputes for line in o.lines)
        )
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    assert order_id in _ids(page)

    announce(void_record(demo_workspace, VoidRecord(VoidKind.ORDER, order_id, "by mistake")))
    qtbot.waitUntil(lambda: order_id not in _ids(page))
    assert stack.undo_action.isEnabled() and stack.undo_action.text() == "Undo Void Order"
    said = window.statusBar().currentMessage()  # what happened, in the operation's own sentence
    assert said.startswith("Voided order ") and said.endswith("by mistake. It is kept and can be restored."), said

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: order_id in _ids(page))
    assert window.statusBar().currentMessage() == "Undid Void Order."
    assert not stack.undo_action.isEnabled()
    assert stack.redo_action.isEnabled() and stack.redo_action.text() == "Redo Void Order"
    with demo_workspace.read() as s:
        assert s.get_one(Order, order_id).voided_at is None

    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: order_id not in _ids(page))
    assert stack.undo_action.text() == "Undo Void Order" and not stack.redo_action.isEnabled()
    menu = stack.undo_action.associatedObjects()[0]
    menu.adjustSize()
    menu.grab().save("/tmp/records_edit_menu.png")


def test_a_refused_undo_is_shown_and_the_step_stays(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desk.models import Dispute

    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).order_by(Dispute.id)).first()
    assert dispute_id is not None
    announce(edit_dispute(demo_workspace, EditDispute(dispute_id, case_no="A-1")))
    edit_dispute(demo_workspace, EditDispute(dispute_id, case_no="B-2"))  # elsewhere: the CLI, another window
    from desk.db import take_written

    take_written()
    window.undo_stack.undo()
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.windowTitle() == "Cannot undo"
    assert f"Dispute {dispute_id} (" in box.text() and "was changed again later" in box.text()
    box.grab().save("/tmp/records_undo_refused.png")
    box.close()
    assert window.undo_stack.undo_action.text() == "Undo Edit Dispute"


def test_an_operation_run_in_the_background_is_a_step_to_undo(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from desk.ui.worker import BackgroundOp

    with demo_workspace.read() as s:
        order_id = next(
            o.id
            for o in s.scalars(select(Order).order_by(Order.id.desc()))
            if not o.refunds and not any(line.disputes for line in o.lines)
        )
    done: list[object] = []

    def finished(result: object) -> None:
        done.append(result)
        announce(result)  # type: ignore[arg-type]

    request = VoidRecord(VoidKind.ORDER, order_id, "in the background")
    BackgroundOp(window, lambda _progress, _cancelled: void_record(demo_workspace, request)).on_success(
        finished
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(done))
    assert done[0].audit is not None  # type: ignore[attr-defined]
    assert window.undo_stack.undo_action.text() == "Undo Void Order"
    window.undo_stack.undo()
    with demo_workspace.read() as s:
        assert s.get_one(Order, order_id).voided_at is None


def test_the_labels_a_packet_gives_are_not_a_step_to_undo(
    window: MainWindow, demo_workspace: Workspace, tmp_path: object
) -> None:
    from pathlib import Path

    from desk.models import EvidenceLink, ExhibitLabel
    from desk.operations.packets import MakeClaimPacket, make_claim_packet

    with demo_workspace.write() as s:  # a dispute whose exhibits have no labels yet
        s.execute(ExhibitLabel.__table__.delete())
    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(EvidenceLink.dispute_id).where(EvidenceLink.dispute_id.is_not(None))).first()
    assert dispute_id is not None
    from desk.db import take_written

    take_written()
    made = make_claim_packet(demo_workspace, MakeClaimPacket(dispute_id, Path(str(tmp_path)) / "p.pdf"))
    assert made.changed  # labels were given
    announce(made)
    assert not window.undo_stack.undo_action.isEnabled()
