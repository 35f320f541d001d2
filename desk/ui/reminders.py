"""The window's reminders (desk.overview.reminders): a banner above the pages while any is shown, the Reminders list
(snooze, dismiss, open the case), and an icon in the notification area that tells what comes due while the window
is minimised or closed to it.

`ReminderWatch` reads the reminders on a worker when the folder opens, after every change, and every few minutes
(a day that turns over brings the next steps), and keeps the data folder's calendar file current at the same time.
When the folder opens it also tells what came due while Desk was shut (the window's own account of what it told,
apart from the scheduled `desk due --remind`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.ui.reach import runs
from desk.ui.tr_context import TrContext

if TYPE_CHECKING:
    from desk.common import Dated
    from desk.overview.reminders import Reminder
    from desk.workspace import Workspace

TRAY_SETTING = "reminders/close_to_tray"  # QSettings: closing the window keeps Desk in the notification area
CHECK_EVERY_MS = 10 * 60 * 1000  # a new day's steps come up within ten minutes of midnight
OVERDUE = QColor("#b3261e")


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ReminderModel", "Due"),
        QCoreApplication.translate("ReminderModel", "When"),
        QCoreApplication.translate("ReminderModel", "What"),
        QCoreApplication.translate("ReminderModel", "Case"),
        QCoreApplication.translate("ReminderModel", "Answer"),
    )


COLUMN_COUNT = 5


def closes_to_tray() -> bool:
    """Whether closing the window keeps Desk running in the notification area (Preferences › Reminders)."""
    from PySide6.QtCore import QSettings

    return QSettings().value(TRAY_SETTING, False, type=bool) is True


Reminders = TrContext("Reminders")


# The window's frame is built before SQLAlchemy and Babel are loaded (desk.ui.main_window): what needs them is
# imported when a reminder is first read or shown.


def date_text(day: date) -> str:
    from desk.ui.locale_text import date_text

    return date_text(day)


def dated_text(text: Dated) -> str:
    from desk.ui.locale_text import dated_text

    return dated_text(text)


def kind_words(kind: str) -> str:
    from desk.language import words
    from desk.overview.deadlines import KIND_WORDS

    return words.tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def when_words(reminder: Reminder, today: date) -> str:
    """"overdue", "today", "in 3 days" (from `today`, not from the step reached)."""
    if reminder.overdue:
        return Reminders.tr("overdue")
    days = (reminder.deadline.due - today).days
    if days <= 0:
        return Reminders.tr("today")
    return Reminders.tr("tomorrow") if days == 1 else Reminders.tr("in %n day(s)", "", days)


def answer_words(reminder: Reminder) -> str:
    if reminder.until is not None:
        return Reminders.tr("snoozed until {0}").format(date_text(reminder.until))
    if reminder.answer is not None and not reminder.overdue:
        return Reminders.tr("dismissed")
    return ""


class ReminderModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Reminder] = []
        self.today = date.today()

    def set_reminders(self, reminders: list[Reminder], today: date) -> None:
        self.beginResetModel()
        self._rows, self.today = list(reminders), today
        self.endResetModel()

    def reminder_at(self, row: int) -> Reminder:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        d = r.deadline
        if role == Qt.ItemDataRole.DisplayRole:
            when = when_words(r, self.today)
            values = (date_text(d.due), when, kind_words(d.kind), dated_text(d.name), answer_words(r))
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return dated_text(d.detail)
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return QBrush(OVERDUE)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None


class ReminderWatch(QObject):
    """Reads the reminders and tells the banner, the list and the notification area."""

    updated = Signal(object)  # list[Reminder], every one reached today (shown or answered)
    came_due = Signal(object)  # list[Reminder] that came due while Desk was shut: said once, when the folder opens

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.today: Callable[[], date] = date.today  # the tests' clock
        self.reminders: list[Reminder] = []
        self.seen: set[str] = set()  # the steps already told through the notification area
        self.reading = False  # a read is on a worker
        self.again = False  # something changed meanwhile: read once more before telling
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.refresh)

    def attach(self, workspace: Workspace) -> None:
        from desk.operations.reminders import Announce, announce
        from desk.ui.changes import changes
        from desk.ui.worker import BackgroundOp

        self.workspace = workspace
        changes().changed.connect(self._changed)
        today = self.today()
        op = BackgroundOp(self.window, lambda _p, _c: announce(workspace, Announce("window", today)))
        op.on_success(lambda told: self.came_due.emit(list(told.reminders))).on_failure(self._failed)
        op.run_in_background()
        self.refresh()
        self.timer.start()

    def detach(self) -> None:
        from desk.ui.changes import changes

        if self.workspace is not None:
            changes().changed.disconnect(self._changed)
        self.workspace = None
        self.timer.stop()

    def _changed(self, _records: frozenset[str]) -> None:
        self.refresh()  # an answered dispute, a refund arrived, a reminder snoozed: the reminders change

    def refresh(self) -> None:
        """Read the reminders again (on a worker), and write the data folder's calendar file."""
        workspace = self.workspace
        if workspace is None:
            return
        if self.reading:  # one read at a time; the newest changes are read right after it
            self.again = True
            return
        from desk.ui.worker import BackgroundOp

        self.reading = True
        today = self.today()
        op = BackgroundOp(self.window, lambda _p, _c: _read(workspace, today))
        op.on_success(self._read_done).on_failure(self._failed).run_in_background()

    def _read_done(self, reminders: list[Reminder]) -> None:
        self.reading = False
        if self.again:  # read before the latest change: not worth telling
            self.again = False
            self.refresh()
            return
        self.reminders = reminders
        self.updated.emit(reminders)
        self._notify(reminders)

    def _failed(self, error: BaseException) -> None:
        # Never a dialog from a background check: the banner says it, and the log keeps the details of a bug.
        import logging

        self.reading = self.again = False
        from desk.errors import Kind, classify

        problem = classify(error)
        if problem.kind is not Kind.USER:
            logging.getLogger(__name__).error("reading the reminders failed", exc_info=error)
        self.updated.emit(None)

    # -- the notification area ------------------------------------------------------------------------------

    def use_tray(self, icon: QIcon, menu: QMenu) -> QSystemTrayIcon | None:
        """Show Desk's icon in the notification area, where the system has one; None where it has not."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setContextMenu(menu)
            self.tray.setToolTip("Desk")
            self.tray.show()
        return self.tray

    def _notify(self, reminders: list[Reminder]) -> None:
        """Tell the steps not told before, through the notification area, while the window is not in sight."""
        fresh = [r for r in reminders if r.showing and r.key not in self.seen]
        self.seen.update(r.key for r in reminders)
        in_sight = self.window.isVisible() and not self.window.isMinimized()
        if not fresh or in_sight or self.tray is None or not QSystemTrayIcon.supportsMessages():
            return
        today = self.today()
        lines = [f"{kind_words(r.deadline.kind)} — {dated_text(r.deadline.name)} ({when_words(r, today)})"
                 for r in fresh]
        title = Reminders.tr("%n reminder(s) came due", "", len(fresh))
        self.tray.showMessage(title, "\n".join(lines[:6]), QSystemTrayIcon.MessageIcon.Information, 15_000)


def _read(workspace: Workspace, today: date) -> list[Reminder]:
    from desk.operations.calendar import WriteCalendar, write_calendar
    from desk.overview.reminders import reminders_for
    from desk.policies import load_policies

    with workspace.read() as session:
        reminders = reminders_for(session, load_policies(session), today)
    try:
        write_calendar(workspace, WriteCalendar(today=today))
    except (DeskError, OSError):  # a calendar file that cannot be written must not hide the reminders
        import logging

        logging.getLogger(__name__).warning("the deadline calendar could not be written", exc_info=True)
    return reminders


class ReminderBanner(QFrame):
    """One line above the pages while reminders are shown: how many, the most urgent, and the way to the list."""

    def __init__(self, watch: ReminderWatch, open_list: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.watch = watch
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(Reminders.tr("Show Reminders"))
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(open_list)
        self.while_shut = ""  # what came due while Desk was shut, said until the list is opened
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        self.setVisible(False)
        watch.updated.connect(self.show_reminders)
        watch.came_due.connect(self._came_due)

    def _came_due(self, reminders: list[Reminder]) -> None:
        if reminders:
            self.while_shut = Reminders.tr("While Desk was closed, %n reminder(s) came due.", "", len(reminders))
            self.show_reminders(self.watch.reminders)

    def show_reminders(self, reminders: list[Reminder] | None) -> None:
        if reminders is None:
            self.text.setText(Reminders.tr("Desk could not read the reminders; the Dashboard lists every deadline."))
            self.setVisible(True)
            return
        shown = [r for r in reminders if r.showing]
        if not shown:
            self.setVisible(bool(self.while_shut))
            self.text.setText(self.while_shut)
            return
        overdue = sum(1 for r in shown if r.overdue)
        first = min(shown, key=lambda r: (not r.overdue, r.deadline.due))
        parts = [self.while_shut] if self.while_shut else []
        if overdue:
            parts.append(Reminders.tr("%n deadline(s) overdue.", "", overdue))
        if len(shown) > overdue:
            parts.append(Reminders.tr("%n reminder(s).", "", len(shown) - overdue))
        parts.append(
            Reminders.tr("First: {0} — {1}, {2}.").format(
                kind_words(first.deadline.kind), dated_text(first.deadline.name), when_words(first, self.watch.today())
            )
        )
        self.text.setText(" ".join(parts))
        self.setProperty("overdue", bool(overdue))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(True)


class RemindersDialog(QDialog):
    """View › Reminders: what is shown today; snooze until a day, dismiss (until the next step), or open the case."""

    case_wanted = Signal(str)

    def __init__(self, watch: ReminderWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Reminders.tr("Reminders"))
        self.watch = watch
        self.model = ReminderModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(lambda _index: self.open_case())
        self.answered = QCheckBox(Reminders.tr("Show snoozed and dismissed ones too"))
        self.answered.toggled.connect(lambda _on: self.show_reminders(self.watch.reminders))
        self.empty = QLabel(Reminders.tr("No reminders today."))
        self.empty.setObjectName("countLabel")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("countLabel")

        self.open_button = QPushButton(Reminders.tr("Open Case"))
        self.open_button.clicked.connect(self.open_case)
        self.snooze_button = QPushButton(Reminders.tr("Snooze"))
        self.snooze_menu = QMenu(self.snooze_button)
        choices = (
            (Reminders.tr("Until Tomorrow"), 1), (Reminders.tr("For 3 Days"), 3), (Reminders.tr("For a Week"), 7)
        )
        for label, days in choices:
            action = QAction(label, self.snooze_menu)
            action.triggered.connect(lambda _checked=False, n=days: self.snooze(self.watch.today() + timedelta(n)))
            self.snooze_menu.addAction(action)
        pick = QAction(Reminders.tr("Until a Day…"), self.snooze_menu)
        pick.triggered.connect(self.snooze_until_chosen)
        self.snooze_menu.addAction(pick)
        self.snooze_button.setMenu(self.snooze_menu)
        runs(self.snooze_button, "reminders.snooze_reminder")
        self.dismiss_button = QPushButton(Reminders.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        runs(self.dismiss_button, "reminders.dismiss_reminder")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.answered)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.resize(900, 420)
        watch.updated.connect(self.show_reminders)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.show_reminders(watch.reminders)

    def show_reminders(self, reminders: list[Reminder] | None) -> None:
        kept = self.current().key if self.current() is not None else None  # type: ignore[union-attr]
        rows = [r for r in reminders or [] if r.showing or self.answered.isChecked()]
        self.model.set_reminders(rows, self.watch.today())
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        again = next((n for n, r in enumerate(rows) if r.key == kept), 0 if rows else None)
        if again is not None:
            self.table.selectRow(again)
        self._update_buttons()

    def current(self) -> Reminder | None:
        index = self.table.currentIndex()
        return self.model.reminder_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        reminder = self.current()
        answerable = reminder is not None and not reminder.overdue
        for button in (self.snooze_button, self.dismiss_button):
            button.setEnabled(answerable)
        self.open_button.setEnabled(reminder is not None)
        self.note.setText(
            Reminders.tr("An overdue deadline stays here until its case moves past it. If the platform gave more time, "
                "change the deadline's date on its case.")
            if reminder is not None and reminder.overdue
            else ""
        )

    def open_case(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.case_wanted.emit(reminder.deadline.case)

    def snooze_until_chosen(self) -> None:
        reminder = self.current()
        if reminder is None:
            return
        from desk.ui.date_field import date_edit, to_date

        ask = QDialog(self)
        ask.setWindowTitle(Reminders.tr("Snooze Until"))
        field = date_edit(max(self.watch.today() + timedelta(days=1), reminder.deadline.due - timedelta(days=1)), ask)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(ask.accept)
        buttons.rejected.connect(ask.reject)
        layout = QVBoxLayout(ask)
        layout.addWidget(QLabel(Reminders.tr("Show this reminder again on:")))
        layout.addWidget(field)
        layout.addWidget(buttons)
        if ask.exec() == QDialog.DialogCode.Accepted:
            self.snooze(to_date(field.date()))

    def snooze(self, until: date) -> None:
        from desk.operations.reminders import SnoozeReminder, snooze_reminder

        reminder = self.current()
        if reminder is not None:
            self._answer(lambda ws: snooze_reminder(ws, SnoozeReminder(reminder.key, until, self.watch.today())))

    def dismiss(self) -> None:
        from desk.operations.reminders import DismissReminder, dismiss_reminder

        reminder = self.current()
        if reminder is not None:
            self._answer(lambda ws: dismiss_reminder(ws, DismissReminder(reminder.key, self.watch.today())))

    def _answer(self, run: Callable[[Workspace], object]) -> None:
        from desk.operations import Result
        from desk.ui.changes import announce
        from desk.ui.errors import show_error

        workspace = self.watch.workspace
        if workspace is None:
            return
        try:
            result = run(workspace)
        except DeskError as error:
            show_error(self, error)
            return
        assert isinstance(result, Result)
        announce(result)  # the watch reads the reminders again, and this list follows it
