"""Small lists of rows that are read once and shown (a case's evidence, a deposit's checklist): a QTreeWidget set
up alike everywhere, and tooltips that wrap."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QWidget


def rich_tooltip(text: str) -> str:
    """Rich text, so that Qt wraps a long tooltip; each line of `text` stays a line."""
    return "<p>" + "<br>".join(escape(line, quote=False) for line in text.splitlines()) + "</p>"


def flat_tree(columns: Sequence[str], parent: QWidget) -> QTreeWidget:
    """A list with these column titles (translated: the caller's words), no tree lines, alternating rows, one row
    selected at a time."""
    tree = QTreeWidget(parent)
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels(list(columns))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setWordWrap(False)  # no wrapping at a column's edge: text is elided there (line breaks in it stay)
    tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    return tree
