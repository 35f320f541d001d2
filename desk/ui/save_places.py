"""Where a document Desk makes is saved: each kind of document (letters, packets, bundles for the lawyer, exported
lists) starts in the folder the user last saved that kind to, kept in QSettings; the first time, in the user's
Documents folder (the home folder where a system has none). A folder that has gone since (an unplugged drive) is
forgotten for the next best.

    path = ask_save_path(self, self.tr("Save the claim packet"), "claim-12.pdf", self.tr("PDF files (*.pdf)"),
                         PACKETS)
    remember_folder(PACKETS, path.parent)   # also once a file was made where the user typed its path"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.file_names import safe_name

LETTERS, PACKETS, BUNDLES, LISTS, CALENDARS = "letters", "packets", "bundles", "lists", "calendar"
KINDS = (LETTERS, PACKETS, BUNDLES, LISTS, CALENDARS)


def _key(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"no kind of document {kind!r}; kinds: {', '.join(KINDS)}")
    return f"saveFolders/{kind}"


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def save_folder(kind: str) -> Path:
    """Where the next document of `kind` is suggested."""
    remembered = QSettings().value(_key(kind))
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember_folder(kind: str, folder: Path) -> None:
    QSettings().setValue(_key(kind), str(folder))


def ask_save_path(parent: QWidget, title: str, suggested_name: str, file_filter: str, kind: str) -> Path | None:
    """The platform's save dialog, opened in `save_folder(kind)` on `suggested_name` (made safe for every system:
    it may hold an order number or a title); the folder chosen is remembered for that kind. None if cancelled."""
    suggested = save_folder(kind) / safe_name(suggested_name)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    remember_folder(kind, Path(name).parent)
    return Path(name)
