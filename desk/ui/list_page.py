"""A page that lists one kind of record: a search field, its filters, the table, and the selected record's detail
lists."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.lists.listing import VOIDED, ListSpec, needs_preparing, prepare_filters
from desk.ui.column_choice import ColumnChoice
from desk.ui.column_memory import ColumnMemory
from desk.ui.empty_state import EmptyState
from desk.ui.filters import FilterBar
from desk.ui.table_model import ListModel, SessionFactory
from desk.ui.worker import BackgroundOp

MEASURED_ROWS = 40  # about a screenful
PADDING = 10  # pixels beside a column's widest content
LEAST_CHARACTERS = 10  # the stretch column (an item, a name) is not squeezed below this many average characters


class ListView(QTableView):
    """A list's table. Rows selected by code (`selectRow` after a reload) replace the selection whatever keys are
    held: with several rows selectable, Qt would read the keyboard's modifiers and could add the row, or take it
    away (Ctrl held from the shortcut that ran an operation)."""

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if event is None:
            return QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        return super().selectionCommand(index, event)


def make_table(model: ListModel, parent: QWidget | None = None, *, several: bool = False) -> QTableView:
    """A table for a list: whole-row selection (of `several` rows with Shift and Ctrl), no grid, the spec's stretch
    column taking the spare width, columns the user can move and whose widths and order are remembered."""
    view = ListView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # Columns are sized to the first rows, not to all that are loaded: formatting money for 200 rows to measure
    # them took longer than reading them (babel, ~0.3 ms a value).
    header.setResizeContentsPrecision(MEASURED_ROWS)
    if model.spec.stretch is not None:
        header.setStretchLastSection(False)
        view.viewport().installEventFilter(_SpareWidth(view))
    for section, column in enumerate(model.spec.columns):
        view.setColumnHidden(section, not column.shown)  # the user's own choice, if any, is restored next
    ColumnMemory(view)
    ColumnChoice(view)
    return view


def _stretch_section(view: QTableView) -> int:
    model = view.model()
    if not isinstance(model, ListModel) or model.spec.stretch is None:
        return -1
    return [c.key for c in model.spec.columns].index(model.spec.stretch)


def give_spare_width(view: QTableView) -> None:
    """Give the spec's stretch column the room the other columns leave: more when there is spare width, less when
    the others need it, down to a few characters (its text elides), so the columns after it stay on screen."""
    section = _stretch_section(view)
    if section < 0:
        return
    header = view.horizontalHeader()
    others = sum(header.sectionSize(s) for s in range(header.count()) if s != section)  # hidden ones count 0
    content = max(view.sizeHintForColumn(section), header.sectionSizeHint(section)) + PADDING
    needed = min(content, _widest(view, section, 420))
    least = min(needed, LEAST_CHARACTERS * view.fontMetrics().averageCharWidth())
    header.resizeSection(section, max(least, view.viewport().width() - others))


class _SpareWidth(QObject):
    """Keeps the stretch column filling the table as the window is resized."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            give_spare_width(self._view)
        return False


def _widest(view: QTableView, section: int, widest: int) -> int:
    """How wide a column may start: its spec's `width` (in average characters) if it has one, else `widest`."""
    model = view.model()
    width = model.spec.columns[section].width if isinstance(model, ListModel) else None
    return widest if width is None else min(widest, width * view.fontMetrics().averageCharWidth())


def fit_columns(view: QTableView, widest: int = 320, padding: int = PADDING) -> None:
    """Size columns to what is loaded, within reason (each spec column's `width`), so long item names do not push
    the rest away: they elide, and the columns after them stay on screen. Columns whose widths the user set are left
    as they are."""
    memory = view.findChild(ColumnMemory)
    if memory is not None and memory.restored:
        give_spare_width(view)
        return
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        header.resizeSection(section, min(header.sectionSize(section) + padding, _widest(view, section, widest)))
    give_spare_width(view)


class ListPage(QWidget):
    """Rows are read on the GUI thread, a page of 200 at a time (milliseconds); a filter with slow work to do first
    (the overdue cases, derived in Python) does it in the background, and the list changes when it is done."""

    settled = Signal()  # what `load()` or a filter change started is on screen
    opened = Signal(int)  # the record to open: double-click, Enter, or Open in the list's menu

    def __init__(
        self, spec: ListSpec, details: tuple[ListSpec, ...], sessions: SessionFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page-{spec.name}")
        self.model = self.make_model(spec, sessions)
        self.loaded = False  # the first rows are read when the page is first shown
        self.busy = False  # a filter's slow part is being computed in the background
        self._sessions = sessions
        self._filtering = 0  # counts filter changes: a background result for an older one is dropped
        self._wanted: int | None = None  # the record to select when the reading under way ends
        self._details_of: int | None = None  # the record the detail lists show
        self.export_action: QAction | None = None  # Export List…, once the list's habits are installed (list_menu)
        self.list_habits: list[Any] = []  # each table's menu, Delete and Copy (desk.ui.list_menu.TableHabits)

        # List, column and filter titles are the core's (desk.lists), translated once marked there as "Lists".
        title = QLabel(QCoreApplication.translate("words", spec.title))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search {0}…").format(title.text().lower()))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.actions_bar = QHBoxLayout()  # buttons for what can be done on this page (see `add_button`)
        self._more: QToolButton | None = None  # the button whose menu holds the rarer actions
        top.addLayout(self.actions_bar)
        top.addSpacing(8)
        top.addWidget(self.search)
        # Built with the page, read from the database only for its choices (suppliers): kept while the app runs.
        self.filter_bar = FilterBar(spec.filters, sessions, self) if spec.filters else None

        self.table = make_table(self.model, self, several=True)
        column, order = self.model.sort_column()
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable)

        self.detail_models: list[ListModel] = []
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        for detail in details:
            model = ListModel(detail, sessions, self)
            self.detail_models.append(model)
            self.detail_tabs.addTab(make_table(model, self), QCoreApplication.translate("words", detail.title))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        if details:
            splitter.addWidget(self.detail_tabs)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            self.table.selectionModel().selectionChanged.connect(self._show_details)
            self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
            self.filter_bar.changed.connect(self._apply_filters)
        self.body = QStackedWidget()  # the table and its details; or, while nothing is in the list, what to do
        self.body.addWidget(splitter)
        self.empty_state: EmptyState | None = None
        layout.addWidget(self.body, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._details_stale)
        self.model.rowsInserted.connect(self._update_count)

    def make_model(self, spec: ListSpec, sessions: SessionFactory) -> ListModel:
        """The page's table model; a page that shows more (thumbnails) makes its own kind."""
        return ListModel(spec, sessions, self)

    def add_button(self, action: QAction, *, more: bool = False) -> QToolButton:
        """Offer `action` beside the search field (pages add what can be done on them): as a button of its own, or
        with `more` as an entry of the row's More menu, for the rarer ones, so that the row fits a 1280 px window
        whatever the page. Either way the page holds the action: its shortcut works and the list's menu offers it.
        Returns the button that shows it."""
        self.addAction(action)
        if more:
            self.more_button().menu().addAction(action)
            return self.more_button()
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Buttons first, More last, whatever order the page adds them in.
        more_at = self.actions_bar.indexOf(self._more) if self._more is not None else -1
        self.actions_bar.insertWidget(more_at, button)
        return button

    def more_button(self) -> QToolButton:
        """The row's More button, made when the first rarer action is added: its menu holds them."""
        if self._more is None:
            self._more = QToolButton()
            self._more.setObjectName("moreActions")
            # The arrow in the text: the style's own menu indicator is drawn over the text's last letter.
            self._more.setText(self.tr("More") + " \N{BLACK DOWN-POINTING SMALL TRIANGLE}")
            self._more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
            self._more.setToolTip(self.tr("More of what can be done on this page"))
            self._more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self._more.setMenu(QMenu(self._more))
            self.actions_bar.addWidget(self._more)
        return self._more

    def selected_id(self) -> int | None:
        """The record the page's actions act on: the current row when several are selected."""
        row = self.current_row()
        return self.model.row_at(row).id if row is not None else None

    def open_current(self) -> None:
        """Open the selected record (what double-click and Enter do)."""
        row_id = self.selected_id()
        if row_id is not None:
            self.opened.emit(row_id)

    def current_row(self) -> int | None:
        """The row the details show: the current one if it is selected, else the first selected, else None."""
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return current.row()
        rows = selection.selectedRows()
        return min(index.row() for index in rows) if rows else None

    def selected_ids(self) -> list[int]:
        """The records selected, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).id for row in rows]

    def load(self) -> None:
        """Read the first page; done when the page is first shown, not at start-up, and on View › Refresh."""
        if self.filter_bar is not None and self.loaded:
            self.filter_bar.refresh_choices()
        self.loaded = True
        self._filter(self.filter_bar.values() if self.filter_bar is not None else {}, self._after_load)

    def reload_keeping(self, row_id: int | None = None) -> None:
        """Read the page again (after an operation changed what it shows) and select `row_id`, by default the
        record selected now, so its details show what changed; the first row when it is gone."""
        if not self.loaded:
            return  # read when first shown
        chosen = self.selected_id() if row_id is None else row_id
        if self.filter_bar is not None:
            self.filter_bar.refresh_choices()
        self._filter(self.filter_bar.values() if self.filter_bar is not None else {}, lambda: self._select(chosen))

    def show_record(self, row_id: int) -> None:
        """Select `row_id`, a record an operation just made: now, or when the reading its announcement started
        ends."""
        if self.busy:
            self._wanted = row_id
        else:
            self._select(row_id)

    def _select(self, row_id: int | None) -> None:
        if self._wanted is not None:
            row_id, self._wanted = self._wanted, None
        fit_columns(self.table)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == row_id:
                self.table.selectRow(row)
                return
        if self.model.rowCount() and self.detail_models:
            self.table.selectRow(0)

    def _after_load(self) -> None:
        fit_columns(self.table)
        if self.model.rowCount() and self.detail_models:
            self.table.selectRow(0)

    def _run_search(self) -> None:
        self.model.reload(search=self.search.text())
        self._after_reload()

    def _apply_filters(self) -> None:
        if self.filter_bar is not None and self.loaded:
            self._filter(self.filter_bar.values(), self._after_reload)

    def _filter(self, values: Mapping[str, Any], then: Callable[[], None]) -> None:
        """Show the rows `values` keep, then run `then`; slow filters are prepared in the background first."""
        self._filtering += 1
        if not needs_preparing(self.spec, values):
            self.busy = False
            self.model.reload(filters=values)
            then()
            self.settled.emit()
            return
        self.busy = True
        self.count_label.setText(self.tr("Filtering…"))
        spec, sessions, generation = self.spec, self._sessions, self._filtering

        def prepare(_progress: Any, _cancelled: Any) -> dict[str, Any]:
            with sessions() as session:
                return prepare_filters(session, spec, values)

        def show(prepared: dict[str, Any]) -> None:
            if generation == self._filtering:  # the filters have not changed since
                self._filter(prepared, then)

        def fail(error: BaseException) -> None:
            if generation == self._filtering:
                self.busy = False
                self._update_count()
                QMessageBox.warning(self, self.tr("Desk could not filter the list"), str(error))
                self.settled.emit()

        BackgroundOp(self, prepare).on_success(show).on_failure(fail).run_in_background()

    def _after_reload(self) -> None:
        for model in self.detail_models:
            model.reload(clear=True)
        if self.model.rowCount() and self.detail_models:
            self.table.selectRow(0)

    def _keep_sortable(self, column: int, order: Qt.SortOrder) -> None:
        if self.spec.columns[column].key not in self.spec.sort_exprs:
            current, current_order = self.model.sort_column()
            with QSignalBlocker(self.table.horizontalHeader()):
                self.table.horizontalHeader().setSortIndicator(current, current_order)

    def _show_details(self, *_args: Any) -> None:
        parent_id = self.selected_id()
        if parent_id is not None and parent_id == self._details_of:
            return  # another row added to the selection: the details still show the current one
        self._details_of = parent_id
        voided_too = bool(self.model.filters.get(VOIDED))
        for index, model in enumerate(self.detail_models):
            # With "Voided too" the details show their voided rows as well (a voided event), to be restored.
            filters = {VOIDED: voided_too} if model.spec.voidable is not None else {}
            model.reload(parent_id=parent_id, clear=parent_id is None, filters=filters)
            view = self.detail_tabs.widget(index)
            if isinstance(view, QTableView):
                fit_columns(view)

    def _details_stale(self) -> None:
        """The list was read again: the details are read again too, even for the same record."""
        self._details_of = None

    def _update_count(self, *args: Any) -> None:
        n = self.model.loaded
        more = "" if self.model.complete else "+"
        self.count_label.setText(self.tr("{0}{1} shown").format(f"{n:,}", more))
        self._show_empty_state(n == 0 and self.model.complete and not self._narrowed())

    def set_empty_state(self, state: EmptyState) -> None:
        """What the page shows instead of its table while the list is empty and nothing narrows it."""
        self.empty_state = state
        self.body.addWidget(state)

    def _narrowed(self) -> bool:
        """A search or a filter is hiding rows: an empty list then says nothing about the folder."""
        filtered = self.filter_bar is not None and bool(self.filter_bar.values())  # it holds only the filters set
        return bool(self.search.text().strip()) or filtered

    def _show_empty_state(self, empty: bool) -> None:
        if self.empty_state is not None:
            self.body.setCurrentIndex(self.body.count() - 1 if empty else 0)

    def replace_content(self, content: QWidget) -> None:
        """Show `content` where the table and its details were (a page that adds a pane beside them)."""
        self.body.insertWidget(0, content)
        self.body.setCurrentIndex(0)
