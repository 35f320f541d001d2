"""tools/screenshots.py runs and writes real pictures: the empty folder's pages and two dialogs of the demo, through
the script's own functions (the whole run takes a minute; this stays quick)."""

from __future__ import annotations

from pathlib import Path

import tool_scripts
from PIL import Image
from pytestqt.qtbot import QtBot

from desk.ui.main_window import MainWindow


def _not_blank(path: Path) -> None:
    image = Image.open(path).convert("L")
    low, high = image.getextrema()
    assert high - low > 100, f"{path.name} is blank"
    assert len(image.getcolors(maxcolors=256 * 256) or range(257)) > 8, f"{path.name} holds almost nothing"


def test_the_empty_folders_pages_are_drawn_with_an_index(tmp_path: Path) -> None:
    screenshots = tool_scripts.tool("screenshots")
    album = screenshots.run(tmp_path / "shots", ("empty",), dialogs=False)
    drawn = sorted(p.name for p in (tmp_path / "shots" / "empty").glob("*.png"))
    assert drawn == sorted(
        f"page-{name}.png"
        for name in (
            "dashboard",
            "orders",
            "disputes",
            "refunds",
            "deposits",
            "accounts",
            "evidence",
            "suppliers",
            "stores",
            "rates",
            "audit",
        )
    )
    for name in drawn:
        _not_blank(tmp_path / "shots" / "empty" / name)
    assert Image.open(tmp_path / "shots" / "empty" / "page-orders.png").size == (1280, 800)
    index = (tmp_path / "shots" / "README.md").read_text(encoding="utf-8")
    assert all(f"(empty/{name})" in index for name in drawn) and len(album.shots) == len(drawn)


def test_a_pages_dialog_and_a_menus_dialog_are_drawn_and_left_unaccepted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    screenshots = tool_scripts.tool("screenshots")
    album = screenshots.Album(tmp_path)
    page = screenshots.show_page(window, "disputes")
    before = page.model.row_at(0)
    event = next(a for a in page.actions() if a.text() == "Record Event…")
    opened = screenshots.shoot_opened(album, event.trigger, "demo/dialog-record-event.png", "Record Event…")
    about = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions() if "About" in a.text())
    screenshots.shoot_opened(album, about.trigger, "demo/dialog-about.png", "About")
    assert opened is not None and not opened.isVisible()
    assert opened.result() == 0  # rejected: nothing was recorded
    for shot in album.shots:
        _not_blank(tmp_path / shot.path)
    assert [s.path for s in album.shots] == ["demo/dialog-record-event.png", "demo/dialog-about.png"]
    page.reload_keeping()
    qtbot.waitUntil(lambda: not page.busy)
    assert page.model.row_at(0) == before
