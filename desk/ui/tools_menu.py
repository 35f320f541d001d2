"""The Tools menu: Verify Data Folder…, Verify Bundle…, Letter Templates… and Add Exchange Rate… (Preferences on its
rates tab); it also makes Preferences… (Ctrl+, where the platform has that shortcut), which the window shows under
Edit (in the application menu on macOS). Its actions are off until a data folder is open, and find the window's
workspace when triggered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from desk.ui.reach import runs

if TYPE_CHECKING:
    from desk.workspace import Workspace


class ToolsMenu(QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("&Tools"), window)
        self.window_ = window
        self.verify_folder = self._add(self.tr("&Verify Data Folder…"), self.run_verify_folder)
        runs(self.verify_folder, "checks.verify_data_folder")
        self.verify_bundle = self._add(self.tr("Verify &Bundle…"), self.run_verify_bundle)
        runs(self.verify_bundle, "bundles.verify_bundle")
        self.templates = self._add(self.tr("&Letter Templates…"), self.run_letter_templates)
        runs(self.templates, "letters.copy_letter_templates")
        self.preferences = self._add(self.tr("&Preferences…"), self.run_preferences, shown=False)
        shortcut = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.preferences.setShortcut(shortcut if not shortcut.isEmpty() else QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        runs(
            self.preferences,
            "settings.change_setting",
            "settings.override_policy",
            "settings.remove_policy_override",
            "rates.set_exchange_rate",
            "rates.import_exchange_rates",
        )
        # The Dashboard's first steps offer it on a new folder: Preferences on the rates tab.
        self.add_rate = self._add(self.tr("Add &Exchange Rate…"), lambda: self.run_preferences("rates"))
        runs(self.add_rate, "rates.set_exchange_rate", "rates.import_exchange_rates")
        # On a team server only: a person's login there (the server refuses it to anyone but an owner).
        self.add_person = self._add(self.tr("Add a &Person to the Team…"), self.run_add_person)
        runs(self.add_person, "team.add_user")
        self.set_ready(False)

    def _add(self, text: str, run: Callable[[], object], *, shown: bool = True) -> QAction:
        action = QAction(text, self.window_)  # the window's: its shortcut works wherever the focus is
        action.triggered.connect(lambda _checked=False: run())  # not `run` itself: Qt would pass it `checked`
        if shown:
            self.addAction(action)
        return action

    def set_ready(self, ready: bool) -> None:
        """On once a data folder is open (Verify Bundle needs none, but waits with the rest)."""
        for action in (self.verify_folder, self.verify_bundle, self.templates, self.preferences, self.add_rate):
            action.setEnabled(ready)
        workspace = self.workspace
        self.add_person.setEnabled(ready and workspace is not None and workspace.database.server is not None)

    def run_add_person(self) -> None:
        if self.workspace is None:
            return
        from desk.ui.team_dialog import AddPersonDialog

        dialog = AddPersonDialog(self.workspace, self.window_)
        if dialog.exec() == AddPersonDialog.DialogCode.Accepted and dialog.added:
            self.window_.statusBar().showMessage(dialog.added, 10_000)

    @property
    def workspace(self) -> Workspace | None:
        return getattr(self.window_, "workspace", None)

    def run_verify_folder(self) -> QWidget | None:
        if self.workspace is None:
            return None
        from desk.ui.verify_dialog import verify_data_folder_of

        return verify_data_folder_of(self.window_, self.workspace)

    def run_verify_bundle(self) -> QWidget | None:
        from desk.ui.verify_dialog import choose_and_verify_bundle

        return choose_and_verify_bundle(self.window_, self.workspace)

    def run_preferences(self, tab: str = "business") -> QWidget | None:
        if self.workspace is None:
            return None
        from desk.ui.preferences import open_preferences

        return open_preferences(self.window_, self.workspace, tab=tab)

    def ask_rate(self, base: str, quote: str, on: object) -> QWidget | None:
        """Preferences on the rates tab with the rate Desk lacks filled in (the Dashboard's "no rate for …")."""
        if self.workspace is None or not isinstance(on, date):
            return None
        from desk.ui.preferences import open_preferences

        return open_preferences(self.window_, self.workspace, rate=(base, quote, on))

    def run_letter_templates(self) -> bool:
        """Copy the letter templates into the data folder (those already there are kept) and open that folder."""
        if self.workspace is None:
            return False
        from desk.operations.letters import copy_letter_templates
        from desk.ui.errors import show_error

        try:
            done = copy_letter_templates(self.workspace)
        except Exception as error:  # a folder that cannot be written is the user's; show_error says which
            show_error(self.window_, error)
            return False
        self.window_.statusBar().showMessage(done.message, 10_000)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(done.folder))):
            QMessageBox.information(
                self.window_,
                self.tr("Letter templates"),
                self.tr("{0}\nEdit them there: Desk uses your copy of a letter from then on.").format(
                    done.message
                ),
            )
        return True
