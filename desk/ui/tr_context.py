"""Translatable texts outside a class of Qt's: a module's functions, tables of texts, messages made for a widget
from another module. Inside a QObject's own class `self.tr("…")` is the way; elsewhere:

    Guides = TrContext("Guides")           # at module level, named as its context
    Guides.tr("No orders yet")
    Guides.tr("%n order(s)", "", n)        # a plural: one form per number form of the language

Qt's `lupdate` files a call `X.tr("…")` under the context `X`, the name written before `.tr`, so the object must be
named as the context it is given (`tools/translations.py check` fails on one that is not). A text defined in a table
and shown elsewhere is marked `QT_TRANSLATE_NOOP("Context", "text")` where it is defined and shown with
`QCoreApplication.translate("Context", text)`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TrContext:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the window's language (itself when it has no translation); `%n` is replaced by `n`."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate, under `context`, where it is defined (a table of column titles); returns it as it is,
    to be shown as `QCoreApplication.translate(context, text)`. Qt's own is typed `object`; lupdate knows the name."""
    return text
