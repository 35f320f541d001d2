"""Edit → Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, Ctrl+Y) over this session's operations, through the audit log.

Every operation announced with its audit entries (`desk.ui.changes`, signal `stepped`) is a step, named by what it
wrote ("Undo Record Event"). Undo reverses the step's entries (`desk.operations.undo`) and keeps what that wrote for
Redo; a new operation clears Redo. A refusal (a later change touched the same rows) is shown, and the step stays."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from desk.ui.changes import announce, changes

if TYPE_CHECKING:
    from desk.operations import Result
    from desk.workspace import Workspace


@dataclass(frozen=True)
class Step:
    name: str  # "Record Event"
    entries: tuple[int, int]  # the first and last audit entry to reverse


class UndoStack(QObject):
    def __init__(self, window: QWidget, workspace: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.undo_steps: list[Step] = []
        self.redo_steps: list[Step] = []
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        self._update()

    def listen(self) -> None:
        """Start taking steps (once the data folder is open): what was written before is not this session's."""
        from desk.db import take_written

        take_written()
        changes().stepped.connect(self._stepped)

    def _stepped(self, result: Result) -> None:
        ws = self.workspace()
        if ws is None or result.audit is None:
            return
        from sqlalchemy import select

        from desk.models import AuditEntry
        from desk.operations.undo import is_step, step_name

        first, last = result.audit
        with ws.read() as session:
            entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id.between(first, last))))
        if not is_step(entries):
            return  # a packet's exhibit labels: kept, not a step to undo
        self.undo_steps.append(Step(step_name(entries), result.audit))
        self.redo_steps.clear()
        self._update()

    def undo(self) -> None:
        self._reverse(self.undo_steps, self.redo_steps, redoing=False)

    def redo(self) -> None:
        self._reverse(self.redo_steps, self.undo_steps, redoing=True)

    def _reverse(self, source: list[Step], target: list[Step], *, redoing: bool) -> None:
        ws = self.workspace()
        if ws is None or not source:
            return
        from desk.db import take_written
        from desk.operations.undo import Redo, Undo, redo, undo
        from desk.ui.errors import show_error

        step = source[-1]
        try:
            result = redo(ws, Redo(*step.entries)) if redoing else undo(ws, Undo(*step.entries))
        except Exception as exc:
            take_written()
            show_error(self.window, exc, self.tr("Cannot undo") if not redoing else self.tr("Cannot redo"))
            return
        written = take_written()
        source.pop()
        if written is not None:
            target.append(Step(step.name, written))
        self._update()
        announce(result.changed)  # the kinds of record only: this is not a new step
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(result.message, 10_000)

    def _update(self) -> None:
        for action, steps, verb in (
            (self.undo_action, self.undo_steps, self.tr("Undo")),
            (self.redo_action, self.redo_steps, self.tr("Redo")),
        ):
            action.setEnabled(bool(steps))
            action.setText(f"{verb} {steps[-1].name}" if steps else verb)
