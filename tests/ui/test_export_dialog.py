"""File › Export for Lawyer…: on the demo folder, the dialog opens on all cases and offers the dispute selected on
the Disputes page (never choosing it by itself), exports it through the real core into a .zip in the background,
and reports files, size and where; a date range the wrong way round is refused before anything runs; Cancel stops
an export and writes no .zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desk.operations import Record
from desk.ui.changes import changes
from desk.ui.export_dialog import ExportDialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

WAIT = 60_000


def _select_dispute(window: MainWindow, dispute_id: int) -> ListPage:
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == dispute_id)
    page.table.selectRow(row)
    return page


def test_the_selected_dispute_is_exported_to_a_zip(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, artifacts: Path
) -> None:
    _select_dispute(window, 4)
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    # A row that happened to be selected is offered, not chosen: the dialog opens on the whole folder.
    assert dialog.all_cases.isChecked() and not dialog.selected_cases.isChecked() and dialog.cases() == ()
    assert dialog.selected_cases.text().endswith("Disputes page: dispute 4")
    qtbot.mouseClick(dialog.selected_cases, Qt.MouseButton.LeftButton)
    assert dialog.selected_cases.isChecked() and [case.id for case in dialog.cases()] == [4]
    dialog.set_output(tmp_path / "for-counsel")
    assert dialog.out_edit.text().endswith("for-counsel.zip")
    dialog.grab().save(str(artifacts / "export-dialog.png"))

    heard: list[frozenset[Record]] = []
    changes().changed.connect(heard.append)
    op = dialog.start()
    assert op is not None and dialog.close_button.text() == "Cancel"
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.error is None and dialog.bundle is not None
    assert heard == [frozenset({Record.EVIDENCE})]  # dispute 4's exhibits were labelled: evidence pages reload
    out = tmp_path / "for-counsel.zip"
    assert dialog.bundle.path == out and out.is_file()
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert len(archive.namelist()) >= dialog.bundle.files > 0
    assert (
        f"{dialog.bundle.files} files" in dialog.status.text()
        and "(1 dispute)" in dialog.status.text()
        and str(out) in dialog.status.text()
    )
    assert dialog.folder_button.isVisible() and dialog.close_button.text() == "Close"
    dialog.grab().save(str(artifacts / "export-dialog-done.png"))


def test_wrong_dates_are_refused_and_cancel_writes_nothing(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    dialog = ExportDialog(demo_workspace)
    qtbot.addWidget(dialog)
    assert dialog.all_cases.isChecked() and not dialog.selected_cases.isEnabled() and dialog.cases() == ()
    dialog.use_from.setChecked(True)
    dialog.use_to.setChecked(True)
    dialog.date_from.setDate(QDate(2026, 11, 1))
    dialog.date_to.setDate(QDate(2026, 10, 1))
    dialog.set_output(tmp_path / "all.zip")
    assert dialog.start() is None  # refused at once, by the rule the export itself applies
    assert (
        dialog.status.text()
        == "Nothing was exported: the dates are the wrong way round: 2026-11-01 is after 2026-10-01"
    )
    assert not (tmp_path / "all.zip").exists()

    dialog.use_from.setChecked(False)
    assert dialog.date_range() == (None, QDate(2026, 10, 1).toPython())
    op = dialog.start()
    assert op is not None
    dialog.reject()  # Cancel while it runs: the dialog stays and says so
    assert dialog.status.text() == "Cancelling…" and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.status.text() == "Cancelled: no .zip was written."
    assert not (tmp_path / "all.zip").exists() and list(tmp_path.glob("*.zip")) == []
