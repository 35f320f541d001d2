"""The Deposits page: the selected application's prerequisites and documents as a tickable list (ticking confirms,
unticking takes back; what Desk checks itself cannot be ticked), files dropped on a document becoming its evidence,
Submit refused with what is missing and accepted when all is met, and the review window and history. Real clicks
and real drag-and-drop events on the demo data folder, checked against the database with `desk.deposits.check`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factories import add_files
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desk.demo import png
from desk.deposits.applications import get_application
from desk.deposits.check import Finding, check
from desk.evidence.cases import CaseRef
from desk.models import DepositState, Platform
from desk.operations import Record
from desk.operations.deposits import (
    ConfirmPrerequisite,
    CreateDepositApplication,
    confirm_prerequisite,
    create_deposit_application,
)
from desk.ui.changes import changes
from desk.ui.deposit_panel import DepositPanel
from desk.ui.evidence_drop import ALERT, FileDrops
from desk.ui.list_page import ListPage
from desk.ui.locale_text import use_locale
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

WAIT = 30_000
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
TODAY = date(2026, 11, 23)  # the demo's day
CHECKED = Qt.CheckState.Checked


# -- helpers -----------------------------------------------------------------------------------------------------


def _workspace(window: MainWindow) -> Workspace:
    ws = window.workspace
    assert ws is not None
    return ws


def _new_application(ws: Workspace) -> int:
    """A draft for a store Desk holds no orders of: its order and dispute checks are met, the rest is not."""
    request = CreateDepositApplication("Baltic Lamp Studio", Platform.ALIEXPRESS, "3000 CNY", TODAY)
    return create_deposit_application(ws, request).application_id


def _panel(window: MainWindow, application_id: int) -> tuple[ListPage, DepositPanel]:
    page = window.show_page("deposits")
    assert isinstance(page, ListPage)
    page.load()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == application_id)
    page.table.selectRow(row)
    panel = page.findChild(DepositPanel)
    assert panel is not None and panel.isVisible()
    assert page.detail_tabs.currentWidget() is panel
    panel.today = TODAY
    assert panel.application_id == application_id and panel.data is not None
    return page, panel


def _findings(ws: Workspace, application_id: int) -> dict[str, Finding]:
    with ws.read() as session:
        return {f.code: f for f in check(session, get_application(session, application_id)).findings}


def _row(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    found = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return next(item for item in found if item.text(0).startswith(text))


def _rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def _check_box(tree: QTreeWidget, item: QTreeWidgetItem) -> QPoint:
    """Where the item's check box is drawn, as the style places it."""
    tree.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    rect = tree.visualItemRect(item)
    rect.setWidth(tree.columnWidth(0))
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree).center()


def _click_box(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    qtbot.mouseClick(tree.viewport(), LEFT, NO_KEYS, _check_box(tree, item))


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warnings the panel would show in a message box (a modal box would wait for a click)."""
    shown: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _drop(panel: DepositPanel, item: QTreeWidgetItem, paths: list[Path]) -> FileDrops:
    tree = panel.documents
    tree.scrollToItem(item)
    pos = tree.visualItemRect(item).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = tree.viewport()
    enter = QDragEnterEvent(pos, COPY | Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, COPY | Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(viewport, move)
    assert enter.isAccepted() and move.isAccepted()
    drop = QDropEvent(QPointF(pos), COPY | Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted() and drop.dropAction() == COPY
    drops = viewport.findChild(FileDrops)
    assert drops is not None and drops.last is not None
    return drops


# -- tests -------------------------------------------------------------------------------------------------------


def test_ticking_a_confirmation_stores_it_and_unticking_takes_it_back(window: MainWindow, qtbot: QtBot) -> None:
    ws = _workspace(window)
    app_id = _new_application(ws)
    _, panel = _panel(window, app_id)
    assert not _findings(ws, app_id)["store_closed"].met

    with qtbot.waitSignal(changes().changed) as announced:  # the pages are told, through the change bus
        _click_box(qtbot, panel.prerequisites, _row(panel.prerequisites, "Store closed"))
    assert announced.args == [frozenset({Record.DEPOSIT})]
    assert _findings(ws, app_id)["store_closed"].met
    found = _findings(ws, app_id)["store_closed"]
    assert found.met and found.why == f"confirmed on {TODAY.isoformat()}"  # the CLI's form
    row = _row(panel.prerequisites, "Store closed")
    assert row.checkState(0) == CHECKED and row.text(2) == "confirmed on Nov 23, 2026"  # the window's

    _click_box(qtbot, panel.prerequisites, _row(panel.prerequisites, "Store closed"))
    qtbot.waitUntil(lambda: not _findings(ws, app_id)["store_closed"].met)
    assert _row(panel.prerequisites, "Store closed").checkState(0) == Qt.CheckState.Unchecked


def test_what_desk_checks_itself_shows_why_and_cannot_be_ticked(window: MainWindow, qtbot: QtBot) -> None:
    ws = _workspace(window)
    app_id = _new_application(ws)
    _, panel = _panel(window, app_id)
    row = _row(panel.prerequisites, "No pending orders")
    assert row.checkState(0) == CHECKED  # met: Desk holds no orders of this new store
    assert row.text(2) == "our records hold no orders of this store"
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable

    _click_box(qtbot, panel.prerequisites, row)
    qtbot.wait(20)
    assert _row(panel.prerequisites, "No pending orders").checkState(0) == CHECKED
    # The click landed on a box: the same click on a confirmation ticks it.
    _click_box(qtbot, panel.prerequisites, _row(panel.prerequisites, "No violations"))
    qtbot.waitUntil(lambda: _findings(ws, app_id)["no_violations"].met)


def test_the_core_refusing_a_tick_says_why(window: MainWindow, qtbot: QtBot, refusals: list[str]) -> None:
    ws = _workspace(window)
    _, panel = _panel(window, 1)  # the demo's application, in review: nothing can be confirmed now
    row = _row(panel.prerequisites, "Store closed")
    assert row.checkState(0) == CHECKED
    _click_box(qtbot, panel.prerequisites, row)
    qtbot.waitUntil(lambda: len(refusals) == 1)
    assert len(refusals) == 1 and "is in review" in refusals[0]
    assert _findings(ws, 1)["store_closed"].met
    assert _row(panel.prerequisites, "Store closed").checkState(0) == CHECKED
    assert panel.message.isVisible() and panel.message.text() == refusals[0]


def test_a_file_dropped_on_a_document_becomes_its_evidence(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    ws = _workspace(window)
    app_id = _new_application(ws)
    _, panel = _panel(window, app_id)
    licence = _row(panel.documents, "Copy of the business licence")
    assert licence.text(1) == "MISSING" and licence.foreground(1).color() == ALERT
    scan = tmp_path / "licence scan.png"
    scan.write_bytes(png(40, 30, (20, 90, 160)))

    drops = _drop(panel, licence, [scan])
    dialog = drops.last
    assert dialog is not None and dialog.case is not None and dialog.case.kind == "checklist"
    qtbot.waitUntil(lambda: not dialog.busy and dialog.outcome is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: _row(panel.documents, "Copy of the business licence").text(1) == "Met", timeout=WAIT)

    found = _findings(ws, app_id)
    assert found["business_licence_copy"].met
    assert [name for _, name in found["business_licence_copy"].evidence] == ["licence scan.png"]
    assert not found["bank_account_details"].met  # only the item it was dropped on
    row = _row(panel.documents, "Copy of the business licence")
    assert row.text(2) == "licence scan.png" and row.checkState(0) == CHECKED
    dialog.close()


def test_submit_is_refused_while_items_are_missing_then_shows_the_review_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, refusals: list[str], artifacts: Path
) -> None:
    ws = _workspace(window)
    app_id = _new_application(ws)
    page, panel = _panel(window, app_id)
    assert panel.submit_button.isEnabled() and panel.submit_button.text() == "Submit"

    qtbot.mouseClick(panel.submit_button, LEFT)
    assert len(refusals) == 1
    text = panel.message.text()
    assert panel.message.isVisible() and text == refusals[0]
    assert "cannot be submitted: 5 requirements are not met" in text
    for label in ("Store closed", "No violations", "business licence", "Bank account details", "Identity document"):
        assert label in text and "_" not in text
    with ws.read() as session:
        assert get_application(session, app_id).state is DepositState.DRAFT

    for label, code in (("Store closed", "store_closed"), ("No violations", "no_violations")):
        _click_box(qtbot, panel.prerequisites, _row(panel.prerequisites, label))
        qtbot.waitUntil(lambda code=code: _findings(ws, app_id)[code].met)  # type: ignore[misc]
    for code in ("business_licence_copy", "bank_account_details", "identity_document"):
        item = tmp_path / f"{code}.png"
        item.write_bytes(png(20, 20, (len(code) * 7, 80, 80)))
        number = item_number(_findings(ws, app_id)[code])
        add_files(ws, [item], CaseRef("checklist", number, f"checklist {number}"))
    panel.refresh()
    assert panel.status.text() == "Everything required is met: ready to submit."

    qtbot.mouseClick(panel.submit_button, LEFT)
    assert len(refusals) == 1 and not panel.message.isVisible()
    with ws.read() as session:
        application = get_application(session, app_id)
        assert application.state is DepositState.IN_REVIEW
        assert [s.submitted_on for s in application.submissions] == [TODAY]
    assert panel.application_id == app_id and not panel.submit_button.isEnabled()
    # 7–15 working days in China from Monday 23 November 2026.
    expected = "a decision is expected Dec 2, 2026 to Dec 14, 2026 (working days of China)"
    assert expected in panel.status.text()
    history = _rows(panel.history)
    assert history[0][:2] == ["Nov 23, 2026", "Application created"]
    assert history[1][:2] == ["Nov 23, 2026", "Submitted"]
    assert " ".join(history[1][2].split()) == "review window Dec 2, 2026 to Dec 14, 2026 (working days of China)"
    chosen = page.model.row_at(page.table.selectionModel().selectedRows()[0].row())
    assert chosen.id == app_id
    assert chosen.values["state"] is DepositState.IN_REVIEW  # the list read again from the change announced


def test_the_panel_writes_dates_and_countries_in_the_users_language(window: MainWindow, qtbot: QtBot) -> None:
    use_locale("de_DE")
    ws = _workspace(window)
    app_id = _new_application(ws)
    _, panel = _panel(window, app_id)
    confirm_prerequisite(ws, ConfirmPrerequisite(app_id, "store_closed", TODAY))
    panel.refresh()
    assert _row(panel.prerequisites, "Store closed").text(2) == "confirmed on 23.11.2026"
    use_locale("ru_RU")
    _, panel = _panel(window, 1)
    assert "(working days of Китай)" in panel.status.text()
    shown = [panel.status.text()] + [text for row in _rows(panel.history) for text in row]
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", text) for text in shown)


def test_the_demo_application_shows_its_rejection_and_review_window(
    window: MainWindow, qtbot: QtBot, artifacts: Path
) -> None:
    _, panel = _panel(window, 1)
    history = _rows(panel.history)
    rejected = next(row for row in history if row[1] == "Rejected")
    assert rejected[0] == "Nov 13, 2026"
    assert " ".join(rejected[2].split()) == "Bank account holder name does not match the business licence"
    assert "a decision is expected Nov 25, 2026 to Dec 7, 2026 (working days of China)" in panel.status.text()
    assert not panel.submit_button.isEnabled()  # in review: the platform decides next
    # Resubmitted with the bank's confirmation after the rejection: every document is met (MISSING: see above).
    bank = _row(panel.documents, "Bank account details")
    assert (bank.text(1), bank.text(2)) == ("Met", "bank_account_confirmation.pdf")
    assert _row(panel.documents, "Copy of the business licence").text(2) == "营业执照_business_licence.pdf"
    window.resize(1280, 820)
    qtbot.wait(50)
    assert window.grab().save(str(artifacts / "deposits-page.png"))


def item_number(finding: Finding) -> int:
    assert finding.case is not None
    return int(finding.case.split(":")[1])
