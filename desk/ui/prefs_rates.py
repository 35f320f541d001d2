"""Preferences › Exchange rates: the rates kept (newest first), a rate of a day added (`set_exchange_rate`), and
rates imported from a CSV file (`import_exchange_rates`: all or nothing; every bad row named with its column).

`ask_for(base, quote, on)` fills the form for a rate Desk lacks (the Dashboard's "no rate for 5.00 USD")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError, classify
from desk.lists.specs import SPECS
from desk.operations import Result
from desk.operations.rates import (
    RATE_COLUMNS,
    ImportExchangeRates,
    RatesRefused,
    SetExchangeRate,
    import_exchange_rates,
    set_exchange_rate,
)
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.errors import show_error
from desk.ui.list_page import fit_columns, make_table
from desk.ui.locale_text import date_text, said_text
from desk.ui.operation_dialog import ALERT_STYLE
from desk.ui.reach import runs
from desk.ui.table_model import ListModel
from desk.workspace import Workspace

FOLDER_KEY = "preferences/ratesFolder"  # where the last CSV file of rates was chosen


class RatesTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = ListModel(SPECS["rates"], workspace.read, self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("ratesTable")

        self.day = date_edit(today or date.today())
        self.day.setMaximumWidth(160)
        self.base = QLineEdit()
        self.base.setPlaceholderText(self.tr("e.g. USD"))
        self.quote = QLineEdit()
        self.quote.setPlaceholderText(self.tr("e.g. EUR"))
        for code in (self.base, self.quote):
            code.setMaxLength(3)
            code.setMaximumWidth(80)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("units of the second currency for one of the first"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("the bank or agent that published it (optional)"))
        pair = QHBoxLayout()
        pair.addWidget(QLabel(self.tr("1")))
        pair.addWidget(self.base)
        pair.addWidget(QLabel(self.tr("buys")))
        pair.addWidget(self.rate, 1)
        pair.addWidget(self.quote)
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Rate:"), pair)
        form.addRow(self.tr("Source:"), self.source)
        for typed in (self.base, self.quote, self.rate):
            typed.textChanged.connect(self._ready)

        self.add_button = QPushButton(self.tr("Add Rate"))
        self.add_button.clicked.connect(self.add_rate)
        runs(self.add_button, "rates.set_exchange_rate")
        self.import_button = QPushButton(self.tr("Import from CSV…"))
        self.import_button.setToolTip(
            self.tr("A CSV file whose first row names the columns {0} (and source, if wanted)").format(
                ", ".join(RATE_COLUMNS)
            )
        )
        self.import_button.clicked.connect(self.choose_and_import)
        runs(self.import_button, "rates.import_exchange_rates")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("ratesStatus")
        self.problems = QListWidget()  # a refused file's rows, one a line
        self.problems.setObjectName("ratesProblems")
        self.problems.setMaximumHeight(120)
        self.problems.setVisible(False)
        for button in (self.add_button, self.import_button):
            button.setAutoDefault(False)  # Enter in a field adds nothing: Add Rate is clicked
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        self.load()
        self._ready()

    def load(self) -> None:
        self.model.reload()
        fit_columns(self.table)

    def ask_for(self, base: str, quote: str, on: date) -> None:
        """Fill the form for the rate of a day Desk lacks; the rate itself is left for the user to type."""
        self.base.setText(base)
        self.quote.setText(quote)
        self.day.setDate(date_edit(on).date())
        self.rate.clear()
        self.rate.setFocus()
        self._say(
            self.tr("Desk has no rate from {0} to {1} for {2}: type it, then Add Rate.").format(
                base, quote, date_text(on)
            )
        )

    def _ready(self) -> None:
        self.add_button.setEnabled(all(w.text().strip() for w in (self.base, self.quote, self.rate)))

    def add_rate(self) -> bool:
        if not self.add_button.isEnabled():
            return False
        request = SetExchangeRate(
            self.base.text(), self.quote.text(), to_date(self.day.date()), self.rate.text(), self.source.text() or None
        )
        return self._run(lambda: set_exchange_rate(self.workspace, request), clear=True)

    def choose_and_import(self) -> bool:
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import exchange rates"), folder, self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if not chosen:
            return False
        settings.setValue(FOLDER_KEY, str(Path(chosen).parent))
        return self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        return self._run(lambda: import_exchange_rates(self.workspace, ImportExchangeRates(path)), clear=False)

    def _run(self, operation: Callable[[], Result], *, clear: bool) -> bool:
        try:
            done = operation()
        except RatesRefused as refused:
            self._say(
                self.tr("{0}: nothing was imported. Correct these rows and import it again:").format(refused.path_name),
                alert=True,
            )
            self.problems.addItems(list(refused.problems))
            self.problems.setVisible(True)
            return False
        except DeskError as problem:
            self._say(str(problem), alert=True)  # what was typed stays
            return False
        except Exception as error:  # a file that cannot be read is the user's; anything else a bug
            found = classify(error)
            if found.is_bug:
                show_error(self, error)
            else:
                self._say(found.message, alert=True)
            return False
        announce(done)
        self.load()
        if clear:
            self.rate.clear()
            self.source.clear()
        self._say(said_text(done))
        return True

    def _say(self, text: str, *, alert: bool = False) -> None:
        self.status.setStyleSheet(ALERT_STYLE if alert else "")
        self.status.setText(text)
        self.problems.clear()
        self.problems.setVisible(False)
