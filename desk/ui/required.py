"""The one rule every form that changes a case follows: it cannot act by accident.

    required = Required(ok_button)
    required.need(self.kind, self.tr("what happened"))                   # a combo starts with nothing chosen
    required.need(self.amount, self.tr("the amount"), when=needs_amount)  # only while it is asked for
    ...
    required.focus_first()                                                # when the dialog is shown

The action button stays disabled until every required field holds a value the user entered: a line edit's grey
placeholder is never a value, and a combo offering a choice that changes a case starts with nothing chosen
(`unchosen`), so a pre-selected first item is not taken for the user's choice. Focus opens on the first field
still to fill, never on the button: Enter or Space cannot act on a dialog the user has not filled in. `missing()`
names what is left, for the button's tooltip and for a refusal when something calls `accept()` regardless."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def unchosen(combo: QComboBox, prompt: str) -> QComboBox:
    """Show `combo` with nothing chosen and `prompt` in grey, until the user picks an item."""
    combo.setPlaceholderText(prompt)
    combo.setCurrentIndex(-1)
    return combo


def filled(widget: QWidget) -> bool:
    """Whether `widget` holds a value the user entered (or chose): never its placeholder."""
    if isinstance(widget, QComboBox):  # an editable one holds what was typed, a list item or not
        return bool(widget.currentText().strip()) if widget.isEditable() else widget.currentIndex() >= 0
    if isinstance(widget, QLineEdit):
        return bool(widget.text().strip())
    if isinstance(widget, QPlainTextEdit):
        return bool(widget.toPlainText().strip())
    return True  # a date, a spin box, a check box: what it shows is its value


@dataclass(frozen=True)
class Field:
    widget: QWidget
    name: str  # as the tooltip says it: "the amount"
    when: Callable[[], bool] | None  # None: always required

    @property
    def asked(self) -> bool:
        return self.widget.isEnabled() and (self.when is None or self.when())


class Required(QObject):
    """The required fields of one form, and the button they unlock."""

    changed = Signal(bool)  # complete or not, after each edit

    def __init__(self, button: QAbstractButton, parent: QObject | None = None) -> None:
        super().__init__(parent or button)
        self.button = button
        self.fields: list[Field] = []
        self.extra: list[Callable[[], str | None]] = []  # other conditions: what is still missing, or None
        self.gates: list[Callable[[], str | None]] = []  # what keeps the button disabled though nothing is missing
        self.update()

    def need(self, widget: QWidget, name: str, *, when: Callable[[], bool] | None = None) -> None:
        """Require `widget` (named `name` in "Fill in …") to be filled; with `when`, only while `when()` holds."""
        self.fields.append(Field(widget, name, when))
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.update)
            widget.currentTextChanged.connect(self.update)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self.update)
        self.update()

    def also(self, check: Callable[[], str | None]) -> None:
        """Another condition the button waits for: `check()` says what is still missing, or None."""
        self.extra.append(check)
        self.update()

    def gate(self, check: Callable[[], str | None]) -> None:
        """Keep the button disabled while `check()` says why (e.g. a refusal the core would make), without counting
        it as missing: `accept()` still lets the operation have the last word."""
        self.gates.append(check)
        self.update()

    def missing(self) -> list[str]:
        """What is still to fill, in the form's order."""
        empty = [f.name for f in self.fields if f.asked and not filled(f.widget)]
        return empty + [said for said in (check() for check in self.extra) if said]

    def complete(self) -> bool:
        return not self.missing()

    def first_missing(self) -> QWidget | None:
        return next((f.widget for f in self.fields if f.asked and not filled(f.widget)), None)

    def update(self) -> None:
        left = self.missing()
        held = [said for said in (gate() for gate in self.gates) if said]
        self.button.setEnabled(not left and not held)
        if left:
            self.button.setToolTip(self.tr("Fill in {0} first").format(", ".join(left)))
        else:
            self.button.setToolTip(" ".join(held))
        self.changed.emit(not left)

    def focus_first(self) -> None:
        """Put the focus on the first field still to fill, else on the first required field: never on the button."""
        target = self.first_missing() or next((f.widget for f in self.fields if f.asked), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def buttons_last(dialog: QWidget, box: QDialogButtonBox) -> None:
    """Move the dialog's buttons to the end of its Tab order: a button box made before the fields comes first.

    Qt orders Tab by when a widget joined its window, so the box leaves the dialog and joins it again, in the same
    place of its layout. (Rewiring the order with QWidget.setTabOrder instead crashed Qt 6.11 later, at random.)"""
    layout = dialog.layout()
    assert layout is not None
    index = layout.indexOf(box)
    box.setParent(None)
    box.setParent(dialog)
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(index, box)
    else:
        layout.addWidget(box)
    box.show()
