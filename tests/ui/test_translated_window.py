"""The window in Russian and in Chinese shows no English text left untranslated (issue 15, point 5's gate).

For each language the window is built in it on the demo (in Russian also on an empty data folder, for the pages'
first-use guides); every page is shown with each of its detail tabs, and every dialog that its actions, its list's
menu and Delete, and the window's menus open is opened as a person opens it and closed unaccepted: the walk of
tools/screenshots.py (imported from there, paced faster), here reading instead of drawing. Every text a person sees
is read (window titles, labels, buttons, check boxes, group boxes, tabs, menus and actions, column titles, list,
table and combo box entries, placeholders, tooltips) and compared with the English source texts of the catalog
(resources/translations/desk_ru.ts), whole and line by line or sentence by sentence: one equal to a source (after
"&", "…", ":" and spaces; a source with placeholders matches its filled-in form) is English that should have been
translated, and is named with where it was seen. What the data says (order numbers, names, amounts, notes) is no
source text, so it passes; documents shown as they are (a help guide, an e-mail) are not read."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
import tool_scripts
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.ui.language import install
from desk.workspace import Workspace

ROOT = Path(__file__).parents[2]
CATALOG = ROOT / "resources" / "translations" / "desk_ru.ts"  # its sources: every text of the code, in English
ROWS = 12  # rows of each list, table and tree read: the column titles and the words a list shows of its own

# Texts that are the same in every language: an entry is left out of the gate here, with why.
SAME_IN_EVERY_LANGUAGE = {
    "Desk",  # the application's name
    "Desk — {0}",  # the window's title: the name and the data folder's
    "SKU",  # a shop's stock keeping unit: written so in Russian and Chinese shops too
    "sha256",  # the name of the checksum
    "PDF (*.pdf)",  # a file chooser's filter: the format's name
    "MB",  # megabytes, after a number
}
SENTENCES = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")  # where a text of several lines or sentences is cut
TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # rich text's: "<b>Note</b>" reads "Note"
PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})|\{[^{}]*\}")


@cache
def screenshots() -> ModuleType:
    """tools/screenshots.py, its walk paced for reading (drawing nothing, it need not wait long)."""
    module = tool_scripts.tool("screenshots", copy="reading")
    module.PACE = module.Pace(step_ms=5, wait_ms=3000)  # type: ignore[attr-defined]
    return module


# -- the English of the catalog -----------------------------------------------------------------------------------


def key(text: str) -> str:
    """A text as compared: rich text read as plain, without its accelerator, "…", ":" at its ends or runs of spaces."""
    if TAG.search(text):
        text = TAG.sub(" ", text)
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("…", " ").replace("...", " ")
    return " ".join(text.split()).strip(" :")


WORD = re.compile(r"[A-Za-z]{2,}")
# A source with placeholders is told by a word of its own of four letters or more, not one of these: "{0} and {1}",
# "Row {0}" or "{0} from {1}" say too little to tell English left in the window from a note in the data
LINKS = {"with", "from", "into", "than", "then", "that", "this", "have", "been", "were", "will", "your", "also"}
FEW_WORDS = 2  # what fills a source of one word and one placeholder, at most: "dispute 2 · aliexpress:81…" has one


@dataclass(frozen=True)
class Filled:
    """A source with placeholders, as the window shows it filled in."""

    source: str
    pattern: re.Pattern[str]
    one_word: bool  # "Order {0}": matched only when what fills it is a few words, not a sentence of the data

    def matches(self, shown: str) -> bool:
        match = self.pattern.fullmatch(shown)
        if match is None:
            return False
        return not self.one_word or all(len(WORD.findall(value)) <= FEW_WORDS for value in match.groups())


@dataclass(frozen=True)
class Sources:
    exact: frozenset[str]  # keys of the sources, placeholders and all
    filled: dict[str, list[Filled]]  # the sources with placeholders, by their longest word

    def matching(self, text: str) -> str | None:
        """The source `text` is the English of, if any: the whole text, or one of its lines or sentences (a banner
        says several: "While Desk was closed, 6 reminders came due. 1 deadline overdue.")."""
        pieces = [text]
        if SENTENCES.search(text):  # of several words each: "e.g. Shipped" is an example of the data, cut so
            pieces += [piece for piece in SENTENCES.split(text) if len(WORD.findall(piece)) > 1]
        return next((found for piece in pieces if (found := self._matching(key(piece))) is not None), None)

    def _matching(self, shown: str) -> str | None:
        if shown in SAME_IN_EVERY_LANGUAGE or not WORD.search(shown):
            return None
        if shown in self.exact:
            return shown
        for word in set(WORD.findall(shown)):
            for filled in self.filled.get(word, ()):
                if filled.matches(shown):
                    return filled.source
        return None


@cache
def sources() -> Sources:
    texts = {key(m.findtext("source") or "") for m in ET.parse(CATALOG).getroot().iter("message")}
    texts -= SAME_IN_EVERY_LANGUAGE
    filled: dict[str, list[Filled]] = {}
    for text in sorted(texts):
        parts = PLACEHOLDER.split(text.replace("{{", "{").replace("}}", "}"))
        words = [w for part in parts for w in WORD.findall(part)]
        telling = [w for w in words if len(w) >= 4 and w.lower() not in LINKS]
        if len(parts) > 1 and telling:
            pattern = re.compile("(.+?)".join(re.escape(part) for part in parts), re.DOTALL)
            loose = len(words) == 1 and len(parts) == 2  # "Order {0}"; "Dispute {0} · {1}" tells by its shape too
            filled.setdefault(max(telling, key=len), []).append(Filled(text, pattern, loose))
    return Sources(frozenset(texts), filled)


# -- what a person reads in a window ------------------------------------------------------------------------------


def where_in(widget: QWidget, top: QWidget) -> str:
    """The widget's place in its window: its class, under the named widgets and the classes of Desk around it."""
    names = []
    w: QWidget | None = widget
    while w is not None and w is not top:
        name = w.objectName()
        if w is widget or (name and not name.startswith("qt_")) or not type(w).__name__.startswith("Q"):
            names.append(f"{type(w).__name__}#{name}" if name and not name.startswith("qt_") else type(w).__name__)
        w = w.parentWidget()
    return " › ".join([type(top).__name__, *reversed(names)])


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", getattr(view, "header", None))
    columns = header() if callable(header) else None
    hidden = columns.isSectionHidden if isinstance(columns, QHeaderView) else lambda _column: False
    count = 1 if isinstance(view, QListView) else model.columnCount()  # a list model's columnCount is private
    shown = [c for c in range(count) if not hidden(c)]
    if isinstance(columns, QHeaderView) and columns.isVisible():
        for column in shown:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in shown:
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            first = model.index(row, 0, parent)
            if model.rowCount(first) and not (hasattr(view, "isExpanded") and not view.isExpanded(first)):
                stack.append(first)


def action_texts(actions: list[QAction], seen: set[int]) -> Iterator[str]:
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        yield action.text()
        yield action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from action_texts(menu.actions(), seen)


def widget_texts(w: QWidget) -> Iterator[str]:
    """What a person reads on one shown widget (its children are read on their own)."""
    yield w.toolTip()
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text()
    elif isinstance(w, QLineEdit):
        yield w.placeholderText()
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        yield w.placeholderText()
        if w.isReadOnly() and not isinstance(w, QTextBrowser):  # a browser shows a document: a help guide, a mail
            yield w.toPlainText()
    elif isinstance(w, QComboBox):
        yield w.placeholderText()
        yield from (w.itemText(i) for i in range(w.count()))
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield w.tabText(i)
            yield w.tabToolTip(i)
    elif isinstance(w, QSpinBox | QDoubleSpinBox):
        yield w.prefix()
        yield w.suffix()
    elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):  # a header: its view's titles
        yield from model_texts(w)
    if isinstance(w, QAbstractSpinBox):
        yield w.specialValueText()


def shown_widgets(top: QWidget) -> Iterator[QWidget]:
    """`top` and every widget shown in it (a hidden widget's children are hidden too: not looked into)."""
    yield top
    for child in top.children():
        if isinstance(child, QWidget) and not child.isWindow() and child.isVisible():
            yield from shown_widgets(child)


def window_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text shown in the window `top`, its menus' entries included."""
    yield type(top).__name__ + " (its title)", top.windowTitle()
    seen: set[int] = set()
    for menu in [top, *top.findChildren(QMenu)] if isinstance(top, QMenu) else top.findChildren(QMenu):
        # a menu is read whole, shown or not: its entries are what it shows when opened
        for text in action_texts([*menu.actions(), menu.menuAction()], seen):
            yield where_in(menu, top), text
    for w in shown_widgets(top):
        if isinstance(w, QMenu):
            continue
        place = where_in(w, top)
        for text in widget_texts(w):
            yield place, text
        actions = w.actions() if not isinstance(w, QMenuBar) else [a for a in w.actions() if a.isVisible()]
        for text in action_texts(actions, seen):
            yield place, text


# -- the walk, reading --------------------------------------------------------------------------------------------


@dataclass
class Untranslated:
    where: str
    text: str
    source: str

    def __str__(self) -> str:
        shown = self.text if len(self.text) < 100 else self.text[:99] + "…"
        english = f" (the English “{self.source}”)" if self.source != key(self.text) else ""
        return f"{self.where}: “{shown}”{english}"


@dataclass
class Reader:
    """The walk's eye (tools/screenshots.py `Eye`): reads each page and window it is shown, every tab of it."""

    found: dict[tuple[str, str], Untranslated] = field(default_factory=dict)
    windows: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    matched: dict[str, str | None] = field(default_factory=dict)  # a text read before: the source it is, if any

    def page(self, window: QWidget, relative: str, what: str) -> None:
        self.read(window, what.rstrip("."))

    def opened(self, window: QWidget, relative: str, what: str) -> None:
        self.read(window, what)

    def skip(self, what: str, why: str) -> None:
        self.skipped.append((what, why))

    def read(self, top: QWidget, what: str) -> None:
        self.windows.append(what)
        self.take(top, what)
        for tabs in [t for t in top.findChildren(QTabWidget) if t.isVisible()]:
            shown = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != shown and tabs.isTabEnabled(index) and tabs.isVisible():
                    tabs.setCurrentIndex(index)
                    screenshots().settle()
                    self.take(top, f"{what}, its tab “{tabs.tabText(index)}”")
            tabs.setCurrentIndex(shown)

    def take(self, top: QWidget, what: str) -> None:
        catalog = sources()
        for place, text in window_texts(top):
            if text not in self.matched:
                self.matched[text] = catalog.matching(text) if text else None
            source = self.matched[text]
            if source is not None:
                self.found.setdefault((source, text), Untranslated(f"{what} › {place}", text, source))


def walk(qtbot: QtBot, folders: list[tuple[Workspace, str]]) -> Reader:
    """Every page of each folder (its name: "demo" or "empty") and, on the demo, every dialog the walk of
    tools/screenshots.py opens."""
    walker = screenshots()
    reader = Reader()
    for workspace, folder in folders:
        window = walker.open_window(workspace)
        qtbot.addWidget(window)
        try:
            walker.shoot_pages(reader, window, folder)
            if folder == "demo":
                walker.shoot_page_dialogs(reader, window)
                walker.shoot_menu_dialogs(reader, window)
                # View is left out of the menus walked (it goes to pages): its Reminders… opens a list
                walker.shoot_opened(reader, window.reminders_action.trigger, "", "View › Reminders…")
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()
    return reader


# The empty folder's pages (their first-use guides) are read in Russian only: whether a text goes through the
# translations is the same in every language, and that each catalog has every text is tools/translations.py check's.
@pytest.mark.parametrize(("language", "empty_too"), [("ru", True), ("zh_CN", False)], ids=["ru", "zh_CN"])
def test_the_window_shows_no_english_source_text(
    qtbot: QtBot,
    desk_app: QApplication,
    demo_workspace: Workspace,
    workspace: Workspace,
    language: str,
    empty_too: bool,
) -> None:
    native = not QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # Qt's file chooser: one we close
    let_out = screenshots().keep_external_programs_shut(desk_app)  # no file manager, browser or mail program
    try:
        assert install(desk_app, language) == language
        reader = walk(qtbot, [(workspace, "empty")] * empty_too + [(demo_workspace, "demo")])
    finally:
        install(desk_app, "en")  # the tests after this one read English
        let_out()
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native)
    # The walk reached every page and the dialogs: a walk that found nothing to read proves nothing
    assert len(reader.windows) >= 60, reader.windows
    problems = [f"{what}: expected a dialog, none opened" for what, why in reader.skipped if why == "opened no dialog"]
    problems += map(str, sorted(reader.found.values(), key=lambda u: u.where))
    assert not problems, f"{len(reader.found)} texts in English in the {language} window:\n" + "\n".join(problems)
