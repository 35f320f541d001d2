"""File → Open Recent: the data folders opened last (most recent first, up to 8, kept in QSettings). A folder that
is gone (an unplugged drive, a folder moved) stays listed but cannot be chosen, so that it comes back when the drive
does; "Clear Menu" forgets them all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desk.paths import DB_NAME

KEY = "recent/folders"
MOST = 8


def recent_folders() -> list[Path]:
    value = QSettings().value(KEY, [])
    # QSettings gives one string for a list of one, and nothing for none.
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return [Path(str(item)) for item in items if str(item)][:MOST]


def remember_folder(folder: Path) -> None:
    """Put `folder` first."""
    folder = folder.resolve()
    kept = [f for f in recent_folders() if f != folder]
    QSettings().setValue(KEY, [str(f) for f in [folder, *kept][:MOST]])


def forget_folders() -> None:
    QSettings().remove(KEY)


class RecentMenu(QMenu):
    """Built afresh each time it opens: a folder may have come back or gone since."""

    chosen = Signal(object)  # the Path of the folder chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open &Recent"))
        self.setObjectName("recentMenu")
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        folders = recent_folders()
        for number, folder in enumerate(folders, start=1):
            there = (folder / DB_NAME).is_file()
            text = f"&{number} {folder}" if number < 10 else str(folder)
            action = QAction(text if there else self.tr("{0} (not found)").format(text), self)
            action.setEnabled(there)
            action.setToolTip(str(folder))
            action.triggered.connect(lambda _checked=False, f=folder: self.chosen.emit(f))
            self.addAction(action)
        if not folders:
            none = self.addAction(self.tr("No Recent Folders"))
            none.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("Clear Menu"))
        clear.setObjectName("clearRecent")
        clear.setEnabled(bool(folders))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        forget_folders()
        self.rebuild()
