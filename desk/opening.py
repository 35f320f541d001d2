"""Opening a data folder for a front end: the workspace, with what the user should be told about the folder once it
is open (`notes`), and a cancel that leaves the folder as it was.

The window runs `open_folder` on a worker, since an upgrade of a big database (a backup, then the migration) takes
minutes; `progress(step, done, total)` hears the steps `desk.db.open_database` names. Cancelling is heard until the
backup is done. A cancel that comes later cannot stop the upgrade; the folder is then closed again once it is open,
and the message says that its database was upgraded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.common import Cancelled, OperationCancelled
from desk.db import OpenProgress
from desk.language import words
from desk.workspace import Workspace


@dataclass(frozen=True)
class OpenedFolder:
    """A data folder, open; `notes` are sentences for the user, to be shown once the folder is on screen, and
    `warnings` those they must not miss (the folder is not safe where it is)."""

    workspace: Workspace
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def open_folder(
    root: Path, *, progress: OpenProgress | None = None, cancelled: Cancelled | None = None
) -> OpenedFolder:
    root = root.expanduser().resolve()
    try:
        workspace = Workspace.open(root, progress=progress, cancelled=cancelled)
    except OperationCancelled:
        raise OperationCancelled(words.tr("{0} was not opened; nothing in it was changed").format(root)) from None
    backup = workspace.database.backup
    if cancelled is not None and cancelled():  # too late to stop the open: it is undone
        workspace.close()
        if backup is None:
            raise OperationCancelled(words.tr("{0} was not opened").format(root))
        raise OperationCancelled(
            words.tr(
                "{0} was not opened, but its database had already been upgraded for this version of Desk (the copy "
                "from before is {1})"
            ).format(root, backup)
        )
    warnings = () if workspace.warning is None else (workspace.warning,)  # on a network drive, or without locks
    return OpenedFolder(workspace, notes=_notes(workspace), warnings=warnings)


def _notes(workspace: Workspace) -> tuple[str, ...]:
    notes = []
    backup = workspace.database.backup
    if backup is not None:
        notes.append(
            words.tr("The data folder was upgraded for this version of Desk; the copy from before is {0}.").format(
                backup
            )
        )
    return tuple(notes)
