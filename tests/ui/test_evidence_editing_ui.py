"""Correcting evidence in the window (issue 12: "evidence cannot be unlinked, deleted, re-kinded, described or
marked internal in the window"): on the Evidence page and on a dispute's Evidence tab, each action runs its
operation on the demo folder; taking a file off a case asks first, naming the file and its cases; deleting takes
voiding first and says what is lost."""

from __future__ import annotations

from pathlib import Path

from driving import when_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.db import take_written
from desk.models import Audience, Evidence, EvidenceKind, EvidenceLink
from desk.models.voided import INCLUDE_VOIDED
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.ui.changes import announce
from desk.ui.evidence_edit import EditEvidenceDialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.page_actions import evidence_tab
from desk.ui.reach import operations_of
from desk.workspace import Workspace


def _action(page: QWidget, text: str):
    return next(a for a in page.actions() if a.text() == text)


def test_the_evidence_page_edits_kind_description_and_internal(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, artifacts: Path
) -> None:
    page = window.show_page("evidence")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    page.table.selectRow(0)
    evidence_id = page.selected_id()
    assert evidence_id is not None
    edit = _action(page, "Edit Evidence…")
    assert set(operations_of(edit)) == {"evidence.edit_evidence", "evidence.mark_evidence"}

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, EditEvidenceDialog)
        assert not dialog.ok.isEnabled()  # nothing changed: nothing to save
        dialog.accept()  # even when asked to, it does not act
        assert dialog.isVisible() and dialog.error.text() == "Nothing was changed."
        dialog.kind.setCurrentIndex(dialog.kind.findData(EvidenceKind.INVOICE))
        dialog.description.setPlainText("The seller's invoice for the order")
        qtbot.keyClick(dialog.audience, Qt.Key.Key_End)  # the last choice, as a user picks it by keyboard
        assert dialog.audience.audience() is Audience.INTERNAL
        dialog.grab().save(str(artifacts / "edit-evidence.png"))
        qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
        dialog.ok.click()

    when_shown(EditEvidenceDialog, change)
    edit.trigger()
    with demo_workspace.read() as s:
        kept = s.get(Evidence, evidence_id)
        assert kept is not None
        assert (kept.kind, kept.description, kept.audience) == (
            EvidenceKind.INVOICE,
            "The seller's invoice for the order",
            Audience.INTERNAL,
        )


def test_a_disputes_evidence_tab_takes_a_file_off_the_case(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, artifacts: Path
) -> None:
    with demo_workspace.read() as s:
        link = s.scalars(select(EvidenceLink).where(EvidenceLink.dispute_id.is_not(None))).first()
        assert link is not None
        dispute_id, evidence_id = link.dispute_id, link.evidence_id
        name = link.evidence.original_name
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    page.show_record(dispute_id)
    tab = evidence_tab(page)
    assert tab is not None
    page.detail_tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.files.topLevelItemCount() > 0, timeout=30_000)
    row = next(
        i
        for i in range(tab.files.topLevelItemCount())
        if tab.files.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == evidence_id
    )
    take_off = next(a for a in tab.files.actions() if a.text() == "Take Off Case…")
    assert not take_off.isEnabled()  # no file chosen
    tab.files.setCurrentItem(tab.files.topLevelItem(row))
    assert take_off.isEnabled()
    window.grab().save(str(artifacts / "dispute-evidence-tab-actions.png"))

    asked = when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    take_off.trigger()
    assert asked and asked[0].startswith(f"Take {name} off dispute {dispute_id}?")
    with demo_workspace.read() as s:
        assert s.get(EvidenceLink, link.id) is not None  # Cancel took nothing off

    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    take_off.trigger()
    with demo_workspace.read() as s:
        assert s.get(EvidenceLink, link.id) is None
        assert s.get(Evidence, evidence_id) is not None  # the file stays kept

    assert "Delete Evidence…" not in {a.text() for a in tab.files.actions()}  # voided files only: not listed here


def test_deleting_for_good_takes_voiding_first_and_says_what_is_lost(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, artifacts: Path
) -> None:
    """Destroying takes two deliberate steps: Void, then Delete for Good… on the voided file (issue 12, point 2)."""
    with demo_workspace.read() as s:
        link = s.scalars(select(EvidenceLink).where(EvidenceLink.dispute_id.is_not(None))).first()
        assert link is not None
        evidence_id, name, sha256 = link.evidence_id, link.evidence.original_name, link.evidence.sha256
        cases = len(link.evidence.links)
    evidence = window.show_page("evidence")
    assert isinstance(evidence, ListPage)
    qtbot.waitUntil(lambda: evidence.model.rowCount() > 0, timeout=30_000)
    for_good = _action(evidence, "Delete for Good…")
    assert operations_of(for_good) == ("evidence.delete_evidence",)
    evidence.table.selectRow(_row(evidence, evidence_id))
    assert not for_good.isEnabled() and _action(evidence, "Edit Evidence…").isEnabled()  # kept: void it first

    announce(void_record(demo_workspace, VoidRecord(VoidKind.EVIDENCE, evidence_id, "the wrong file")))
    undo = window.undo_stack.undo_action
    assert undo.text() == "Undo Void Evidence"
    assert evidence.filter_bar is not None
    qtbot.mouseClick(evidence.filter_bar.flags["voided"], Qt.MouseButton.LeftButton)  # Voided too
    qtbot.waitUntil(lambda: _row(evidence, evidence_id) >= 0, timeout=30_000)
    evidence.table.selectRow(_row(evidence, evidence_id))
    assert for_good.isEnabled() and not _action(evidence, "Edit Evidence…").isEnabled()

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.grab().save(str(artifacts / "delete-for-good.png"))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, Cancel

    seen: list[str] = []
    asked = when_shown(QMessageBox, cancel)
    for_good.trigger()
    assert asked == [f"Delete {name} for good?"]
    lost = seen[0]
    assert "the record of the file" in lost and "This cannot be undone." in lost
    assert (f"its links to {cases} cases" if cases > 1 else "its link to dispute") in lost
    with demo_workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        assert s.get(Evidence, evidence_id) is not None  # Enter deleted nothing

    def delete(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == "Delete for Good"]
        button.click()

    when_shown(QMessageBox, delete)
    for_good.trigger()
    with demo_workspace.read() as s:
        s.info[INCLUDE_VOIDED] = True
        assert s.get(Evidence, evidence_id) is None
        holders = s.scalars(select(Evidence).where(Evidence.sha256 == sha256)).all()
    assert demo_workspace.vault.has(sha256) == bool(holders)
    assert ("the file itself" in lost) == (not holders)
    assert undo.text() == "Undo Void Evidence"  # deleting for good is no step to undo: the file may be gone
    assert take_written() is None  # nor part of the next one
    qtbot.waitUntil(lambda: _row(evidence, evidence_id) < 0)


def _row(page: ListPage, record_id: int) -> int:
    return next((r for r in range(page.model.rowCount()) if page.model.row_at(r).id == record_id), -1)
