"""Opening a dispute on an order line, and recording what happens in it (seed 002), as dialogs.

The dialogs only gather input and call their operation (`desk.operations.disputes`): the rules (the claim limit,
which event may happen now) are the core's, and their refusals are shown in the dialog, which stays open so nothing
typed is lost. A saved change is announced (`desk.ui.changes`): the pages that show it reload."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.calendar import UnlikelyDate
from desk.common import words
from desk.disputes.lifecycle import TRANSITIONS, allowed_events, claim_limits, get_dispute, last_event_day
from desk.disputes.preview import EventOutcome, OpeningOutcome, event_outcome, opening_outcome
from desk.errors import DeskError, EditConflict
from desk.models import DisputeEventKind, DisputeReason, DisputeWant, Order
from desk.money import Money
from desk.operations.disputes import OpenDispute, RecordDisputeEvent, open_dispute, record_dispute_event
from desk.operations.typed import typed_money
from desk.ui.audience_choice import AudienceChoice
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.date_question import keep_unlikely_dates
from desk.ui.locale_text import date_text, money_text
from desk.ui.required import Required, buttons_last, unchosen
from desk.ui.tr_context import TrContext
from desk.workspace import Workspace


class CaseDialog(QDialog):
    """A form with an error line above OK/Cancel; `accept` runs `save` (which calls its operation and announces what
    it changed) and closes, or stays open on a refusal.

    It cannot act by accident (`desk.ui.required`): subclasses name their required fields in `self.required`; OK
    stays disabled until they hold what the user entered, the dialog opens with the focus on the first field to
    fill, and `accept` refuses while one is empty (Enter, a shortcut, a test calling it)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.required = Required(self.ok_button, self)
        self._shown = False
        # True while `save` runs again after the user kept a date outside the span Desk takes without asking:
        # each dialog's request carries it as `confirm_dates`.
        self.dates_confirmed = False
        # A dialog that edits a record: the version the form shows (desk.operations.conflicts), and after a conflict
        # the fields whose saved value the user chose to keep (left out of the request).
        self.version: int | None = None
        self.keep_saved: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the first time only: a dialog shown again keeps where the user was
            self._shown = True
            buttons_last(self, self.buttons)
            self.required.focus_first()

    def what_happens_line(self) -> QLabel:
        """The line under the form that says what OK will do, before it does it (the rules' answer, nothing
        written); above the error line and OK."""
        what = QLabel()
        what.setObjectName("whatHappens")
        what.setWordWrap(True)
        what.setMinimumHeight(3 * what.fontMetrics().lineSpacing())  # room for the longest: no jumping
        what.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box = self.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(box.indexOf(self.error), what)
        return what

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        missing = self.required.missing()
        if missing:
            self.error.setText(self.tr("Fill in {0} first.").format(", ".join(missing)))
            self.error.show()
            self.required.focus_first()
            return
        try:
            saved = self._save_asking()
        except EditConflict as conflict:
            saved = self._resolve(conflict)
        except DeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        if saved:
            super().accept()

    def reload(self) -> None:
        """Show the record as it is saved now (after a conflict, on the user's word); dialogs that edit one."""
        raise NotImplementedError

    def _resolve(self, conflict: EditConflict) -> bool:
        """Someone else saved the record since the form opened: ask, then reload the form, or save again over the
        newer version with the user's fields (all, or those they chose). False: the form stays open."""
        from desk.ui.conflict_dialog import RELOAD, resolve

        choice = resolve(conflict, self)
        if choice is None:
            self.error.setText(str(conflict))
            self.error.show()
            return False
        if choice.outcome == RELOAD:
            self.reload()
            self.error.setText(self.tr("The form now shows what is saved. Change it again if you need to."))
            self.error.show()
            return False
        self.version, self.keep_saved = conflict.version, choice.theirs
        try:
            if self.request_is_empty():
                return True  # every field kept as saved: nothing of the user's left to save
            return self._save_asking()
        except DeskError as exc:  # another change meanwhile, or a rule: said, the form stays open
            self.error.setText(str(exc))
            self.error.show()
            return False
        finally:
            self.keep_saved = frozenset()

    def request_is_empty(self) -> bool:
        """Whether nothing is left to save once the fields kept as saved are left out (dialogs that edit one)."""
        return False

    def _save_asking(self) -> bool:
        """`save`; for a date outside the span Desk takes without asking, the question whether to keep it, and
        on Yes `save` again with the date confirmed. False: the user chose to correct the date."""
        try:
            self.save()
            return True
        except UnlikelyDate as unlikely:
            if not keep_unlikely_dates(self, unlikely):
                self.error.setText(self.tr("Correct the date, then press OK."))
                self.error.show()
                return False
        self.dates_confirmed = True
        try:
            self.save()
        finally:
            self.dates_confirmed = False
        return True


class OpenDisputeDialog(CaseDialog):
    def __init__(self, workspace: Workspace, order_id: int, line_no: int | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Open a dispute"), parent)
        self.workspace = workspace
        self.order_id = order_id
        self.dispute_id: int | None = None
        with workspace.read() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise DeskError(self.tr("the order is no longer there: it was deleted meanwhile"))
            self.currency = order.currency
            heading = f"{order.key} · {order.supplier.name}"
            self._limits = claim_limits(order)
            lines = [(line.line_no, line.item) for line in order.lines]

        self.order_label = QLabel(heading)
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line = QComboBox()
        for number, item in lines:
            self.line.addItem(f"{number}. {item}", number)
        if line_no is not None:
            self.line.setCurrentIndex(self.line.findData(line_no))
        elif len(lines) != 1:  # an order of one line has no choice to make
            unchosen(self.line, self.tr("Choose the line in dispute"))
        self.reason = unchosen(QComboBox(), self.tr("Choose what is wrong"))
        for reason in DisputeReason:
            self.reason.addItem(words(reason), reason)
        self.reason.setCurrentIndex(-1)
        self.want = unchosen(QComboBox(), self.tr("Choose what you ask for"))
        self.want.addItem(self.tr("Refund only"), DisputeWant.REFUND)
        self.want.addItem(self.tr("Return the goods and refund"), DisputeWant.RETURN_REFUND)
        self.want.setCurrentIndex(-1)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 12.50, in {0}").format(self.currency))
        self.claim_all = QPushButton()
        self.claim_all.setObjectName("claimAll")
        self.claim_all.setAutoDefault(False)  # Enter in a field never presses it
        self.claim_all.clicked.connect(self._claim_all)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.claim_all)
        self.limit = QLabel()
        self.limit.setObjectName("countLabel")
        self.opened_on = date_edit(date.today())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the note for the next field, as in a form
        self.note.setPlaceholderText(self.tr("What is wrong, in the words you will use with the seller"))
        self.note.setFixedHeight(80)

        self.form.addRow(self.tr("Order"), self.order_label)
        self.form.addRow(self.tr("Line"), self.line)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Wanted"), self.want)
        self.form.addRow(self.tr("Amount claimed"), amount_row)
        self.form.addRow("", self.limit)
        self.form.addRow(self.tr("Opened on"), self.opened_on)
        self.form.addRow(self.tr("Note"), self.note)
        self.audience = AudienceChoice()
        self.form.addRow(self.tr("Who may see it"), self.audience)
        self.what = self.what_happens_line()
        self.line.currentIndexChanged.connect(self._show_limit)
        self.line.currentIndexChanged.connect(self._say_what_happens)
        self.amount.textChanged.connect(self._say_what_happens)
        self.opened_on.dateChanged.connect(self._say_what_happens)
        self.required.need(self.line, self.tr("the line"))
        self.required.need(self.reason, self.tr("the reason"))
        self.required.need(self.want, self.tr("what you ask for"))
        self.required.need(self.amount, self.tr("the amount claimed"))
        self._show_limit()
        self._say_what_happens()

    def _limit(self) -> Money | None:
        number = self.line.currentData()
        return None if number is None else self._limits.get(number, Money.zero(self.currency))

    def _show_limit(self) -> None:
        limit = self._limit()
        self.claim_all.setEnabled(limit is not None)
        shown = "" if limit is None else money_text(limit)
        self.claim_all.setText(self.tr("Claim all") if limit is None else self.tr("Claim all ({0})").format(shown))
        self.limit.setText(
            self.tr("Choose the line to see how much can be claimed.")
            if limit is None
            else self.tr("At most {0}: what was paid for the line less what was refunded").format(shown)
        )

    def _say_what_happens(self) -> None:
        self.what.setText(self.what_happens())

    def what_happens(self) -> str:
        """One plain line of what OK will do: the claim and the seller's days (`desk.disputes.preview`)."""
        number = self.line.currentData()
        if number is None:
            return self.tr("Choose the line to see what opening the dispute does.")
        text = self.amount.text().strip()
        if not text:
            return self.tr("Type the amount claimed to see what opening the dispute does.")
        try:
            amount = typed_money(text, self.currency, self.tr("the amount claimed"))
            with self.workspace.read() as session:
                outcome = opening_outcome(session, self.order_id, number, amount, to_date(self.opened_on.date()))
        except DeskError as exc:
            return self.tr("This cannot be opened: {0}.").format(str(exc).rstrip("."))
        return opening_text(outcome)

    def _claim_all(self) -> None:
        limit = self._limit()
        if limit is not None:
            self.amount.setText(str(limit.amount))
            self.amount.setFocus()

    def save(self) -> None:
        request = OpenDispute(
            self.order_id,
            self.line.currentData(),
            DisputeReason(self.reason.currentData()),
            DisputeWant(self.want.currentData()),
            self.amount.text(),  # never blank here: "Claim all" types the most that can be claimed
            to_date(self.opened_on.date()),
            self.note.toPlainText(),
            confirm_dates=self.dates_confirmed,
        )
        result = open_dispute(self.workspace, request)
        self.dispute_id = result.dispute_id
        announce(result)


class RecordEventDialog(CaseDialog):
    def __init__(self, workspace: Workspace, dispute_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record what happened"), parent)
        self.workspace = workspace
        self.dispute_id = dispute_id
        with workspace.read() as session:
            dispute = get_dispute(session, dispute_id)
            state = words(dispute.state).lower()
            heading = self.tr("Dispute {0} · {1} · {2}").format(dispute.id, dispute.order_line.order.key, state)
            kinds = allowed_events(dispute.state)
            last = last_event_day(dispute) or date.today()  # not a 9999-12-31 kept by mistake
            currency = dispute.currency

        # Nothing chosen at first: a pre-selected "Seller answered" once stopped an escalation deadline on a Space.
        self.kind = unchosen(QComboBox(), self.tr("Choose what happened"))
        for kind in kinds:
            self.kind.addItem(words(kind), kind)
        self.kind.setCurrentIndex(-1)
        self.amount = QLineEdit()
        self.on = date_edit(max(date.today(), last))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the note for the next field, as in a form
        self.note.setFixedHeight(80)
        self.form.addRow(self.tr("Case"), QLabel(heading))
        self.form.addRow(self.tr("Event"), self.kind)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("On"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self.audience = AudienceChoice()
        self.form.addRow(self.tr("Who may see it"), self.audience)
        self.what = self.what_happens_line()
        self.currency = currency
        self.kind.currentIndexChanged.connect(self._amount_when_needed)
        self.kind.currentIndexChanged.connect(self._say_what_happens)
        self.amount.textChanged.connect(self._say_what_happens)
        self.on.dateChanged.connect(self._say_what_happens)
        self.required.need(self.kind, self.tr("what happened"))
        self.required.need(self.amount, self.tr("the amount"))  # only while enabled: for the events with one
        self.required.need(self.note, self.tr("the note"), when=lambda: self.chosen_kind() is DisputeEventKind.NOTE)
        self._amount_when_needed()
        self._say_what_happens()

    def chosen_kind(self) -> DisputeEventKind | None:
        data = self.kind.currentData()  # Qt hands back the enum's string value
        return None if data is None else DisputeEventKind(data)

    def _amount_when_needed(self) -> None:
        kind = self.chosen_kind()
        needs = kind is not None and TRANSITIONS[kind].needs_amount
        self.amount.setEnabled(needs)
        self.amount.setPlaceholderText(self.tr("e.g. 12.50") if needs else "")
        self.required.update()

    def _say_what_happens(self) -> None:
        self.what.setText(self.what_happens())

    def what_happens(self) -> str:
        """One plain line of what OK will do, from the dispute's rules (`desk.disputes.preview`)."""
        kind = self.chosen_kind()
        if kind is None:
            return self.tr("Choose what happened to see what it does to the case.")
        text = self.amount.text().strip() if self.amount.isEnabled() else ""
        try:
            amount = typed_money(text, self.currency, self.tr("the amount")) if text else None
            with self.workspace.read() as session:
                outcome = event_outcome(session, self.dispute_id, kind, to_date(self.on.date()), amount, date.today())
        except DeskError as exc:
            if TRANSITIONS[kind].needs_amount and not text:
                return self.tr("Type the amount to see what it does to the case.")
            return self.tr("This cannot be recorded: {0}.").format(str(exc).rstrip("."))
        return outcome_text(outcome)

    def save(self) -> None:
        kind = DisputeEventKind(self.kind.currentData())
        amount = self.amount.text() if self.amount.isEnabled() else None
        on = to_date(self.on.date())
        request = RecordDisputeEvent(
            self.dispute_id,
            kind,
            on,
            amount,
            self.note.toPlainText(),
            audience=self.audience.audience(),
            confirm_dates=self.dates_confirmed,
        )
        announce(record_dispute_event(self.workspace, request))


DisputeOutcome = TrContext("DisputeOutcome")


def outcome_text(outcome: EventOutcome) -> str:
    """"The dispute moves to Seller responded; Escalate to the platform (30 Nov 2026) stops being tracked.""" ""
    if outcome.state_after is outcome.state_before:
        said = DisputeOutcome.tr("The dispute stays {0}").format(words(outcome.state_after).lower())
    else:
        said = DisputeOutcome.tr("The dispute moves to {0}").format(words(outcome.state_after))
    if outcome.outcome is not None:
        won = f" ({money_text(outcome.won)})" if outcome.won is not None else ""
        said += f", {words(outcome.outcome).lower()}{won}"
    parts = [said]
    if outcome.stops:
        listed = ", ".join(f"{d.what} ({date_text(d.due)})" for d in outcome.stops)
        parts.append(DisputeOutcome.tr("{0} stops being tracked", "", len(outcome.stops)).format(listed))
    if outcome.starts:
        listed = ", ".join(f"{d.what} ({date_text(d.due)})" for d in outcome.starts)
        parts.append(DisputeOutcome.tr("{0} is tracked from now on", "", len(outcome.starts)).format(listed))
    return "; ".join(parts) + "."


def opening_text(outcome: OpeningOutcome) -> str:
    """"Opens a dispute on line 2 (USB-C cable) claiming 12,50 €; the seller has until 11 Dec 2026 to answer …"."""
    opens = DisputeOutcome.tr("Opens a dispute on line {0} ({1}) claiming {2}")
    parts = [opens.format(outcome.line_no, outcome.item, money_text(outcome.claimed))]
    if outcome.answer_by is not None:
        parts.append(DisputeOutcome.tr("the seller has until {0} to answer").format(date_text(outcome.answer_by)))
    if outcome.escalate_from is not None:
        escalate = DisputeOutcome.tr("without an answer, escalate to the platform from {0}")
        parts.append(escalate.format(date_text(outcome.escalate_from)))
    if outcome.protection_ends is not None:
        parts.append(DisputeOutcome.tr("buyer protection ends {0}").format(date_text(outcome.protection_ends)))
    return "; ".join(parts) + "."
