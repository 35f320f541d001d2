"""Pages refresh from what an operation says it changed (`desk.operations.Result.changed`), not by reaching into
each other: whoever ran an operation announces its result here, and the main window reloads the pages that show
a kind of record that changed.

    result = open_dispute(workspace, request)
    announce(result)"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.operations import Record, Result


class ChangeBus(QObject):
    changed = Signal(object)  # frozenset[Record]
    stepped = Signal(object)  # a Result whose `audit` names the entries it wrote: a step Edit → Undo can reverse


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
    """Tell the pages what an operation changed; nothing when it changed nothing. An operation's Result is also a
    step to undo: with the audit entries it wrote (from its worker, or else from the writes this thread has just
    committed; `desk.db.take_written`). Undo and Redo announce only the kinds of record (a frozenset)."""
    if isinstance(result, Result):
        if result.audit is None:
            from desk.db import take_written

            written = take_written()
            if written is not None:
                result = dataclasses.replace(result, audit=written)
        if result.audit is not None:
            changes().stepped.emit(result)
    records = result.changed if isinstance(result, Result) else result
    if records:
        changes().changed.emit(frozenset(records))
