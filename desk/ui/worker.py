"""Background operations for the GUI, in the manner of Anki's `CollectionOp`: a callable runs on a QThreadPool
thread with a progress callback and a cancel flag; its result or error comes back on the GUI thread by signal.

    op = BackgroundOp(dialog, lambda progress, cancelled: import_file(ws, path, progress=progress,
                                                                     cancelled=cancelled))
    op.on_progress(bar.setValue).on_success(show_report).on_failure(show_error).run_in_background()
    cancel_button.clicked.connect(op.cancel)

The callable must not touch widgets: it runs on another thread. The callbacks run on the GUI thread, and only
while the widget that started the operation is alive (closing a dialog mid-import cancels the import, and nothing
calls back into the dialog that is gone).

An operation always ends: `finished` is emitted whatever happens, also when a callback raises (that is a bug of its
own, reported as one). An error without a failure callback is shown with `desk.ui.errors.show_error`; a bug left
behind by an owner that is gone is still reported."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from desk.common import Cancelled, Progress
from desk.errors import classify
from desk.ui.errors import report_bug, show_error

T = TypeVar("T")
Operation = Callable[[Progress, Cancelled], T]
PROGRESS_INTERVAL = 0.05  # seconds between progress signals: a core may report 100,000 times
OWNER_CHECK_MS = 100


class _Relay(QObject):
    """Carries the worker thread's news to the GUI thread (it lives there; signals to it are queued)."""

    progressed = Signal("qint64", "qint64")  # type: ignore[arg-type]  # bytes: int is 32 bits to Qt, 2 GiB overflow
    done = Signal(object, object)  # result, error


class _Runnable(QRunnable):
    def __init__(self, op: Operation[Any], relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self.op: Operation[Any] | None = op
        self.relay: _Relay | None = relay
        self.cancel = cancel
        self.last = 0.0

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        relay = self.relay
        if relay is not None and (done >= total or now - self.last >= PROGRESS_INTERVAL):
            self.last = now
            relay.progressed.emit(done, total)

    def run(self) -> None:
        from desk.db import take_written

        op, relay = self.op, self.relay
        assert op is not None and relay is not None, "a runnable runs once"
        take_written()  # this pool thread's earlier writes are not this operation's
        try:
            result = op(self.progress, self.cancel.is_set)
        except BaseException as exc:  # delivered to the GUI thread, which decides what it means
            take_written()
            relay.done.emit(None, exc)
        else:
            relay.done.emit(with_audit(result, take_written()), None)

    def let_go(self) -> None:
        """Drop the work and its relay. The thread pool owns this runnable once started (PySide hands it over) and,
        as it must not delete it itself, keeps it for good: holding the work's closure, it kept the workspace,
        its database engine and every statement that engine had compiled alive after the operation ended (the
        GUI tests grew to 1.2 GB and slowed tenfold under Wine)."""
        self.op = self.relay = None


def with_audit(result: Any, written: tuple[int, int] | None) -> Any:
    """An operation's `Result` with the audit entries it wrote (for Undo); anything else as it is."""
    from desk.operations import Result

    if isinstance(result, Result) and result.audit is None and written is not None:
        return dataclasses.replace(result, audit=written)
    return result


_RUNNING: set[BackgroundOp[Any]] = set()  # kept alive until they finish, whoever else forgets them


def operations_running() -> int:
    """How many background operations have not yet delivered their result."""
    return len(_RUNNING)


class BackgroundOp(QObject, Generic[T]):
    """One run of `op` in the background. Emits `progressed(done, total)` and finally `finished` (after the
    success or failure callback has run), on the GUI thread."""

    progressed = Signal("qint64", "qint64")  # type: ignore[arg-type]  # bytes: int is 32 bits to Qt, 2 GiB overflow
    finished = Signal()

    def __init__(self, parent: QObject, op: Operation[T]) -> None:
        super().__init__()  # no Qt parent: a closing window must not delete an operation still running
        self._owner = parent
        self._op = op
        self._cancel = threading.Event()
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._owner_gone = False
        self._runnable: _Runnable | None = None
        self.running = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        # The owner is watched, not connected to: PySide may deliver an owner's `destroyed` to an operation whose
        # Python half is already gone (it crashed a test). Only the operation's own children signal it.
        self._watch = QTimer(self)
        self._watch.setInterval(OWNER_CHECK_MS)
        self._watch.timeout.connect(self._check_owner)

    def on_success(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        self._failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> BackgroundOp[T]:
        self.progressed.connect(callback)
        return self

    def run_in_background(self, pool: QThreadPool | None = None) -> BackgroundOp[T]:
        self.running = True
        _RUNNING.add(self)
        self._watch.start()
        # Kept here and deleted with the operation, on the GUI thread: a pool that deletes a Python runnable on its
        # own thread frees the Python object there, outside the interpreter's control (crashes at exit, seen).
        self._runnable = _Runnable(self._op, self._relay, self._cancel)
        self._runnable.setAutoDelete(False)
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the operation to stop; it does at its next check, and fails with its own cancel error."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _owner_alive(self) -> bool:
        if not self._owner_gone and not shiboken6.isValid(self._owner):
            self._owner_gone = True
            self.cancel()  # its window closed: the work is no longer wanted
        return not self._owner_gone

    @Slot()
    def _check_owner(self) -> None:
        self._owner_alive()

    @Slot("qint64", "qint64")
    def _on_progress(self, done: int, total: int) -> None:
        if self._owner_alive():
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self._watch.stop()
        _RUNNING.discard(self)
        if self._runnable is not None:
            self._runnable.let_go()
        self.result, self.error = result, error
        try:
            self._deliver(result, error)
        except Exception as raised:  # a callback that raises is a bug of its own; the operation still ends
            report_bug(raised)
        finally:
            self.finished.emit()

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        if not self._owner_alive():
            if error is not None and classify(error).is_bug:
                report_bug(error)  # nobody is left to handle it, but a bug is still a bug
            return
        if error is None:
            if self._success is not None:
                self._success(result)
        elif self._failure is not None:
            self._failure(error)
        else:
            show_error(self._owner if isinstance(self._owner, QWidget) else None, error)
