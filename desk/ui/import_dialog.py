"""File → Import Orders… (or a file dropped on the Orders page): pick an export, see its first rows and how its
columns map onto Desk's fields, say how it writes dates and numbers, check it, import it; all the slow work
(reading, checking, writing) runs in a `BackgroundOp` with progress and Cancel.

The dialog holds no import logic: `desk.importing.reading` says how the file is read (a remembered mapping, a
platform's export, the generic format), and Check and Import run the `import_orders` operation as `desk import`
does, with the format chosen above the preview (`desk.ui.import_format`), then announce what changed so the pages
showing it reload. After a check the preview shows the dates and amounts as the check read them
(`desk.ui.import_reading`), and a change of the format checks the file again: nothing is written until Import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, OperationCancelled, Progress
from desk.errors import DeskError, classify
from desk.importing import FIELDS, ColumnMapping, ImportReport, Reading, Sheet
from desk.importing.fields import Field, headings
from desk.operations.imports import ImportOrders, OrdersImported, import_orders
from desk.ui.changes import announce
from desk.ui.encoding_choice import EncodingChoice
from desk.ui.import_format import FormatChoice
from desk.ui.import_reading import AsRead, Read, advice, read_preview, shown, without_flags
from desk.ui.import_summary import ReportSummary
from desk.ui.locale_text import number_text
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 50
SHOWN_ORDERS = 1000  # orders listed after an import; a list of 100,000 would only slow the dialog
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")  # what the dialog reads (a file dropped on the Orders page too)
FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Order exports (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)")
NOT_IN_FILE = "—"
ALERT = QColor("#b3261e")  # the alert colour of style.py
PREVIEW_TAB, COLUMNS_TAB, RESULT_TAB = range(3)  # the tabs, in order


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, numbered as a spreadsheet numbers them (the numbers problems are reported by);
    after a check, its dates and amounts as the check read them (`set_read`), the text in the file in their tip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._read: dict[tuple[int, int], Read] = {}

    def set_rows(self, headers: list[str], rows: list[tuple[int, list[str]]]) -> None:
        self.beginResetModel()
        self._headers, self._rows = list(headers), list(rows)
        self._read = {}
        self.endResetModel()

    def set_read(self, cells: dict[tuple[int, int], Read]) -> None:
        """Show these cells as read ((row, column) of the preview); the others as the file has them."""
        self._read = dict(cells)
        if self._rows and self._headers:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def shows_read(self) -> bool:
        return bool(self._read)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cells = self._rows[index.row()][1]
        text = cells[index.column()] if index.column() < len(cells) else ""
        read = self._read.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            if read is not None:
                return shown(read, text)
            return " ".join(text.split())  # a cell's line breaks would make its row tall
        if role == Qt.ItemDataRole.ToolTipRole:
            if read is None:
                return text or None
            if read.problem is not None:
                return without_flags(read.problem)
            if read.value is None:
                return QCoreApplication.translate("PreviewModel", 'Read as empty: "{0}"').format(text.strip())
            return QCoreApplication.translate("PreviewModel", 'In the file: "{0}"').format(text.strip())
        if role == Qt.ItemDataRole.ForegroundRole and read is not None and read.problem is not None:
            return QBrush(ALERT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None


@dataclass
class Loaded:
    """What the worker read: the file, its first rows, how Desk reads it unless the user maps its columns, and
    (a CSV file) the encodings that read it, to choose from, and the one the user chose (None: Desk's)."""

    path: Path
    sheet: Sheet
    preview: list[tuple[int, list[str]]]
    reading: Reading
    encodings: list[str]
    chosen_encoding: str | None = None
    kind: str = "orders"  # what it is imported as (`desk.operations.payment_imports.kind_of_import`)


def load(workspace: Workspace, path: Path, encoding: str | None = None) -> Loaded:
    """Read a file for the dialog (in the worker: a large XLSX takes seconds), in `encoding` if the user chose one."""
    from desk.importing import read_sheet, reading
    from desk.operations.payment_imports import kind_of_sheet
    from desk.text_encodings import readable_encodings

    sheet = read_sheet(path, encoding)
    kind = kind_of_sheet(workspace, sheet)  # a kind Desk knows and does not import is refused, saying what it is
    with workspace.read() as session:
        how = reading(sheet, session)
    encodings = readable_encodings(path.read_bytes()) if sheet.decoding is not None else []
    return Loaded(path, sheet, sheet.preview(PREVIEW_ROWS), how, encodings, encoding, kind)


@dataclass
class Outcome:
    """A check's or an import's result, and the preview's rows as it read them."""

    result: OrdersImported
    as_read: AsRead


def heading_tip(field: Field) -> str:
    """What a file of one's own needs for the field: the headings Desk recognises, and a value as it is written."""
    named = " or ".join(f'"{h}"' for h in headings(field))
    return QCoreApplication.translate("MappingEditor", "A column headed {0}, e.g. {1}").format(named, field.example)


class MappingEditor(QWidget):
    """A combo per Desk field listing the file's columns, and a fixed value for a field the file lacks."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        self.fixed: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        for row, field in enumerate(FIELDS):
            # The core's field names (desk.importing.fields), translated once marked there as "ImportFields".
            name = QCoreApplication.translate("words", field.label)
            label = QLabel(name + (" *" if field.required else ""))
            label.setToolTip(heading_tip(field))
            combo = QComboBox()
            combo.setObjectName(f"map-{field.name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            fixed = QLineEdit()
            fixed.setObjectName(f"fixed-{field.name}")
            fixed.setPlaceholderText(self.tr("or the same value for every row"))
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(fixed, row, 2)
            self.combos[field.name], self.fixed[field.name] = combo, fixed
            combo.currentIndexChanged.connect(self._combo_changed)
            fixed.textEdited.connect(self.changed)

    def set_columns(self, headers: list[str], mapping: ColumnMapping) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_IN_FILE)
            combo.addItems(headers)
            combo.setCurrentIndex(max(combo.findText(mapping.columns[name]), 0) if name in mapping.columns else 0)
            combo.blockSignals(False)
            self.fixed[name].setText(mapping.fixed.get(name, ""))
        self._combo_changed()

    def mapping(self) -> ColumnMapping:
        columns = {n: c.currentText() for n, c in self.combos.items() if c.currentIndex() > 0}
        fixed = {n: e.text().strip() for n, e in self.fixed.items() if n not in columns and e.text().strip()}
        return ColumnMapping(columns, fixed)

    def set_editable(self, editable: bool) -> None:
        for name, combo in self.combos.items():
            combo.setEnabled(editable)
            self.fixed[name].setEnabled(editable and combo.currentIndex() == 0)

    def _combo_changed(self) -> None:
        for name, combo in self.combos.items():
            self.fixed[name].setEnabled(combo.isEnabled() and combo.currentIndex() == 0)
        self.changed.emit()


class ImportDialog(QDialog):
    """Import orders from a CSV or XLSX file."""

    imported = Signal(object)  # the ImportReport of a written import
    loaded = Signal()  # a file has been read and shown
    handed_over = Signal(object)  # the payments dialog that a PayPal activity download was given to
    reported = Signal(object)  # the ImportReport of a check or an import, once it is shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data: Loaded | None = None
        self.op: BackgroundOp[Any] | None = None
        self.report: ImportReport | None = None
        self.checked = False  # a check found no problem in the file as the Columns tab reads it now
        self.importing = False  # the operation running writes (an import, not a check)
        self.recheck = False  # the format changed while a check ran: check again when it ends
        self.setWindowTitle(self.tr("Import Orders"))
        self.setObjectName("importDialog")
        self.resize(1000, 720)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("A CSV or XLSX export of your orders"))
        self.choose_button = QPushButton(self.tr("Choose File…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.info = QLabel(self.tr("Choose a file: Desk shows its first rows and how it reads them before importing."))
        self.info.setObjectName("countLabel")
        self.info.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._preview_tab(), self.tr("Preview"))
        self.tabs.addTab(self._columns_tab(), self.tr("Columns"))
        self.tabs.addTab(self._result_tab(), self.tr("Result"))

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Read and check every row; write nothing"))
        self.check_button.setDefault(True)  # Enter checks, which writes nothing
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAutoDefault(False)  # Enter never imports: only a click, after a clean check
        self.import_button.setToolTip(self.tr("Check the file first: Import is offered once a check finds no problem"))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.status, 2)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- building -------------------------------------------------------------------------------------------

    def _preview_tab(self) -> QWidget:
        self.encoding = EncodingChoice()
        self.encoding.setVisible(False)
        self.encoding.chosen.connect(self.read_as)
        self.format = FormatChoice()
        self.format.setEnabled(False)  # until a file is shown
        self.format.reset()
        self.format.changed.connect(self._format_changed)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("countLabel")
        self.preview_note.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.encoding)
        layout.addWidget(self.format)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.preview, 1)
        return page

    def _columns_tab(self) -> QWidget:
        page = QWidget()
        self.mapping_note = QLabel(
            self.tr(
                "A file of your own needs a header row and one row per order line; the order's own values (supplier, "
                "dates, payments) may repeat on each line. Desk recognises the column headings below, in any case "
                "and spacing: point at a field to see them."
            )
        )
        self.mapping_note.setWordWrap(True)
        self.map_myself = QCheckBox(self.tr("Map the columns myself"))
        self.map_myself.setVisible(False)
        self.map_myself.toggled.connect(self._map_myself_toggled)
        self.editor = MappingEditor()
        self.editor.changed.connect(self._remapped)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)

        self.currency = QLineEdit()
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.currency.setPlaceholderText(self.tr("e.g. USD"))
        self.currency.textEdited.connect(lambda text: self.currency.setText(text.upper()))
        self.currency.textEdited.connect(self._remapped)
        self.remember = QCheckBox(self.tr("Remember this mapping as"))
        self.remember_name = QLineEdit()
        self.remember_name.setPlaceholderText(self.tr("e.g. Ozon seller export"))
        self.remember_name.setEnabled(False)
        self.remember.toggled.connect(self.remember_name.setEnabled)
        options = QFormLayout()
        options.addRow(self.tr("Currency of amounts that name none:"), self.currency)
        remember_row = QHBoxLayout()
        remember_row.addWidget(self.remember)
        remember_row.addWidget(self.remember_name, 1)
        options.addRow(remember_row)

        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.map_myself)
        layout.addWidget(scroll, 1)
        layout.addLayout(options)
        return page

    def _result_tab(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel(self.tr("Check the file or import it: the result shows here."))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = ReportSummary()
        self.list_title = QLabel()
        self.list_title.setObjectName("sectionTitle")
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)  # a message names the allowed values: long, and all of it matters
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.problems.setAlternatingRowColors(True)
        self.copy_button = QPushButton(self.tr("Copy Problems"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.copy_button.setEnabled(False)
        # Dates before 2000 or more than a year ahead are problems (typing mistakes, most often) unless kept here.
        self.keep_dates = QCheckBox(self.tr("Keep such dates (before 2000 or more than a year ahead)"))
        self.keep_dates.setObjectName("keepDates")
        self.keep_dates.toggled.connect(self._format_changed)  # checked again with them kept, or not
        row = QHBoxLayout()
        row.addWidget(self.keep_dates)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.list_title)
        layout.addWidget(self.problems, 1)
        layout.addLayout(row)
        return page

    # -- the file -------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        kinds = QCoreApplication.translate("ImportDialog", FILE_FILTER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Orders"), "", kinds)
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> BackgroundOp[Loaded]:
        """Read `path` in the background; `loaded` is emitted when it is shown."""
        self.path_edit.setText(str(path))
        self.data = None
        self.info.setText(self.tr("Reading {0}…").format(path.name))
        self.format.reset()  # another file may write dates and numbers its own way
        self._clear_result()
        op = BackgroundOp(self, lambda _progress, _cancelled: load(self.workspace, path))
        return self._run(op.on_success(self._show_file).on_failure(self._failed), self.tr("Reading…"))

    def read_as(self, codec: str) -> BackgroundOp[Loaded] | None:
        """Read the file shown again in the encoding the user chose; the preview and the columns show it anew, and
        Check and Import read it so."""
        if self.data is None or self.busy:
            return None
        path = self.data.path
        self._clear_result()
        op = BackgroundOp(self, lambda _progress, _cancelled: load(self.workspace, path, codec))
        return self._run(op.on_success(self._show_file).on_failure(self._read_as_failed), self.tr("Reading…"))

    def _read_as_failed(self, error: BaseException) -> None:
        if self.data is not None:  # still shown as it was read before
            self.encoding.show_decoding(self.data.sheet.decoding, self.data.encodings)
        self._failed(error)

    def _show_file(self, data: Loaded) -> None:
        from desk.operations.payment_imports import PAYMENTS

        if data.kind == PAYMENTS:
            self._hand_over(data.path)
            return
        self.data = data
        self.status.setText("")
        sheet = data.sheet
        self.encoding.show_decoding(sheet.decoding, data.encodings)
        self.preview_model.set_rows(sheet.headers, data.preview)
        self._preview_said()
        self.format.show_found(None, None)  # read anew: checked anew
        self._fit_preview()
        self.map_myself.blockSignals(True)
        self.map_myself.setChecked(False)
        self.map_myself.blockSignals(False)
        self.map_myself.setVisible(self.by_preset)
        self._show_mapping()
        self.loaded.emit()

    def _hand_over(self, path: Path) -> None:
        """A PayPal activity download holds payments, not orders: the payments dialog reads it, in this one's
        place (as `desk import` does)."""
        from desk.ui.payments_dialog import PaymentsDialog

        dialog = PaymentsDialog(self.workspace, path, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        dialog.open()
        self.handed_over.emit(dialog)

    def _fit_preview(self) -> None:
        """Each column as wide as what it shows (as the file has it, or as read), up to a limit."""
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for section in range(header.count()):
            header.resizeSection(section, min(header.sectionSize(section) + 12, 260))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    @property
    def by_preset(self) -> bool:
        """The file is a platform's export that Desk reads by itself (unless the user maps it)."""
        return self.data is not None and self.data.reading.by_preset

    def _show_mapping(self) -> None:
        assert self.data is not None
        sheet, reading = self.data.sheet, self.data.reading
        if reading.how == "remembered":
            note = self.tr('Read with the mapping remembered as "{0}". Change a column below if it is wrong.').format(
                reading.remembered
            )
            how = self.tr('mapping "{0}"').format(reading.remembered)
        elif reading.how == "preset":
            note = self.tr(
                "Recognised as {0}: Desk reads its columns itself, amounts, dates and statuses the way this export "
                "writes them."
            ).format(QCoreApplication.translate("ImportFormats", reading.label))
            if reading.names_no_currency:
                note += " " + self.tr("This export names no currency: choose it below.")
            how = QCoreApplication.translate("ImportFormats", reading.label)  # the core's (desk.importing)
        elif reading.how == "unmapped":
            note = self.tr("Desk does not know all of this file's columns: choose the column for each field "
                           "marked *, or type the value it has on every row.")
            how = self.tr("columns to map")
        else:
            note = self.tr("Read as the generic format. Change a column below if it is wrong.")
            how = self.tr("Generic format")
        self.editor.set_columns(sheet.headers, reading.mapping)
        self.editor.set_editable(not self.by_preset or self.map_myself.isChecked())
        self.mapping_note.setText(note)
        if len(self.data.preview) < PREVIEW_ROWS:  # the preview is the whole file
            rows = self.tr("{0} row(s)", "", len(self.data.preview)).format(number_text(len(self.data.preview)))
        else:
            rows = self.tr("about {0} row(s)", "", sheet.estimated_rows).format(number_text(sheet.estimated_rows))
        self.info.setText(" · ".join([sheet.description, how, rows]))
        self._update_buttons()

    def _map_myself_toggled(self, checked: bool) -> None:
        self.editor.set_editable(checked)
        self._remapped()

    def _unchecked(self) -> None:
        """The file is read differently now: it must be checked again before it can be imported."""
        self.checked = False
        self._update_buttons()

    def _remapped(self) -> None:
        """Its columns are read differently now: the preview shows the file as it is until it is checked again."""
        if self.preview_model.shows_read:
            self.preview_model.set_read({})
            self._preview_said()
            self.format.show_found(None, None)
        self._unchecked()

    # -- checking and importing -------------------------------------------------------------------------------

    def request(self, *, dry_run: bool) -> ImportOrders:
        """What to import, as the Columns tab shows it now: the platform's own reading of its export, or exactly
        the columns shown (remembered, generic, or as the user mapped them); dates and numbers as the format
        above the preview says (ImportFileError when a currency sign names no currency)."""
        assert self.data is not None
        mapped = not self.by_preset or self.map_myself.isChecked()
        remember = self.remember_name.text().strip() if self.remember.isChecked() and not dry_run else None
        return ImportOrders(
            path=self.data.path,
            currency=self.currency.text().strip() or None,
            dry_run=dry_run,
            mapping=self.editor.mapping() if mapped else None,
            remember_as=remember,
            encoding=self.data.chosen_encoding,  # None: found again as the preview found it
            text_format=self.format.text_format(),
            confirm_dates=self.keep_dates.isChecked(),
        )

    def start(self, *, dry_run: bool, stay: bool = False) -> BackgroundOp[Outcome] | None:
        """Check (dry run) or import the file in the background. `stay`: show the result without leaving the tab
        shown (a check after a change of the format, made above the preview)."""
        if self.data is None or self.busy:
            return None
        try:
            self.format.text_format()
        except DeskError as exc:  # the format's own words: nothing to check the file with yet
            self._clear_result()
            self.format.say(str(exc))
            self.tabs.setCurrentIndex(PREVIEW_TAB)
            self.status.setText(self.tr("Not checked: correct the format above the preview"))
            return None
        try:
            request = self.request(dry_run=dry_run)
        except DeskError as exc:
            self._show_problems(str(exc), [])
            return None
        workspace, sheet, rows = self.workspace, self.data.sheet, self.data.preview

        def work(progress: Progress, cancelled: Cancelled) -> Outcome:
            result = import_orders(workspace, request, progress=progress, cancelled=cancelled)
            return Outcome(result, read_preview(workspace, sheet, rows, request, result.report))

        self._clear_result()
        self.format.say("")
        self.importing = not dry_run
        op = BackgroundOp(self, work).on_success(lambda done: self._show_result(done, stay=stay))
        op.on_failure(self._failed)
        return self._run(op, self.tr("Checking…") if dry_run else self.tr("Importing…"))

    def _format_changed(self) -> None:
        """A choice of the format changed: the file is checked again with it (nothing is written)."""
        self._unchecked()
        if self.data is None:
            return
        if self.busy:
            self.recheck = not self.importing
            return
        self.start(dry_run=True, stay=True)

    def _run(self, op: BackgroundOp[Any], status: str) -> BackgroundOp[Any]:
        self.op = op
        self.status.setText(status)
        self.progress.setRange(0, 0)  # busy until the first progress arrives
        self.progress.setVisible(True)
        op.on_progress(self._progressed)
        op.finished.connect(self._op_finished)
        op.run_in_background()
        self._update_buttons()
        return op

    @property
    def busy(self) -> bool:
        return self.op is not None and self.op.running

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _op_finished(self) -> None:
        self.progress.setVisible(False)
        self.importing = False
        self._update_buttons()
        if self.recheck and self.data is not None:
            self.recheck = False
            self.start(dry_run=True, stay=True)

    def cancel_or_close(self) -> None:
        if self.busy and self.op is not None:
            self.op.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    # -- results --------------------------------------------------------------------------------------------

    def _show_result(self, outcome: Outcome, *, stay: bool = False) -> None:
        self.preview_model.set_read(outcome.as_read.cells)
        self._preview_said()
        self._fit_preview()
        self._show_report(outcome.result.report, outcome.as_read, stay=stay)
        announce(outcome.result)
        self.reported.emit(outcome.result.report)

    def _preview_said(self) -> None:
        if self.preview_model.shows_read:
            self.preview_note.setText(
                self.tr(
                    "Dates and amounts as Desk reads them: point at one to see it as the file writes it. What Desk "
                    "cannot read is in red."
                )
            )
        else:
            self.preview_note.setText(self.tr("The first rows as the file has them."))

    def _show_report(self, report: ImportReport, as_read: AsRead | None = None, *, stay: bool = False) -> None:
        self.report = report
        self.status.setText("")
        try:
            chosen = self.format.text_format()
        except DeskError:  # changed since the check began, and wrong: said when it is next checked
            chosen = None
        troubles = as_read.troubles if as_read is not None else []
        self.format.show_found(chosen, report.text_format, settled=not troubles)
        if not report.ok:
            self.summary.clear()
            self._show_problems(report.headline(), [without_flags(str(p)) for p in report.problems])
            if troubles:  # the way out is a choice above the preview: show it there
                self.tabs.setCurrentIndex(PREVIEW_TAB)
                self.format.ask(troubles[0].what, advice(troubles[0]))
            elif stay:
                self.tabs.setCurrentIndex(PREVIEW_TAB)
                n = len(report.problems)
                self.format.say(self.tr("%n problem(s) stop the import: the Result tab lists them.", "", n))
            return
        said = [report.headline(), *([report.encoding_reason] if report.encoding_reason else [])]
        self.result_label.setText("\n".join(said))
        self.summary.show_report(report)
        self.problems.clear()
        changed = [o for o in report.outcomes if o.action != "unchanged"]
        for outcome in changed[:SHOWN_ORDERS]:
            if outcome.action == "new":
                self.problems.addItem(self.tr("new: {0}").format(outcome.key))
            else:
                changes = "; ".join(str(c) for c in outcome.changes)
                self.problems.addItem(self.tr("updated: {0}: {1}").format(outcome.key, changes))
        if len(changed) > SHOWN_ORDERS:
            self.problems.addItem(self.tr("… and {0} more").format(f"{len(changed) - SHOWN_ORDERS:,}"))
        verb = self.tr("Orders this import wrote") if report.written else self.tr("Orders an import would write")
        self.list_title.setText(verb if changed else self.tr("Nothing to change: every order is as in Desk"))
        self.copy_button.setEnabled(self.problems.count() > 0)
        self.copy_button.setText(self.tr("Copy List"))
        if not stay:
            self.tabs.setCurrentIndex(RESULT_TAB)
        if report.written:
            self.status.setText(self.tr("Imported: {0}").format(report.summary))
            self.imported.emit(report)
        else:
            self.checked = True
            self.status.setText(self.tr("Checked: nothing was written. Import writes it."))

    def _show_problems(self, headline: str, problems: list[str]) -> None:
        self.result_label.setText(headline)
        self.list_title.setText(self.tr("Problems (fix them in the file, then import it again)") if problems else "")
        self.problems.clear()
        self.problems.addItems(problems)
        self.copy_button.setText(self.tr("Copy Problems"))
        self.copy_button.setEnabled(bool(problems))
        self.status.setText(self.tr("Nothing was imported") if problems else "")
        self.tabs.setCurrentIndex(RESULT_TAB)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            self._show_problems(self.tr("Cancelled: nothing was imported."), [])
            self.status.setText(self.tr("Cancelled"))
        elif isinstance(error, DeskError):
            self._show_problems(str(error), [])
            if self.data is None:
                self.info.setText(str(error))
        else:
            told = classify(error, database=self.workspace.db_path)
            if told.is_bug:
                raise error  # a bug: let it be reported
            self._show_problems(told.message, [])

    def _clear_result(self) -> None:
        self.report = None
        self.checked = False
        self.summary.clear()
        self.problems.clear()
        self.copy_button.setEnabled(False)
        self.result_label.setText(self.tr("Check the file or import it: the result shows here."))
        self.list_title.setText("")

    def copy_problems(self) -> None:
        items = self.problems.selectedItems() or [self.problems.item(i) for i in range(self.problems.count())]
        QGuiApplication.clipboard().setText("\n".join(item.text() for item in items))

    def _update_buttons(self) -> None:
        ready = self.data is not None and not self.busy
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.checked)
        self.choose_button.setEnabled(not self.busy)
        self.encoding.setEnabled(not self.busy)
        self.format.setEnabled(self.data is not None and not self.importing)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if self.busy else self.tr("Close"))

    def reject(self) -> None:
        if self.busy and self.op is not None:
            self.op.cancel()  # closing mid-import cancels it: nothing half-written
        super().reject()


def open_import_dialog(parent: QWidget, workspace: Workspace, path: Path | None = None) -> ImportDialog:
    """Show the Import dialog over `parent` (window-modal), reading `path` at once if given (a file dropped on the
    Orders page). An import announces what it changed; the main window reloads the pages that show it."""
    dialog = ImportDialog(workspace, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path is not None:
        dialog.open_file(path)
    return dialog
