"""The main window: navigation on the left, one page per kind of record, the data folder in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk.lists import DETAILS, SPECS
from desk.paths import resource
from desk.ui.about import show_about
from desk.ui.dashboard import DashboardPage
from desk.ui.list_page import ListPage
from desk.ui.pages import PAGES, PageInfo
from desk.workspace import Workspace

PageWidget = DashboardPage | ListPage
PAGE_ROLE = Qt.ItemDataRole.UserRole + 10


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", name)))


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, remember: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.remember = remember  # keep window state in QSettings (not for screenshots)
        self.setWindowTitle(self.tr("Desk — {0}").format(workspace.root.name))
        self.setWindowIcon(icon("desk.svg"))
        self.setObjectName("mainWindow")

        self.pages: dict[str, PageWidget] = {}
        self.stack = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(190)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self._build_pages(PAGES)
        self.navigation.currentItemChanged.connect(self._navigate)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        divider.setObjectName("divider")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(divider)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.folder_label = QLabel(self.tr("Data folder: {0}").format(workspace.root))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.folder_label)
        self._build_menus()
        self.resize(1280, 800)
        if remember:
            self._restore_state()
        else:
            self.show_page("dashboard")

    # -- building -------------------------------------------------------------------------------------------

    def _build_pages(self, pages: tuple[PageInfo, ...]) -> None:
        section = None
        for info in pages:
            if info.section != section:
                section = info.section
                header = QListWidgetItem(self.tr(section).upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                font.setBold(True)
                header.setFont(font)
                header.setSizeHint(QSize(0, 30))
                header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
                self.navigation.addItem(header)
            page: PageWidget
            if info.name == "dashboard":
                page = DashboardPage(self.workspace.read, self)
            else:
                page = ListPage(SPECS[info.name], DETAILS.get(info.name, ()), self.workspace.read, self)
            self.pages[info.name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(info.icon), self.tr(info.title))
            item.setData(PAGE_ROLE, info.name)
            item.setSizeHint(QSize(0, 32))
            self.navigation.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        show_folder = QAction(self.tr("Show Data Folder"), self)
        show_folder.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.root))))
        file_menu.addAction(show_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        view_menu.addSeparator()
        for number, info in enumerate(PAGES, start=1):
            go = QAction(self.tr(info.title), self)
            if number <= 9:
                go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, name=info.name: self.show_page(name))
            view_menu.addAction(go)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Desk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: show_about(self, self.workspace.root))
        help_menu.addAction(about)

    # -- navigation -----------------------------------------------------------------------------------------

    def show_page(self, name: str) -> PageWidget:
        if name not in self.pages:
            raise KeyError(f"no page {name!r}; pages: {', '.join(self.pages)}")
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_ROLE) == name:
                self.navigation.setCurrentRow(row)
        return self.pages[name]

    def current_page_name(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(PAGE_ROLE)) if item is not None else ""

    def _navigate(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None or current.data(PAGE_ROLE) is None:
            return
        page = self.pages[str(current.data(PAGE_ROLE))]
        self.stack.setCurrentWidget(page)
        if self.isVisible():
            page.ensure_loaded()

    def refresh(self) -> None:
        page = self.pages.get(self.current_page_name())
        if page is not None:
            page.load()

    # -- window state -----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        page = self.pages.get(self.current_page_name())
        if page is not None:
            page.ensure_loaded()

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = settings.value("window/page", "dashboard")
        self.show_page(str(last) if last in self.pages else "dashboard")

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.current_page_name())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.save_state()
        super().closeEvent(event)
