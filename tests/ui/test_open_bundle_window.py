"""The window Open with › Desk shows for a .zip: it ends when the user closes it, with the check's answer as the
exit code (tests/e2e/test_open_bundle_cli.py runs it as a process)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.ui.open_bundle import check_bundle_window
from desk.ui.verify_dialog import VerifyBundleDialog


def test_closing_the_window_once_it_has_answered_ends_it(qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as made:
        made.writestr("photo.txt", "not made by desk export")
    seen: list[str] = []

    def close_once_answered() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyBundleDialog) and w.isVisible()]
        if shown and not shown[0].busy and shown[0].verified is not None:
            seen.append(shown[0].status.text())
            shown[0].close_button.click()  # as the user does
        else:
            QTimer.singleShot(20, close_once_answered)

    QTimer.singleShot(0, close_once_answered)
    assert check_bundle_window(other) == 1
    assert seen == ["photos.zip is not a bundle Desk exported: it holds no list of its files to check them against."]
