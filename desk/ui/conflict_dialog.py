"""Changed by someone else: a form's save refused because the record changed after the form was opened
(`desk.errors.EditConflict`). Each field both changed shows the two values side by side, to keep one or the other;
the user then reloads the form with what is saved (dropping their own), keeps theirs for every field (overwrite), or
saves the choice made field by field (merge). Cancel, the default, goes back to the form as it was: no key pressed by
mistake overwrites another person's work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import EditConflict

RELOAD, OVERWRITE, MERGE = "reload", "overwrite", "merge"


@dataclass(frozen=True)
class Resolution:
    outcome: str  # RELOAD, OVERWRITE or MERGE
    theirs: frozenset[str]  # the fields (request keys) whose saved value is kept


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.resolution: Resolution | None = None
        said = QLabel(str(conflict) + " " + self.tr("Choose the value to keep for each field."))
        said.setWordWrap(True)
        grid = QGridLayout()
        titles = (self.tr("Field"), self.tr("Yours"), self.tr("Saved by {0}").format(conflict.by))
        for column, title in enumerate(titles):
            heading = QLabel(title)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            grid.addWidget(heading, 0, column)
        self.mine: dict[str, QRadioButton] = {}
        for row, difference in enumerate(conflict.differences, start=1):
            grid.addWidget(QLabel(difference.label), row, 0)
            yours, theirs = QRadioButton(difference.yours), QRadioButton(difference.theirs)
            yours.setObjectName(f"yours-{difference.key}")
            theirs.setObjectName(f"theirs-{difference.key}")
            group = QButtonGroup(self)
            group.addButton(yours)
            group.addButton(theirs)
            theirs.setChecked(True)  # the saved value stays unless the user picks their own
            grid.addWidget(yours, row, 1)
            grid.addWidget(theirs, row, 2)
            self.mine[difference.key] = yours
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        role = QDialogButtonBox.ButtonRole
        self.reload_button = buttons.addButton(self.tr("&Reload Saved Values"), role.ResetRole)
        self.overwrite_button = buttons.addButton(self.tr("&Overwrite with Mine"), role.ApplyRole)
        self.merge_button = buttons.addButton(self.tr("&Save as Chosen"), role.ApplyRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setDefault(True)
        for button in (self.reload_button, self.overwrite_button, self.merge_button):
            button.setAutoDefault(False)
        self.reload_button.clicked.connect(lambda: self._done(RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._done(OVERWRITE))
        self.merge_button.clicked.connect(lambda: self._done(MERGE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _done(self, outcome: str) -> None:
        keys = frozenset(d.key for d in self.conflict.differences)
        if outcome == OVERWRITE:
            theirs: frozenset[str] = frozenset()
        elif outcome == RELOAD:
            theirs = keys
        else:
            theirs = frozenset(key for key, button in self.mine.items() if not button.isChecked())
        self.resolution = Resolution(outcome, theirs)
        self.accept()


def resolve(conflict: EditConflict, parent: QWidget) -> Resolution | None:
    """Ask how to go on; None when the user cancelled (back to the form as it was)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.resolution
