"""The Evidence page: the list of files with their thumbnails, filtered by kind and by case and searched through
names, descriptions and e-mail text, with the chosen file previewed on the right (desk.ui.evidence_preview)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from desk.evidence.cases import CaseRef
from desk.lists.listing import ListSpec
from desk.ui.evidence_preview import EvidencePreview
from desk.ui.list_page import ListPage, give_spare_width
from desk.ui.table_model import ListModel, SessionFactory
from desk.ui.thumbnails import THUMB, EvidenceModel, Thumbnails
from desk.workspace import Workspace

# Shown in the preview instead: the list keeps what tells files apart, and fits beside the preview.
HIDDEN_COLUMNS = ("type", "size", "added_at", "added_by", "sha")
NAME_WIDTH = 200  # pixels: a long file name elides, and what the file shows stays on screen at 1280 px


class EvidencePage(ListPage):
    def __init__(
        self, spec: ListSpec, details: tuple[ListSpec, ...], workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        self.workspace = workspace  # before ListPage's __init__: `make_model` needs it
        super().__init__(spec, details, workspace.read, parent)
        self.table.selectionModel().selectionChanged.connect(self._preview_selected)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        keys = [c.key for c in spec.columns]
        for key in HIDDEN_COLUMNS:
            self.table.setColumnHidden(keys.index(key), True)
        # What a file shows comes last: a long description runs on under the preview, not the dates and cases.
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(keys.index("description")), header.count() - 1)
        self.settled.connect(self._narrow_names)

        self.preview = EvidencePreview(workspace, self)
        self.preview.setMinimumWidth(300)
        self.preview.attachment_chosen.connect(self.select_evidence)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.splitter)  # out of the page's body, which then shows `beside` in its place
        self.splitter.show()  # the body's stack hid it as it let it go: the list would have no width at all
        self.replace_content(beside)
        beside.addWidget(self.preview)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 0)  # a wider window widens the list; the preview keeps its share
        beside.setSizes([650, 390])  # in proportion: at 1280 pixels, the list's dates and cases fit beside it
        self.beside = beside

        # After a reset (a load, a new search, filter or sort) the selection is gone without a signal: the first
        # file is chosen, or the preview emptied, once the page is done.
        self._sync = QTimer(self)
        self._sync.setSingleShot(True)
        self._sync.setInterval(0)
        self._sync.timeout.connect(self._choose_after_reset)
        self.model.modelReset.connect(self._sync.start)

    def make_model(self, spec: ListSpec, sessions: SessionFactory) -> ListModel:
        self.thumbnails = Thumbnails(self.workspace.vault, self)
        return EvidenceModel(spec, sessions, self.thumbnails, self)

    def _narrow_names(self) -> None:
        name = [c.key for c in self.spec.columns].index("name")
        header = self.table.horizontalHeader()
        if header.sectionSize(name) > NAME_WIDTH:
            header.resizeSection(name, NAME_WIDTH)
            give_spare_width(self.table)

    def load(self) -> None:
        self.preview.forget()  # a refresh reads the shown record again
        super().load()

    def _preview_selected(self, *_args: object) -> None:
        self.preview.show_evidence(self.selected_id())

    def _choose_after_reset(self) -> None:
        if self.selected_id() is None and self.model.rowCount():
            self.table.selectRow(0)  # shown by the selection's signal
        else:
            self._preview_selected()

    def select_evidence(self, evidence_id: int) -> bool:
        """Select a file in the list and show it; False when it is not among the rows loaded (the filters leave
        it out): it is shown all the same, with nothing selected."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == evidence_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        self.table.clearSelection()
        self.preview.show_evidence(evidence_id)
        return False

    def case_for_drop(self) -> CaseRef | None:
        """The case that files dropped on this page support: the one the Case filter shows, if any."""
        if self.filter_bar is None:
            return None
        chosen = self.filter_bar.values().get("case")
        return chosen if isinstance(chosen, CaseRef) else None
