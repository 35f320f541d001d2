"""Edit Supplier… and Edit Store…: correcting the details of a supplier (shop, contact, notes) and of one of the
business's stores (country, open or closed and since when), through `desk.operations.parties`.

A supplier or a store is known by its platform and name (orders and deposit applications point at it), so the name
is shown, not edited. The fields open with the record's values and OK stays disabled until one differs; the rules
(a closed store needs the day it closed, a country is two letters) are the core's and a refusal is shown in the
dialog with what was typed kept. Announced: pages reload, and Edit → Undo reverses it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from desk.common import words
from desk.models import Store, StoreStatus, Supplier
from desk.operations.parties import SaveStore, SaveSupplier, save_store, save_supplier
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.workspace import Workspace


class EditSupplierDialog(CaseDialog):
    def __init__(self, workspace: Workspace, supplier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit supplier"), parent)
        self.workspace = workspace
        with workspace.read() as session:
            supplier = session.get_one(Supplier, supplier_id)
            self.platform, self.name = supplier.platform, supplier.name
            self.initial = (supplier.shop_url or "", supplier.contact or "", supplier.notes or "")
            self.version = supplier.version
        self.shop_url = QLineEdit(self.initial[0])
        self.shop_url.setPlaceholderText(self.tr("the supplier's shop on the platform, e.g. https://…"))
        self.contact = QLineEdit(self.initial[1])
        self.contact.setPlaceholderText(self.tr("a name, a chat handle, an e-mail address"))
        self.notes = QPlainTextEdit(self.initial[2])
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.notes.setPlaceholderText(self.tr("for your staff only: never printed on what is sent to the supplier"))
        self.form.addRow(self.tr("Supplier"), QLabel(f"{self.name} · {self.platform.label}"))
        self.form.addRow(self.tr("Shop"), self.shop_url)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow(self.tr("Notes"), self.notes)
        for field in (self.shop_url, self.contact):
            field.textChanged.connect(self.required.update)
        self.notes.textChanged.connect(self.required.update)
        self.required.gate(lambda: None if self._values() != self.initial else self.tr("Nothing has been changed yet."))

    def _values(self) -> tuple[str, str, str]:
        return (self.shop_url.text().strip(), self.contact.text().strip(), self.notes.toPlainText().strip())

    def reload(self) -> None:
        with self.workspace.read() as session:
            supplier = session.scalars(
                select(Supplier).where(Supplier.platform == self.platform, Supplier.name == self.name)
            ).one()
            self.initial = (supplier.shop_url or "", supplier.contact or "", supplier.notes or "")
            self.version = supplier.version
        self.shop_url.setText(self.initial[0])
        self.contact.setText(self.initial[1])
        self.notes.setPlainText(self.initial[2])

    def request_is_empty(self) -> bool:
        return self.keep_saved >= {"shop_url", "contact", "notes"}

    def save(self) -> None:
        if self._values() == self.initial:  # Enter on a form left as it was: nothing to do
            return
        shop_url, contact, notes = self._values()
        shown = SaveSupplier(self.platform, self.name, *self.initial)
        request = SaveSupplier(
            self.platform, self.name, shop_url, contact, notes, self.version, shown, self.keep_saved
        )
        announce(save_supplier(self.workspace, request))


class EditStoreDialog(CaseDialog):
    def __init__(self, workspace: Workspace, store_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit store"), parent)
        self.workspace = workspace
        with workspace.read() as session:
            store = session.get_one(Store, store_id)
            self.platform, self.name = store.platform, store.name
            self.initial = (store.country or "", store.status, store.opened_on, store.closed_on)
            self.version = store.version
        self.country = QLineEdit(self.initial[0])
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("two letters, e.g. CN, DE or US"))
        self.status = QComboBox()
        for status in StoreStatus:
            self.status.addItem(words(status), status)
        self.status.setCurrentIndex(self.status.findData(self.initial[1]))
        self.opened_known, self.opened_on, opened_row = self._optional_date(self.initial[2])
        self.closed_known, self.closed_on, closed_row = self._optional_date(self.initial[3])
        self.form.addRow(self.tr("Store"), QLabel(f"{self.name} · {self.platform.label}"))
        self.form.addRow(self.tr("Country"), self.country)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Opened on"), opened_row)
        self.form.addRow(self.tr("Closed on"), closed_row)
        self.country.textChanged.connect(self.required.update)
        self.status.currentIndexChanged.connect(self.required.update)
        for known, edit in ((self.opened_known, self.opened_on), (self.closed_known, self.closed_on)):
            known.toggled.connect(self.required.update)
            edit.dateChanged.connect(self.required.update)
        self.required.gate(lambda: None if self._values() != self.initial else self.tr("Nothing has been changed yet."))

    def _optional_date(self, initial: date | None) -> tuple[QCheckBox, QDateEdit, QWidget]:
        """A date that may be unknown: a box to tick and the date, which counts only while the box is ticked."""
        known = QCheckBox(self.tr("Known"))
        known.setChecked(initial is not None)
        edit = date_edit(initial or date.today())
        edit.setEnabled(initial is not None)
        known.toggled.connect(edit.setEnabled)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(known)
        layout.addWidget(edit, 1)
        return known, edit, row

    def _date(self, known: QCheckBox, edit: QDateEdit) -> date | None:
        return to_date(edit.date()) if known.isChecked() else None

    def _values(self) -> tuple[str, StoreStatus, date | None, date | None]:
        return (
            self.country.text().strip().upper(),
            StoreStatus(self.status.currentData()),
            self._date(self.opened_known, self.opened_on),
            self._date(self.closed_known, self.closed_on),
        )

    def save(self) -> None:
        if self._values() == self.initial:
            return
        country, status, opened_on, closed_on = self._values()
        was_country, was_status, was_opened, was_closed = self.initial
        shown = SaveStore(self.platform, self.name, was_country or None, was_status, was_opened, was_closed)
        request = SaveStore(
            self.platform,
            self.name,
            country=country or None,
            status=status,
            opened_on=opened_on,
            closed_on=closed_on,
            version=self.version,
            shown=shown,
            keep=self.keep_saved,
        )
        announce(save_store(self.workspace, request))

    def reload(self) -> None:
        with self.workspace.read() as session:
            store = session.scalars(select(Store).where(Store.platform == self.platform, Store.name == self.name)).one()
            self.initial = (store.country or "", store.status, store.opened_on, store.closed_on)
            self.version = store.version
        self.country.setText(self.initial[0])
        self.status.setCurrentIndex(self.status.findData(self.initial[1]))
        opened, closed = self.initial[2], self.initial[3]
        dates = ((self.opened_known, self.opened_on, opened), (self.closed_known, self.closed_on, closed))
        for known, edit, value in dates:
            known.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))

    def request_is_empty(self) -> bool:
        return self.keep_saved >= {"country", "status", "opened_on", "closed_on"}
