"""Preferences › Business › "Photos sent out" (issue 13, point 2): whether the clean copy of a photo for the other side
keeps the date it was taken; its location and camera are removed either way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.settings import all_settings
from desk.ui.preferences import PreferencesDialog
from desk.workspace import Workspace


def test_the_photo_date_choice_is_saved_from_the_keyboard(qtbot: QtBot, workspace: Workspace, artifacts: Path) -> None:
    dialog = PreferencesDialog(workspace, today=date(2026, 12, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tab = dialog.settings_tab
    choice = tab.fields["photo_dates"].widget
    assert choice.currentText() == "Without location or camera; with the date taken"
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentText() == "Without location, camera or the date taken" and tab.save_button.isEnabled()
    dialog.grab().save(str(artifacts / "preferences-photo-dates.png"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with workspace.read() as s:
        assert all_settings(s)["photo_dates"] == "remove"
    assert not tab.save_button.isEnabled()
