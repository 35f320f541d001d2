"""The Dashboard's first steps on a new data folder: name the business (letters and packets are signed with it),
bring in orders, add exchange rates. Each step says what it is for and offers the action that does it; a step done
is ticked; the panel goes once all are done."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QWidget

from desk.overview.first_steps import FirstSteps
from desk.ui.empty_state import Offer, find_action

DONE, TO_DO = "✓", "○"


class FirstStepsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("Getting started"))
        heading.setObjectName("tileTitle")
        self.steps = {
            "business_named": (
                self.tr("Enter your business's name and address: letters and claim packets are signed with them."),
                Offer(self.tr("Preferences…"), self.tr("Business Details…")),
            ),
            "has_orders": (
                self.tr("Import your orders (a marketplace's CSV or XLSX export), or enter one by hand."),
                Offer(self.tr("Import Orders…")),
            ),
            "has_rates": (
                self.tr("Add the exchange rates of the currencies you pay in, so the money adds up in one currency."),
                Offer(self.tr("Add Exchange Rate…")),
            ),
        }
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 10, 10, 10)
        grid.addWidget(heading, 0, 0, 1, 3)
        for row, (key, (text, _offer)) in enumerate(self.steps.items(), start=1):
            self.marks[key] = QLabel(TO_DO)
            self.texts[key] = QLabel(text)
            self.texts[key].setWordWrap(True)
            self.buttons[key] = QToolButton()
            grid.addWidget(self.marks[key], row, 0)
            grid.addWidget(self.texts[key], row, 1)
            grid.addWidget(self.buttons[key], row, 2)
        grid.setColumnStretch(1, 1)

    def show_steps(self, steps: FirstSteps) -> None:
        self.setVisible(not steps.all_done)
        for key, (_text, offer) in self.steps.items():
            done = bool(getattr(steps, key))
            self.marks[key].setText(DONE if done else TO_DO)
            self.texts[key].setEnabled(not done)
            button = self.buttons[key]
            action = None if done else find_action(self, offer.action)
            if action is not None and button.defaultAction() is not action:
                button.setDefaultAction(action)
                button.setText(offer.label or action.text().replace("&", ""))
            button.setVisible(action is not None)
