"""Save Bates Register…: every packet made (its page numbers, case, destination and date) and each exhibit's numbers
in it, as CSV where the user chooses, as `desk register -o FILE.csv` writes it. The `save_register` operation runs
in the background; its message goes to the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow, QWidget

from desk.ui.changes import announce
from desk.ui.errors import show_error
from desk.ui.save_places import PACKETS, ask_save_path
from desk.ui.tr_context import TrContext
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.operations.packets import RegisterSaved
    from desk.workspace import Workspace


RegisterExport = TrContext("RegisterExport")


def save_register_from(parent: QWidget, workspace: Workspace) -> BackgroundOp[RegisterSaved] | None:
    """Ask where, then write the register there; None when the user cancelled."""
    suggested = "Bates register.csv"  # it holds every packet so far: saved again, it replaces the older one
    chosen = ask_save_path(
        parent,
        RegisterExport.tr("Save the Bates register"),
        suggested,
        RegisterExport.tr("CSV, for any spreadsheet (*.csv)"),
        PACKETS,
    )
    if chosen is None:
        return None
    path = chosen if chosen.suffix.lower() == ".csv" else chosen.with_name(chosen.name + ".csv")
    return save_register_to(parent, workspace, path)


def save_register_to(parent: QWidget, workspace: Workspace, path: Path) -> BackgroundOp[RegisterSaved]:
    from desk.operations.packets import SaveRegister, save_register

    def work(progress: Any, cancelled: Any) -> RegisterSaved:
        return save_register(workspace, SaveRegister(path), progress=progress, cancelled=cancelled)

    def done(result: RegisterSaved) -> None:
        announce(result)
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(result.message, 8000)

    def failed(error: BaseException) -> None:
        show_error(parent, error, RegisterExport.tr("Cannot save the Bates register"))

    op = BackgroundOp(parent, work).on_success(done).on_failure(failed)
    op.run_in_background()
    return op
