"""What the Claim Packet, Letter and Export dialogs share: one operation run in the background (`BackgroundOp`), a
progress bar busy until the first progress arrives, a status line that turns red for a problem, and one way to
end: a cancel said as such; the user's error said in the status line (kept in `error`, and what was typed kept)
by a dialog that words it (`failed_text`), else in a message box; a bug to the log and the bug dialog
(`desk.ui.errors.show_error`). Each dialog builds its own `bar` and `status` and says what to do with the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QWidget

from desk.common import OperationCancelled
from desk.errors import classify
from desk.ui.errors import show_error
from desk.ui.worker import BackgroundOp, Operation

T = TypeVar("T")
ALERT_STYLE = "color: #b3261e;"


class OperationDialog(QDialog):
    bar: QProgressBar
    status: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.op: BackgroundOp[Any] | None = None
        self.error: str | None = None  # the last refusal, as shown

    @property
    def busy(self) -> bool:
        return self.op is not None and self.op.running

    def begin(self, work: Operation[T], doing: str, on_success: Callable[[T], None]) -> BackgroundOp[T]:
        """Set up `work` to run (the caller starts it with `run_in_background()` once its buttons are set)."""
        op = BackgroundOp(self, work)
        op.on_progress(self._progressed).on_success(on_success).on_failure(self._failed)
        op.finished.connect(self._finished)
        self.op = op
        self.bar.setRange(0, 0)  # busy until the first progress arrives
        self.bar.setVisible(True)
        self._say(doing)
        return op

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def cancelled_text(self) -> str:
        """What the status line says after a cancel (what was kept, or that nothing was)."""
        return self.tr("Cancelled.")

    def failed_text(self, message: str) -> str | None:
        """The status line's words for the user's error (`message`, as the classifier gives it); None, the
        default: a message box says it."""
        return None

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            self._say(self.cancelled_text())
            return
        problem = classify(error)
        worded = self.failed_text(problem.message)
        if worded is not None:
            self.error = problem.message
            self._say(worded, alert=True)
        if worded is None or problem.is_bug:
            show_error(self, error)  # a message box; or, for a bug, the log and the bug dialog

    def _finished(self) -> None:
        self.bar.setVisible(False)

    def _say(self, text: str, *, alert: bool = False) -> None:
        self.status.setStyleSheet(ALERT_STYLE if alert else "")
        self.status.setText(text)

    def cancel_running(self, cancelling: str) -> bool:
        """Ask a running operation to stop (the dialog stays to say how it ended): whether one was running."""
        if not self.busy or self.op is None:
            return False
        self.op.cancel()
        self._say(cancelling)
        return True
