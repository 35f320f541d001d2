"""File → Export for Lawyer…: everything a lawyer needs about our cases in one .zip (the `export_bundle` operation,
the call `desk export` makes). The cases are all of them, or the disputes selected on the Disputes page (offered,
never chosen for the user: the dialog opens on all of them); a date range narrows them. The request is checked at
once (`check_export`: the dates, where the .zip goes), then the export runs in a `BackgroundOp` with progress and
Cancel; its result is announced and the dialog says what it wrote."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, Progress, format_size
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.locale_text import number_text
from desk.ui.operation_dialog import OperationDialog
from desk.ui.pdf_preview import (
    keep_room_when_hidden,
    open_folder_of,
)
from desk.ui.save_places import BUNDLES, ask_save_path, remember_folder, save_folder
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.operations.bundles import BundleExported
    from desk.workspace import Workspace


class ExportDialog(OperationDialog):
    """Cases, dates and the .zip to write; Export; progress with Cancel; then files, size and where."""

    def __init__(
        self,
        workspace: Workspace,
        selected: Sequence[CaseRef] = (),
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selected = list(selected)
        self.today = today or date.today()
        self.bundle: BundleExported | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export for Lawyer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "One .zip for your lawyer: a summary PDF, the tables as CSV and XLSX, and the original evidence files "
                "with their sha256. It includes internal notes and evidence: it is for counsel, not for a supplier or "
                "a platform."
            )
        )
        intro.setWordWrap(True)
        self.all_cases = QRadioButton(self.tr("All cases"))
        names = ", ".join(case.label for case in self.selected[:4]) + ("…" if len(self.selected) > 4 else "")
        self.selected_cases = QRadioButton(
            self.tr("Only what is selected on the Disputes page: {0}").format(names or self.tr("none"))
        )
        self.selected_cases.setEnabled(bool(self.selected))
        # The whole folder unless the user picks the selection: a row that merely happened to be selected on the
        # Disputes page must not narrow what counsel receives.
        self.all_cases.setChecked(True)
        cases = QVBoxLayout()
        cases.addWidget(self.all_cases)
        cases.addWidget(self.selected_cases)

        self.use_from, self.date_from = self._date_row(self.tr("From"), date(self.today.year, 1, 1))
        self.use_to, self.date_to = self._date_row(self.tr("To"), self.today)
        dates = QHBoxLayout()
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            dates.addWidget(check)
            dates.addWidget(edit)
            dates.addSpacing(12)
        dates.addStretch(1)

        self.out_edit = QLineEdit(str(save_folder(BUNDLES) / f"desk-export-{self.today.isoformat()}.zip"))
        self.out_edit.setObjectName("outputPath")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        where = QHBoxLayout()
        where.addWidget(self.out_edit, 1)
        where.addWidget(choose)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Cases"), cases)
        form.addRow(self.tr("Orders placed"), dates)
        form.addRow(self.tr("Save to"), where)

        self.bar = QProgressBar()
        keep_room_when_hidden(self.bar)
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)  # room for the report, no jump
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.folder_button = QPushButton(self.tr("Open Folder"))
        keep_room_when_hidden(self.folder_button)
        self.folder_button.setVisible(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _date_row(self, text: str, initial: date) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text)
        edit = date_edit(initial)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    # -- choices ------------------------------------------------------------------------------------------------

    def choose_output(self) -> None:
        name = Path(self.out_edit.text()).name or "desk-export.zip"
        target = ask_save_path(self, self.tr("Export for Lawyer"), name, self.tr("Zip archives (*.zip)"), BUNDLES)
        if target is not None:
            self.set_output(target)

    def set_output(self, path: Path) -> None:
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        self.out_edit.setText(str(path))

    def cases(self) -> tuple[CaseRef, ...]:
        """The cases to export: () for all of them."""
        return tuple(self.selected) if self.selected_cases.isChecked() else ()

    def date_range(self) -> tuple[date | None, date | None]:
        return (
            to_date(self.date_from.date()) if self.use_from.isChecked() else None,
            to_date(self.date_to.date()) if self.use_to.isChecked() else None,
        )

    # -- the export -----------------------------------------------------------------------------------------------

    def start(self) -> BackgroundOp[BundleExported] | None:
        """Export in the background; None (and the reason) when the choices cannot be exported."""
        from desk.operations.bundles import ExportBundle, check_export, export_bundle  # loaded when used

        if self.busy:
            return None
        text = self.out_edit.text().strip()
        if not text:
            self._refuse(self.tr("Choose where to save the .zip."))
            return None
        out = Path(text).expanduser()
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        date_from, date_to = self.date_range()
        request = ExportBundle(out, self.cases(), date_from, date_to, self.today)
        try:
            check_export(request)
        except DeskError as refusal:  # the same words the export itself would refuse with
            self._refuse(self.failed_text(str(refusal)))
            return None
        workspace = self.workspace

        def work(progress: Progress, cancelled: Cancelled) -> BundleExported:
            return export_bundle(workspace, request, progress=progress, cancelled=cancelled)

        self.bundle, self.error = None, None
        op = self.begin(work, self.tr("Exporting to {0}…").format(out.name), self._show_result)
        self.folder_button.setVisible(False)
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        return op.run_in_background()

    def _refuse(self, refusal: str) -> None:
        self.error = refusal
        self._say(refusal, alert=True)

    def _show_result(self, result: BundleExported) -> None:
        remember_folder(BUNDLES, Path(result.path).parent)  # where the user typed it, too: the next one starts there
        self.bundle = result
        announce(result)
        self._say(
            self.tr("Exported {0} ({1}), {2}, to {3}").format(
                self.tr("{0} file(s)", "", result.files).format(number_text(result.files)),
                self.tr("{0} dispute(s)", "", result.cases).format(number_text(result.cases)),
                format_size(result.size),
                result.path,
            )
        )
        self.folder_button.setVisible(True)

    def cancelled_text(self) -> str:
        return self.tr("Cancelled: no .zip was written.")

    def failed_text(self, message: str) -> str:
        return self.tr("Nothing was exported: {0}").format(message)

    def _finished(self) -> None:
        super()._finished()
        self.export_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def open_folder(self) -> bool:
        return self.bundle is not None and open_folder_of(Path(self.bundle.path))

    def reject(self) -> None:
        """Cancel stops a running export (the dialog stays to say so); once it has ended, Close closes."""
        if self.cancel_running(self.tr("Cancelling…")):
            self.close_button.setEnabled(False)
            return
        super().reject()


def open_export_dialog(parent: QWidget, workspace: Workspace, selected: Sequence[CaseRef] = ()) -> ExportDialog:
    """Show the Export dialog over `parent`'s window (window-modal, deleted when closed)."""
    dialog = ExportDialog(workspace, selected, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
