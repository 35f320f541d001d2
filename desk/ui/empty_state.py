"""What an empty page says: what goes on it, how it gets there, and the buttons to do that first step. A list page
shows it in place of its table while it has no rows and no search or filter narrows it (an empty search result
is not a fresh folder); the buttons are the window's own actions, found by their text, so they do exactly what the
menu or the page's button does and follow its enabled state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Offer:
    action: str  # the action's text, as its menu or button shows it
    label: str | None = None  # the button's own words, where the menu's would not say enough ("Go to Orders")


@dataclass(frozen=True)
class Guide:
    heading: str
    text: str
    offers: tuple[Offer, ...] = ()


def _plain(text: str) -> str:
    return text.replace("&", "")


def _up_from(widget: QWidget) -> list[QAction]:
    """The actions of `widget` and of each widget it sits in, nearest first: a page's own Add Evidence… before
    another page's."""
    found: list[QAction] = []
    current: QWidget | None = widget
    while current is not None:
        found.extend(current.actions())
        current = current.parentWidget()
    return found


def find_action(widget: QWidget, text: str) -> QAction | None:
    """The action called `text` (mnemonics aside) on `widget` or a widget it sits in (its page first), its window,
    or anything in that window."""
    wanted = _plain(text)
    window = widget.window()
    for action in (*_up_from(widget), *window.findChildren(QAction)):
        if _plain(action.text()) == wanted:
            return action
    return None


class EmptyState(QFrame):
    """A heading, a few sentences and the first steps' buttons, centred in the space the list would fill."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.guide = guide
        self.heading = QLabel(guide.heading)
        self.heading.setObjectName("emptyHeading")
        self.text = QLabel(guide.text)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(520)  # a fixed measure: a centred label otherwise shrinks to its first line
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for _ in guide.offers:
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.hide()  # until its action is found
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        centred = QHBoxLayout()  # not an alignment flag: with one, a wrapped label loses its later lines
        centred.addStretch(1)
        centred.addWidget(self.text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(3)

    def showEvent(self, event: QShowEvent) -> None:
        self.connect_actions()
        super().showEvent(event)

    def connect_actions(self) -> None:
        """Find the actions now that the page sits in its window (they are made after the page)."""
        for button, offer in zip(self.buttons, self.guide.offers, strict=True):
            action = find_action(self, offer.action)
            if action is not None and button.defaultAction() is not action:
                button.setDefaultAction(action)
                button.setText(offer.label or _plain(action.text()))
                button.setToolTip(action.toolTip())
            button.setVisible(action is not None)

    def offered(self) -> Sequence[str]:
        """The texts of the buttons it offers now."""
        return [_plain(b.text()) for b in self.buttons if b.defaultAction() is not None and not b.isHidden()]
