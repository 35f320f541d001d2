"""The Deposits page's dialogs (seed 003): a new application (its prerequisites and documents come from the
platform's deposit policy), what the platform decided (rejected with its reason, approved, paid with what arrived)
or the application closed, and a document the platform asks for beyond its policy.

Each calls its operation (`desk.operations.deposits`) and announces what changed; the core's refusals are shown in
the dialog, which stays open with what was typed. OK stays disabled until the fields the step needs are filled."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from desk.common import words
from desk.deposits.applications import DepositEvent, allowed_events, get_application, last_date
from desk.models import DepositApplication, Order, Platform, Store
from desk.operations.deposits import (
    CreateDepositApplication,
    RecordDepositEvent,
    RequireDocument,
    create_deposit_application,
    record_deposit_event,
    require_document,
)
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import money_text
from desk.ui.required import unchosen
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.workspace import Workspace

COMMON_CURRENCIES = ("CNY", "USD", "EUR")
# What the platform (or the user) may record here; submitting is the panel's Submit, which checks the checklist.
EVENT_TEXT = {
    DepositEvent.REJECTED: QT_TRANSLATE_NOOP("DepositEventDialog", "Rejected by the platform"),
    DepositEvent.APPROVED: QT_TRANSLATE_NOOP("DepositEventDialog", "Approved by the platform"),
    DepositEvent.PAID: QT_TRANSLATE_NOOP("DepositEventDialog", "Paid: the deposit arrived"),
    DepositEvent.CLOSED: QT_TRANSLATE_NOOP("DepositEventDialog", "Closed: given up, or followed up to the end"),
}


class NewDepositDialog(CaseDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New deposit application"), parent)
        self.workspace = workspace
        self.application_id: int | None = None
        with workspace.read() as session:
            self._stores = [(s.platform, s.name) for s in session.scalars(select(Store).order_by(Store.name))]
            used = set(session.scalars(select(Order.currency).distinct()))
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(words(platform), platform.value)
        self.store = QComboBox()
        self.store.setEditable(True)
        self.store.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.amount = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(sorted(set(COMMON_CURRENCIES) | used))
        self.currency.setCurrentText("CNY")  # what marketplaces in China hold deposits in
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setToolTip(self.tr("Only for a store Desk does not know yet: its country, e.g. CN"))
        self.on = date_edit(date.today())
        hint = QLabel(self.tr("Its prerequisites and documents come from the platform's deposit policy."))
        hint.setObjectName("countLabel")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Platform"), self.platform)
        self.form.addRow(self.tr("Store"), self.store)
        self.form.addRow(self.tr("Deposit"), self.amount)
        self.form.addRow(self.tr("Currency"), self.currency)
        self.form.addRow(self.tr("Country of a new store"), self.country)
        self.form.addRow(self.tr("Created on"), self.on)
        self.form.addRow("", hint)
        self.platform.currentIndexChanged.connect(self._list_stores)
        self.required.need(self.store, self.tr("the store"))
        self.required.need(self.amount, self.tr("the deposit"))
        self.required.need(self.currency, self.tr("the currency"))
        self._list_stores()

    def _list_stores(self) -> None:
        platform = Platform(self.platform.currentData())
        self.store.clear()
        self.store.addItems([name for on, name in self._stores if on is platform])
        self.store.setCurrentIndex(-1)  # none chosen until the user chooses or types one
        self.required.update()

    def request(self) -> CreateDepositApplication:
        return CreateDepositApplication(
            self.store.currentText().strip(),
            Platform(self.platform.currentData()),
            f"{self.amount.text().strip()} {self.currency.currentText().strip().upper()}",
            to_date(self.on.date()),
            self.country.text().strip() or None,
            confirm_dates=self.dates_confirmed,
        )

    def save(self) -> None:
        result = create_deposit_application(self.workspace, self.request())
        self.application_id = result.application_id
        announce(result)


class DepositEventDialog(CaseDialog):
    """Record Decision…: what the platform did with a submitted application, or the application closed."""

    def __init__(self, workspace: Workspace, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record what the platform decided"), parent)
        self.workspace = workspace
        self.application_id = application_id
        with workspace.read() as session:
            application = get_application(session, application_id)
            heading = _heading(application)
            state = words(application.state).lower()
            kinds = [k for k in allowed_events(application.state) if k in EVENT_TEXT]
            earliest = last_date(application)
            self.currency = application.currency
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(QCoreApplication.translate("DepositEventDialog", EVENT_TEXT[kind]), kind.value)
        unchosen(self.kind, self.tr("Choose what happened"))  # never assumed: Enter alone records nothing
        self.amount = QLineEdit()
        self.amount.setToolTip(self.tr("In {0} unless you name another currency (1380 USD)").format(self.currency))
        self.note = QLineEdit()
        self.on = date_edit(max(date.today(), earliest or date.today()))
        self.form.addRow(self.tr("Application"), QLabel(heading))
        self.form.addRow(self.tr("Now"), QLabel(state))
        self.form.addRow(self.tr("What happened"), self.kind)
        self.form.addRow(self.tr("Amount that arrived"), self.amount)
        self.note_label = QLabel()
        self.form.addRow(self.note_label, self.note)
        self.form.addRow(self.tr("On"), self.on)
        self.kind.currentIndexChanged.connect(self._fields_for_kind)
        self.required.need(self.kind, self.tr("what happened"))
        self.required.need(self.amount, self.tr("the amount"), when=lambda: self._chosen() is DepositEvent.PAID)
        # a rejection: the resubmission must answer the platform's reason
        self.required.need(
            self.note, self.tr("the platform's reason"), when=lambda: self._chosen() is DepositEvent.REJECTED
        )
        self._fields_for_kind()

    def _chosen(self) -> DepositEvent | None:
        data = self.kind.currentData()
        return DepositEvent(data) if data is not None else None

    def _fields_for_kind(self) -> None:
        kind = self._chosen()
        self.form.setRowVisible(self.amount, kind is DepositEvent.PAID)
        rejected = kind is DepositEvent.REJECTED
        self.note_label.setText(self.tr("The platform's reason") if rejected else self.tr("Note"))
        self.required.update()

    def request(self) -> RecordDepositEvent:
        kind = self._chosen()
        assert kind is not None
        return RecordDepositEvent(
            self.application_id,
            kind,
            to_date(self.on.date()),
            self.amount.text().strip() if kind is DepositEvent.PAID else None,
            self.note.text().strip() or None,
            confirm_dates=self.dates_confirmed,
        )

    def save(self) -> None:
        announce(record_deposit_event(self.workspace, self.request()))


class RequireDocumentDialog(CaseDialog):
    """Require Document…: a document the platform asks for beyond its policy (often in a rejection)."""

    def __init__(self, workspace: Workspace, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a document the platform asks for"), parent)
        self.workspace = workspace
        self.application_id = application_id
        with workspace.read() as session:
            application = get_application(session, application_id)
            heading = _heading(application)
            self._codes = {item.code for item in application.checklist}
        self.label = QLineEdit()
        self.must = QCheckBox(self.tr("Required: the application cannot be submitted without it"))
        self.must.setChecked(True)
        self.form.addRow(self.tr("Application"), QLabel(heading))
        self.form.addRow(self.tr("Document"), self.label)
        self.form.addRow("", self.must)
        self.required.need(self.label, self.tr("the document"))

    def code(self) -> str:
        """The checklist's short name for the document, made from what the user called it (never shown)."""
        base = re.sub(r"\W+", "_", self.label.text().strip().casefold()).strip("_") or "document"
        base = base if base.isidentifier() else f"document_{base}"
        code, n = base, 2
        while code in self._codes:
            code, n = f"{base}_{n}", n + 1
        return code

    def save(self) -> None:
        label, required = self.label.text().strip(), self.must.isChecked()
        request = RequireDocument(self.application_id, self.code(), label, required)
        announce(require_document(self.workspace, request))


def _heading(application: DepositApplication) -> str:
    """The application as the dialogs' first line names it: its store, platform and deposit."""
    store = application.store
    return f"{store.name} · {store.platform.label} · {money_text(application.deposit)}"
