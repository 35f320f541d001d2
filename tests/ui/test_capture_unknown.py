"""A photo that says nowhere when it was taken (no EXIF date, no timestamp in its name) shows its capture date as
"unknown" in a case's Evidence tab (issue 13, point 3), never the time it was added."""

from __future__ import annotations

from pathlib import Path

from factories import add_files
from PIL import Image
from pytestqt.qtbot import QtBot

from desk.evidence.cases import CaseRef
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.page_actions import evidence_tab
from desk.workspace import Workspace


def test_a_photo_without_a_date_reads_unknown_in_the_cases_evidence_tab(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    Image.new("RGB", (30, 20), (10, 120, 30)).save(tmp_path / "cracked lid.jpg")
    Image.new("RGB", (30, 20), (10, 30, 120)).save(tmp_path / "IMG_20261201_143000.jpg")
    add_files(
        demo_workspace, [tmp_path / "cracked lid.jpg", tmp_path / "IMG_20261201_143000.jpg"], CaseRef("dispute", 2, "d")
    )
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    tab = evidence_tab(page)
    assert tab is not None
    page.detail_tabs.setCurrentWidget(tab)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == 2)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.files.topLevelItemCount() > 0)
    shown = {}
    for i in range(tab.files.topLevelItemCount()):
        item = tab.files.topLevelItem(i)
        assert item is not None
        shown[item.text(0)] = item.text(2)
    assert shown["cracked lid.jpg"] == "unknown"
    assert "2026" in shown["IMG_20261201_143000.jpg"]  # read from its name, in the locale's form
    window.resize(1280, 800)
    window.grab().save(str(artifacts / "evidence-capture-unknown.png"))
