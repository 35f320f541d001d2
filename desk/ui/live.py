"""Live pages on a team server (issue 16, point 5): what another desk commits reaches this window's pages within
moments, as if this desk had made the change. The server's notification is heard on the listener's thread
(`desk.operations.team.listen_for_changes`) and carried to the GUI thread by a queued signal; the main window then
reads again the pages that show those kinds of record, keeping their selection and scroll position."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk.ui.changes import changes
from desk.workspace import Workspace


class LiveChanges(QObject):
    heard = Signal(object)  # frozenset[Record], emitted on the listener's thread

    def __init__(self, workspace: Workspace, parent: QObject) -> None:
        super().__init__(parent)
        from desk.operations.team import listen_for_changes

        self.heard.connect(self._announce)  # this object lives on the GUI thread: the call is queued there
        self.listener = listen_for_changes(workspace, self.heard.emit)

    def _announce(self, records: frozenset[object]) -> None:
        changes().changed.emit(records)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
