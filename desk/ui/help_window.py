"""The Help menu and its window: Help for This Page (F1), Getting Started and Keyboard Shortcuts, shown in one
non-modal window beside the main window. The window is made once and reused: F1 while it is open shows the guide
of the page shown now. Links between guides, Back and Forward work (QTextBrowser keeps the history); Escape closes.

Guides are files (desk.ui.help_texts); the shortcuts are read from the window's actions when they are shown
(desk.ui.help_shortcuts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desk.ui.help_shortcuts import shortcuts_markdown
from desk.ui.help_texts import FALLBACK, GETTING_STARTED, SHORTCUTS, guide_text, help_folder, title_of

Pages = Callable[[], list[tuple[str, QWidget]]]  # each page's title and widget, built (empty: no data folder yet)


class HelpBrowser(QTextBrowser):
    """Reads `name.md` links as guides: the guide files, or the shortcuts made from the window's actions."""

    def __init__(self, shortcuts: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shortcuts = shortcuts
        self.setOpenExternalLinks(True)  # a web page opens in the browser; guides open here
        self.title = ""  # the first heading of the guide shown
        self.document().setDocumentMargin(12)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name) if isinstance(name, str) else name
        path = Path(url.toLocalFile()) if url.isLocalFile() else None
        if path is None or path.suffix != ".md":
            return super().loadResource(kind, url)
        text = self.shortcuts() if path.stem == SHORTCUTS else guide_text(path.stem)
        if text is None:
            text = self.tr("# Not found\n\nThere is no guide called {0}.").format(path.stem)
        self.title = title_of(text)
        return text


class HelpWindow(QWidget):
    def __init__(self, shortcuts: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.browser = HelpBrowser(shortcuts, self)
        self.browser.sourceChanged.connect(self._shown)
        self.back = QPushButton(self.tr("Back"))
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.forward = QPushButton(self.tr("Forward"))
        self.forward.setEnabled(False)
        self.forward.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        start = QPushButton(self.tr("Getting Started"))
        start.clicked.connect(lambda: self.show_guide(GETTING_STARTED))
        keys = QPushButton(self.tr("Keyboard Shortcuts"))
        keys.clicked.connect(lambda: self.show_guide(SHORTCUTS))
        for button in (self.back, self.forward, start, keys):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the text (it scrolls)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.forward)
        bar.addStretch(1)
        bar.addWidget(start)
        bar.addWidget(keys)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.current = ""
        self.placed = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # the text passes Escape on: it closes the window, as in a dialog
            self.close()
        else:
            super().keyPressEvent(event)

    def show_guide(self, name: str) -> None:
        url = QUrl.fromLocalFile(str(help_folder(FALLBACK) / f"{name}.md"))
        if url == self.browser.source():
            self.browser.reload()  # the shortcuts are read again; the guide stays where it was scrolled
        else:
            self.browser.setSource(url)

    def _shown(self, url: QUrl) -> None:
        self.current = Path(url.toLocalFile()).stem
        self.setWindowTitle(self.tr("Desk Help — {0}").format(self.title()))

    def title(self) -> str:
        return self.browser.title

    def place_beside(self, main: QWidget) -> None:
        """Beside the main window where the screen has room, else over its right edge; as tall as it is."""
        screen = main.screen().availableGeometry()
        frame = main.frameGeometry()
        width = max(min(480, max(360, screen.width() // 3)), self.minimumSizeHint().width())
        height = min(frame.height(), screen.height())
        if frame.right() + width <= screen.right():
            x = frame.right() + 1
        elif frame.left() - width >= screen.left():
            x = frame.left() - width
        else:
            x = screen.right() - width + 1
        self.setGeometry(x, max(screen.top(), frame.top()), width, height)


class Help(QObject):
    """The Help menu's guide actions and the one window they show."""

    def __init__(self, window: QMainWindow, menu: QMenu, current_page: Callable[[], str], pages: Pages) -> None:
        super().__init__(window)
        self.main = window
        self.current_page = current_page
        self.pages = pages
        self.window: HelpWindow | None = None
        self.for_page = QAction(self.tr("Help for This &Page"), window)
        key = QKeySequence(QKeySequence.StandardKey.HelpContents)
        self.for_page.setShortcut(key if not key.isEmpty() else QKeySequence("F1"))
        self.for_page.triggered.connect(self.show_page_guide)
        self.getting_started = QAction(self.tr("&Getting Started"), window)
        self.getting_started.triggered.connect(lambda: self.show(GETTING_STARTED))
        self.shortcuts = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts.triggered.connect(lambda: self.show(SHORTCUTS))
        for action in (self.for_page, self.getting_started, self.shortcuts):
            menu.addAction(action)
        menu.addSeparator()

    def show_page_guide(self) -> HelpWindow:
        return self.show(self.current_page() or "dashboard")

    def show(self, name: str) -> HelpWindow:
        if self.window is None:
            self.window = HelpWindow(lambda: shortcuts_markdown(self.main, self.pages()), self.main)
            self.window.addAction(self.for_page)  # F1 in the help window too: the page shown in the main window
        self.window.show_guide(name)
        if not self.window.placed:
            self.window.place_beside(self.main)
            self.window.placed = True
        if self.window.isVisible() and not self.window.isActiveWindow():  # behind, or minimised: bring it up
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            self.window.raise_()
        self.window.show()
        self.window.activateWindow()
        return self.window
