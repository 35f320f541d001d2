"""Preferences… (Ctrl+, where the platform has it; the application menu on macOS): the business's settings, the
platform rules with this business's overrides, the exchange rates and the reminders, one tab each. Every change goes
through its operation (`desk.operations.settings`, `desk.operations.rates`) and is announced: the pages reload.

    open_preferences(window, workspace, tab="rates", rate=("USD", "EUR", date(2026, 12, 5)))"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.ui.language import CHOICES, NAMES, SYSTEM, saved_choice
from desk.ui.prefs_rates import RatesTab
from desk.ui.prefs_reminders import RemindersTab
from desk.ui.prefs_rules import RulesTab
from desk.ui.prefs_settings import SettingsTab
from desk.workspace import Workspace

TABS = ("business", "rules", "rates", "reminders")
GEOMETRY_KEY = "preferences/geometry"


class PreferencesDialog(QDialog):
    # The window's language chosen here: it changes once Preferences closes, the window built again in it, on the
    # same page and record (desk.ui.open_folder).
    language_chosen = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")
        self.settings_tab = SettingsTab(workspace, self)
        self.rules_tab = RulesTab(workspace, self, today=today)
        self.rates_tab = RatesTab(workspace, self, today=today)
        self.reminders_tab = RemindersTab(workspace, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.settings_tab, self.tr("Business"))
        self.tabs.addTab(self.rules_tab, self.tr("Platform Rules"))
        self.tabs.addTab(self.rates_tab, self.tr("Exchange Rates"))
        self.tabs.addTab(self.reminders_tab, self.tr("Reminders"))
        # Close, not OK: each tab saves with its own button, and Enter must not close the window on a typed value.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        self.language = QComboBox()
        for choice in CHOICES:
            self.language.addItem(self.tr("As the system") if choice == SYSTEM else NAMES[choice], choice)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_choice())))
        self.language.setObjectName("languageChoice")
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        bottom = QHBoxLayout()
        bottom.addWidget(language_label)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(980, 620)
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        chosen = str(self.language.currentData())
        super().done(result)
        if chosen != saved_choice():
            self.language_chosen.emit(chosen)


def open_preferences(
    parent: QWidget,
    workspace: Workspace,
    *,
    tab: str = "business",
    rate: tuple[str, str, date] | None = None,
    today: date | None = None,
) -> PreferencesDialog:
    """Show Preferences (window-modal) on `tab`; `rate`: the rate Desk lacks, filled in on the rates tab."""
    dialog = PreferencesDialog(workspace, parent, today=today)
    wanted = getattr(parent.window(), "language_wanted", None)  # the main window builds itself again in it
    if wanted is not None:
        dialog.language_chosen.connect(wanted)
    dialog.show_tab("rates" if rate is not None else tab)
    if rate is not None:
        dialog.rates_tab.ask_for(*rate)
    dialog.setModal(True)
    dialog.show()
    return dialog
