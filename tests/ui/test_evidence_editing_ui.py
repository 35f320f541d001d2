"""Correcting evidence in the window (issue 12: "evidence cannot be unlinked, deleted, re-kinded, described or
marked internal in the window"): on the Evidence page and on a dispute's Evidence tab, each action runs its
operation on the demo folder; taking a file off a case and deleting it ask first, naming the file and its cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Evidence, EvidenceKind, EvidenceLink
from desk.ui.evidence_edit import EditEvidenceDialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.page_actions import evidence_tab
from desk.ui.reach import operations_of
from desk.workspace import Workspace


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[str]:
    """Run `act` on the next window of `kind` once it shows (a modal exec() would block the test); the texts seen."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                if isinstance(widget, QMessageBox):
                    seen.append(widget.text())
                act(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return seen


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
        dialog.internal.setChecked(True)
        dialog.grab().save(str(artifacts / "edit-evidence.png"))
        qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
        dialog.ok.click()

    when_shown(EditEvidenceDialog, change)
    edit.trigger()
    with demo_workspace.read() as s:
        kept = s.get(Evidence, evidence_id)
        assert kept is not None
        assert (kept.kind, kept.description, kept.internal) == (
            EvidenceKind.INVOICE,
            "The seller's invoice for the order",
            True,
        )


def test_a_disputes_evidence_tab_takes_a_file_off_the_case_then_deletes_it(
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

    evidence = window.show_page("evidence")
    assert isinstance(evidence, ListPage)
    qtbot.waitUntil(lambda: evidence.model.rowCount() > 0, timeout=30_000)
    found = next(r for r in range(evidence.model.rowCount()) if evidence.model.row_at(r).id == evidence_id)
    evidence.table.selectRow(found)
    asked = when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    _action(evidence, "Delete Evidence…").trigger()
    assert asked and asked[0].startswith(f"Delete {name}?")
    with demo_workspace.read() as s:
        assert s.get(Evidence, evidence_id) is None
