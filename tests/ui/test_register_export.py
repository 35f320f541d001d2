"""Save Bates Register… (issue 13, point 4): from the Disputes page, where claim packets are made, the register of
every packet's page numbers is saved as CSV where the user chooses, as `desk register -o FILE.csv` saves it; the
status bar says how many packets it holds."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.reach import operations_of


def test_save_bates_register_writes_the_register_where_the_user_chose(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts: Path
) -> None:
    assert window.workspace is not None
    made = make_claim_packet(window.workspace, MakeClaimPacket(4, tmp_path / "p.pdf", today=date(2026, 12, 6)))
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=30_000)
    chosen = tmp_path / "register"  # typed without .csv: it is added
    asked: list[str] = []

    def save_dialog(parent: object, title: str, suggested: str, file_filter: str) -> tuple[str, str]:
        asked.append(title)
        return str(chosen), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)  # the platform's dialog, not ours
    more = page.findChild(QToolButton, "moreActions")
    assert isinstance(more, QToolButton)
    menu = more.menu()
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == "Save Bates Register…")
    assert operations_of(action) == ("packets.save_register",) and action.isEnabled()
    menu.adjustSize()  # drawn without popping up: the offscreen platform warns on a popup
    menu.grab().save(str(artifacts / "disputes-more-register.png"))
    action.trigger()
    written = chosen.with_name("register.csv")
    qtbot.waitUntil(lambda: "Bates register" in window.statusBar().currentMessage(), timeout=30_000)
    assert asked == ["Save the Bates register"]
    assert window.statusBar().currentMessage() == f"Saved the Bates register (1 packet) to {written}."
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8-sig"))))
    assert rows[0]["Exhibit"] == "Whole packet" and rows[0]["First"] == f"DESK{made.first_number:06d}"
