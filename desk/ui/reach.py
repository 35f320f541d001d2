"""Which operations the window can run, said on the things that run them, so that a test can check that every
operation of the command line has its place in the window (tests/ui/test_parity.py).

    action = QAction(self.tr("Record Refund…"), page)
    runs(action, "refunds.plan_refund", "refunds.record_refund")

An action, a button or a list the user ticks carries the operations it leads to (through the dialog it opens), as
"module.function" of `desk.operations`. Names, not the functions: the window's frame is built before the database
layer is loaded, and naming an operation must not load it."""

from __future__ import annotations

from PySide6.QtCore import QObject

PROPERTY = "deskOperations"  # a dynamic Qt property: a list of "module.function"


def runs(thing: QObject, *operations: str) -> QObject:
    """Say that `thing` leads to `operations` (added to any it already names)."""
    thing.setProperty(PROPERTY, sorted(set(operations_of(thing)) | set(operations)))
    return thing


def operations_of(thing: QObject) -> tuple[str, ...]:
    value = thing.property(PROPERTY)
    return tuple(str(name) for name in value) if isinstance(value, (list, tuple)) else ()


def reachable(root: QObject) -> dict[str, list[QObject]]:
    """Every operation named on `root` or the objects under it, with what names it."""
    found: dict[str, list[QObject]] = {}
    for thing in [root, *root.findChildren(QObject)]:
        for name in operations_of(thing):
            found.setdefault(name, []).append(thing)
    return found
