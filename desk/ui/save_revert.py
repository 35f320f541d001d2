"""The row at the foot of a Preferences tab that edits settings: what was said, then Revert and Save, enabled while
something is changed. Enter in a field saves nothing: Save is clicked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from desk.ui.reach import runs
from desk.ui.tr_context import TrContext

SaveRevert = TrContext("SaveRevert")


@dataclass
class SaveRevertRow:
    status: QLabel
    save: QPushButton
    revert: QPushButton
    layout: QHBoxLayout

    def changed(self, changed: bool) -> None:
        self.save.setEnabled(changed)
        self.revert.setEnabled(changed)


def save_revert_row(save: Callable[[], object], revert: Callable[[], object]) -> SaveRevertRow:
    status = QLabel()
    status.setWordWrap(True)
    save_button = QPushButton(SaveRevert.tr("Save"))
    save_button.clicked.connect(save)
    revert_button = QPushButton(SaveRevert.tr("Revert"))
    revert_button.clicked.connect(revert)
    runs(save_button, "settings.change_setting")
    for button in (save_button, revert_button):
        button.setAutoDefault(False)
    layout = QHBoxLayout()
    layout.addWidget(status, 1)
    layout.addWidget(revert_button)
    layout.addWidget(save_button)
    return SaveRevertRow(status, save_button, revert_button, layout)
