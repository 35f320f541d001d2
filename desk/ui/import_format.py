"""How the file writes dates and numbers, as choices above the Import dialog's preview: date order, decimal and
thousands separators, words that mean an empty cell, currency signs, rounding. "Found in the file" leaves a choice
to Desk (`desk.importing.text_format.settle`), which reads it from the file or, where the file does not settle it,
stops the check and says so; `ask` then points the user at the choice to make.

    choice.changed.connect(recheck)
    request = ImportOrders(path, text_format=choice.text_format())   # ImportFileError for nonsense, said plainly"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desk.importing.problems import ImportFileError
from desk.importing.text_format import TextFormat, from_choices
from desk.ui.operation_dialog import ALERT_STYLE

Asked = Literal["dates", "decimal"]


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


class FormatChoice(QGroupBox):
    """`changed` when the user changes a choice (a line edit: once its editing is done, and only if its text
    changed); the dialog then checks the file again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How the file writes dates and numbers"), parent)
        self.setObjectName("textFormat")
        self.dates = self._combo(
            "dates",
            [
                (self.tr("Day-month-year (23/11/2026)"), "DMY"),
                (self.tr("Month-day-year (11/23/2026)"), "MDY"),
                (self.tr("Year-month-day (2026/11/23)"), "YMD"),
            ],
        )
        self.decimal = self._combo(
            "decimal", [(self.tr("Point (1234.56)"), "point"), (self.tr("Comma (1234,56)"), "comma")]
        )
        self.thousands = self._combo(
            "thousands",
            [
                (self.tr("Comma (1,234)"), "comma"),
                (self.tr("Point (1.234)"), "point"),
                (self.tr("Space (1 234)"), "space"),
                (self.tr("Apostrophe (1'234)"), "apostrophe"),
                (self.tr("None (1234)"), "none"),
            ],
        )
        self.blanks = QLineEdit()
        self.blanks.setObjectName("blanks")
        self.blanks.setPlaceholderText(self.tr("e.g. none, TBD"))
        self.blanks.setToolTip(
            self.tr(
                'Words that mean an empty cell in this file, separated by commas. "--", "N/A" and '
                '"Not available" always do.'
            )
        )
        self.symbols = QLineEdit()
        self.symbols.setObjectName("symbols")
        self.symbols.setPlaceholderText(self.tr("e.g. ¥=JPY, RMB=CNY"))
        self.symbols.setToolTip(
            self.tr(
                "What a sign or word written beside an amount means, as sign = currency code, separated by commas: "
                "¥=JPY reads ¥1200 as Japanese yen."
            )
        )
        self.round = QCheckBox(self.tr("Round amounts with more decimals than their currency (half up)"))
        self.round.setObjectName("roundPlaces")
        self.round.setToolTip(
            self.tr("45.005 CNY is then read as 45.01 CNY; without this, such an amount stops the import.")
        )
        self.found = QLabel()
        self.found.setObjectName("formatFound")
        self.found.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("formatAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(ALERT_STYLE)
        self.advice.setVisible(False)

        self.labels: dict[QWidget, QLabel] = {}  # each choice's label, by the choice
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self._row(grid, 0, [(self.tr("Date order:"), self.dates), (self.tr("Decimal separator:"), self.decimal),
                            (self.tr("Thousands separator:"), self.thousands)])
        self._row(grid, 1, [(self.tr("Means empty:"), self.blanks), (self.tr("Currency signs:"), self.symbols)])
        grid.addWidget(self.round, 1, 4, 1, 2)
        grid.addWidget(self.found, 2, 0, 1, 6)
        grid.addWidget(self.advice, 3, 0, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self._applied = ("", "")  # the line edits' texts the last check read
        self.blanks.editingFinished.connect(self._edited)
        self.symbols.editingFinished.connect(self._edited)
        self.round.toggled.connect(self.changed)

    # -- building -------------------------------------------------------------------------------------------

    def _combo(self, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Found in the file"), None)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(self.changed)  # the user's pick only
        return combo

    def _row(self, grid: QGridLayout, row: int, pairs: list[tuple[str, QWidget]]) -> None:
        for n, (text, field) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(field)
            self.labels[field] = label
            grid.addWidget(label, row, 2 * n)
            if isinstance(field, QComboBox):  # as wide as its longest choice; a line edit takes the spare width
                grid.addWidget(field, row, 2 * n + 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(field, row, 2 * n + 1)

    def _edited(self) -> None:
        texts = (self.blanks.text().strip(), self.symbols.text().strip())
        if texts != self._applied:
            self._applied = texts
            self.changed.emit()

    # -- reading and showing ----------------------------------------------------------------------------------

    def text_format(self) -> TextFormat:
        """The user's choices; what is left to the file is None. ImportFileError with a plain message when a
        currency sign names no currency."""
        self._applied = (self.blanks.text().strip(), self.symbols.text().strip())
        symbols = _items(self.symbols.text())
        try:
            from_choices(symbols=symbols)
        except ImportFileError as exc:  # '"¥JPY" is not SIGN=CODE (e.g. ¥=JPY)': the command line's words
            message = str(exc).replace("SIGN=CODE", self.tr("a sign = currency code"))
            raise ImportFileError(self.tr("Currency signs: {0}").format(message)) from None
        return from_choices(  # the separators may still clash: '"," cannot separate both thousands and decimals'
            dates=self.dates.currentData(),
            decimal=self.decimal.currentData(),
            thousands=self.thousands.currentData(),
            blanks=_items(self.blanks.text()),
            symbols=symbols,
            round_places=self.round.isChecked(),
        )

    def reset(self) -> None:
        """Everything found in the file again (a new file)."""
        for combo in (self.dates, self.decimal, self.thousands):
            combo.setCurrentIndex(0)
        self.blanks.clear()
        self.symbols.clear()
        self.round.blockSignals(True)
        self.round.setChecked(False)
        self.round.blockSignals(False)
        self._applied = ("", "")
        self.show_found(None, None)

    def show_found(self, chosen: TextFormat | None, used: TextFormat | None, *, settled: bool = True) -> None:
        """What the file settled that the user left open (`used`: the format the check read the file with);
        `settled`: nothing was left unsettled (else what is missing is asked for)."""
        self.say("")
        if used is None or chosen is None:
            self.found.setText(self.tr("Found: check the file to see how it writes dates and numbers."))
            return
        found = replace(
            used,
            dates=None if chosen.dates is not None else used.dates,
            decimal=None if chosen.decimal is not None else used.decimal,
            thousands=None if chosen.thousands is not None else used.thousands,
            round_places=False,
        ).described()
        if found:
            self.found.setText(self.tr("Found: {0}").format(found))
        elif not settled:
            self.found.setText(self.tr("Found: nothing that settles how this file writes dates and numbers."))
        elif chosen.dates is None and chosen.decimal is None:
            self.found.setText(self.tr("Found: no dates or amounts that could be read two ways."))
        else:
            self.found.setText(self.tr("Read as you chose."))

    def say(self, text: str) -> None:
        """A sentence under the choices, in the alert colour: what is wrong with them, or what to choose."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
        for label in self.labels.values():
            label.setStyleSheet("")

    def ask(self, what: Asked, sentence: str) -> None:
        """The file does not settle `what`: say so, mark the choice that settles it and give it the focus."""
        self.say(sentence)
        combo = self.dates if what == "dates" else self.decimal
        self.labels[combo].setStyleSheet(ALERT_STYLE + " font-weight: bold;")
        combo.setFocus()
