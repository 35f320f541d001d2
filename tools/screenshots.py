"""Screenshots of every page and every dialog of the window, for people to look at (issue 12's verification).

    uv run python tools/screenshots.py [--out docs/screenshots] [--only demo|empty] [--locale en_US]

It builds two data folders in a temporary directory, the demo business (`desk demo`, around today) and an empty
one, opens the main window on each at 1280×800 (Qt offscreen: nothing shows on a screen) and saves:

- `<folder>/page-<page>.png`: every page, with its first record selected where the page shows details;
- on the demo, `demo/dialog-<page>-<action>.png`: every dialog a page's actions (its buttons, also offered by its
  list's context menu) open, on the first record of the list; `demo/menu-<page>.png`: the list's context menu;
  `demo/dialog-<page>-void.png`: what Delete asks on a list that can void; and `demo/dialog-<menu>-<action>.png`:
  the dialogs of the window's menus, Preferences tab by tab.

Dialogs are opened as a person opens them (the action is triggered) and never accepted: a timer finds the new
window, draws it and closes it with Cancel (reject). What would leave the window (a file chooser, the file
manager, a browser) or change the data without a dialog (Undo, Quit) is skipped and listed in the index.
The run ends by writing `README.md` in the output folder: each image and what it shows.

Dates on the pages are today's (the demo is built around today), so two runs on different days differ there."""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no screen needed, nothing flashes
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen's "does not support raise()" and the like

from PIL import Image
from PySide6.QtCore import QBuffer, QEventLoop, QObject, QSettings, QSize, Qt, QThreadPool, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QTableView, QTabWidget, QWidget

if TYPE_CHECKING:
    from desk.ui.list_page import ListPage
    from desk.ui.main_window import MainWindow
    from desk.workspace import Workspace

SIZE = QSize(1280, 800)
WAIT_MS = 3000  # the longest a page or a dialog may take to show what it reads

# Menu entries that open no dialog of ours: why each is left out.
SKIPPED_MENU_ENTRIES = {
    "Export List…": "opens a file chooser (Qt's own) to save the list: not ours to draw",
    "Show Data Folder": "opens the file manager",
    "Quit": "closes the window",
    "Undo": "undoes the last operation at once, without a dialog",
    "Redo": "redoes it at once, without a dialog",
    "Refresh": "reads the page again, no dialog",
    "Verify Bundle…": "opens a file chooser for the bundle first (Qt's own): not ours to draw",
    "Letter Templates…": "copies the templates into the data folder and opens it in the file manager",
}
SKIPPED_MENUS = {"View": "only goes to pages, shown above as page-*.png"}


@dataclass
class Shot:
    path: str  # relative to the output folder
    what: str


@dataclass
class Album:
    """What one run drew, and what it left out and why."""

    out: Path
    shots: list[Shot] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def save(self, widget: QWidget, relative: str, what: str) -> Path:
        target = self.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(small_png(widget))
        self.shots.append(Shot(relative, what))
        return target

    def skip(self, what: str, why: str) -> None:
        self.skipped.append((what, why))


def small_png(widget: QWidget) -> bytes:
    """The widget as drawn, as a PNG of at most 256 colours (a window's flat colours lose nothing that shows)."""
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, "PNG", optimize=True
    )
    return out.getvalue()


def slug(text: str) -> str:
    """`Mark Withdrawal Done/Refused…` -> `mark-withdrawal-done-refused`."""
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-")


# -- waiting without blocking the window --------------------------------------------------------------------------


def pause(ms: int) -> None:
    """Let the window run for `ms` (timers, queued results of background work)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(until: Callable[[], bool] = lambda: True, limit_ms: int = WAIT_MS) -> bool:
    """Run the window until `until()` holds and no background work is left, at most `limit_ms`."""
    pool = QThreadPool.globalInstance()
    for _ in range(limit_ms // 50):
        pause(50)
        if until() and pool.activeThreadCount() == 0:
            pause(50)  # what the last background result queued
            return True
    return False


def new_windows(before: set[QWidget]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w not in before and w.isVisible() and isinstance(w, QDialog | QMenu)
    ]


def shoot_opened(album: Album, trigger: Callable[[], object], relative: str, what: str) -> QWidget | None:
    """Trigger what opens a dialog (or a menu), draw the window it opens, close it unaccepted.

    The dialog may be modal (`exec()`: `trigger` returns only once it is closed) or not (`open()`, `show()`):
    a timer looks for it either way. Returns the window found, None when none opened."""
    before = set(QApplication.topLevelWidgets())
    found: list[QWidget] = []
    tries = [WAIT_MS // 50]

    def look() -> None:
        opened = new_windows(before)
        if not opened:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(50, look)
            else:
                found.append(QWidget())  # nothing came: stop waiting
            return
        window = opened[-1]
        if isinstance(window, QFileDialog):
            album.skip(what, "opens a file chooser (Qt's own), not a dialog of ours")
        else:
            settle()
            title = f" (window title: “{window.windowTitle()}”)" if window.windowTitle() else ""
            album.save(window, relative, f"{what}{title}.")
            for name, tabs, index in _other_tabs(window):
                tabs.setCurrentIndex(index)
                settle()
                album.save(window, relative.replace(".png", f"-{slug(name)}.png"), f"{what}, its {name} tab.")
        found.append(window)
        close(window)

    QTimer.singleShot(0, look)
    trigger()
    settle(lambda: bool(found), limit_ms=WAIT_MS * 3)
    window = found[0] if found else None
    if window is not None and type(window) is QWidget:  # the placeholder: nothing opened
        album.skip(what, "opened no dialog")
        return None
    return window


def _other_tabs(window: QWidget) -> Iterable[tuple[str, QTabWidget, int]]:
    """Every tab but the shown one of a dialog's own tab widget (Preferences), to draw each."""
    if not isinstance(window, QDialog):
        return []
    tabs = [t for t in window.findChildren(QTabWidget) if t.window() is window and t.isVisible()]
    if not tabs:
        return []
    first = tabs[0]
    return [(first.tabText(i).replace("&", ""), first, i) for i in range(first.count()) if i != first.currentIndex()]


def close(window: QWidget) -> None:
    """Close without accepting: Cancel for a dialog, Escape's way for a menu."""
    if isinstance(window, QDialog):
        window.reject()
        if window.isVisible():  # a dialog busy with work may refuse reject: it is a screenshot run, close it
            window.done(QDialog.DialogCode.Rejected)
    else:
        window.close()


class _NoExternalPrograms(QObject):
    """Takes the place of the file manager and the browser while the script runs."""

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        pass


# -- the window on a folder ------------------------------------------------------------------------------------


def open_window(workspace: Workspace) -> MainWindow:
    from desk.ui.main_window import MainWindow

    window = MainWindow(workspace.root, remember=False)
    window.resize(SIZE)
    window.show()
    loaded: list[str] = []
    window.page_loaded.connect(loaded.append)
    window.attach(workspace)
    settle(lambda: bool(loaded))
    return window


def show_page(window: MainWindow, name: str) -> QWidget:
    """The page, shown with its rows, its first record selected where it shows details of one."""
    from desk.ui.list_page import ListPage

    window.resize(SIZE)  # back to 1280 wide, if a page before needed more
    page = window.show_page(name)
    settle(lambda: page.loaded and not getattr(page, "busy", False))
    if isinstance(page, ListPage) and page.model.rowCount() and page.selected_id() is None:
        page.table.selectRow(0)
        settle()
    return page


def choose_first_detail(page: ListPage) -> None:
    """The first row of the details shown (the Accounts page's actions act on a ledger entry)."""
    details = page.detail_tabs.currentWidget()
    if isinstance(details, QTableView) and details.model() is not None and details.model().rowCount():
        details.selectRow(0)
        settle()


def too_wide(window: QWidget) -> str:
    """What the index says when a page or dialog would not fit the screen size asked for."""
    if window.width() > SIZE.width():
        return (
            f" **Drawn {window.width()} px wide, not {SIZE.width()}: a page built so far (the Accounts page's row of"
            " buttons) keeps the window from being narrower.**"
        )
    return ""


def shoot_pages(album: Album, window: MainWindow, folder: str) -> None:
    from desk.ui.pages import PAGES

    for info in PAGES:
        show_page(window, info.name)
        what = f"{info.title} page, {_folder_words(folder)}.{too_wide(window)}"
        album.save(window, f"{folder}/page-{info.name}.png", what)


def _folder_words(folder: str) -> str:
    return "on the demo business" if folder == "demo" else "on an empty data folder"


def shoot_page_dialogs(album: Album, window: MainWindow) -> None:
    """On the demo: each list page's actions, its context menu and its Delete (void)."""
    from desk.ui.list_page import ListPage
    from desk.ui.pages import PAGES

    for info in PAGES:
        page = show_page(window, info.name)
        if not isinstance(page, ListPage):
            continue
        record = _record_words(page)
        choose_first_detail(page)
        for action in page.actions():
            if not action.text() or action is page.export_action:
                continue
            text = action.text().replace("&", "")
            if not action.isEnabled():
                album.skip(f"{info.title}: {text}", "disabled on the first record of the list")
                continue
            relative = f"demo/dialog-{info.name}-{slug(text)}.png"
            shoot_opened(album, action.trigger, relative, f"{info.title} › {text} on {record}")
            show_page(window, info.name)  # a dialog's work may have changed the selection
            choose_first_detail(page)
        _shoot_list_habits(album, page, info.name, info.title, record)


def _record_words(page: ListPage) -> str:
    """Which record the dialogs were opened on, in words for the index."""
    if page.selected_id() is None:
        return "no record (the list is empty)"
    return f"the first row of the {page.spec.title} list"


def _shoot_list_habits(album: Album, page: ListPage, name: str, title: str, record: str) -> None:
    habits = page.list_habits[0] if page.list_habits else None
    if habits is None or page.selected_id() is None:
        return
    view = habits.view
    rect = view.visualRect(page.model.index(page.current_row() or 0, 0))
    menu_at = rect.center()
    shoot_opened(album, lambda: habits.show_menu(menu_at), f"demo/menu-{name}.png", f"{title} list's context menu")
    if habits.voidable:
        shoot_opened(album, habits.void, f"demo/dialog-{name}-void.png", f"{title}: Delete (Void…) on {record}")


def shoot_menu_dialogs(album: Album, window: MainWindow) -> None:
    """The dialogs of the window's menus, on the Disputes page with its first dispute selected."""
    show_page(window, "disputes")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        title = menu_action.text().replace("&", "")
        if not isinstance(menu, QMenu):
            continue
        if title in SKIPPED_MENUS:
            album.skip(f"{title} menu", SKIPPED_MENUS[title])
            continue
        menu.aboutToShow.emit()  # menus that fill or enable their entries when opened
        for action in menu.actions():
            _shoot_menu_entry(album, window, title, action)


def _shoot_menu_entry(album: Album, window: MainWindow, menu: str, action: QAction) -> None:
    text = action.text().replace("&", "")
    if action.isSeparator() or not text:
        return
    if action.menu() is not None:
        album.skip(f"{menu} › {text}", "a submenu (its entries act at once, no dialog)")
        return
    if text in SKIPPED_MENU_ENTRIES:
        album.skip(f"{menu} › {text}", SKIPPED_MENU_ENTRIES[text])
        return
    if not action.isEnabled():
        album.skip(f"{menu} › {text}", "disabled here")
        return
    relative = f"demo/dialog-{slug(menu)}-{slug(text)}.png"
    shoot_opened(album, action.trigger, relative, f"{menu} › {text}")
    show_page(window, "disputes")


# -- the run ------------------------------------------------------------------------------------------------------


def make_folders(root: Path, which: Iterable[str]) -> dict[str, Path]:
    """The data folders to draw: `demo` (filled by `desk demo` around today) and `empty` (migrated, no data)."""
    from desk.demo import fill_demo
    from desk.workspace import Workspace

    folders = {}
    for name in which:
        folder = root / name
        with Workspace.open(folder, actor="demo") as workspace:
            if name == "demo":
                fill_demo(workspace)
        folders[name] = folder
    return folders


def prepare_app(settings_dir: Path, locale: str) -> QApplication:
    """The application as `desk` makes it, with window settings kept in `settings_dir` (never the user's own)."""
    from desk.ui.app import make_application
    from desk.ui.locale_text import use_locale

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # a file chooser we can close
    app = make_application()
    use_locale(locale)
    return app


def shoot_folder(album: Album, folder: Path, name: str, *, dialogs: bool = True) -> None:
    from desk.workspace import Workspace

    with Workspace.open(folder, actor="anna") as workspace:
        window = open_window(workspace)
        try:
            shoot_pages(album, window, name)
            if dialogs and name == "demo":
                shoot_page_dialogs(album, window)
                shoot_menu_dialogs(album, window)
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()
            settle()


def write_index(album: Album) -> Path:
    lines = [
        "# Screenshots",
        "",
        "Every page and dialog of the window at 1280×800, drawn by `uv run python tools/screenshots.py` "
        "(which rebuilds this folder). `demo/` is the demo business (`desk demo`), `empty/` a fresh data folder. "
        "Dialogs were opened as a person opens them and closed with Cancel.",
        "",
        "| Image | What it shows |",
        "|---|---|",
    ]
    lines += [f"| [{shot.path}]({shot.path}) | {shot.what} |" for shot in album.shots]
    if album.skipped:
        lines += ["", "## Not drawn", "", "| What | Why |", "|---|---|"]
        lines += [f"| {what} | {why} |" for what, why in album.skipped]
    index = album.out / "README.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


def run(out: Path, which: Iterable[str] = ("demo", "empty"), *, locale: str = "en_US", dialogs: bool = True) -> Album:
    """Draw everything into `out` (its old images of the folders drawn are replaced) and write its index."""
    album = Album(out)
    with tempfile.TemporaryDirectory(prefix="desk-screenshots-") as temp:
        app = prepare_app(Path(temp) / "settings", locale)
        guard = _NoExternalPrograms(app)
        for scheme in ("file", "http", "https", "mailto"):
            QDesktopServices.setUrlHandler(scheme, guard, "open")  # type: ignore[arg-type]  # bytes are refused
        folders = make_folders(Path(temp), which)
        for name, folder in folders.items():
            for old in (out / name).glob("*.png"):
                old.unlink()
            shoot_folder(album, folder, name, dialogs=dialogs)
        for scheme in ("file", "http", "https", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)
    write_index(album)
    return album


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="where to write (docs/screenshots)")
    parser.add_argument("--only", choices=("demo", "empty"), help="draw one folder only")
    parser.add_argument("--locale", default="en_US", help="money and dates as in this locale (en_US)")
    args = parser.parse_args(argv)
    album = run(args.out, (args.only,) if args.only else ("demo", "empty"), locale=args.locale)
    print(f"{len(album.shots)} screenshots in {args.out}, {len(album.skipped)} left out (see its README.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
