"""Preferences › Reminders: each kind of deadline's ladder (the days before it that a reminder comes up, the settings
`remind_<kind>`), whether closing the window keeps Desk in the notification area, and how to have the system run
`desk due --remind` when Desk is not open. Save checks every ladder first: a bad one is named and nothing is saved."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.operations.settings import ChangeSetting, change_setting
from desk.settings import DEADLINE_KINDS, ladder_days, parse_setting, reminder_setting
from desk.ui.changes import announce
from desk.ui.errors import show_error
from desk.ui.operation_dialog import ALERT_STYLE
from desk.ui.reminders import TRAY_SETTING, kind_words
from desk.ui.save_revert import save_revert_row
from desk.workspace import Workspace


def scheduler_command() -> str:
    """What the system's scheduler should run, as a person would type it here."""
    if getattr(sys, "frozen", False):
        return f'"{sys.executable}" due --remind'
    desk = shutil.which("desk")
    return f'"{desk}" due --remind' if desk else "desk due --remind"


def ladder_text(value: str) -> str:
    """"7,3,1,0" as a person reads it: "7, 3, 1, 0"."""
    return ", ".join(str(day) for day in ladder_days(value))


class RemindersTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        intro = QLabel(
            self.tr(
                "A reminder comes up on each of these days before a deadline (0 is the day itself), stays until "
                "the case moves on, and can be snoozed or dismissed. An overdue deadline stays until its case "
                "moves past it."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("countLabel")
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for kind in DEADLINE_KINDS:
            field = QLineEdit()
            field.setMaximumWidth(160)
            field.setPlaceholderText("7, 3, 1, 0")
            field.setToolTip(self.tr("Days before the deadline, separated by commas"))
            field.textEdited.connect(self._edited)
            self.fields[kind] = field
            form.addRow(kind_words(kind), field)

        self.tray = QCheckBox(self.tr("Keep Desk in the notification area when its window is closed"))
        self.tray.setChecked(QSettings().value(TRAY_SETTING, False, type=bool) is True)
        self.tray.toggled.connect(lambda on: QSettings().setValue(TRAY_SETTING, on))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.setEnabled(False)
            self.tray.setToolTip(self.tr("This desktop has no notification area."))
        limits = QLabel(
            self.tr(
                "Notifications are a help, not a guarantee: Windows hides them while Focus Assist is on, macOS shows "
                "them once you allow them, and some Linux desktops have no notification area. The banner above the "
                "pages and View › Reminders always show them."
            )
        )
        limits.setWordWrap(True)
        limits.setObjectName("countLabel")
        schedule = QLabel(
            self.tr(
                "When Desk is not open, have the system run this command every morning (Task Scheduler on Windows, "
                "launchd on macOS, cron on Linux; the README has the steps):"
            )
        )
        schedule.setWordWrap(True)
        command = QLineEdit(scheduler_command())
        command.setReadOnly(True)
        command.setObjectName("schedulerCommand")

        self.row = save_revert_row(self.save, self.load)
        self.status, self.save_button, self.revert_button = self.row.status, self.row.save, self.row.revert
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.tray)
        layout.addWidget(limits)
        layout.addSpacing(8)
        layout.addWidget(schedule)
        layout.addWidget(command)
        layout.addStretch(1)
        layout.addLayout(self.row.layout)
        self.stored: dict[str, str] = {}
        self.load()

    def load(self) -> None:
        from desk.settings import get_setting

        with self.workspace.read() as session:
            self.stored = {kind: ladder_text(str(get_setting(session, reminder_setting(kind)))) for kind in self.fields}
        for kind, field in self.fields.items():
            field.setText(self.stored[kind])
        self._say("")
        self._edited()

    def changes(self) -> dict[str, str]:
        return {kind: f.text() for kind, f in self.fields.items() if f.text().strip() != self.stored[kind]}

    def _edited(self, *_args: object) -> None:
        self.row.changed(bool(self.changes()))

    def save(self) -> bool:
        wanted = self.changes()
        for kind, text in wanted.items():
            try:
                parse_setting(reminder_setting(kind), text)
            except DeskError:
                self._say(
                    self.tr("{0}: give whole numbers of days from 0 to 365, separated by commas, such as 7, 3, 1, 0.")
                    .format(kind_words(kind)),
                    alert=True,
                )
                self.fields[kind].setFocus()
                return False
        for kind, text in wanted.items():
            try:
                announce(change_setting(self.workspace, ChangeSetting(reminder_setting(kind), text)))
            except Exception as error:  # a database or disk problem, or a bug: checked above
                show_error(self, error)
                return False
        self.load()
        saved = ", ".join(kind_words(kind) for kind in wanted)
        self._say(self.tr("Saved: {0}.").format(saved) if saved else "")
        return True

    def _say(self, text: str, *, alert: bool = False) -> None:
        self.status.setStyleSheet(ALERT_STYLE if alert else "")
        self.status.setText(text)
