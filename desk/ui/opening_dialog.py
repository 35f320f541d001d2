"""The progress of opening a data folder (`desk.ui.open_folder`): the step it has come to, the backup's bytes, and
Cancel while stopping is safe — until the backup is done. The upgrade that follows cannot be stopped, and the dialog
says why. It shows only when the open takes a while: a folder that opens at once flashes nothing.

Not modal: the window behind keeps painting and can be moved (its menus and pages are off meanwhile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desk.common import BACKING_UP, CHECKING, CREATING, OPENING, UPGRADING, format_size

SHOW_AFTER_MS = 400  # a folder that opens sooner shows no dialog


class OpeningDialog(QDialog):
    cancel_asked = Signal()

    def __init__(self, parent: QWidget, folder: Path) -> None:
        super().__init__(parent)
        self.setObjectName("openingFolder")
        self.setWindowTitle(self.tr("Opening Data Folder"))
        self.setModal(False)
        self.setFixedWidth(480)  # the height follows the note, which differs from step to step
        self.changing = False  # the database is being upgraded or made: no stopping from here on
        self.stopping = False

        heading = QLabel(self.tr("Opening {0}").format(folder))
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step = QLabel()
        self.step.setObjectName("openingStep")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.note = QLabel()
        self.note.setObjectName("openingNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._show_later = QTimer(self)
        self._show_later.setSingleShot(True)
        self._show_later.setInterval(SHOW_AFTER_MS)
        self._show_later.timeout.connect(self.show)
        self.show_step(CHECKING, 0, 0)

    @property
    def cancellable(self) -> bool:
        return not self.changing and not self.stopping

    def start(self) -> None:
        self._show_later.start()

    def finish(self) -> None:
        self._show_later.stop()
        self.hide()
        self.deleteLater()

    @Slot(str, "qint64", "qint64")  # bytes: int is 32 bits to Qt, 2 GiB overflow
    def show_step(self, step: str, done: int, total: int) -> None:
        if step in (UPGRADING, CREATING):
            self.changing = True
        self.cancel_button.setEnabled(self.cancellable)
        self.bar.setRange(0, 0)  # busy, unless the step can say how far it has come
        if step == BACKING_UP:
            self._note(self.tr("Desk copies the database into the folder's backups before it upgrades it."))
            if total > 0:
                self.bar.setRange(0, 1000)  # per mille: a byte count does not fit the bar's int
                self.bar.setValue(done * 1000 // total)
                self._say(
                    self.tr("Backing up the database before the upgrade: {0} of {1} ({2}%)").format(
                        format_size(done), format_size(total), done * 100 // total
                    )
                )
            else:
                self._say(self.tr("Backing up the database before the upgrade…"))
        elif step == UPGRADING:
            self._say(self.tr("Upgrading the database for this version of Desk…"))
            self._note(
                self.tr(
                    "The upgrade cannot be stopped once it has started: the database is changed in one go, so that "
                    "it is never left half upgraded. It ends by itself; the copy from before stays in the backups."
                )
            )
        elif step == CREATING:
            self._say(self.tr("Setting up a new database…"))
            self._note(self.tr("This cannot be stopped once it has started: the database is made in one go."))
        elif step == OPENING:
            self._say(self.tr("Opening…"))
        else:
            self._say(self.tr("Checking the database…"))

    def reject(self) -> None:
        """Cancel, Esc and the close button: stop the open while that is safe; the dialog stays until it has
        stopped. Later the note says why it cannot be stopped."""
        if not self.cancellable:
            return  # the note says why
        self.stopping = True
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Stopping…"))
        self.cancel_asked.emit()

    def _say(self, text: str) -> None:
        if not self.stopping or self.changing:  # "Stopping…" stays, unless the open went on past where it could
            self.step.setText(text)

    def _note(self, text: str) -> None:
        if self.note.text() != text:
            self.note.setText(text)
            self.note.setVisible(True)
            self.adjustSize()
