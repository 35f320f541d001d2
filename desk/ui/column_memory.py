"""A list's columns as the user left them: widths and order (and its sort), per list, kept in QSettings and put back
when the list is built again. Columns can be dragged to another place.

Only what the user did is kept: the state is saved when a mouse button is let go on the header (a drag that resized
or moved a column, a double-click that fitted one), never after Desk's own sizing of columns to their content. A
list whose columns changed since (another release) starts again from its default widths."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QTableView

from desk.ui.table_model import ListModel


def _key(model: ListModel) -> str:
    return f"lists/{model.spec.name}"


def _columns(model: ListModel) -> str:
    return ",".join(c.key for c in model.spec.columns)


class ColumnMemory(QObject):
    """Keeps `view`'s header state. `restored` says whether the user's widths were put back (the list then does not
    fit its columns to their content)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        model = view.model()
        assert isinstance(model, ListModel)
        self.model = model
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.viewport().installEventFilter(self)
        self.restored = self._restore()

    def _restore(self) -> bool:
        settings = QSettings()
        state = settings.value(f"{_key(self.model)}/header")
        if settings.value(f"{_key(self.model)}/columns") != _columns(self.model):
            return False
        if not isinstance(state, QByteArray | bytes):
            return False
        return bool(self.view.horizontalHeader().restoreState(QByteArray(state)))

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(f"{_key(self.model)}/header", self.view.horizontalHeader().saveState())
        settings.setValue(f"{_key(self.model)}/columns", _columns(self.model))
        self.restored = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            QTimer.singleShot(0, self, self.save)  # after the header has done what the click does
        return False


def forget_columns(model: ListModel) -> None:
    """Back to the list's default widths and order the next time it is built."""
    QSettings().remove(_key(model))
