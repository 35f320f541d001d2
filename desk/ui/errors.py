"""How the window says what went wrong: the user's error as a message, a bug as a dialog that says where its log is.

    except Exception as error:       # or a BackgroundOp's failure callback
        show_error(self, error)      # keep the dialog and what the user typed

Every bug takes one road, `sys.excepthook`: `install_bug_hook()` (the GUI's start) makes it write the bug to the
log (`desk.logs`) and show the bug dialog, so that a slot that raised (Qt hands it to the hook) and code that
caught a bug itself (`report_bug`) end the same way. Under pytest-qt the hook is pytest-qt's, and a bug fails the
test. The dialogs do not block: a bug can happen anywhere, also while another dialog is open."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk.errors import Problem, classify
from desk.logs import data_folder, log_bug, traceback_text
from desk.ui.tr_context import TrContext

_shown: set[QMessageBox] = set()  # open message boxes, kept alive until they close


Errors = TrContext("Errors")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> Problem:
    """Tell the user what went wrong: their error in a message box over `parent`, a bug through the bug hook."""
    problem = classify(exc, database=_database())
    if problem.is_bug:
        report_bug(exc)
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, title or Errors.tr("Desk"), problem.message, parent=parent)
        box.setObjectName("errorMessage")
        _open(box)
    return problem


def report_bug(exc: BaseException) -> None:
    """Hand a bug caught in code to the application's exception hook (in the window: log and bug dialog)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def install_bug_hook() -> Callable[[], None]:
    """Make every bug in the window go to the log and the bug dialog; returns what puts the old hook back."""
    previous = sys.excepthook
    sys.excepthook = _hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started Desk: not a bug
        sys.__excepthook__(kind, exc, tb)
        return
    show_bug(exc)


def show_bug(exc: BaseException, parent: QWidget | None = None, *, wait: bool = False) -> QMessageBox | None:
    """Write the bug to the log and show the bug dialog (over `parent`, else the active window). One bug dialog at
    a time: a bug that follows while it is open is only logged. `wait`: until the user closes it."""
    log = log_bug(exc)
    if any(box.objectName() == "bugDialog" for box in _shown) and not wait:
        return None
    box = bug_dialog(exc, log, parent or QApplication.activeWindow())
    if wait:
        box.exec()
    else:
        _open(box)
    return box


def bug_dialog(exc: BaseException, log: Path | None, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("bugDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(Errors.tr("Desk ran into a bug"))
    box.setText(Errors.tr("Something went wrong inside Desk. This is a bug in Desk, not something you did."))
    kept = Errors.tr("What you were doing may not have been finished; what was saved before it stays saved.")
    if log is not None:
        where = Errors.tr(
            "The details are in the log, {0}. Please send that file with a word about what you were doing."
        )
        box.setInformativeText(f"{kept}\n\n{where.format(log)}")
        folder = box.addButton(Errors.tr("Open Log Folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: open_folder(log.parent))
    else:
        unlogged = Errors.tr("The details could not be written to a log: they are below.")
        box.setInformativeText(f"{kept}\n\n{unlogged}")
    box.setDetailedText(traceback_text(exc))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def open_folder(folder: Path) -> None:
    """The folder in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _open(box: QMessageBox) -> None:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.add(box)
    box.finished.connect(lambda _result: _shown.discard(box))
    box.open()


def _database() -> Path | None:
    folder = data_folder()
    if folder is None:
        return None
    from desk.paths import DB_NAME

    return folder / DB_NAME
