"""Preferences › Business: the business's settings (`desk setting`), each with a widget of its kind and its help
as a tooltip. Save keeps what was changed through `change_setting`, once every changed value has passed the
domain's check (`desk.settings.parse_setting`): a bad value is named and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.operations.settings import ChangeSetting, change_setting
from desk.settings import SETTINGS, SettingValue, all_settings, parse_setting
from desk.ui.changes import announce
from desk.ui.errors import show_error
from desk.ui.operation_dialog import ALERT_STYLE
from desk.ui.save_revert import save_revert_row
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.workspace import Workspace


@dataclass(frozen=True)
class Field:
    label: str
    widget: QWidget
    read: Callable[[], str]
    write: Callable[[SettingValue], None]


# The order and the words of the form: what a person calls each setting.
LABELS = {
    "business_name": QT_TRANSLATE_NOOP("SettingsTab", "Business name"),
    "business_address": QT_TRANSLATE_NOOP("SettingsTab", "Postal address"),
    "business_contact": QT_TRANSLATE_NOOP("SettingsTab", "Contact (who signs letters)"),
    "country": QT_TRANSLATE_NOOP("SettingsTab", "Country (two letters)"),
    "home_currency": QT_TRANSLATE_NOOP("SettingsTab", "Home currency"),
    "reminder_days": QT_TRANSLATE_NOOP("SettingsTab", "Show deadlines as due"),
    "evidence_max_mb": QT_TRANSLATE_NOOP("SettingsTab", "Largest evidence file"),
    "page_size": QT_TRANSLATE_NOOP("SettingsTab", "Paper size"),
    "bates_prefix": QT_TRANSLATE_NOOP("SettingsTab", "Page number prefix"),
    "photo_dates": QT_TRANSLATE_NOOP("SettingsTab", "Photos sent to others"),
}


class SettingsTab(QWidget):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.fields = {name: self._field(name) for name in LABELS}
        form = QFormLayout()
        for name, field in self.fields.items():
            help_text = SETTINGS[name].help.split(" (use ")[0]  # the command line's hint about line breaks: not here
            field.widget.setToolTip(help_text[:1].upper() + help_text[1:])
            form.addRow(self.tr_label(name), field.widget)
        intro = QLabel(
            self.tr(
                "Letters and packets print the business's name, address and contact; refunds are counted in the "
                "working days of its country."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("countLabel")
        self.row = save_revert_row(self.save, self.load)
        self.status, self.save_button, self.revert_button = self.row.status, self.row.save, self.row.revert
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.row.layout)
        self.stored: dict[str, SettingValue] = {}
        self.load()

    def _field(self, name: str) -> Field:
        label = LABELS[name]
        if name in ("reminder_days", "evidence_max_mb"):
            spin = QSpinBox()
            spin.setRange(0, 60) if name == "reminder_days" else spin.setRange(1, 100_000)
            spin.setSuffix(self.tr(" days before") if name == "reminder_days" else self.tr(" MB"))
            spin.valueChanged.connect(self._edited)
            return Field(label, spin, lambda: str(spin.value()), lambda v: spin.setValue(int(v)))
        if name == "page_size":
            combo = QComboBox()
            combo.addItem("A4", "A4")
            combo.addItem(self.tr("Letter", "the paper size"), "Letter")
            combo.currentIndexChanged.connect(self._edited)
            return Field(label, combo, combo.currentData, lambda v: combo.setCurrentIndex(max(0, combo.findData(v))))
        if name == "photo_dates":  # location and camera always go; only the date is the user's choice
            choice = QComboBox()
            choice.addItem(self.tr("Without location or camera; with the date taken"), "keep")
            choice.addItem(self.tr("Without location, camera or the date taken"), "remove")
            choice.currentIndexChanged.connect(self._edited)
            return Field(
                label, choice, lambda: str(choice.currentData()), lambda v: choice.setCurrentIndex(choice.findData(v))
            )
        if name == "business_address":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab leaves the note for the next field, as in a form
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(self._edited)
            return Field(label, text, text.toPlainText, lambda v: text.setPlainText(str(v)))
        line = QLineEdit()
        if name in ("home_currency", "country"):
            line.setMaxLength(3 if name == "home_currency" else 2)
            line.setMaximumWidth(80)
        line.textEdited.connect(self._edited)
        return Field(label, line, line.text, lambda v: line.setText(str(v)))

    @staticmethod
    def tr_label(name: str) -> str:
        return QCoreApplication.translate("SettingsTab", LABELS[name])

    def load(self) -> None:
        """Show the stored values (and forget what was typed)."""
        with self.workspace.read() as session:
            self.stored = all_settings(session)
        for name, field in self.fields.items():
            field.widget.blockSignals(True)
            field.write(self.stored[name])
            field.widget.blockSignals(False)
        self._say("")
        self._edited()

    def changes(self) -> dict[str, str]:
        """What was typed that differs from what is stored, as typed."""
        return {
            name: field.read()
            for name, field in self.fields.items()
            if field.read().strip() != str(self.stored[name]).strip()
        }

    def _edited(self, *_args: object) -> None:
        self.row.changed(bool(self.changes()))

    def save(self) -> bool:
        """Keep what was changed: every value checked first, then each saved. False when nothing was saved."""
        wanted = self.changes()
        for name, text in wanted.items():
            try:
                parse_setting(name, text)
            except DeskError as problem:
                self._refuse(name, str(problem))
                return False
        saved: list[str] = []
        for name, text in wanted.items():
            try:
                announce(change_setting(self.workspace, ChangeSetting(name, text)))
            except DeskError as problem:
                self._refuse(name, str(problem))
                return False
            except Exception as error:  # a database or disk problem, or a bug
                show_error(self, error)
                return False
            saved.append(self.tr_label(name).lower())
        self.load()
        self._say(self.tr("Saved: {0}.").format(", ".join(saved)) if saved else "")
        self.saved.emit()
        return True

    def _refuse(self, name: str, problem: str) -> None:
        label = self.tr_label(name)
        said = problem.replace(f"{name} ", "it ", 1) if problem.startswith(name) else problem.replace(name, label)
        self._say(self.tr("{0}: {1}").format(label, said), alert=True)
        self.fields[name].widget.setFocus()

    def _say(self, text: str, *, alert: bool = False) -> None:
        self.status.setStyleSheet(ALERT_STYLE if alert else "")
        self.status.setText(text)
