"""What every part of Desk shares and no record kind owns: how long work reports progress and is stopped, and how a
size is written for people."""

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


# -- sizes ------------------------------------------------------------------------------------------------------------

_UNITS = (("KB", 10**3), ("MB", 10**6), ("GB", 10**9), ("TB", 10**12))


def format_size(n: int) -> str:
    """A size in bytes as people read it: `512 bytes`, `830 KB`, `9.8 MB`, `2 GB`. Units of 1,000 (the smaller
    reading of "MB", the one upload limits are checked against), one decimal, none when it is 0: a limit of
    10,000,000 bytes reads `10 MB`, as the provider says it."""
    if abs(n) < 1000:
        return "1 byte" if n == 1 else f"{n:,} bytes"
    # the largest unit that still reads under 1,000 once rounded (999,960 bytes is `1 MB`, not `1,000 KB`)
    unit, scale = next(((u, s) for u, s in _UNITS if round(abs(n) / s, 1) < 1000), _UNITS[-1])
    return f"{n / scale:,.1f}".removesuffix(".0") + f" {unit}"
