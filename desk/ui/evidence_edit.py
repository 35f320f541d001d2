"""Correcting kept evidence from the window (the Evidence page and a case's Evidence tab): Edit Evidence… (what
the file is, what it shows, internal or shared), Take Off Case… and Delete Evidence…, each through its operation
(`desk.operations.evidence`) and announced. Taking a file off a case and deleting it ask first, naming the file
and its cases; nothing is deleted by a key alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
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

from desk.errors import DeskError
from desk.evidence.cases import CaseRef, case_of_link
from desk.evidence.editing import get_evidence
from desk.models import EvidenceKind
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
from desk.overview.names import words
from desk.ui.changes import announce
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.errors import show_error
from desk.workspace import Workspace

EDIT_OPERATIONS = ("evidence.edit_evidence", "evidence.mark_evidence")
UNLINK_OPERATIONS = ("evidence.unlink_evidence",)
DELETE_OPERATIONS = ("evidence.delete_evidence",)


def kind_label(kind: EvidenceKind) -> str:
    return words(kind)


@dataclass(frozen=True)
class Kept:
    """What the window says about one piece of evidence before changing it."""

    id: int
    name: str
    kind: EvidenceKind
    description: str
    internal: bool
    cases: tuple[CaseRef, ...]

    @property
    def case_names(self) -> str:
        return ", ".join(c.label for c in self.cases) or "no case"


def read_kept(workspace: Workspace, evidence_id: int) -> Kept:
    with workspace.read() as session:
        e = get_evidence(session, evidence_id)
        cases = tuple(case_of_link(link) for link in e.links)
        return Kept(e.id, e.original_name, e.kind, e.description or "", e.internal, cases)


class EditEvidenceDialog(CaseDialog):
    """The kind, the description and whether the file is internal; OK once something differs from what is kept."""

    def __init__(self, workspace: Workspace, evidence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit evidence"), parent)
        self.workspace = workspace
        self.kept = read_kept(workspace, evidence_id)
        name = QLabel(self.kept.name)
        name.setWordWrap(True)
        cases = QLabel(self.kept.case_names)
        cases.setWordWrap(True)
        self.kind = QComboBox()
        for kind in EvidenceKind:
            self.kind.addItem(self.tr(kind_label(kind)), kind)
        self.kind.setCurrentIndex(self.kind.findData(self.kept.kind))
        self.description = QPlainTextEdit(self.kept.description)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("what the file shows, in a sentence"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.internal = QCheckBox(self.tr("Internal: never put into a packet for the supplier or the platform"))
        self.internal.setChecked(self.kept.internal)
        self.form.addRow(self.tr("File:"), name)
        self.form.addRow(self.tr("Supports:"), cases)
        self.form.addRow(self.tr("It is:"), self.kind)
        self.form.addRow(self.tr("It shows:"), self.description)
        self.form.addRow("", self.internal)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.kind.currentIndexChanged.connect(self._ready)
        self.description.textChanged.connect(self._ready)
        self.internal.toggled.connect(self._ready)
        self._ready()

    def _wanted(self) -> tuple[EvidenceKind | None, str | None, bool | None]:
        kind = EvidenceKind(self.kind.currentData())  # Qt gives the enum back as its text
        text = self.description.toPlainText()
        return (
            kind if kind != self.kept.kind else None,
            text if text.strip() != self.kept.description.strip() else None,
            self.internal.isChecked() if self.internal.isChecked() != self.kept.internal else None,
        )

    def _ready(self) -> None:
        self.ok.setEnabled(any(v is not None for v in self._wanted()))
        self.error.hide()  # a refusal said before no longer applies to what is now typed

    def accept(self) -> None:
        try:
            super().accept()  # the user's error is said in the dialog, which stays open
        except Exception as error:  # a database or disk problem, or a bug: said, and the dialog stays open
            show_error(self, error)

    def save(self) -> None:
        kind, description, internal = self._wanted()
        if kind is None and description is None and internal is None:
            raise DeskError(self.tr("Nothing was changed."))
        if kind is not None or description is not None:
            announce(edit_evidence(self.workspace, EditEvidence(self.kept.id, kind=kind, description=description)))
            self.kept = read_kept(self.workspace, self.kept.id)  # a later refusal must not redo this part
        if internal is not None:
            announce(mark_evidence(self.workspace, MarkEvidence(self.kept.id, internal=internal)))


def edit_evidence_of(parent: QWidget, workspace: Workspace, evidence_id: int) -> bool:
    """Edit Evidence…: whether something was saved."""
    try:
        dialog = EditEvidenceDialog(workspace, evidence_id, parent)
    except DeskError as gone:
        QMessageBox.information(parent, parent.tr("Edit evidence"), str(gone))
        return False
    return dialog.exec() == EditEvidenceDialog.DialogCode.Accepted


def unlink_evidence_from(parent: QWidget, workspace: Workspace, evidence_id: int, case: CaseRef | None = None) -> bool:
    """Take Off Case…: the file stays kept (and on its other cases). `case`: the case shown, when the file supports
    it; otherwise the user chooses among the file's cases."""
    title = parent.tr("Take evidence off a case")
    try:
        kept = read_kept(workspace, evidence_id)
    except DeskError as gone:
        QMessageBox.information(parent, title, str(gone))
        return False
    if not kept.cases:
        QMessageBox.information(parent, title, parent.tr("{0} supports no case.").format(kept.name))
        return False
    chosen = next((c for c in kept.cases if case is not None and (c.kind, c.id) == (case.kind, case.id)), None)
    if chosen is None and len(kept.cases) == 1:
        chosen = kept.cases[0]
    if chosen is None:
        labels = [c.label for c in kept.cases]
        label, ok = QInputDialog.getItem(
            parent, title, parent.tr("Take {0} off which case?").format(kept.name), labels, 0, False
        )
        if not ok:
            return False
        chosen = kept.cases[labels.index(label)]
    others = [c.label for c in kept.cases if c is not chosen]
    stays = (
        parent.tr("It stays on {0}.").format(", ".join(others))
        if others
        else parent.tr("It stays kept, on the Evidence page, and can be added to a case again.")
    )
    asked = QMessageBox.question(
        parent,
        title,
        parent.tr("Take {0} off {1}?\n{2}").format(kept.name, chosen.label, stays),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if asked != QMessageBox.StandardButton.Yes:
        return False
    return _run(parent, lambda: unlink_evidence(workspace, UnlinkEvidence(evidence_id, chosen)))


def delete_evidence_asking(parent: QWidget, workspace: Workspace, evidence_id: int) -> bool:
    """Delete Evidence…: asks, naming the file and every case it supports; Cancel is the default."""
    title = parent.tr("Delete evidence")
    try:
        kept = read_kept(workspace, evidence_id)
    except DeskError as gone:
        QMessageBox.information(parent, title, str(gone))
        return False
    supports = (
        parent.tr("It supports {0}, and will no longer.").format(kept.case_names)
        if kept.cases
        else parent.tr("It supports no case.")
    )
    asked = QMessageBox.warning(
        parent,
        title,
        parent.tr("Delete {0}?\n{1}\nThe audit log keeps a record of it; the file itself is removed.").format(
            kept.name, supports
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if asked != QMessageBox.StandardButton.Yes:
        return False
    return _run(parent, lambda: delete_evidence(workspace, DeleteEvidence(evidence_id)))


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
    """Edit Evidence…, Take Off Case… and Delete Evidence… for the evidence `chosen` returns (None: none chosen),
    `case` the case shown, if any. Each names its operations for the parity test."""
    from desk.ui.reach import runs

    def on_chosen(run: Callable[[int], object], what: str) -> Callable[[], None]:
        def act() -> None:
            evidence_id = chosen()
            if evidence_id is None:
                QMessageBox.information(owner, what, owner.tr("Choose a file first."))
                return
            run(evidence_id)

        return act

    made: list[QAction] = []
    for text, operations, run in (
        (owner.tr("Edit Evidence…"), EDIT_OPERATIONS, lambda i: edit_evidence_of(owner, workspace, i)),
        (owner.tr("Take Off Case…"), UNLINK_OPERATIONS, lambda i: unlink_evidence_from(owner, workspace, i, case())),
        (owner.tr("Delete Evidence…"), DELETE_OPERATIONS, lambda i: delete_evidence_asking(owner, workspace, i)),
    ):
        action = QAction(text, owner)
        action.triggered.connect(on_chosen(run, text.rstrip("…")))
        runs(action, *operations)
        made.append(action)
    return made


def install_on_files(tree: QTreeWidget, workspace: Workspace, case: Callable[[], CaseRef | None]) -> list[QAction]:
    """A case's Evidence tab: the actions as buttons under its files and as their context menu."""

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
