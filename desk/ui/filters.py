"""A compact bar of a list's filters (`ListSpec.filters`): a combo box per choice, a check box that enables two date
fields per date range, a check box per flag. It only collects values; the list's SQL applies them (desk.lists.listing).

The bar lives as long as its page, so what the user chose stays while the application runs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QToolButton,
    QWidget,
)

from desk.lists.listing import Filter, FilterKind
from desk.ui.date_field import date_edit
from desk.ui.table_model import SessionFactory


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto another line when the page is too narrow for all of them (Qt's "Flow
    Layout" example): the bar never makes the window wider, whatever the language or font."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(len(self._items) - 1, 0)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (when `move`) line by line, each centred in its line's height; return the height."""
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = rect.x()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = rect.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = rect.x()
            for item, hint in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(y - self._spacing - rect.y(), 0)


class DateRange(QWidget):
    """`[✓] Placed 8/25/2026 – 11/23/2026` (the locale's short form, as in every dialog's date field): the check
    box turns the range on; both ends are included."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(title)
        today = date.today()
        self.start = self._date_edit(today - timedelta(days=90))
        self.end = self._date_edit(today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        self.check.toggled.connect(self._toggled)
        self._toggled(False)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = date_edit(day)
        edit.dateChanged.connect(self._date_changed)
        return edit

    def _toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def _date_changed(self, _day: QDate) -> None:
        if self.check.isChecked():
            self.changed.emit()

    def value(self) -> tuple[date | None, date | None] | None:
        if not self.check.isChecked():
            return None
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        return (end, start) if end < start else (start, end)  # a range typed backwards means the same days

    def set_value(self, value: tuple[date | None, date | None] | None) -> None:
        with QSignalBlocker(self.check), QSignalBlocker(self.start), QSignalBlocker(self.end):
            self.check.setChecked(value is not None)
            if value is not None:
                start, end = value
                if start is not None:
                    self.start.setDate(_qdate(start))
                if end is not None:
                    self.end.setDate(_qdate(end))
        self.start.setEnabled(value is not None)
        self.end.setEnabled(value is not None)


class FilterBar(QWidget):
    """The filters of one list. `changed` is emitted (a moment after the last edit) when the values change."""

    changed = Signal()

    def __init__(self, filters: tuple[Filter, ...], sessions: SessionFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.filters = filters
        self._sessions = sessions
        self.combos: dict[str, QComboBox] = {}
        # A combo's values stay here, by position (item 0 is "All"): Qt would turn a str enum into a plain str.
        self.choices: dict[str, list[Any]] = {}
        self.ranges: dict[str, DateRange] = {}
        self.flags: dict[str, QCheckBox] = {}
        # Several edits in a row (a date typed digit by digit) read the list once.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(150)
        self._settle.timeout.connect(self.changed)

        layout = FlowLayout(self, spacing=8)
        with sessions() as session:
            for spec in filters:
                if spec.kind is FilterKind.CHOICE:
                    self.combos[spec.key] = combo = self._combo(spec, spec.choices(session) if spec.choices else [])
                    layout.addWidget(combo)
                elif spec.kind is FilterKind.DATE_RANGE:
                    dates = DateRange(QCoreApplication.translate("words", spec.title))
                    dates.setObjectName(f"filter-{spec.key}")
                    dates.changed.connect(self._settle.start)
                    self.ranges[spec.key] = dates
                    layout.addWidget(dates)
                else:
                    check = QCheckBox(QCoreApplication.translate("words", spec.title))
                    check.setObjectName(f"filter-{spec.key}")
                    check.toggled.connect(self._settle.start)
                    self.flags[spec.key] = check
                    layout.addWidget(check)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the filters: show every row again"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.changed.connect(self._update_clear)
        self._update_clear()

    def _combo(self, spec: Filter, options: list[tuple[Any, str]]) -> QComboBox:
        """A combo whose first item is the filter's name ("Supplier": any supplier), with no label beside it, so
        that the bar fits a 1024-pixel window. A long choice is cut short in the box, not in the list that drops
        down."""
        combo = QComboBox()
        combo.setObjectName(f"filter-{spec.key}")
        combo.setToolTip(QCoreApplication.translate("words", spec.title))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        longest = max((len(label) for _value, label in options), default=0)
        combo.setMinimumContentsLength(max(len(combo.toolTip()), min(longest, 10)))
        combo.setMaxVisibleItems(20)
        self._fill(combo, spec, options)
        combo.currentIndexChanged.connect(self._settle.start)
        return combo

    def _fill(self, combo: QComboBox, spec: Filter, options: list[tuple[Any, str]]) -> None:
        combo.addItem(QCoreApplication.translate("words", spec.title))
        for _value, label in options:
            combo.addItem(label)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.choices[spec.key] = [value for value, _label in options]

    def refresh_choices(self) -> None:
        """Read the choices again (a supplier added since), keeping what is chosen; emits nothing."""
        with self._sessions() as session:
            for spec in self.filters:
                combo = self.combos.get(spec.key)
                if combo is None or spec.choices is None:
                    continue
                chosen = self.values().get(spec.key)
                with QSignalBlocker(combo):
                    combo.clear()
                    self._fill(combo, spec, spec.choices(session))
                    options = self.choices[spec.key]
                    combo.setCurrentIndex(options.index(chosen) + 1 if chosen in options else 0)

    def values(self) -> dict[str, Any]:
        """Filter key → value, for every filter that is set."""
        chosen: dict[str, Any] = {}
        for key, combo in self.combos.items():
            if combo.currentIndex() > 0:
                chosen[key] = self.choices[key][combo.currentIndex() - 1]
        for key, dates in self.ranges.items():
            if dates.value() is not None:
                chosen[key] = dates.value()
        for key, check in self.flags.items():
            if check.isChecked():
                chosen[key] = True
        return chosen

    def set_values(self, values: dict[str, Any]) -> None:
        """Show `values` (filters not named are cleared) and emit `changed` at once."""
        for key, combo in self.combos.items():
            with QSignalBlocker(combo):
                value = values.get(key)
                options = self.choices[key]
                combo.setCurrentIndex(options.index(value) + 1 if value in options else 0)
        for key, dates in self.ranges.items():
            dates.set_value(values.get(key))
        for key, check in self.flags.items():
            with QSignalBlocker(check):
                check.setChecked(bool(values.get(key)))
        self._settle.stop()
        self.changed.emit()

    def clear(self) -> None:
        self.set_values({})

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.values()))
