"""The header's menu of a list: which of its columns are shown. A list starts with its default set (the spec's
columns marked `shown`), which fits a 1280 px window; the others are a tick away, and what the user chose is kept
with the list's widths and order (desk.ui.column_memory)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from desk.ui.column_memory import ColumnMemory
from desk.ui.table_model import ListModel


class ColumnChoice(QObject):
    """Right-click on `view`'s header: a menu ticking the columns shown."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)

    def menu(self) -> QMenu:
        model = self.view.model()
        assert isinstance(model, ListModel)
        header = self.view.horizontalHeader()
        menu = QMenu(self.view)
        menu.setTitle(self.tr("Columns"))
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        for visual in range(header.count()):
            section = header.logicalIndex(visual)
            action = QAction(model.headerData(section, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(section in shown)
            action.setEnabled(shown != [section])  # the last column shown stays
            action.toggled.connect(lambda on, section=section: self.show_column(section, on))
            menu.addAction(action)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        self.menu().popup(self.view.horizontalHeader().mapToGlobal(pos))

    def show_column(self, section: int, shown: bool) -> None:
        from desk.ui.list_page import fit_columns  # list_page builds this menu for each of its tables

        self.view.setColumnHidden(section, not shown)
        if shown:
            self.view.resizeColumnToContents(section)
        fit_columns(self.view)  # the stretch column gives up or takes the room
        memory = self.view.findChild(ColumnMemory)
        if memory is not None:
            memory.save()
