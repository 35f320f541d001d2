"""Files dragged from the desktop onto an order or a dispute, or chosen with Add Evidence…, become its evidence: the
add runs in the worker with progress and Cancel while the window stays responsive, and a report follows. Real
files in the test's folder, the demo data folder, real drag-and-drop events sent to the table's viewport."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from pathlib import Path

import pytest
from driving import drag_over
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.common import format_size
from desk.demo import png
from desk.evidence.cases import CaseRef
from desk.models import Dispute, Evidence, EvidenceLink
from desk.settings import set_setting
from desk.ui.case_evidence import CaseEvidence
from desk.ui.evidence_drop import ALERT, KIB, AddEvidenceDialog, FileDrops, dropped_paths
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.page_actions import add_evidence_on, case_of_row
from desk.workspace import Workspace

WAIT = 30_000
MB = 1_000_000
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


# -- helpers -----------------------------------------------------------------------------------------------------


def _page(window: MainWindow, name: str) -> ListPage:
    page = window.show_page(name)
    assert isinstance(page, ListPage) and page.model.rowCount() > 0
    return page


def _row_of(page: ListPage, row_id: int) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == row_id)


def _row_pos(page: ListPage, row: int) -> QPoint:
    page.table.scrollTo(page.model.index(row, 1))
    return page.table.visualRect(page.model.index(row, 1)).center()


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(page: ListPage, pos: QPoint, mime: QMimeData) -> tuple[bool, bool]:
    return drag_over(page.table.viewport(), pos, mime)


def _leave(page: ListPage) -> None:
    QApplication.sendEvent(page.table.viewport(), QDragLeaveEvent())


def _drop(page: ListPage, row: int, paths: list[Path]) -> AddEvidenceDialog:
    """Drag `paths` onto `row` of the page's table and drop them there, as a file manager does."""
    pos = _row_pos(page, row)
    mime = _mime(paths)
    entered, moved = _drag(page, pos, mime)
    assert entered and moved
    drop = QDropEvent(QPointF(pos), COPY | Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(page.table.viewport(), drop)
    assert drop.isAccepted() and drop.dropAction() == COPY  # the user's files stay where they are
    drops = page.table.viewport().findChild(FileDrops)
    assert drops is not None and drops.last is not None
    return drops.last


def _wait(qtbot: QtBot, dialog: AddEvidenceDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and (dialog.outcome is not None or dialog.error is not None), timeout=WAIT)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _linked(ws: Workspace, case: CaseRef) -> dict[str, str]:
    """sha256 → name of the evidence linked to `case`."""
    column = getattr(EvidenceLink, case.column)
    with ws.read() as s:
        rows = s.execute(
            select(Evidence.sha256, Evidence.original_name).join(EvidenceLink).where(column == case.id)
        ).all()
    return {sha: name for sha, name in rows}


def _big_files(folder: Path, count: int, size: int = 4 * MB) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"video-part-{i:02}.bin"
        path.write_bytes(f"part {i}\n".encode() + bytes(size))
        paths.append(path)
    return paths


def _report(dialog: AddEvidenceDialog) -> list[str]:
    return [dialog.report.item(i).text() for i in range(dialog.report.count())]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "desktop"
    folder.mkdir()
    (folder / "IMG_0412.png").write_bytes(png(32, 24, (200, 40, 40)))
    (folder / "chat with seller.txt").write_text("Продавец: отправим замену завтра\n", encoding="utf-8")
    return folder


# -- tests -------------------------------------------------------------------------------------------------------


def test_only_local_files_count_as_a_file_drop(files: Path) -> None:
    assert dropped_paths(_mime([files / "IMG_0412.png", files])) == [files / "IMG_0412.png", files]
    text = QMimeData()
    text.setText("just words")
    assert dropped_paths(text) == []
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/photo.jpg")])
    assert dropped_paths(web) == []


def test_files_dropped_on_an_order_row_become_its_evidence(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path, artifacts: Path
) -> None:
    page = _page(window, "orders")
    row = page.model.rowCount() - 1  # not the row selected when the page opened
    case = case_of_row(page, row)
    assert case.kind == "order" and ":" in case.label
    assert not page.table.selectionModel().isRowSelected(row)

    pos = _row_pos(page, row)
    _drag(page, pos, _mime([files / "IMG_0412.png"]))
    assert window.statusBar().currentMessage() == f"Drop to add the files as evidence to order {case.label}"
    _leave(page)
    assert window.statusBar().currentMessage() == ""
    dialog = _drop(page, row, [files / "IMG_0412.png", files / "chat with seller.txt"])
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert window.statusBar().currentMessage() == ""
    _wait(qtbot, dialog)

    linked = _linked(demo_workspace, case)
    photo, chat = _sha(files / "IMG_0412.png"), _sha(files / "chat with seller.txt")
    assert linked == {photo: "IMG_0412.png", chat: "chat with seller.txt"}
    assert demo_workspace.vault.has(photo) and demo_workspace.vault.has(chat)
    assert dialog.heading.text() == f"2 added to order {case.label}."
    assert _report(dialog) == ["IMG_0412.png — added as photo", "chat with seller.txt — added as chat"]
    # The row dropped on is selected, and its Evidence tab shows what was added.
    assert page.selected_id() == case.id
    tab = page.detail_tabs.currentWidget()
    assert isinstance(tab, CaseEvidence) and tab.case == case
    names = {item.text(0) for i in range(tab.files.topLevelItemCount()) if (item := tab.files.topLevelItem(i))}
    assert {"IMG_0412.png", "chat with seller.txt"} <= names
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / "evidence-add-report.png"))


def test_the_evidence_page_once_shown_lists_files_added_on_another_page(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path
) -> None:
    evidence = _page(window, "evidence")
    before = evidence.model.rowCount()
    page = _page(window, "orders")
    dialog = _drop(page, 0, [files / "IMG_0412.png"])
    _wait(qtbot, dialog)
    names = [evidence.model.row_at(r).values["name"] for r in range(evidence.model.rowCount())]
    assert evidence.model.rowCount() == before + 1 and "IMG_0412.png" in names


def test_a_folder_dropped_on_a_dispute_adds_its_files(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path
) -> None:
    (files / "more").mkdir()
    (files / "more" / "receipt.txt").write_text("paid 12.30 USD", encoding="utf-8")
    (files / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden: left out
    page = _page(window, "disputes")
    case = case_of_row(page, 2)
    assert case == CaseRef("dispute", page.model.row_at(2).id, f"dispute {page.model.row_at(2).id}")
    before = _linked(demo_workspace, case)

    dialog = _drop(page, 2, [files])
    _wait(qtbot, dialog)

    added = {sha: name for sha, name in _linked(demo_workspace, case).items() if sha not in before}
    assert sorted(added.values()) == ["IMG_0412.png", "chat with seller.txt", "receipt.txt"]
    assert all(demo_workspace.vault.has(sha) for sha in added)
    assert dialog.outcome is not None and dialog.outcome.files == 3 and dialog.outcome.new == 3


def test_drops_of_anything_but_files_or_beside_a_row_are_refused(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path
) -> None:
    page = _page(window, "disputes")
    text = QMimeData()
    text.setText("a line of text")
    assert _drag(page, _row_pos(page, 0), text) == (False, False)

    last = page.table.visualRect(page.model.index(page.model.rowCount() - 1, 1))
    below = QPoint(last.center().x(), last.bottom() + 40)
    assert below.y() < page.table.viewport().height() and not page.table.indexAt(below).isValid()
    mime = _mime([files / "IMG_0412.png"])
    entered, moved = _drag(page, below, mime)
    assert entered and not moved  # files are welcome, but only on a row: the cursor says so
    assert window.statusBar().currentMessage() == "Drop the files on a row to add them as its evidence"
    drop = QDropEvent(QPointF(below), COPY, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(page.table.viewport(), drop)
    assert not drop.isAccepted()
    drops = page.table.viewport().findChild(FileDrops)
    assert drops is not None and drops.last is None
    with demo_workspace.read() as s:
        assert s.scalars(select(Evidence).where(Evidence.original_name == "IMG_0412.png")).first() is None


def test_cancel_keeps_only_whole_files_each_with_its_record(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    paths = _big_files(tmp_path / "parts", 30)
    page = _page(window, "disputes")
    case = case_of_row(page, 0)
    before = _linked(demo_workspace, case)

    dialog = _drop(page, 0, paths)
    # Cancel once a file and a half is copied: some files are whole, one is half-way.
    qtbot.waitUntil(lambda: dialog.bar.value() >= 6 * MB // KIB, timeout=WAIT)
    assert dialog.busy and dialog.amount.text().endswith(f"of {format_size(30 * 4 * MB)}")
    assert re.fullmatch(r"video-part-\d\d\.bin \(\d+ of 30\)", dialog.file_label.text())
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / "evidence-add-progress.png"))
    qtbot.mouseClick(dialog.buttons.buttons()[0], LEFT)  # Cancel
    _wait(qtbot, dialog)

    assert dialog.cancelled and dialog.outcome is None
    added = {sha for sha in _linked(demo_workspace, case) if sha not in before}
    kept = {_sha(p) for p in paths if demo_workspace.vault.has(_sha(p))}
    assert 1 <= len(added) < 30
    assert added == kept  # every file in the vault has its record, every record its file
    assert not any((demo_workspace.vault.root / "tmp").iterdir())  # the half-copied one left nothing behind
    assert dialog.heading.text() == (
        f"Cancelled: {len(added)} of 30 files were added to {case.label}; the rest were not."
    )
    assert dialog.buttons.buttons()[0].text() == "Close" and dialog.buttons.isEnabled()


def test_the_window_stays_responsive_while_files_are_added(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    paths = _big_files(tmp_path / "parts", 10)
    page = _page(window, "orders")
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    dialog: list[AddEvidenceDialog] = []
    timer.timeout.connect(lambda: ticks.append(bool(dialog) and dialog[0].busy))
    timer.start()
    dialog.append(_drop(page, 0, paths))
    progress: list[tuple[int, int]] = []
    dialog[0].op.progressed.connect(lambda done, total: progress.append((done, total)))
    _wait(qtbot, dialog[0])
    timer.stop()
    assert sum(ticks) >= 5  # the event loop turned again and again while the files were hashed and copied
    total = sum(p.stat().st_size for p in paths) // KIB
    assert len(progress) >= 2 and progress[-1] == (total, total)
    assert dialog[0].outcome is not None and dialog[0].outcome.new == 10


def test_closing_the_window_mid_add_cancels_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    paths = _big_files(tmp_path / "parts", 30)
    page = _page(window, "orders")
    case = case_of_row(page, 0)
    dialog = _drop(page, 0, paths)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=WAIT)
    window.close()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.op.cancelled and dialog.cancelled and dialog.outcome is None
    added = _linked(demo_workspace, case)
    assert len([p for p in paths if _sha(p) in added]) < 30


def test_add_evidence_uses_the_platforms_file_dialog_for_the_selected_dispute(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window, "disputes")
    page.table.selectRow(1)
    case = case_of_row(page, 1)
    asked: list[str] = []

    def pick(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(caption)
        return [str(files / "IMG_0412.png")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    action = next(a for a in page.actions() if a.text() == "Add Evidence…")
    assert action.shortcut().toString() == "Ctrl+Shift+A"
    action.trigger()
    assert asked == [f"Add Evidence to {case.label}"]
    dialog = window.findChild(AddEvidenceDialog)
    assert dialog is not None
    _wait(qtbot, dialog)
    assert _linked(demo_workspace, case).get(_sha(files / "IMG_0412.png")) == "IMG_0412.png"

    # Nothing chosen in the file dialog: nothing happens.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([], ""))
    assert add_evidence_on(page, demo_workspace) is None


def test_add_evidence_with_no_row_chosen_says_so(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window, "orders")
    page.table.clearSelection()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    assert add_evidence_on(page, demo_workspace) is None
    assert told == ["Choose an order first."]


def test_the_report_names_warnings_and_files_already_kept(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a receipt.txt").write_text("paid", encoding="utf-8")
    (folder / "b same receipt.txt").write_text("paid", encoding="utf-8")  # the same bytes: one evidence
    (folder / "c photo.jpg").write_bytes(b"MZ\x90\x00" + bytes(200))  # a Windows program named as a photo
    page = _page(window, "orders")
    case = case_of_row(page, 0)

    dialog = _drop(page, 0, [folder])
    _wait(qtbot, dialog)

    assert dialog.heading.text() == f"2 added to order {case.label}, 1 already kept and now linked."
    lines = _report(dialog)
    assert lines == [
        "a receipt.txt — added as payment proof",
        "b same receipt.txt — already kept as a receipt.txt, now linked",
        "c photo.jpg — added as other",
        "c photo.jpg — warning: the content is a Windows program, whatever its name says",
    ]
    alerts = [dialog.report.item(i).foreground().color() == ALERT for i in range(dialog.report.count())]
    assert alerts == [False, False, False, True]
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / "evidence-add-warnings.png"))
    linked = _linked(demo_workspace, case)
    assert _sha(folder / "a receipt.txt") in linked and _sha(folder / "c photo.jpg") in linked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="Windows has no named pipes (FIFOs) in its file system")
def test_files_that_cannot_be_added_are_all_named_and_nothing_is_added(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    """The window refuses as `desk evidence add` does: every bad file named with why, not one file added. The same
    files in a folder dropped: the rest are added, the bad ones named (issue 20)."""
    with demo_workspace.write() as s:
        set_setting(s, "evidence_max_mb", 1)
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a receipt.txt").write_text("paid", encoding="utf-8")
    (folder / "d video.mp4").write_bytes(bytes(MB + 500_000))
    os.mkfifo(folder / "e pipe")  # not a file one can read to its end
    page = _page(window, "orders")
    case = case_of_row(page, 0)
    before = _linked(demo_workspace, case)

    dialog = _drop(page, 0, sorted(folder.iterdir()))  # each file named
    _wait(qtbot, dialog)

    assert dialog.outcome is None and dialog.error is not None
    assert dialog.heading.text() == "Nothing was added: 2 files cannot be added."
    assert _report(dialog) == [
        "d video.mp4 — 1.5 MB, above the limit of 1 MB (setting evidence_max_mb)",
        "e pipe — not a regular file",
    ]
    alerts = [dialog.report.item(i).foreground().color() == ALERT for i in range(dialog.report.count())]
    assert alerts == [True, True]
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / "evidence-add-refused.png"))
    assert _linked(demo_workspace, case) == before
    assert not demo_workspace.vault.has(_sha(folder / "a receipt.txt"))
    dialog.reject()

    in_folder = _drop(page, 0, [folder])
    _wait(qtbot, in_folder)
    assert in_folder.heading.text() == f"1 added to {case.named}, 2 not added."
    assert _report(in_folder) == [
        "d video.mp4 — not added: 1.5 MB, above the limit of 1 MB (setting evidence_max_mb)",
        "e pipe — not added: not a regular file",
        "a receipt.txt — added as payment proof",
    ]
    QApplication.processEvents()
    assert in_folder.grab().save(str(artifacts / "evidence-add-skipped.png"))
    assert _sha(folder / "a receipt.txt") in _linked(demo_workspace, case)


def test_a_case_gone_since_it_was_shown_is_reported(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path
) -> None:
    dialog = AddEvidenceDialog(demo_workspace, [files], CaseRef("dispute", 999, "dispute 999"), None, window)
    qtbot.addWidget(dialog)
    dialog.start()
    _wait(qtbot, dialog)
    assert dialog.heading.text() == "Nothing was added."
    assert _report(dialog) == ["no dispute 999"]
    with demo_workspace.read() as s:
        assert s.scalars(select(Dispute).where(Dispute.id == 999)).first() is None
        assert s.scalars(select(Evidence).where(Evidence.original_name == "IMG_0412.png")).first() is None


def test_a_busy_database_is_reported_and_nothing_is_added(
    qtbot: QtBot, short_busy_wait: int, window: MainWindow, demo_workspace: Workspace, files: Path
) -> None:
    """Another program holds the write lock for longer than Desk waits (its busy timeout): the add ends, and says
    why in plain words."""
    page = _page(window, "orders")
    case = case_of_row(page, 0)
    before = _linked(demo_workspace, case)
    other = sqlite3.connect(demo_workspace.db_path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        dialog = _drop(page, 0, [files])
        _wait(qtbot, dialog)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dialog.outcome is None and dialog.heading.text() == "Nothing was added."
    assert _report(dialog) == [
        f"the data folder {demo_workspace.db_path.parent} is busy: another Desk (or another program) is writing to "
        "it. Wait, and try again.",
    ]
    assert _linked(demo_workspace, case) == before


def test_files_dropped_on_the_evidence_page_are_evidence_of_no_case_and_listed(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, files: Path
) -> None:
    page = _page(window, "evidence")
    before = page.model.rowCount()
    mime = _mime([files / "IMG_0412.png"])
    pos = QPoint(40, 40)
    QApplication.sendEvent(page, QDragEnterEvent(pos, COPY, mime, LEFT, NO_KEYS))
    drop = QDropEvent(QPointF(pos), COPY, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    drops = page.findChild(FileDrops)
    assert drops is not None and drops.last is not None
    dialog = drops.last
    _wait(qtbot, dialog)
    assert dialog.heading.text() == "1 added to no case."
    with demo_workspace.read() as s:
        added = s.scalars(select(Evidence).where(Evidence.sha256 == _sha(files / "IMG_0412.png"))).one()
        assert added.links == []
    # The page read itself again from the announcement: the file is listed.
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=WAIT)
