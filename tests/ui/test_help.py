"""Help (issue 12, point 5): a guide per page shown by F1 in one non-modal window, Getting Started, and Keyboard
Shortcuts read from the actions that exist. The guides say only true things about keys and leak no internal word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPixmap, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.help_texts import GETTING_STARTED, STANDARD, guide_path, help_folder, keys_named, languages, title_of
from desk.ui.help_window import HelpWindow
from desk.ui.language import install
from desk.ui.main_window import MainWindow
from desk.ui.pages import PAGE_NAMES, PAGES
from tests.leaks import leaks

GUIDES = (*PAGE_NAMES, GETTING_STARTED)
# F1 while the help window is open raises it over the main window: the offscreen platform cannot, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)


def press_f1(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def help_window(window: MainWindow) -> HelpWindow:
    shown = window.help.window
    assert shown is not None, "no help window"
    return shown


def help_menu(window: MainWindow) -> QMenu:
    menus = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    assert menus and isinstance(menus[0], QMenu)
    return menus[0]


def trigger(menu: QMenu, text: str) -> None:
    entries = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert entries, f"no {text} in the Help menu: {[a.text() for a in menu.actions()]}"
    entries[0].trigger()


def words(markdown: str) -> int:
    text = re.sub(r"\]\([^)]*\)", "]", markdown)  # a link's target is not read
    return len(re.findall(r"[\w'’…-]+", text))


# -- the guides themselves -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_has_a_guide_of_120_to_300_words_titled_as_the_page(name: str) -> None:
    path = guide_path(name)
    assert path is not None, f"no guide for the {name} page in {help_folder()}"
    text = path.read_text(encoding="utf-8")
    assert title_of(text) == next(p.title for p in PAGES if p.name == name)
    assert 120 <= words(text) <= 300, f"{path.name}: {words(text)} words"


def test_links_between_guides_lead_to_guides() -> None:
    for name in GUIDES:
        path = guide_path(name)
        assert path is not None
        for target in re.findall(r"\]\(([^)]+)\)", path.read_text(encoding="utf-8")):
            assert target == "shortcuts.md" or (help_folder() / target).is_file(), f"{name}: link to {target}"


# -- F1 and the one window ------------------------------------------------------------------------------------------


def test_f1_on_each_page_shows_that_pages_guide_in_one_non_modal_window(qtbot: QtBot, window: MainWindow) -> None:
    first: HelpWindow | None = None
    for info in PAGES:
        window.select_page(info.name)
        press_f1(qtbot, window.stack.currentWidget())
        shown = help_window(window)
        qtbot.waitUntil(shown.isVisible)
        assert shown.current == info.name
        assert shown.title() == info.title
        assert info.title in shown.windowTitle()
        assert f"{info.title}\n" in shown.browser.toPlainText()
        assert not shown.isModal()
        first = first or shown
        assert shown is first, "a second help window was made"
    assert window.isEnabled()  # nothing modal blocks the main window


def test_f1_while_the_help_is_open_shows_the_page_shown_now(qtbot: QtBot, window: MainWindow) -> None:
    window.select_page("orders")
    press_f1(qtbot, window)
    shown = help_window(window)
    assert shown.current == "orders"
    window.select_page("refunds")
    press_f1(qtbot, shown.browser)  # F1 in the help window itself: the main window's page
    assert shown.current == "refunds"
    assert shown.title() == "Refunds"


def test_escape_closes_the_help_window(qtbot: QtBot, window: MainWindow) -> None:
    press_f1(qtbot, window)
    shown = help_window(window)
    qtbot.waitUntil(shown.isVisible)
    qtbot.keyClick(shown.browser, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    press_f1(qtbot, window)  # and F1 opens it again
    assert shown.isVisible()


def _anchor_point(window: HelpWindow, href: str) -> QPoint:
    """Where the link to `href` is drawn in the help window's text (scrolled into view)."""
    browser = window.browser
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_a_link_opens_the_other_guide_and_back_returns(qtbot: QtBot, window: MainWindow) -> None:
    window.select_page("disputes")
    press_f1(qtbot, window)
    shown = help_window(window)
    qtbot.mouseClick(shown.browser.viewport(), Qt.MouseButton.LeftButton, pos=_anchor_point(shown, "refunds.md"))
    assert shown.current == "refunds"
    assert shown.back.isEnabled()
    qtbot.mouseClick(shown.back, Qt.MouseButton.LeftButton)
    assert shown.current == "disputes"


def test_the_help_window_fits_beside_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    press_f1(qtbot, window)
    shown = help_window(window)
    screen = window.screen().availableGeometry()
    narrow = QWidget()  # a main window narrow enough to leave room (the offscreen screen is small)
    qtbot.addWidget(narrow)
    narrow.setGeometry(screen.left(), screen.top(), screen.width() // 4, screen.height() // 2)
    shown.place_beside(narrow)
    beside = shown.geometry()
    assert beside.left() > narrow.frameGeometry().right(), "it hides part of the main window"
    assert screen.contains(beside), "it is off the screen"
    assert beside.height() == min(narrow.frameGeometry().height(), screen.height())

    window.setGeometry(screen)  # no room beside: at the screen's right edge, over the main window
    shown.place_beside(window)
    assert screen.contains(shown.geometry())
    assert shown.height() >= screen.height() // 2


# -- Getting Started and Keyboard Shortcuts --------------------------------------------------------------------------


def test_getting_started_opens_from_the_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    trigger(help_menu(window), "Getting Started")
    shown = help_window(window)
    assert shown.current == GETTING_STARTED
    text = shown.browser.toPlainText()
    order = ["Preferences", "Exchange rates", "Import Orders", "Open Dispute", "Add Evidence", "Claim Packet"]
    order += ["Record Refund", "Export for Lawyer"]
    places = [text.find(step) for step in order]
    assert -1 not in places and places == sorted(places), dict(zip(order, places, strict=True))


def shortcut_texts(window: MainWindow) -> str:
    trigger(help_menu(window), "Keyboard Shortcuts")
    shown = help_window(window)
    assert shown.current == "shortcuts"
    assert shown.title() == "Keyboard Shortcuts"
    return shown.browser.toPlainText()


def native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_keyboard_shortcuts_lists_the_window_and_page_keys(qtbot: QtBot, window: MainWindow) -> None:
    text = shortcut_texts(window)
    for key in ("Ctrl+Z", "Ctrl+I", "Ctrl+Shift+X", "Ctrl+3", "Ctrl+C"):
        assert native(key) in text, key
    for page, action_text, key in (
        ("Orders", "Open Dispute…", "Ctrl+D"),
        ("Disputes", "Claim Packet…", "Ctrl+Shift+P"),
        ("Refunds", "Record Arrival…", "Ctrl+Shift+R"),
        ("Accounts", "Pay Order…", "Ctrl+Shift+Y"),
    ):
        section = text.split(f"{page} page", 1)[1]
        assert re.search(rf"{re.escape(action_text)}\s+{re.escape(native(key))}", section), (page, action_text)


def test_keyboard_shortcuts_follow_a_changed_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    orders = window.show_page("orders")
    action = next(a for a in orders.actions() if a.text() == "Open Dispute…")
    action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.undo_stack.undo_action.setShortcut(QKeySequence("Ctrl+Alt+U"))
    text = shortcut_texts(window)
    assert native("Ctrl+Alt+K") in text
    assert native("Ctrl+Alt+U") in text
    assert native("Ctrl+D") not in text
    assert re.search(rf"Undo\s+{re.escape(native('Ctrl+Alt+U'))}", text)


# -- the guides say only true things --------------------------------------------------------------------------------


def keys_of(widgets: list[QWidget | QMenu]) -> set[str]:
    portable = QKeySequence.SequenceFormat.PortableText
    found = set()
    for widget in widgets:
        for action in widget.actions():
            found |= {key.toString(portable) for key in action.shortcuts() if not key.isEmpty()}
    return found


def window_keys(window: MainWindow) -> set[str]:
    menus: list[QWidget | QMenu] = []
    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            menus.append(top.menu())
    return keys_of(menus)


def page_keys(window: MainWindow, name: str) -> set[str]:
    page = window.show_page(name)
    widgets: list[QWidget | QMenu] = [page]
    table = getattr(page, "table", None)
    if isinstance(table, QTableView):
        widgets.append(table)  # Copy, Void…
    return keys_of(widgets)


def as_portable(key: str) -> str:
    if key in STANDARD:
        return QKeySequence(STANDARD[key]).toString(QKeySequence.SequenceFormat.PortableText)
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def test_every_key_a_guide_names_is_a_real_shortcut_of_its_page_or_the_window(qtbot: QtBot, window: MainWindow) -> None:
    common = window_keys(window)
    every_page = set().union(*(page_keys(window, name) for name in PAGE_NAMES))
    wrong = []
    for name in GUIDES:
        path = guide_path(name)
        assert path is not None
        real = common | (every_page if name == GETTING_STARTED else page_keys(window, name))
        named = keys_named(path.read_text(encoding="utf-8"))
        wrong += [f"{name}: {key}" for key in sorted(named) if as_portable(key) not in real]
        if name in ("orders", "disputes", "refunds"):
            assert named, f"the {name} guide names no key"
    assert not wrong, f"keys no action has: {wrong}"


def test_a_key_no_action_has_is_caught(qtbot: QtBot, window: MainWindow) -> None:
    """The check above can fail: a made-up key is not among the real ones."""
    assert as_portable("Ctrl+Shift+Q") not in window_keys(window) | page_keys(window, "orders")
    assert keys_named("press Ctrl+Shift+Q or F1") == {"Ctrl+Shift+Q", "F1"}


def test_the_guides_and_shortcuts_leak_no_internal_word(qtbot: QtBot, window: MainWindow) -> None:
    found = []
    for name in GUIDES:
        path = guide_path(name)
        assert path is not None
        found += leaks(f"{name} guide file", path.read_text(encoding="utf-8"))
        window.help.show(name)
        found += leaks(f"{name} guide shown", help_window(window).browser.toPlainText())
    found += leaks("keyboard shortcuts", shortcut_texts(window))
    assert not found, "\n".join(map(str, found))


def test_help_beside_the_window_at_1280_by_800(qtbot: QtBot, window: MainWindow, artifacts: Path) -> None:
    """For people to look at: the main window at 1280×800 with the Disputes guide beside it."""
    window.resize(1280, 800)
    window.select_page("disputes")
    qtbot.waitUntil(lambda: window.pages["disputes"].loaded)
    press_f1(qtbot, window)
    shown = help_window(window)
    shown.resize(440, 800)
    main, side = window.grab(), shown.grab()
    picture = QPixmap(main.width() + side.width() + 8, max(main.height(), side.height()))
    picture.fill(QColor("#808080"))
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, main)
    painter.drawPixmap(main.width() + 8, 0, side)
    painter.end()
    assert picture.save(str(artifacts / "help-beside-window.png"))
    assert QUrl.fromLocalFile(str(help_folder() / "disputes.md")) == shown.browser.source()


def test_help_opens_before_a_data_folder_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    """The frame's Help works while the folder opens: the shortcuts of the menus, the guides."""
    frame = MainWindow(tmp_path / "data", remember=False)
    qtbot.addWidget(frame)
    trigger(help_menu(frame), "Keyboard Shortcuts")
    text = help_window(frame).browser.toPlainText()
    assert native("Ctrl+Z") in text
    assert "once a data folder is open" in text
    frame.help.show(GETTING_STARTED)
    assert help_window(frame).title() == "Getting Started"


TRANSLATED = ("ru", "zh_CN")


@pytest.fixture
def in_language(desk_app: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language switched to the test's parameter, and back to English after."""
    language = request.param
    assert install(desk_app, language) == language
    try:
        yield language
    finally:
        install(desk_app, "en")


@pytest.mark.parametrize("in_language", TRANSLATED, indirect=True)
def test_every_guide_is_read_in_the_windows_language_titled_as_its_page_there(in_language: str) -> None:
    for info in [*PAGES, None]:
        name = info.name if info is not None else GETTING_STARTED
        path = guide_path(name)
        assert path == help_folder(in_language) / f"{name}.md", f"{name}: {path}"
        text = path.read_text(encoding="utf-8")
        if info is not None:
            assert title_of(text) == QCoreApplication.translate("Pages", info.title)
        english = (help_folder("en") / f"{name}.md").read_text(encoding="utf-8")
        # the same keys as the English guide (which the test above holds to the window's), the same links
        assert keys_named(text) == keys_named(english), name
        assert re.findall(r"\]\(([^)]+)\)", text) == re.findall(r"\]\(([^)]+)\)", english), name
        assert not leaks(f"{name} guide in {in_language}", text)


def test_a_guide_is_looked_for_in_the_windows_language_then_in_english(desk_app: QApplication) -> None:
    assert languages() == ["en"]
    assert install(desk_app, "ru") == "ru"
    try:
        assert languages() == ["ru", "en"]  # a guide the translation lacks is read in English
        assert guide_path("orders") == help_folder("ru") / "orders.md"
    finally:
        install(desk_app, "en")
    assert guide_path("orders") == help_folder("en") / "orders.md"


def test_a_help_action_is_a_menu_entry(qtbot: QtBot, window: MainWindow) -> None:
    entries = [a.text().replace("&", "") for a in help_menu(window).actions() if isinstance(a, QAction)]
    assert entries[:3] == ["Help for This Page", "Getting Started", "Keyboard Shortcuts"]
    assert "About Desk" in entries
    assert window.help.for_page.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
