"""The Evidence tab of the Orders and Disputes pages: what a case has, and for a dispute what its reason expects —
a not-as-described dispute without a photo of the item is flagged until a photo is added and the user confirms
that it shows the item as it arrived."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.demo import png
from desk.evidence.cases import CaseRef
from desk.models import Dispute, DisputeReason, Evidence, EvidenceKind, EvidenceLink
from desk.ui.case_evidence import MISSING, CaseEvidence
from desk.ui.confirm_shows_dialog import ConfirmShowsDialog
from desk.ui.evidence_drop import ALERT, FileDrops
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.page_actions import case_of_row, evidence_tab
from desk.workspace import Workspace

PHOTO = "a photo of the item as it arrived"
WAIT = 30_000
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def _page(window: MainWindow, name: str) -> tuple[ListPage, CaseEvidence]:
    page = window.show_page(name)
    assert isinstance(page, ListPage) and page.model.rowCount() > 0
    tab = evidence_tab(page)
    assert tab is not None and page.detail_tabs.tabText(page.detail_tabs.indexOf(tab)) == "Evidence"
    return page, tab


def _select(page: ListPage, row_id: int) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == row_id)
    page.table.selectRow(row)


def _rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [r for r in rows if r is not None]


def _check(tab: CaseEvidence, label: str) -> QTreeWidgetItem:
    return next(r for r in _rows(tab.checks) if r.text(1).startswith(label))


def _bare_not_as_described(ws: Workspace) -> int:
    """A not-as-described dispute of the demo with no photo, on it or on its order."""
    with ws.read() as s:
        for dispute in s.scalars(
            select(Dispute).where(Dispute.reason == DisputeReason.NOT_AS_DESCRIBED).order_by(Dispute.id)
        ):
            photos = s.scalars(
                select(Evidence.id)
                .join(EvidenceLink)
                .where(
                    Evidence.kind == EvidenceKind.PHOTO,
                    (EvidenceLink.dispute_id == dispute.id) | (EvidenceLink.order_id == dispute.order_line.order_id),
                )
            ).all()
            if not photos:
                return dispute.id
    raise AssertionError("the demo has no not-as-described dispute without a photo")


def _add(qtbot: QtBot, tab: CaseEvidence, path: Path) -> None:
    """Drop a file on the tab's list of files (the tab takes it for its case) and wait for the add to end."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    target = tab.files.viewport()  # takes no drops itself: Qt offers them to the tab around it
    pos = QPoint(20, 20)
    enter = QDragEnterEvent(pos, COPY, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), COPY, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    drops = tab.findChild(FileDrops)
    assert drops is not None and drops.last is not None
    dialog = drops.last
    qtbot.waitUntil(lambda: not dialog.busy and dialog.outcome is not None, timeout=WAIT)
    dialog.close()


def test_a_not_as_described_dispute_without_a_photo_is_flagged_until_one_is_added(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    dispute_id = _bare_not_as_described(demo_workspace)
    page, tab = _page(window, "disputes")
    _select(page, dispute_id)
    page.detail_tabs.setCurrentWidget(tab)
    assert tab.case == CaseRef("dispute", dispute_id, f"dispute {dispute_id}")
    assert tab.checks_panel.isVisible() and tab.checks_title.text() == "Expected for a not-as-described dispute"

    photo = _check(tab, PHOTO)
    assert photo.text(0) == MISSING and photo.text(2) == ""
    assert photo.foreground(0).color() == ALERT and photo.font(0).bold()
    assert '"How to properly return money to Aliexpress"' in photo.toolTip(1)  # the page the expectation comes from
    video = _check(tab, "a video showing the defect")
    assert video.text(1) == "a video showing the defect (recommended)" and video.text(0) == "missing"
    assert video.foreground(0).color() != ALERT
    assert tab.summary.objectName() == "evidenceAlert" and PHOTO in tab.summary.text()
    assert tab.summary.palette().color(tab.summary.foregroundRole()) == ALERT  # the style sheet's alert colour

    picture = tmp_path / "IMG_20261120_101500.png"
    picture.write_bytes(png(48, 36, (30, 120, 200)))
    _add(qtbot, tab, picture)

    # A picture is offered, not counted: the user confirms what it shows.
    photo = _check(tab, PHOTO)
    assert photo.text(0) == MISSING and photo.childCount() == 1
    offered = photo.child(0)
    assert (offered.text(0), offered.text(1)) == ("To confirm", f"{picture.name} might show this")
    assert "— confirm what the files offered" in tab.summary.text()
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.grab().save("/tmp/checklist_to_confirm.png")

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConfirmShowsDialog)
        assert dialog.file.currentText() == picture.name  # the pair the user chose
        assert dialog.shows.currentText() == "A photo of the item as it arrived"
        assert [dialog.shows.itemText(i) for i in range(dialog.shows.count())][-1] == "None of these"
        dialog.grab().save("/tmp/confirm_shows_dialog.png")
        qtbot.keyClick(dialog.shows, Qt.Key.Key_Return)

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(tab.checks.viewport(), LEFT, NO_KEYS, tab.checks.visualItemRect(offered).center())
    assert tab.checks.currentItem() is offered and tab.confirm_button.isEnabled()
    qtbot.mouseClick(tab.confirm_button, LEFT)

    photo = _check(tab, PHOTO)
    assert photo.text(0) == "Met" and photo.text(2) == picture.name and photo.childCount() == 0
    assert photo.foreground(0).color() != ALERT and not photo.font(0).bold()
    assert PHOTO not in tab.summary.text()
    files = _rows(tab.files)
    assert [f.text(0) for f in files] == [picture.name]
    assert (files[0].text(1), files[0].text(5)) == ("photo", "this case")
    assert tab.files_title.text() == "Files (1)"
    assert files[0].text(3) == f"{picture.stat().st_size} bytes"

    # The screenshot shows the dispute with the photo met and what is still missing.
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.grab().save(str(artifacts / "dispute-evidence-tab.png"))


def test_the_tab_follows_the_selection_and_reads_only_when_shown(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page, tab = _page(window, "disputes")
    with demo_workspace.read() as s:
        # The demo's not-received dispute: its tracking screenshot and the seller's e-mail are linked to it.
        dispute = s.scalars(select(Dispute).where(Dispute.reason == DisputeReason.NOT_RECEIVED)).one()
        dispute_id = dispute.id
    assert page.detail_tabs.currentWidget() is not tab
    _select(page, dispute_id)
    assert tab.case is not None and tab.case.id == dispute_id
    assert tab.data is None or tab.data.case.id != dispute_id  # hidden: nothing read yet

    page.detail_tabs.setCurrentWidget(tab)
    assert tab.data is not None and tab.data.case.id == dispute_id
    kinds = sorted(r.text(1) for r in _rows(tab.files))
    assert kinds == ["email", "tracking"]
    tracking = _check(tab, "the tracking history")
    assert tracking.text(0) == "Met" and "17track" in tracking.text(2)
    assert _check(tab, "proof of payment").text(0) == MISSING

    other = next(page.model.row_at(r).id for r in range(page.model.rowCount()) if page.model.row_at(r).id != dispute_id)
    _select(page, other)
    assert tab.case is not None and tab.case.id == other and tab.data is not None and tab.data.case.id == other

    page.search.setText("no dispute is about this")  # nothing found: no case, nothing shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert tab.case is None and tab.files.topLevelItemCount() == 0 and tab.checks_panel.isHidden()
    assert tab.summary.text() == "Choose a row to see its evidence."


def test_an_orders_tab_lists_its_evidence_and_its_disputes_without_a_checklist(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    with demo_workspace.read() as s:
        # The demo's payment proof is linked to a wrong-item dispute and to its order.
        linked = s.scalars(select(EvidenceLink).where(EvidenceLink.order_id.is_not(None))).first()
        assert linked is not None and linked.order_id is not None
        order_id = linked.order_id
        name = linked.evidence.original_name
    page, tab = _page(window, "orders")
    page.detail_tabs.setCurrentWidget(tab)
    _select(page, order_id)
    case = case_of_row(page, page.table.selectionModel().selectedRows()[0].row())
    assert tab.case == case
    assert not tab.checks_panel.isVisible()
    rows = {r.text(0): r.text(5) for r in _rows(tab.files)}
    assert name in rows and rows[name].startswith("this case")
    assert "dispute" in rows[name]  # it supports the dispute on this order too


def test_an_order_with_no_evidence_says_how_to_add_some(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page, tab = _page(window, "orders")
    page.detail_tabs.setCurrentWidget(tab)
    with demo_workspace.read() as s:
        with_evidence = set(s.scalars(select(EvidenceLink.order_id).where(EvidenceLink.order_id.is_not(None))))
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id not in with_evidence)
    page.table.selectRow(row)
    assert tab.files.topLevelItemCount() == 0
    assert tab.summary.text() == "No evidence yet." and tab.summary.objectName() == "countLabel"
    assert tab.hint.text() == "Drop files here or on the row, or use Add Evidence…" and tab.hint.isVisible()
    assert tab.add_button.isVisible() and tab.add_button.defaultAction().text() == "Add Evidence…"
