"""A CaseDialog whose OK is enabled only while the fields it needs hold what the user typed (`ready()`), so that
Enter in an empty dialog does nothing. Kept minimal on purpose: the dialogs of money and cases use it until the
shared way of marking required fields replaces it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desk.ui.dispute_dialogs import CaseDialog


class ReadyForm(CaseDialog):
    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def ready(self) -> bool:
        raise NotImplementedError

    def update_ok(self, *_args: object) -> None:
        self.ok_button.setEnabled(self.ready())

    def accept(self) -> None:
        """Nothing until the form is ready: Enter, or a caller, cannot act on what was not typed."""
        if self.ready():
            super().accept()
