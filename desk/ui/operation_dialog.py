"""What the Claim Packet, Letter and Export dialogs share: one core operation run in the background
(`BackgroundOp`), a progress bar busy until the first progress arrives, and a status line that turns red for a
problem. Each dialog builds its own `bar` and `status` and says what to do with the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QWidget

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

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)  # a dialog that says it in its own words overrides this

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
