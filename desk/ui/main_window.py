"""The main window: navigation on the left, one page per kind of record, the data folder in the status bar.

It opens in two steps so that it shows at once even on a large folder: the frame (navigation, menus, status bar)
needs only Qt; `attach(workspace)` then brings the database in and builds each page the first time it is shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.paths import resource
from desk.ui.about import show_about
from desk.ui.edit_menu import EditMenu
from desk.ui.help_window import Help
from desk.ui.pages import PAGE_NAMES, PAGES
from desk.ui.reach import runs
from desk.ui.recent_folders import RecentMenu
from desk.ui.reminders import ReminderBanner, RemindersDialog, ReminderWatch
from desk.ui.tools_menu import ToolsMenu
from desk.ui.undo_stack import UndoStack

if TYPE_CHECKING:
    from desk.ui.dashboard import DashboardPage
    from desk.ui.list_page import ListPage
    from desk.ui.live import LiveChanges
    from desk.workspace import Workspace

    PageWidget = DashboardPage | ListPage

PAGE_ROLE = Qt.ItemDataRole.UserRole + 10


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", name)))


class MainWindow(QMainWindow):
    page_loaded = Signal(str)  # a page shown for the first time has its rows (and figures) on screen
    folder_wanted = Signal(object)  # the Path of a data folder to open instead (desk.ui.open_folder does it)
    language_wanted = Signal(str)  # a language chosen in Preferences: the window is built again in it (open_folder)

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, remember: bool = True) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.remember = remember  # keep window state in QSettings (not for screenshots)
        self.pages: dict[str, PageWidget] = {}
        self.setWindowTitle(self.tr("Desk — {0}").format(data_dir.name))
        self.setWindowIcon(icon("desk.svg"))
        self.setObjectName("mainWindow")

        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening {0}…").format(data_dir))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setObjectName("countLabel")
        self.stack.addWidget(self.opening)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(180)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self._build_navigation()
        self.navigation.currentItemChanged.connect(self._navigate)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        divider.setObjectName("divider")
        # Reminders: a banner above the pages while any is shown (desk.ui.reminders).
        self.reminders = ReminderWatch(self)
        self.reminder_banner = ReminderBanner(self.reminders, self.show_reminders)
        self.reminders_dialog: RemindersDialog | None = None
        self.quitting = False  # Quit, not the window's close box: leave the notification area too
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.setSpacing(0)
        pages.addWidget(self.reminder_banner)
        pages.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(divider)
        layout.addLayout(pages, 1)
        self.setCentralWidget(central)

        self.live: LiveChanges | None = None  # on a team server: the other desks' changes, heard
        self.folder_label = QLabel(self.tr("Data folder: {0}").format(data_dir))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.folder_label)
        self._build_menus()
        self.resize(1280, 800)
        if remember:
            self._restore_state()
        else:
            self.select_page("dashboard")

    # -- building -------------------------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        section = None
        for info in PAGES:
            if info.section != section:
                section = info.section
                header = QListWidgetItem(QCoreApplication.translate("Pages", section).upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                font.setBold(True)
                header.setFont(font)
                header.setSizeHint(QSize(0, 30))
                header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
                self.navigation.addItem(header)
            item = QListWidgetItem(icon(info.icon), QCoreApplication.translate("Pages", info.title))
            item.setData(PAGE_ROLE, info.name)
            item.setSizeHint(QSize(0, 32))
            self.navigation.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_folder_action = QAction(self.tr("&Open Data Folder…"), self)
        self.open_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_folder_action.triggered.connect(lambda: self.open_data_folder())
        file_menu.addAction(self.open_folder_action)
        self.recent_menu = RecentMenu(file_menu)
        self.recent_menu.chosen.connect(self.folder_wanted)
        file_menu.addMenu(self.recent_menu)
        self.connect_action = QAction(self.tr("Connect to &Team Server…"), self)
        self.connect_action.triggered.connect(lambda: self.connect_to_server())
        # Opening a server older than this Desk offers its owner the upgrade (desk.ui.open_folder).
        runs(self.connect_action, "team.log_in", "team.upgrade_team_server")
        file_menu.addAction(self.connect_action)
        self.set_up_action = QAction(self.tr("Set &Up a Team Server…"), self)
        self.set_up_action.triggered.connect(lambda: self.connect_to_server(set_up=True))
        runs(self.set_up_action, "team.log_in", "team.set_up_server")
        file_menu.addAction(self.set_up_action)
        self.move_action = QAction(self.tr("&Move This Folder to a Team Server…"), self)
        self.move_action.triggered.connect(self.move_to_server)
        self.move_action.setEnabled(False)  # a folder of its own, once open
        runs(self.move_action, "team.log_in", "team_move.move_folder")
        file_menu.addAction(self.move_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import Orders…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setEnabled(False)  # until the data folder is open
        self.import_action.triggered.connect(self.import_orders)
        # A PayPal activity download chosen there goes to the payments dialog, as `desk import` reads it.
        runs(self.import_action, "imports.import_orders", "payment_imports.kind_of_import",
             "payment_imports.import_payments")
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export for Lawyer…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.export_action.setEnabled(False)  # until the data folder is open
        self.export_action.triggered.connect(self.export_for_lawyer)
        runs(self.export_action, "bundles.export_bundle")
        file_menu.addAction(self.export_action)
        # The list shown, as CSV or XLSX (desk.ui.list_menu): offered while the page shown is a list.
        self.export_list_action = QAction(self.tr("Export &List…"), self)
        self.export_list_action.setEnabled(False)
        self.export_list_action.triggered.connect(self.export_list)
        file_menu.addAction(self.export_list_action)
        file_menu.aboutToShow.connect(lambda: self.export_list_action.setEnabled(self._list_export() is not None))
        self.calendar_action = QAction(self.tr("Export Deadline &Calendar…"), self)
        self.calendar_action.setEnabled(False)  # until the data folder is open
        self.calendar_action.triggered.connect(self.export_calendar)
        runs(self.calendar_action, "calendar.write_calendar")
        file_menu.addAction(self.calendar_action)
        show_folder = QAction(self.tr("Show Data Folder"), self)
        show_folder.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        file_menu.addAction(show_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.quit)
        file_menu.addAction(quit_action)

        self.undo_stack = UndoStack(self, lambda: self.workspace)
        self.tools_menu = ToolsMenu(self)  # added after View; its Preferences… is shown under Edit
        self.edit_menu = EditMenu(self, self.undo_stack, self.tools_menu.preferences, self._shown_page)
        self.menuBar().addMenu(self.edit_menu)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        self.reminders_action = QAction(self.tr("Re&minders…"), self)
        self.reminders_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.reminders_action.setEnabled(False)  # until the data folder is open
        self.reminders_action.triggered.connect(self.show_reminders)
        # The list answers reminders; the window tells, when it opens, what came due while it was shut (as the
        # scheduled `desk due --remind` does).
        runs(self.reminders_action, "reminders.announce", "reminders.snooze_reminder", "reminders.dismiss_reminder")
        view_menu.addAction(self.reminders_action)
        view_menu.addSeparator()
        for number, info in enumerate(PAGES, start=1):
            go = QAction(QCoreApplication.translate("Pages", info.title), self)
            if number <= 9:
                go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, name=info.name: self.select_page(name))
            view_menu.addAction(go)

        self.menuBar().addMenu(self.tools_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help = Help(self, help_menu, self.current_page_name, self._help_pages)
        about = QAction(self.tr("&About Desk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: show_about(self, self.data_dir))
        help_menu.addAction(about)

    def _help_pages(self) -> list[tuple[str, QWidget]]:
        """Every page, built, for Help → Keyboard Shortcuts (their actions say their keys); none before attach."""
        if self.workspace is None:
            return []
        return [(QCoreApplication.translate("Pages", info.title), self._page(info.name)) for info in PAGES]

    def attach(self, workspace: Workspace) -> None:
        """Bring in the open data folder and show the chosen page with its rows."""
        self.workspace = workspace
        if workspace.database.server is not None:  # a team folder: the server is what people know it by
            self.folder_label.setText(self.tr("Team server: {0}").format(workspace.database.server))
        self.move_action.setEnabled(workspace.database.server is None)
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(True)
        self.tools_menu.set_ready(True)
        self.calendar_action.setEnabled(True)
        self.reminders_action.setEnabled(True)
        from desk.ui.changes import changes

        changes().changed.connect(self._reload_changed)
        self.reminders.attach(workspace)
        self.reminders.use_tray(self.windowIcon(), self._tray_menu())
        changes().stepped.connect(self._say)
        self.undo_stack.listen()
        if workspace.database.server is not None:  # what the other desks change shows here too
            from desk.ui.live import LiveChanges

            self.live = LiveChanges(workspace, self)
        self._show_current()

    def _say(self, result: object) -> None:
        """What an operation did, in its own sentence, in the status bar: the user sees that it happened."""
        from desk.ui.locale_text import said_text  # Babel: not before the window's first paint

        message = said_text(result)  # a sentence as the operation wrote it: one may begin with a file's name
        if message:
            self.statusBar().showMessage(message, 10_000)

    def detach(self) -> None:
        """Let go of the data folder (another is being opened): nothing announced from now on reaches this
        window's pages, and its Undo finds no folder to act on."""
        from desk.ui.changes import changes

        if self.workspace is not None:
            changes().changed.disconnect(self._reload_changed)
            changes().stepped.disconnect(self._say)
        if self.live is not None:
            self.live.stop()
            self.live = None
        self.reminders.detach()
        self.workspace = None

    # -- reminders ------------------------------------------------------------------------------------------

    def show_reminders(self) -> None:
        """View › Reminders: the list, beside the window (it follows the changes made meanwhile)."""
        if self.workspace is None:
            return
        if self.reminders_dialog is None:
            self.reminders_dialog = RemindersDialog(self.reminders, self)
            self.reminders_dialog.case_wanted.connect(self.open_case)
        self.reminder_banner.while_shut = ""  # told: the list shows them
        self.reminder_banner.show_reminders(self.reminders.reminders)
        self.show_normal()
        self.reminders_dialog.show()
        self.reminders_dialog.raise_()
        self.reminders_dialog.activateWindow()

    def export_calendar(self) -> None:
        """File › Export Deadline Calendar…: the deadlines as an .ics file for a calendar app."""
        if self.workspace is None:
            return
        from desk.operations.calendar import WriteCalendar, write_calendar
        from desk.ui.errors import show_error
        from desk.ui.save_places import CALENDARS, ask_save_path

        out = ask_save_path(
            self, self.tr("Export Deadline Calendar"), "deadlines.ics", self.tr("Calendar (*.ics)"), CALENDARS
        )
        if out is None:
            return
        try:
            result = write_calendar(self.workspace, WriteCalendar(out, self.reminders.today()))
        except (DeskError, OSError) as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(result.message, 10_000)

    def _tray_menu(self) -> QMenu:
        menu = QMenu(self)
        show = menu.addAction(self.tr("Show Desk"))
        show.triggered.connect(self.show_normal)
        menu.addAction(self.reminders_action)
        menu.addSeparator()
        leave = menu.addAction(self.tr("Quit Desk"))
        leave.triggered.connect(self.quit)
        return menu

    def show_normal(self) -> None:
        """Back from the notification area or the taskbar, in front."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        self.quitting = True
        self.close()

    def open_data_folder(self, folder: Path | None = None) -> None:
        """File → Open Data Folder…: `folder`, else the one the user chooses (nothing when they cancel)."""
        if folder is None:
            start = str(self.data_dir.parent)
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Open Data Folder"), start)
            if not chosen:
                return
            folder = Path(chosen)
        self.folder_wanted.emit(folder)

    def move_to_server(self) -> None:
        """File → Move This Folder to a Team Server…: the open folder copied into an empty server, which opens."""
        if self.workspace is None or self.workspace.database.server is not None:
            return
        from desk.ui.team_dialog import ConnectDialog

        dialog = ConnectDialog(self, move_from=self.workspace.root)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted and dialog.folder is not None:
            self.folder_wanted.emit(dialog.folder)

    def connect_to_server(self, *, set_up: bool = False) -> None:
        """File → Connect to Team Server… (or Set Up a Team Server…): the folder linked to the server the user logs
        in to is opened."""
        from desk.ui.team_dialog import ConnectDialog

        dialog = ConnectDialog(self, set_up=set_up)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted and dialog.folder is not None:
            self.folder_wanted.emit(dialog.folder)

    def _reload_changed(self, records: frozenset[str]) -> None:
        """An operation changed `records`: every page read so far that shows one of them reads again."""
        from desk.ui.list_page import ListPage

        shows = {info.name: info.shows for info in PAGES}
        for name, page in self.pages.items():
            if not page.loaded or not shows[name] & records:
                continue
            if isinstance(page, ListPage):
                page.reload_keeping()
            else:
                page.load()

    def import_orders(self) -> None:
        """The Import dialog (CSV, XLSX), window-modal; it calls `refresh` after an import."""
        if self.workspace is None:
            return
        from desk.ui.import_dialog import open_import_dialog

        open_import_dialog(self, self.workspace)

    def export_for_lawyer(self) -> None:
        """The Export dialog, window-modal: the disputes selected on the Disputes page, or all cases."""
        if self.workspace is None:
            return
        from desk.ui.export_dialog import open_export_dialog
        from desk.ui.list_page import ListPage
        from desk.ui.page_actions import selected_case

        disputes = self.pages.get("disputes")
        chosen = selected_case(disputes) if isinstance(disputes, ListPage) else None
        open_export_dialog(self, self.workspace, [chosen] if chosen is not None else [])

    def _list_export(self) -> QAction | None:
        """The Export List… of the page shown, when it is a list."""
        action = getattr(self.pages.get(self.current_page_name()), "export_action", None)
        return action if isinstance(action, QAction) else None

    def export_list(self) -> None:
        action = self._list_export()
        if action is not None:
            action.trigger()

    def _page(self, name: str) -> PageWidget:
        """The page called `name`, built the first time it is needed (most sessions visit few pages)."""
        if name not in self.pages:
            assert self.workspace is not None
            from desk.ui.page_factory import make_page

            page = make_page(name, self.workspace, self)
            if name == "dashboard":  # "no rate for 5.00 USD" offers to add the rate, in Preferences
                page.rate_wanted.connect(self.tools_menu.ask_rate)  # type: ignore[union-attr]
                page.case_wanted.connect(self.open_case)  # type: ignore[union-attr]
                page.record_wanted.connect(self.open_record)  # type: ignore[union-attr]
                page.page_wanted.connect(self.select_page)  # type: ignore[union-attr]
            if name == "audit":  # an entry opens the record it is about
                page.opened.connect(self.open_audit_entry)  # type: ignore[union-attr]
            self.pages[name] = page
            self.stack.addWidget(page)
            self.edit_menu.watch(page)
        return self.pages[name]

    # -- navigation -----------------------------------------------------------------------------------------

    def select_page(self, name: str) -> None:
        if name not in PAGE_NAMES:
            raise KeyError(f"no page {name!r}; pages: {', '.join(PAGE_NAMES)}")
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_ROLE) == name:
                self.navigation.setCurrentRow(row)

    def show_page(self, name: str) -> PageWidget:
        """Select a page and return it, loaded (needs an attached workspace)."""
        self.select_page(name)
        return self._page(name)

    def open_case(self, key: str) -> None:
        """Open the page that shows a deadline's case (`dispute:12`), with the case selected."""
        if self.workspace is None:
            return
        from desk.lists.locate import place_of_case

        with self.workspace.read() as session:
            place = place_of_case(session, key)
        if place is None:
            self.statusBar().showMessage(self.tr("That case is no longer there."), 5000)
        else:
            self.open_record(place.list_name, place.row_id)

    def open_audit_entry(self, entry_id: int) -> None:
        """Open the record an audit entry is about, on the page that shows it; or say that it has none."""
        if self.workspace is None:
            return
        from desk.lists.locate import has_place, place_of_record
        from desk.models import AuditEntry
        from desk.models.voided import INCLUDE_VOIDED
        from desk.overview.audit_words import short_name

        with self.workspace.read() as session:
            session.info[INCLUDE_VOIDED] = True  # a voided record still has its page ("Voided too")
            entry = session.get(AuditEntry, entry_id)
            if entry is None:
                return
            place = place_of_record(session, entry.table_name, entry.row_id)
            what = short_name(session, entry.table_name, entry.row_id)
            shown_somewhere = has_place(entry.table_name)
        if place is None:
            said = self.tr("{0} is no longer there.") if shown_somewhere else self.tr("{0} has no page of its own.")
            self.statusBar().showMessage(said.format(what[:1].upper() + what[1:]), 8000)
        else:
            self.open_record(place.list_name, place.row_id)

    def open_record(self, name: str, row_id: int) -> None:
        """Show page `name` with the record `row_id` selected and the keyboard in its list (read further down the
        list when the record is not among the rows read so far)."""
        from desk.ui.list_page import ListPage

        page = self.show_page(name)
        if not isinstance(page, ListPage):
            return

        def select() -> None:
            model, root = page.model, page.model.index(0, 0).parent()
            checked = 0
            while True:
                for row in range(checked, model.rowCount()):
                    if model.row_at(row).id == row_id:
                        page.show_record(row_id)
                        page.table.scrollTo(model.index(row, 0))
                        page.table.setFocus()
                        return
                if not model.canFetchMore(root):
                    break
                checked = model.rowCount()
                model.fetchMore(root)
            self.statusBar().showMessage(self.tr("It is not in the list as filtered now."), 5000)

        if page.busy:
            page.settled.connect(select, Qt.ConnectionType.SingleShotConnection)
        else:
            select()

    def place(self) -> tuple[str, int | None]:
        """Where the user is: the page shown and the record selected on it (a list's), to come back to."""
        from desk.ui.list_page import ListPage

        page = self.pages.get(self.current_page_name())
        return self.current_page_name(), page.selected_id() if isinstance(page, ListPage) else None

    def go_to(self, place: tuple[str, int | None]) -> None:
        name, record = place
        if name not in PAGE_NAMES:
            return
        if record is None:
            self.show_page(name)
        else:
            self.open_record(name, record)

    def _shown_page(self) -> QWidget | None:
        """The page on screen; None while the window is being taken down (its focus still moves then)."""
        return self.stack.currentWidget() if shiboken6.isValid(self.stack) else None

    def current_page_name(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(PAGE_ROLE)) if item is not None else ""

    def _navigate(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None and current.data(PAGE_ROLE) is not None:
            self._show_current()

    def _show_current(self) -> None:
        name = self.current_page_name()
        if self.workspace is None or not name:
            return
        page = self._page(name)
        self.stack.setCurrentWidget(page)
        self.edit_menu.update_actions()
        if not page.loaded:
            page.settled.connect(lambda: self.page_loaded.emit(name), Qt.ConnectionType.SingleShotConnection)
            page.load()

    def refresh(self) -> None:
        page = self.pages.get(self.current_page_name())
        if page is not None:
            page.load()

    # -- window state -----------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = settings.value("window/page", "dashboard")
        self.select_page(str(last) if last in PAGE_NAMES else "dashboard")

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.current_page_name())

    def closeEvent(self, event: QCloseEvent) -> None:
        from desk.ui.reminders import closes_to_tray

        tray = self.reminders.tray
        if not self.quitting and tray is not None and tray.isVisible() and closes_to_tray():
            # Kept running in the notification area, to tell what comes due (Preferences › Reminders).
            event.ignore()
            self.hide()
            return
        if self.reminders.tray is not None:
            self.reminders.tray.hide()
        if self.remember:
            self.save_state()
        # A closed window hears no more changes: its folder may be closed next (switching folders, a screenshot
        # run), and an Undo step read from a closed folder would fail or, worse, read another folder.
        self.detach()
        super().closeEvent(event)
