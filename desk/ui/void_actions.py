"""Void (the Delete key, or Void… in a list's menu) and Restore on the lists whose records can be voided.

Voiding asks first, naming the records as people name them and asking why (the reason is kept with them); nothing is
destroyed: a voided record is left out of sums, deadlines and lists, shown struck through with "Voided too", and
Restore makes it count again. Several rows are voided (or restored) by one operation, so one Edit → Undo takes the
lot back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError, classify
from desk.lists.listing import ListSpec
from desk.operations import Result
from desk.operations.voiding import (
    KINDS,
    REASON_LIMIT,
    RestoreRecord,
    RestoreRecords,
    VoidKind,
    VoidRecord,
    VoidRecords,
    record_names,
    restore_record,
    restore_records,
    void_record,
    void_records,
)
from desk.ui.changes import announce
from desk.ui.errors import show_error
from desk.ui.locale_text import date_text, money_text
from desk.ui.operation_dialog import ALERT_STYLE
from desk.ui.required import Required, buttons_last
from desk.ui.tr_context import TrContext
from desk.workspace import Workspace

_BY_MODEL = {kind.model: name for name, kind in KINDS.items()}


VoidActions = TrContext("VoidActions")


def void_kind(spec: ListSpec) -> VoidKind | None:
    """What `void_record` calls the rows of `spec`; None for a list whose rows cannot be voided."""
    return _BY_MODEL.get(spec.voidable) if spec.voidable is not None else None


class VoidDialog(QDialog):
    """Asks before voiding `record_ids` of `kind`: which records, and why. Void stays disabled until a reason is
    typed; Escape or Cancel changes nothing."""

    def __init__(self, workspace: Workspace, kind: VoidKind, record_ids: list[int], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace, self.kind, self.record_ids = workspace, kind, tuple(record_ids)
        self.voided = False
        names = record_names(workspace, kind, self.record_ids, date_text, money_text)
        many = len(self.record_ids) > 1
        self.setWindowTitle(self.tr("Void %n record(s)", "", len(names)) if many else self.tr("Void a record"))
        intro = QLabel(
            self.tr("These records will be voided:") if many else self.tr("This record will be voided:"), self
        )
        self.names = names
        listed = QLabel("\n".join(f"\N{BULLET} {name}" for name in names), self)
        listed.setWordWrap(True)
        listed.setTextFormat(Qt.TextFormat.PlainText)
        listed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        listed.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        listed.setContentsMargins(12, 0, 0, 0)
        shown_names: QWidget = listed
        if len(names) > 6:  # a long selection scrolls; a few names show whole
            scroll = QScrollArea(self)
            scroll.setWidget(listed)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setFixedHeight(8 * self.fontMetrics().lineSpacing())
            shown_names = scroll
        keeps = QLabel(
            self.tr(
                "Nothing is deleted: voided records are kept with their history and left out of every sum, "
                "deadline and list. Tick \u201cVoided too\u201d to see them, and Restore to make them count again."
            ),
            self,
        )
        keeps.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText(self.tr("Why, e.g. entered twice"))
        self.status = QLabel(self)
        self.status.setStyleSheet(ALERT_STYLE)
        self.status.setWordWrap(True)
        self.status.hide()

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.void_button = box.addButton(self.tr("Void"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.void_button.setAutoDefault(False)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.required = Required(self.void_button, self)
        self.required.need(self.reason, self.tr("the reason"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown_names)
        layout.addWidget(keeps)
        layout.addWidget(QLabel(self.tr("Reason (kept with the records):"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        layout.addWidget(box)
        buttons_last(self, box)
        self.setMinimumWidth(520)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.required.focus_first()

    def accept(self) -> None:
        if not self.required.complete():
            return  # Enter in an empty reason does nothing
        reason = self.reason.text()
        result: Result
        try:
            if len(self.record_ids) == 1:
                result = void_record(self.workspace, VoidRecord(self.kind, self.record_ids[0], reason))
            else:
                result = void_records(self.workspace, VoidRecords(self.kind, self.record_ids, reason))
        except DeskError as error:
            self.status.setText(classify(error).message)
            self.status.show()
            return
        except Exception as error:  # a bug: the log and the bug dialog
            show_error(self, error)
            return
        self.voided = True
        announce(result)
        super().accept()


def ask_and_void(workspace: Workspace, spec: ListSpec, record_ids: list[int], parent: QWidget) -> bool:
    """Void `record_ids` of the list `spec` after asking; whether they were voided."""
    kind = void_kind(spec)
    if kind is None or not record_ids:
        return False
    dialog = VoidDialog(workspace, kind, record_ids, parent)
    dialog.exec()
    return dialog.voided


def restore(workspace: Workspace, spec: ListSpec, record_ids: list[int], parent: QWidget) -> int:
    """Make voided records count again (nothing to ask: it destroys nothing, and Edit → Undo takes it back); how
    many were restored. Several are one operation, all or none: a refusal (the rules no longer allow one of them)
    is said, naming it, and none is restored."""
    kind = void_kind(spec)
    if kind is None or not record_ids:
        return 0
    result: Result
    try:
        if len(record_ids) == 1:
            result = restore_record(workspace, RestoreRecord(kind, record_ids[0]))
        else:
            result = restore_records(workspace, RestoreRecords(kind, tuple(record_ids)))
    except Exception as error:
        show_error(parent, error, VoidActions.tr("Cannot restore"))
        return 0
    announce(result)
    return len(record_ids)
