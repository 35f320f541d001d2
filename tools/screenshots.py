"""Screenshots of every page and every dialog of the window, for people to look at (issue 12's verification).

    uv run python tools/screenshots.py [--out docs/screenshots] [--only demo|empty] [--locale en_US]
    uv run python tools/screenshots.py --lang ru|zh_CN|en [--only-shots dashboard,disputes,packet]

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

Dates on the pages are today's (the demo is built around today), so two runs on different days differ there.

With `--lang` the window speaks that language (desk.ui.language, installed before the window is built; money and
dates as in the language's locale unless `--locale` says) and everything goes into `<out>/<lang>/`. With
`--only-shots` only the pictures named are drawn, on the demo, as `<out>/<lang>/<shot>.png` (`en` without `--lang`):
`dashboard`, `disputes` (its first dispute selected) and `packet` (the Disputes page's Claim Packet… on it), with
their own index (issue 15's pictures of the window in each language: `docs/screenshots/<lang>/`).

The walk over the window (`shoot_pages`, `shoot_page_dialogs`, `shoot_menu_dialogs`, `shoot_opened`) gives what it
shows to an `Eye`: `Album` draws it; tests/ui/test_translated_window.py reads its texts instead (at a faster `PACE`).
Menu entries left out are found by their text in whichever language the window speaks."""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no screen needed, nothing flashes
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen's "does not support raise()" and the like

from PIL import Image
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QTableView, QTabWidget, QWidget

if TYPE_CHECKING:
    from desk.ui.list_page import ListPage
    from desk.ui.main_window import MainWindow
    from desk.workspace import Workspace

SIZE = QSize(1280, 800)


@dataclass
class Pace:
    """How the script waits for the window. `step_ms`: how often it looks whether a page or dialog is done;
    `wait_ms`: the longest a page or a dialog may take to show what it reads, and to appear at all."""

    step_ms: int = 50
    wait_ms: int = 3000


PACE = Pace()  # a test walking the window for its texts (tests/ui/test_translated_window.py) looks more often

# Menu entries that open no dialog of ours, as (the code's context, its English text): why each is left out. They are
# found in any language: by their English text or its translation.
SKIPPED_MENU_ENTRIES = {
    ("MainWindow", "Export &List…"): "opens a file chooser (Qt's own) to save the list: not ours to draw",
    ("MainWindow", "Show Data Folder"): "opens the file manager",
    ("MainWindow", "&Quit"): "closes the window",
    ("UndoStack", "Undo"): "undoes the last operation at once, without a dialog",
    ("UndoStack", "Redo"): "redoes it at once, without a dialog",
    ("EditMenu", "Cu&t"): "acts at once in the list or field, no dialog",
    ("EditMenu", "&Copy"): "acts at once in the list or field, no dialog",
    ("EditMenu", "&Paste"): "acts at once in the list or field, no dialog",
    ("EditMenu", "Select &All"): "acts at once in the list or field, no dialog",
    ("EditMenu", "&Find"): "puts the keyboard in the page's filter, no dialog",
    ("ToolsMenu", "Verify &Bundle…"): "opens a file chooser for the bundle first (Qt's own): not ours to draw",
    ("ToolsMenu", "&Letter Templates…"): "copies the templates into the data folder and opens it in the file manager",
}
SKIPPED_MENUS = {("MainWindow", "&View"): "only goes to pages, shown above as page-*.png"}


def plain(text: str) -> str:
    """A menu's or an action's text without its keyboard accelerator: `Export &List…` -> `Export List…`."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def why_skipped(text: str, skipped: dict[tuple[str, str], str]) -> str | None:
    """Why the entry called `text` is left out, in whichever language the window speaks; None if it is not.
    "Undo Add Order" is the Undo entry too: an entry's text may go on after its words."""
    shown = plain(text)
    for (context, source), why in skipped.items():
        for words in {plain(source), plain(QCoreApplication.translate(context, source))}:
            if shown == words or shown.startswith(words + " "):
                return why
    return None


class Eye(Protocol):
    """What the walk over the window does with what it shows: `Album` draws it; a test reads its texts."""

    def page(self, window: QWidget, relative: str, what: str) -> None:
        """The main window, showing a page (`relative`: where its picture goes, `what`: what it shows)."""

    def opened(self, window: QWidget, relative: str, what: str) -> None:
        """A window that an action opened (a dialog, a menu, the help window, a file chooser): closed after."""

    def skip(self, what: str, why: str) -> None:
        """What is not drawn, and why."""


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

    def page(self, window: QWidget, relative: str, what: str) -> None:
        self.save(window, relative, what)

    def opened(self, window: QWidget, relative: str, what: str) -> None:
        if isinstance(window, QFileDialog):
            self.skip(what, "opens a file chooser (Qt's own), not a dialog of ours")
            return
        title = f" (window title: “{window.windowTitle()}”)" if window.windowTitle() else ""
        self.save(window, relative, f"{what}{title}.")
        for name, tabs, index in _other_tabs(window):
            tabs.setCurrentIndex(index)
            settle()
            tab = slug(name) or f"tab-{index + 1}"
            self.save(window, relative.replace(".png", f"-{tab}.png"), f"{what}, its {name} tab.")


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
    """`Mark Withdrawal Done/Refused…` -> `mark-withdrawal-done-refused`; "" for words of other scripts (the
    callers name those files by their place instead)."""
    return re.sub(r"[^a-z0-9]+", "-", plain(text).lower()).strip("-")


# -- waiting without blocking the window --------------------------------------------------------------------------


def pause(ms: int) -> None:
    """Let the window run for `ms` (timers, queued results of background work)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(until: Callable[[], bool] = lambda: True, limit_ms: int | None = None) -> bool:
    """Run the window until `until()` holds and no background work is left, at most `limit_ms` (PACE.wait_ms)."""
    pool = QThreadPool.globalInstance()
    step = PACE.step_ms
    for _ in range(max(1, (limit_ms or PACE.wait_ms) // step)):
        pause(step)
        if until() and pool.activeThreadCount() == 0:
            pause(step)  # what the last background result queued
            return True
    return False


def new_windows(before: set[QWidget]) -> list[QWidget]:
    """The windows shown since `before` (the windows shown then): dialogs, menus, the help window; not tooltips."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w not in before
        and w.isVisible()
        and (isinstance(w, QDialog | QMenu) or (w.isWindow() and w.windowType() == Qt.WindowType.Window))
    ]


def shown_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def shoot_opened(eye: Eye, trigger: Callable[[], object], relative: str, what: str) -> QWidget | None:
    """Trigger what opens a dialog (or a menu), give the window it opens to `eye`, close it unaccepted.

    The dialog may be modal (`exec()`: `trigger` returns only once it is closed) or not (`open()`, `show()`):
    a timer looks for it either way. Returns the window found, None when none opened."""
    before = shown_windows()
    found: list[QWidget] = []
    until = time.monotonic() + PACE.wait_ms / 1000

    def look() -> None:
        opened = new_windows(before)
        if not opened:
            if time.monotonic() < until:
                QTimer.singleShot(PACE.step_ms, look)
            else:
                found.append(QWidget())  # nothing came: stop waiting
            return
        window = opened[-1]
        if not isinstance(window, QFileDialog):
            settle()
        eye.opened(window, relative, what)
        found.append(window)
        close(window)

    QTimer.singleShot(0, look)
    trigger()
    settle(lambda: bool(found), limit_ms=PACE.wait_ms * 3)
    window = found[0] if found else None
    if window is not None and type(window) is QWidget:  # the placeholder: nothing opened
        eye.skip(what, "opened no dialog")
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
    return [(plain(first.tabText(i)), first, i) for i in range(first.count()) if i != first.currentIndex()]


def close(window: QWidget) -> None:
    """Close without accepting: Cancel for a dialog, Escape's way for a menu or a window."""
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


SCHEMES = ("file", "http", "https", "mailto")


def keep_external_programs_shut(app: QApplication) -> Callable[[], None]:
    """From now on a file, folder or link the window opens goes nowhere; returns what undoes that."""
    guard = _NoExternalPrograms(app)
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, guard, "open")  # type: ignore[arg-type]  # bytes are refused

    def undo() -> None:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        guard.deleteLater()

    return undo


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
    shown = window.current_page_name() == name
    page = window.show_page(name)
    if not (shown and page.loaded and not getattr(page, "busy", False)):  # else nothing to wait for
        settle(lambda: page.loaded and not getattr(page, "busy", False))
    if isinstance(page, ListPage) and page.model.rowCount() and page.selected_id() is None:
        page.table.selectRow(0)
        settle()
    return page


def choose_first_detail(page: ListPage) -> None:
    """The first row of the details shown (the Accounts page's actions act on a ledger entry)."""
    details = page.detail_tabs.currentWidget()
    if not isinstance(details, QTableView) or details.model() is None or not details.model().rowCount():
        return
    if [index.row() for index in details.selectionModel().selectedRows()] != [0]:  # else chosen already
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


def shoot_pages(eye: Eye, window: MainWindow, folder: str) -> None:
    from desk.ui.pages import PAGES

    for info in PAGES:
        show_page(window, info.name)
        what = f"{info.title} page, {_folder_words(folder)}.{too_wide(window)}"
        eye.page(window, f"{folder}/page-{info.name}.png", what)


def _folder_words(folder: str) -> str:
    return "on the demo business" if folder == "demo" else "on an empty data folder"


def shoot_page_dialogs(eye: Eye, window: MainWindow) -> None:
    """On the demo: each list page's actions, its context menu and its Delete (void)."""
    from desk.ui.list_page import ListPage
    from desk.ui.pages import PAGES

    for info in PAGES:
        page = show_page(window, info.name)
        if not isinstance(page, ListPage):
            continue
        record = _record_words(page)
        choose_first_detail(page)
        for number, action in enumerate(page.actions(), start=1):
            if not action.text() or action is page.export_action:
                continue
            text = plain(action.text())
            if not action.isEnabled():
                eye.skip(f"{info.title}: {text}", "disabled on the first record of the list")
                continue
            relative = f"demo/dialog-{info.name}-{slug(text) or f'action-{number}'}.png"
            shoot_opened(eye, action.trigger, relative, f"{info.title} › {text} on {record}")
            show_page(window, info.name)  # a dialog's work may have changed the selection
            choose_first_detail(page)
        _shoot_list_habits(eye, page, info.name, info.title, record)


def _record_words(page: ListPage) -> str:
    """Which record the dialogs were opened on, in words for the index."""
    if page.selected_id() is None:
        return "no record (the list is empty)"
    return f"the first row of the {page.spec.title} list"


def _shoot_list_habits(eye: Eye, page: ListPage, name: str, title: str, record: str) -> None:
    habits = page.list_habits[0] if page.list_habits else None
    if habits is None or page.selected_id() is None:
        return
    view = habits.view
    rect = view.visualRect(page.model.index(page.current_row() or 0, 0))
    menu_at = rect.center()
    shoot_opened(eye, lambda: habits.show_menu(menu_at), f"demo/menu-{name}.png", f"{title} list's context menu")
    if habits.voidable:
        shoot_opened(eye, habits.void, f"demo/dialog-{name}-void.png", f"{title}: Delete (Void…) on {record}")


def shoot_menu_dialogs(eye: Eye, window: MainWindow) -> None:
    """The dialogs of the window's menus, on the Disputes page with its first dispute selected."""
    show_page(window, "disputes")
    for number, menu_action in enumerate(window.menuBar().actions(), start=1):
        menu = menu_action.menu()
        title = plain(menu_action.text())
        if not isinstance(menu, QMenu):
            continue
        why = why_skipped(menu_action.text(), SKIPPED_MENUS)
        if why is not None:
            eye.skip(f"{title} menu", why)
            continue
        menu.aboutToShow.emit()  # menus that fill or enable their entries when opened
        for entry, action in enumerate(menu.actions(), start=1):
            _shoot_menu_entry(eye, window, title, slug(title) or f"menu-{number}", action, entry)


def _shoot_menu_entry(eye: Eye, window: MainWindow, menu: str, menu_slug: str, action: QAction, number: int) -> None:
    text = plain(action.text())
    if action.isSeparator() or not text:
        return
    if action.menu() is not None:
        eye.skip(f"{menu} › {text}", "a submenu (its entries act at once, no dialog)")
        return
    why = why_skipped(action.text(), SKIPPED_MENU_ENTRIES)
    if why is not None:
        eye.skip(f"{menu} › {text}", why)
        return
    if not action.isEnabled():
        eye.skip(f"{menu} › {text}", "disabled here")
        return
    relative = f"demo/dialog-{menu_slug}-{slug(text) or f'entry-{number}'}.png"
    shoot_opened(eye, action.trigger, relative, f"{menu} › {text}")
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


def prepare_app(settings_dir: Path, locale: str, language: str = "en") -> QApplication:
    """The application as `desk` makes it, in `language` (desk.ui.language), with money and dates as in `locale`
    and window settings kept in `settings_dir` (never the user's own)."""
    from desk.ui.app import make_application
    from desk.ui.language import install
    from desk.ui.locale_text import use_locale

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # a file chooser we can close
    app = make_application()
    install(app, language)  # before any window is built: every text is made in it
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


# The few pictures of the window in each language (issue 15): `--only-shots`, drawn on the demo.
FEW_SHOTS = {
    "dashboard": "The Dashboard",
    "disputes": "The Disputes page, its first dispute selected",
    "packet": "Disputes › Claim Packet… on the first dispute: the packet dialog",
}


def shoot_few(album: Album, folder: Path, shots: Iterable[str]) -> None:
    """`<shot>.png` for each of `shots` (FEW_SHOTS) in the output folder itself, on the demo at `folder`."""
    from desk.workspace import Workspace

    with Workspace.open(folder, actor="anna") as workspace:
        window = open_window(workspace)
        try:
            for shot in shots:
                if shot == "packet":
                    page = show_page(window, "disputes")
                    packet = QCoreApplication.translate("PageActions", "Claim Packet…")  # its text, in any language
                    action = next((a for a in page.actions() if a.text() == packet), None)
                    if action is None or not action.isEnabled():
                        album.skip(FEW_SHOTS[shot], "the Disputes page offers no Claim Packet… on its first dispute")
                        continue
                    shoot_opened(_FirstOnly(album), action.trigger, f"{shot}.png", FEW_SHOTS[shot])
                else:
                    show_page(window, shot)
                    album.page(window, f"{shot}.png", f"{FEW_SHOTS[shot]}.{too_wide(window)}")
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()
            settle()


@dataclass
class _FirstOnly:
    """The album, drawing a dialog as it first shows (not each of its tabs)."""

    album: Album

    def page(self, window: QWidget, relative: str, what: str) -> None:
        self.album.page(window, relative, what)

    def opened(self, window: QWidget, relative: str, what: str) -> None:
        title = f" (window title: “{window.windowTitle()}”)" if window.windowTitle() else ""
        self.album.save(window, relative, f"{what}{title}.")

    def skip(self, what: str, why: str) -> None:
        self.album.skip(what, why)


EVERYTHING = (
    "Every page and dialog of the window at 1280×800, drawn by `uv run python tools/screenshots.py` "
    "(which rebuilds this folder). `demo/` is the demo business (`desk demo`), `empty/` a fresh data folder. "
    "Dialogs were opened as a person opens them and closed with Cancel."
)


def write_index(album: Album, intro: str = EVERYTHING) -> Path:
    lines = ["# Screenshots", "", intro, "", "| Image | What it shows |", "|---|---|"]
    lines += [f"| [{shot.path}]({shot.path}) | {shot.what} |" for shot in album.shots]
    if album.skipped:
        lines += ["", "## Not drawn", "", "| What | Why |", "|---|---|"]
        lines += [f"| {what} | {why} |" for what, why in album.skipped]
    index = album.out / "README.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


LOCALES = {"en": "en_US", "ru": "ru_RU", "zh_CN": "zh_CN"}  # money and dates as a person of the language writes


def run(
    out: Path,
    which: Iterable[str] = ("demo", "empty"),
    *,
    locale: str | None = None,
    language: str = "en",
    dialogs: bool = True,
    shots: Iterable[str] | None = None,
) -> Album:
    """Draw everything into `out` (its old images of the folders drawn are replaced) and write its index, the window
    in `language`, money and dates as in `locale` (by default the language's). With `shots` (names of FEW_SHOTS):
    only those, on the demo, as `out/<shot>.png`."""
    album = Album(out)
    few = list(shots) if shots is not None else None
    with tempfile.TemporaryDirectory(prefix="desk-screenshots-") as temp:
        app = prepare_app(Path(temp) / "settings", locale or LOCALES.get(language, "en_US"), language)
        let_out = keep_external_programs_shut(app)
        try:
            folders = make_folders(Path(temp), ("demo",) if few is not None else which)
            for name, folder in folders.items():
                if few is not None:
                    shoot_few(album, folder, few)
                    continue
                for old in (out / name).glob("*.png"):
                    old.unlink()
                shoot_folder(album, folder, name, dialogs=dialogs)
        finally:
            let_out()
    if few is not None:
        from desk.ui.language import NAMES

        command = f"uv run python tools/screenshots.py --lang {language} --only-shots {','.join(few)}"
        write_index(
            album,
            f"The window in {NAMES[language]} ({language}) at 1280×800 on the demo business, drawn by "
            f"`{command}`. The dialog was opened as a person opens it and closed with Cancel.",
        )
    elif language != "en":
        write_index(album, EVERYTHING.replace("screenshots.py`", f"screenshots.py --lang {language}`"))
    else:
        write_index(album)
    return album


def _shot_names(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in FEW_SHOTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown shot {', '.join(unknown) or '(none)'}; shots: {', '.join(FEW_SHOTS)} (comma-separated)"
        )
    return names


def main(argv: list[str] | None = None) -> int:
    from desk.ui.language import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="where to write (docs/screenshots)")
    parser.add_argument("--only", choices=("demo", "empty"), help="draw one folder only")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the window in this language, drawn into OUT/LANG/ (default: English, into OUT)",
    )
    parser.add_argument(
        "--only-shots",
        type=_shot_names,
        metavar="SHOTS",
        help=f"draw only these, on the demo, as OUT/LANG/SHOT.png (LANG en by default): any of {','.join(FEW_SHOTS)}",
    )
    parser.add_argument("--locale", help="money and dates as in this locale (default: the language's, en_US)")
    args = parser.parse_args(argv)
    # A language's pictures, and the few shots (English too), in a folder of their own: the full index is not replaced
    out = args.out / (args.lang or "en") if args.lang or args.only_shots else args.out
    album = run(
        out,
        (args.only,) if args.only else ("demo", "empty"),
        locale=args.locale,
        language=args.lang or "en",
        shots=args.only_shots,
    )
    print(f"{len(album.shots)} screenshots in {out}, {len(album.skipped)} left out (see its README.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
