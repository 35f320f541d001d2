"""Correcting kept evidence from the window (the Evidence page and a case's Evidence tab): Edit Evidence… (what
the file is, what it shows, internal or shared) and Take Off Case…, each through its operation
(`desk.operations.evidence`) and announced. Destroying takes two deliberate steps: Void (kept, restorable), then,
on the Evidence page with "Voided too", Delete for Good…, which says what is lost and cannot be undone. Taking a
file off a case and deleting it ask first, naming the file and its cases; nothing is deleted by a key alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from desk.common import words as enum_words
from desk.db import take_written
from desk.errors import DeskError
from desk.evidence.cases import CaseRef, case_of_link
from desk.evidence.editing import Loss, get_evidence, what_deleting_loses
from desk.models import Audience, EvidenceKind
from desk.operations import Result
from desk.operations.evidence import (
    DeleteEvidence,
    EditEvidence,
    MarkEvidence,
    UnlinkEvidence,
    delete_evidence,
    edit_evidence,
    mark_evidence,
    unlink_evidence,
)
from desk.ui.audience_choice import AudienceChoice
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.errors import show_error
from desk.ui.tr_context import TrContext
from desk.workspace import Workspace

EDIT_OPERATIONS = ("evidence.edit_evidence", "evidence.mark_evidence")
UNLINK_OPERATIONS = ("evidence.unlink_evidence",)
DELETE_OPERATIONS = ("evidence.delete_evidence",)


EvidenceEdit = TrContext("EvidenceEdit")


def kind_label(kind: EvidenceKind) -> str:
    return enum_words(kind)


@dataclass(frozen=True)
class Kept:
    """What the window says about one piece of evidence before changing it."""

    id: int
    name: str
    kind: EvidenceKind
    description: str
    audience: Audience
    cases: tuple[CaseRef, ...]
    version: int = 1  # as read: an edit names it (desk.operations.conflicts)

    @property
    def case_names(self) -> str:
        return ", ".join(c.label for c in self.cases) or EvidenceEdit.tr("no case")


def read_kept(workspace: Workspace, evidence_id: int) -> Kept:
    with workspace.read() as session:
        e = get_evidence(session, evidence_id)
        cases = tuple(case_of_link(link) for link in e.links)
        return Kept(e.id, e.original_name, e.kind, e.description or "", e.audience, cases, e.version)


class EditEvidenceDialog(CaseDialog):
    """The kind, the description and who may see the file; OK once something differs from what is kept."""

    def __init__(self, workspace: Workspace, evidence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit evidence"), parent)
        self.workspace = workspace
        self.kept = read_kept(workspace, evidence_id)
        self.version = self.kept.version
        name = QLabel(self.kept.name)
        name.setWordWrap(True)
        cases = QLabel(self.kept.case_names)
        cases.setWordWrap(True)
        self.kind = QComboBox()
        for kind in EvidenceKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(self.kept.kind))
        self.description = QPlainTextEdit(self.kept.description)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("what the file shows, in a sentence"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.audience = AudienceChoice(self.kept.audience)
        self.form.addRow(self.tr("File:"), name)
        self.form.addRow(self.tr("Supports:"), cases)
        self.form.addRow(self.tr("It is:"), self.kind)
        self.form.addRow(self.tr("It shows:"), self.description)
        self.form.addRow(self.tr("Who may see it:"), self.audience)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.kind.currentIndexChanged.connect(self._ready)
        self.description.textChanged.connect(self._ready)
        self.audience.currentIndexChanged.connect(self._ready)
        self._ready()

    def _wanted(self) -> tuple[EvidenceKind | None, str | None, Audience | None]:
        kind = EvidenceKind(self.kind.currentData())  # Qt gives the enum back as its text
        text = self.description.toPlainText()
        kept = self.keep_saved  # after a conflict: the fields whose saved value the user kept
        return (
            kind if kind != self.kept.kind and "kind" not in kept else None,
            text if text.strip() != self.kept.description.strip() and "description" not in kept else None,
            self.audience.audience() if self.audience.audience() is not self.kept.audience else None,
        )

    def reload(self) -> None:
        self.kept = read_kept(self.workspace, self.kept.id)
        self.version = self.kept.version
        self.kind.setCurrentIndex(self.kind.findData(self.kept.kind))
        self.description.setPlainText(self.kept.description)

    def request_is_empty(self) -> bool:
        return all(value is None for value in self._wanted())

    def _ready(self) -> None:
        self.ok.setEnabled(any(v is not None for v in self._wanted()))
        self.error.hide()  # a refusal said before no longer applies to what is now typed

    def accept(self) -> None:
        try:
            super().accept()  # the user's error is said in the dialog, which stays open
        except Exception as error:  # a database or disk problem, or a bug: said, and the dialog stays open
            show_error(self, error)

    def save(self) -> None:
        kind, description, audience = self._wanted()
        if kind is None and description is None and audience is None:
            raise DeskError(self.tr("Nothing was changed."))
        if kind is not None or description is not None:
            shown = EditEvidence(self.kept.id, kind=self.kept.kind, description=self.kept.description)
            request = EditEvidence(self.kept.id, kind=kind, description=description, version=self.version, shown=shown)
            announce(edit_evidence(self.workspace, request))
            self.kept = read_kept(self.workspace, self.kept.id)  # a later refusal must not redo this part
            self.version = self.kept.version
        if audience is not None:
            announce(mark_evidence(self.workspace, MarkEvidence(self.kept.id, audience)))


def edit_evidence_of(parent: QWidget, workspace: Workspace, evidence_id: int) -> bool:
    """Edit Evidence…: whether something was saved."""
    try:
        dialog = EditEvidenceDialog(workspace, evidence_id, parent)
    except DeskError as gone:
        QMessageBox.information(parent, EvidenceEdit.tr("Edit evidence"), str(gone))
        return False
    return dialog.exec() == EditEvidenceDialog.DialogCode.Accepted


def unlink_evidence_from(parent: QWidget, workspace: Workspace, evidence_id: int, case: CaseRef | None = None) -> bool:
    """Take Off Case…: the file stays kept (and on its other cases). `case`: the case shown, when the file supports
    it; otherwise the user chooses among the file's cases."""
    title = EvidenceEdit.tr("Take evidence off a case")
    try:
        kept = read_kept(workspace, evidence_id)
    except DeskError as gone:
        QMessageBox.information(parent, title, str(gone))
        return False
    if not kept.cases:
        QMessageBox.information(parent, title, EvidenceEdit.tr("{0} supports no case.").format(kept.name))
        return False
    chosen = next((c for c in kept.cases if case is not None and (c.kind, c.id) == (case.kind, case.id)), None)
    if chosen is None and len(kept.cases) == 1:
        chosen = kept.cases[0]
    if chosen is None:
        labels = [c.label for c in kept.cases]
        label, ok = QInputDialog.getItem(
            parent, title, EvidenceEdit.tr("Take {0} off which case?").format(kept.name), labels, 0, False
        )
        if not ok:
            return False
        chosen = kept.cases[labels.index(label)]
    others = [c.label for c in kept.cases if c is not chosen]
    stays = (
        EvidenceEdit.tr("It stays on {0}.").format(", ".join(others))
        if others
        else EvidenceEdit.tr("It stays kept, on the Evidence page, and can be added to a case again.")
    )
    asked = QMessageBox.question(
        parent,
        title,
        EvidenceEdit.tr("Take {0} off {1}?\n{2}").format(kept.name, chosen.label, stays),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if asked != QMessageBox.StandardButton.Yes:
        return False
    return _run(parent, lambda: unlink_evidence(workspace, UnlinkEvidence(evidence_id, chosen)))


def delete_for_good_asking(parent: QWidget, workspace: Workspace, evidence_id: int) -> bool:
    """Delete for Good…, on voided evidence only (the second deliberate step after Void): says exactly what is lost
    and that it cannot be undone; Cancel is the default. Not a step Edit → Undo offers: the file may be gone."""
    title = EvidenceEdit.tr("Delete evidence for good")
    try:
        with workspace.read() as session:
            loss = what_deleting_loses(session, evidence_id)
    except DeskError as gone:
        QMessageBox.information(parent, title, str(gone))
        return False
    if not loss.voided:
        QMessageBox.information(parent, title, EvidenceEdit.tr("{0} is not voided: void it first.").format(loss.name))
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, EvidenceEdit.tr("Delete {0} for good?").format(loss.name), parent=parent
    )
    box.setInformativeText(lost_words(parent, loss))
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    delete = box.addButton(EvidenceEdit.tr("Delete for Good"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    try:
        done = delete_evidence(workspace, DeleteEvidence(evidence_id))
    except Exception as error:  # the user's error in a message box; a bug to the log and the bug dialog
        show_error(parent, error)
        return False
    take_written()  # its audit entries are no step to undo: putting the record back could not bring the file back
    announce(done.changed)
    return True


def lost_words(parent: QWidget, loss: Loss) -> str:
    """What deleting for good loses, item by item, and that it cannot be undone."""
    n = len(loss.cases)
    links = (
        EvidenceEdit.tr("its links to %n case(s): {0}", "", n).format(", ".join(c.named for c in loss.cases))
        if n > 1
        else EvidenceEdit.tr("its link to {0}").format(loss.cases[0].named)
        if n == 1
        else EvidenceEdit.tr("no links: it supports no case")
    )
    file = (
        EvidenceEdit.tr("the file itself, removed from the data folder")
        if loss.file_goes
        else EvidenceEdit.tr("not the file: other voided evidence holds the same file")
    )
    lost = [EvidenceEdit.tr("the record of the file, with what it shows and who added it"), links, file]
    said = EvidenceEdit.tr("Lost:\n{0}\n\nThis cannot be undone. The audit log keeps a note that it was deleted.")
    return said.format("\n".join(f"• {item}" for item in lost))


def _run(parent: QWidget, operation: Callable[[], Result]) -> bool:
    try:
        done = operation()
    except Exception as error:  # the user's error in a message box; a bug to the log and the bug dialog
        show_error(parent, error)
        return False
    announce(done)
    return True


# -- where the window offers them ---------------------------------------------------------------------------------


def evidence_actions(
    owner: QWidget, workspace: Workspace, chosen: Callable[[], int | None], case: Callable[[], CaseRef | None]
) -> list[QAction]:
    """Edit Evidence… and Take Off Case… for the evidence `chosen` returns (None: none chosen), `case` the case
    shown, if any. Each names its operations for the parity test."""
    return [
        _on_chosen(
            owner,
            chosen,
            EvidenceEdit.tr("Edit Evidence…"),
            EDIT_OPERATIONS,
            lambda i: edit_evidence_of(owner, workspace, i),
        ),
        _on_chosen(
            owner,
            chosen,
            EvidenceEdit.tr("Take Off Case…"),
            UNLINK_OPERATIONS,
            lambda i: unlink_evidence_from(owner, workspace, i, case()),
        ),
    ]


def delete_for_good_action(owner: QWidget, workspace: Workspace, chosen: Callable[[], int | None]) -> QAction:
    """Delete for Good…: offered where voided evidence is listed (the Evidence page with "Voided too")."""
    action = _on_chosen(
        owner,
        chosen,
        EvidenceEdit.tr("Delete for Good…"),
        DELETE_OPERATIONS,
        lambda i: delete_for_good_asking(owner, workspace, i),
    )
    action.setToolTip(
        EvidenceEdit.tr("Delete voided evidence and, if nothing else holds it, its file: it cannot be undone")
    )
    return action


def _on_chosen(
    owner: QWidget,
    chosen: Callable[[], int | None],
    text: str,
    operations: tuple[str, ...],
    run: Callable[[int], object],
) -> QAction:
    from desk.ui.reach import runs

    def act() -> None:
        evidence_id = chosen()
        if evidence_id is None:
            QMessageBox.information(owner, text.rstrip("…"), EvidenceEdit.tr("Choose a file first."))
            return
        run(evidence_id)

    action = QAction(text, owner)
    action.triggered.connect(lambda _checked=False: act())
    runs(action, *operations)
    return action


def install_on_files(tree: QTreeWidget, workspace: Workspace, case: Callable[[], CaseRef | None]) -> list[QAction]:
    """A case's Evidence tab: the actions as buttons under its files and as their context menu (voided evidence is
    not listed there, so it offers no Delete for Good…)."""

    def chosen() -> int | None:
        item = tree.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None and item.isSelected() else None

    actions = evidence_actions(tree, workspace, chosen, case)
    tree.addActions(actions)
    row = QHBoxLayout()
    row.addStretch(1)
    buttons = []
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        row.addWidget(button)
        buttons.append(button)
    holder = tree.parentWidget()
    layout = holder.layout() if holder is not None else None
    if isinstance(layout, QLayout) and hasattr(layout, "addLayout"):
        layout.addLayout(row)

    def enable() -> None:
        for action in actions:
            action.setEnabled(chosen() is not None)

    tree.itemSelectionChanged.connect(enable)
    enable()
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu_at(pos: QPoint) -> None:
        item = tree.itemAt(pos)
        if item is None:
            return
        tree.setCurrentItem(item)
        menu = QMenu(tree)
        menu.addActions(actions)
        menu.exec(tree.viewport().mapToGlobal(pos))

    tree.customContextMenuRequested.connect(menu_at)
    return actions
