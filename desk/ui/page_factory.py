"""Builds a page by name. Imported only once a data folder is open: it brings in the database layer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk.lists.specs import DETAILS, SPECS
from desk.ui.dashboard import DashboardPage
from desk.ui.empty_state import EmptyState
from desk.ui.list_menu import install_list_habits
from desk.ui.list_page import ListPage
from desk.ui.page_actions import install_actions
from desk.ui.page_guides import guide_for
from desk.workspace import Workspace


def make_page(name: str, workspace: Workspace, parent: QWidget) -> DashboardPage | ListPage:
    if name == "dashboard":
        return DashboardPage(workspace.read, parent)
    if name == "evidence":  # its preview lists the cases a file supports, with their exhibit labels
        from desk.ui.evidence_page import EvidencePage  # QtPdf and the previews load only when it is opened

        page: ListPage = EvidencePage(SPECS[name], (), workspace, parent)
    else:
        page = ListPage(SPECS[name], DETAILS.get(name, ()), workspace.read, parent)
    install_actions(name, page, workspace)
    install_list_habits(page, workspace)  # its menu, Delete, Copy, Export List…
    guide = guide_for(name)
    if guide is not None:
        page.set_empty_state(EmptyState(guide, page))
    return page
