"""A PayPal activity download chosen or dropped for import: the payments made to suppliers and the refunds received,
each matched to its order, shown before anything is written, as `desk import FILE --dry-run` says them.

On open the file is checked (`import_payments` with `dry_run`, in a `BackgroundOp`): what Import records and on
which order, how each was matched, the ones more than one order fits (a combo of those orders), the ones no order
fits (an editable combo over the orders in their currency), the rows left out and why, PayPal's fees and the totals
by currency. Choosing an order links it (the command line's `--link`) and checks the file again, so the user sees
the effect; a problem (a bad cell, an order that does not fit) is listed and keeps Import disabled. Import writes
it all in one transaction and announces what changed, so the pages showing orders and refunds reload. No button
is the default: Enter in a field never imports and never closes; Cancel (and Escape) writes nothing.

    open_payments_import(window, Path("Download.CSV"))"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.importing.activity.matching import Action
from desk.importing.activity.report import PaymentReport
from desk.money import Money
from desk.operations.payment_imports import ImportPayments, PaymentsImported, import_payments
from desk.ui.changes import announce
from desk.ui.locale_text import money_text
from desk.ui.operation_dialog import ALERT_STYLE, OperationDialog
from desk.ui.payments_choice import ChoiceRows, OrderOption, order_options
from desk.ui.payments_tables import MatchedModel, TotalsModel
from desk.ui.payments_words import matched_by, plain, sentence
from desk.ui.reach import runs
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.common import Cancelled, Progress
    from desk.ui.main_window import MainWindow
    from desk.workspace import Workspace

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
ROWS_LISTED = 10  # row numbers listed for one reason a row is left out


@dataclass(frozen=True)
class Checked:
    """A check's or an import's result, and the orders the user may choose from for the rows left without one."""

    result: PaymentsImported
    options: dict[str, list[OrderOption]]


class PaymentsDialog(OperationDialog):
    """Import a PayPal activity download as payments and refunds on their orders."""

    checked = Signal(object)  # the PaymentReport of a check, once shown
    imported = Signal(object)  # the PaymentReport of the import, once shown

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.path = path
        self.links: dict[str, str] = {}  # transaction id -> PLATFORM:ORDER_NO the user chose
        self.report: PaymentReport | None = None
        self.importing = False
        self.again = False  # a choice changed while the file was being checked: check it again after
        self.setWindowTitle(self.tr("PayPal payments"))
        self.setObjectName("paymentsDialog")
        self.resize(1100, 740)

        self.intro = intro = QLabel(self.tr(
            "{0}: the payments you made to suppliers and the refunds they sent, matched to your orders. Nothing is "
            "written until you click Import."
        ).format(path.name))
        intro.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("countLabel")
        self.info.setWordWrap(True)
        self.summary = QLabel(self.tr("Reading the file…"))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.info)
        layout.addWidget(self.summary)
        layout.addWidget(self._problems_box(), 1)  # its list grows only while the Matched table is hidden
        layout.addWidget(self._choices_box())
        layout.addWidget(self._matched_box(), 1)
        layout.addLayout(self._left_out_and_totals())
        layout.addLayout(self._buttons_row())
        self._update_buttons()
        self.check()

    # -- building -------------------------------------------------------------------------------------------

    def _problems_box(self) -> QWidget:
        self.problems_box = QWidget()
        self.problems_title = QLabel()
        self.problems_title.setWordWrap(True)
        self.problems_title.setStyleSheet(ALERT_STYLE + " font-weight: 600;")
        self.problems_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)  # a problem names the cell and what is wrong with it: all of it matters
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QVBoxLayout(self.problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_title)
        box.addWidget(self.problems)
        self.problems_box.setVisible(False)
        return self.problems_box

    def _choices_box(self) -> QWidget:
        self.choices_box = QWidget()
        self.choices_title = QLabel()
        self.choices_title.setObjectName("sectionTitle")
        self.choices_note = note = QLabel(self.tr(
            "Desk could not tell which order these are for. Choose the order each paid (type part of its number, "
            "its supplier or its amount to find it), or leave it for now: it is then not recorded, and a later "
            "import of the same file can record it."
        ))
        note.setObjectName("countLabel")
        note.setWordWrap(True)
        self.choices = ChoiceRows()
        self.choices.chosen.connect(self.choose)
        holder = QWidget()
        rows = QVBoxLayout(holder)
        rows.setContentsMargins(0, 0, 8, 0)
        rows.addWidget(self.choices)
        rows.addStretch(1)
        self.choices_scroll = QScrollArea()
        self.choices_scroll.setWidgetResizable(True)
        self.choices_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.choices_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from one order to the next
        self.choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices_scroll.setWidget(holder)
        box = QVBoxLayout(self.choices_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.choices_title)
        box.addWidget(note)
        box.addWidget(self.choices_scroll, 1)
        self.choices_box.setVisible(False)
        return self.choices_box

    def _matched_box(self) -> QWidget:
        self.matched_box = QWidget()
        self.matched_title = QLabel()
        self.matched_title.setObjectName("sectionTitle")
        self.matched_model = MatchedModel(self)
        self.matched = _table(self.matched_model)
        self.matched.setObjectName("matched")
        box = QVBoxLayout(self.matched_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.matched_title)
        box.addWidget(self.matched, 1)
        return self.matched_box

    def _left_out_and_totals(self) -> QHBoxLayout:
        left_title = QLabel(self.tr("Left out of the import"))
        left_title.setObjectName("sectionTitle")
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QVBoxLayout()
        left.addWidget(left_title)
        left.addWidget(self.left_out, 1)
        totals_title = QLabel(self.tr("Totals"))
        totals_title.setObjectName("sectionTitle")
        self.fees = QLabel()
        self.fees.setWordWrap(True)
        self.totals_model = TotalsModel(self)
        self.totals = _table(self.totals_model)
        self.totals.setObjectName("totals")
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals.horizontalHeader().setStretchLastSection(False)
        right = QVBoxLayout()
        right.addWidget(totals_title)
        right.addWidget(self.totals)
        right.addWidget(self.fees)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addSpacing(16)
        row.addLayout(right, 1)
        return row

    def _buttons_row(self) -> QHBoxLayout:
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setMaximumWidth(160)
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAutoDefault(False)  # Enter never imports: only a click (or Space on the button)
        self.import_button.clicked.connect(self.start_import)
        runs(self.import_button, "payment_imports.import_payments")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)  # Enter after typing an order must not close the dialog either
        self.cancel_button.clicked.connect(self.cancel_or_close)
        row = QHBoxLayout()
        row.addWidget(self.bar)
        row.addWidget(self.status, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        return row

    # -- checking and importing ---------------------------------------------------------------------------

    def check(self) -> BackgroundOp[Checked] | None:
        """Match the file with the orders chosen so far, writing nothing (in the background); when a check is
        already running, once it has ended."""
        if self.busy:
            self.again = not self.importing
            self._update_buttons()
            return None
        return self._start(dry_run=True)

    def start_import(self) -> BackgroundOp[Checked] | None:
        """Record what the last check showed, with the orders chosen (in the background)."""
        if self._not_ready() is not None:
            return None
        return self._start(dry_run=False)

    def choose(self, txn: str, key: str | None) -> None:
        """The user chose the order for the payment or refund `txn` (None: left for now): check the file again."""
        if self.links.get(txn) == key:
            return
        if key is None:
            self.links.pop(txn, None)
        else:
            self.links[txn] = key
        self.check()

    def _start(self, *, dry_run: bool) -> BackgroundOp[Checked]:
        workspace, request = self.workspace, ImportPayments(self.path, dry_run=dry_run, links=dict(self.links))
        wanted = self.choices.currencies()

        def work(progress: Progress, cancelled: Cancelled) -> Checked:
            result = import_payments(workspace, request, progress=progress, cancelled=cancelled)
            waiting = result.report.ambiguous + result.report.unmatched
            currencies = wanted | {e.amount.currency for e in waiting}
            return Checked(result, order_options(workspace, currencies) if currencies else {})

        self.importing = not dry_run
        doing = self.tr("Checking the file against your orders…") if dry_run else self.tr("Importing…")
        op = self.begin(work, doing, self._show)
        op.finished.connect(self._ended)
        self.choices.set_choosing(dry_run)
        op.run_in_background()
        self._update_buttons()
        return op

    def _ended(self) -> None:
        self.importing = False
        self.choices.set_choosing(True)
        if self.again:
            self.again = False
            self._start(dry_run=True)
        self._update_buttons()

    def cancel_or_close(self) -> None:
        """Cancel: an import running is asked to stop (nothing is written); otherwise the dialog closes."""
        if self.importing and self.cancel_running(self.tr("Cancelling…")):
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:
        if self.busy and self.op is not None:
            self.op.cancel()  # closed while it runs: a check is not wanted, an import not written
        super().reject()

    def cancelled_text(self) -> str:
        return self.tr("Cancelled: nothing was written.")

    def failed_text(self, message: str) -> str | None:
        self.summary.setText(self.tr("Nothing can be imported from this file."))
        return message

    # -- showing --------------------------------------------------------------------------------------------

    def _show(self, checked: Checked) -> None:
        report = checked.result.report
        first = self.report is None
        self.report = report
        self.choices.set_options(checked.options)
        for entry in report.ambiguous:
            self.choices.add(entry, ambiguous=True)
        for entry in report.unmatched:
            self.choices.add(entry, ambiguous=False)
        chain = [*self.choices.combos.values(), self.matched, self.import_button, self.cancel_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)  # Tab: each order to choose, then the table, then the buttons
        self.matched_model.show(report)
        self.totals_model.show(report)
        self._fit_tables()
        self.info.setText(self._read_as(report))
        self.summary.setText(self._summary(report))
        self._show_problems(report)
        self._show_choices(report)
        self._show_left_out(report)
        n = len(report.payments) + len(report.refunds)
        self.matched_title.setText(self.tr("Matched to orders ({0})").format(n))
        self.matched_box.setVisible(n > 0 or report.ok)
        # Beside the Matched table the problems are a short list; without it (a file that could not be read
        # through) they have the room.
        short = 8 * self.fontMetrics().lineSpacing()
        self.problems.setMaximumHeight(short if self.matched_box.isVisibleTo(self) else QWIDGETSIZE_MAX)
        if report.written:
            self.intro.setText(self.tr(
                "{0}: the payments you made to suppliers and the refunds they sent, matched to your orders."
            ).format(self.path.name))
            self._say(self.tr("Imported."))
            announce(dataclasses.replace(checked.result, message=self._recorded(report)))
            self.imported.emit(report)
        else:
            self._say(self.tr("Checked: nothing has been written."))
            self.checked.emit(report)
        if first:
            combo = self.choices.first_combo()
            (combo or self.matched).setFocus()

    def _read_as(self, report: PaymentReport) -> str:
        said = [self.tr("Read as {0}").format(report.read_as)]
        if report.read_with:
            said.append(report.read_with)
        return "; ".join(said) + "."

    def _summary(self, report: PaymentReport) -> str:
        if not report.ok:
            return self.tr("Nothing can be imported until the problems below are solved. Nothing has been written.")
        waiting = len(report.ambiguous) + len(report.unmatched)
        said = [self._recorded(report) if report.written else self._to_record(report)]
        already = report.count(report.payments + report.refunds, action=Action.ALREADY)
        if already:
            said.append(self.tr("{0} already in Desk.").format(already))
        if waiting and report.written:
            said.append(self.tr("%n was left without an order and not recorded.", "", waiting))
        elif waiting:
            said.append(self.tr("%n needs you to choose its order below.", "", waiting))
        return " ".join(said)

    def _amounts(self, report: PaymentReport) -> str:
        parts = []
        if report.payments_recorded:
            parts.append(self.tr("%n payment(s)", "", report.payments_recorded))
        if report.refunds_recorded:
            parts.append(self.tr("%n refund(s)", "", report.refunds_recorded))
        return self.tr(" and ").join(parts)

    def _to_record(self, report: PaymentReport) -> str:
        if not (report.payments_recorded or report.refunds_recorded):
            return self.tr("Nothing new to record.")
        return self.tr("Import records {0} on their orders.").format(self._amounts(report))

    def _recorded(self, report: PaymentReport) -> str:
        if not (report.payments_recorded or report.refunds_recorded):
            return self.tr("Nothing new was recorded from {0}.").format(report.file)
        return self.tr("Recorded {0} from {1} on their orders.").format(self._amounts(report), report.file)

    def _show_problems(self, report: PaymentReport) -> None:
        self.problems.clear()
        self.problems.addItems([plain(str(p)) for p in report.problems])
        chosen_rows = {e.row for t, e in self.choices.entries.items() if t in self.links}
        if report.problems and all(p.row in chosen_rows for p in report.problems):
            title = self.tr("An order you chose does not fit: choose another, or leave it for now.")
        else:
            title = self.tr(
                "%n problem(s) in the file: correct them in the file (or download it from PayPal again), then open "
                "it again.",
                "",
                len(report.problems),
            )
        self.problems_title.setText(title)
        self.problems_box.setVisible(bool(report.problems))

    def _show_choices(self, report: PaymentReport) -> None:
        """What becomes of each payment or refund waiting for its order, after this check or import."""
        matched = {e.transaction_id: e for e in report.payments + report.refunds}
        fits = {e.transaction_id: e for e in report.ambiguous}
        unmatched = {e.transaction_id: e for e in report.unmatched}
        problems: dict[int, str] = {}
        for problem in report.problems:
            if problem.row is not None:
                problems.setdefault(problem.row, sentence(plain(problem.message)))
        for txn, entry in self.choices.entries.items():
            found = matched.get(txn)
            if entry.row in problems:
                self.choices.show_state(txn, problems[entry.row], alert=True)
            elif found is not None and found.action == Action.ALREADY.value:
                self.choices.show_state(txn, self.tr("Already in Desk, on {0}.").format(found.order), settled=True)
            elif found is not None and report.written:
                self.choices.show_state(txn, self.tr("Recorded on {0}.").format(found.order), settled=True)
            elif found is not None:
                how = "" if txn in self.links else self.tr(" (found by {0})").format(matched_by(found))
                self.choices.show_state(txn, self.tr("Import records it on {0}{1}.").format(found.order, how))
            elif txn in fits:
                fit = len(fits[txn].candidates)
                fitting = self.tr("%n order(s) fit its amount and date: choose the one it paid.", "", fit)
                self.choices.show_state(txn, fitting)
            elif txn in unmatched:
                self.choices.show_state(txn, sentence(plain(unmatched[txn].why or "")))
            else:
                self.choices.show_state(txn, "")
        waiting = len(report.ambiguous) + len(report.unmatched)
        self.choices_title.setText(
            self.tr("Choose the order ({0} waiting)").format(waiting) if waiting else self.tr("Orders you chose")
        )
        self.choices_note.setVisible(waiting > 0)
        self.choices_box.setVisible(len(self.choices) > 0)
        # As tall as its rows, up to a third of the dialog; a longer list scrolls.
        wanted = self.choices.sizeHint().height() + 8
        self.choices_scroll.setFixedHeight(min(max(wanted, 60), max(self.height() // 3, 200)))

    def _show_left_out(self, report: PaymentReport) -> None:
        lines = []
        for why, rows in report.left_out.items():
            listed = ", ".join(str(r) for r in rows[:ROWS_LISTED])
            if len(rows) > ROWS_LISTED:
                listed = self.tr("{0} and {1} more").format(listed, len(rows) - ROWS_LISTED)
            where = self.tr("Row {0}") if len(rows) == 1 else self.tr("Rows {0}")
            lines.append(self.tr("{0}: {1}").format(where.format(listed), why))
        self.left_out.setText("\n".join(lines) or self.tr("Nothing: every row is a payment or a refund."))
        if report.fees:
            fees = ", ".join(money_text(Money(minor, code)) for code, minor in sorted(report.fees.items()))
            self.fees.setText(self.tr("PayPal's fees, not recorded: {0}").format(fees))
        else:
            self.fees.setText(self.tr("No PayPal fees in this file."))

    def _fit_tables(self) -> None:
        self.matched.resizeColumnsToContents()
        header = self.matched.horizontalHeader()
        for section in range(header.count() - 1):
            header.resizeSection(section, min(header.sectionSize(section) + 12, 280))
        self.totals.resizeColumnsToContents()
        self.totals.setMaximumWidth(self.totals.horizontalHeader().length() + 2 * self.totals.frameWidth() + 2)
        rows = self.totals_model.rowCount()
        height = self.totals.horizontalHeader().height() + rows * self.totals.verticalHeader().defaultSectionSize()
        self.totals.setFixedHeight(height + 2 * self.totals.frameWidth() + 2)

    def _not_ready(self) -> str | None:
        """Why Import cannot run now; None when it can."""
        report = self.report
        if self.busy or self.again:
            return self.tr("Wait for the check to finish")
        if report is None:
            return self.tr("The file has not been checked yet")
        if not report.ok:
            return self.tr("Solve the problems listed first")
        if report.written:
            return self.tr("Imported: choose an order above to record more")
        if not (report.payments_recorded or report.refunds_recorded):
            return self.tr("Nothing new to record")
        return None

    def _update_buttons(self) -> None:
        reason = self._not_ready()
        self.import_button.setEnabled(reason is None)
        self.import_button.setToolTip(reason or self.tr("Record the payments and refunds matched to orders"))
        written = self.report is not None and self.report.written and not self.busy
        self.cancel_button.setText(self.tr("Close") if written else self.tr("Cancel"))
        self.cancel_button.setEnabled(not (self.importing and self.op is not None and self.op.cancelled))


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return view


def open_payments_import(window: MainWindow, path: Path) -> PaymentsDialog | None:
    """Show the PayPal payments dialog for `path` over `window` (window-modal), checking the file at once; None when
    no data folder is open. An import announces what it changed; the window reloads the pages that show it."""
    if window.workspace is None:
        return None
    dialog = PaymentsDialog(window.workspace, path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
