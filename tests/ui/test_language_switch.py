"""Choosing the window's language in Preferences: the window is built again in it, on the same folder, page and
selected record (issue 15, point 4: "switched without losing the user's place")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.ui.language import current_language, saved_choice
from desk.ui.list_page import ListPage
from desk.ui.open_folder import OpenFolder
from desk.ui.preferences import open_preferences


def test_a_language_chosen_in_preferences_keeps_the_page_and_the_record(qtbot: QtBot, opened: OpenFolder) -> None:
    old = opened.window
    page = old.show_page("disputes")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 1, timeout=30_000)
    second = page.model.row_at(1).id
    page.show_record(second)
    assert old.place() == ("disputes", second)
    assert opened.workspace is not None
    prefs = open_preferences(old, opened.workspace)
    prefs.language.setCurrentIndex(prefs.language.findData("ru"))
    with qtbot.waitSignal(opened.switched, timeout=30_000) as switched:
        prefs.reject()  # Close: the language is taken when Preferences closes
    new = switched.args[0]
    assert new is opened.window and new is not old
    assert (saved_choice(), current_language()) == ("ru", "ru")
    assert new.current_page_name() == "disputes"
    shown = new.pages["disputes"]
    assert isinstance(shown, ListPage)
    qtbot.waitUntil(lambda: shown.selected_id() == second, timeout=30_000)
    assert new.geometry().size() == old.geometry().size()
    assert new.menuBar().actions()[0].text() != "&File"  # the window speaks Russian now
