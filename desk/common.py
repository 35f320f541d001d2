"""What every part of Desk shares and no record kind owns: how long work reports progress and is stopped."""

from __future__ import annotations

from collections.abc import Callable

from desk.errors import DeskError

Progress = Callable[[int, int], None]
"""`progress(done, total)`: how far long work has come, in units it chooses (bytes, rows, pages)."""

Cancelled = Callable[[], bool]
"""`cancelled()`: true once the user asked the work to stop; the work stops at its next check."""


class OperationCancelled(DeskError):
    """The user stopped the work. The message says what was kept (e.g. the files added before the stop)."""


def stop_if_cancelled(cancelled: Cancelled | None, message: str) -> None:
    """Raise `OperationCancelled(message)` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise OperationCancelled(message)
