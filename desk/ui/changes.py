"""Pages refresh from what an operation says it changed (`desk.operations.Result.changed`), not by reaching into
each other: whoever ran an operation announces its result here, and the main window reloads the pages that show
a kind of record that changed.

    result = open_dispute(workspace, request)
    announce(result)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.operations import Record, Result


class ChangeBus(QObject):
    changed = Signal(object)  # frozenset[Record]


_bus: ChangeBus | None = None


def changes() -> ChangeBus:
    """The application's one bus (made with the first announcement or subscription, owned by the application)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus(QCoreApplication.instance())
        _bus.destroyed.connect(_forget)
    return _bus


def _forget() -> None:
    global _bus
    _bus = None


def announce(result: Result | frozenset[Record]) -> None:
    """Tell the pages what an operation changed; nothing when it changed nothing."""
    records = result.changed if isinstance(result, Result) else result
    if records:
        changes().changed.emit(frozenset(records))
