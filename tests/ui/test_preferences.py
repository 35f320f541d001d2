"""Preferences… (issue 12, point 1: `desk setting`, `desk policy list|set|unset`, exchange rates): each tab changes
the data folder through its operation, refuses a bad value in the dialog keeping what was typed, and saves nothing
by accident; the Dashboard's "no rate for …" opens the rates tab with the rate asked for filled in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from factories import dispute, order
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models.fx import ExchangeRate
from desk.money import Money
from desk.operations import Record
from desk.policies import load_policies
from desk.settings import all_settings
from desk.ui.changes import changes
from desk.ui.dashboard import DashboardPage
from desk.ui.locale_text import money_text
from desk.ui.main_window import MainWindow
from desk.ui.preferences import PreferencesDialog
from desk.ui.prefs_rules import OverrideDialog
from desk.ui.reach import operations_of
from desk.workspace import Workspace

TODAY = date(2026, 12, 5)


def _dialog(qtbot: QtBot, workspace: Workspace) -> PreferencesDialog:
    dialog = PreferencesDialog(workspace, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_business_settings_are_saved_only_when_changed_and_a_bad_one_is_named(
    qtbot: QtBot, workspace: Workspace, artifacts: Path
) -> None:
    dialog = _dialog(qtbot, workspace)
    tab = dialog.settings_tab
    assert not tab.save_button.isEnabled()  # nothing typed: nothing to save
    name = tab.fields["business_name"].widget
    qtbot.keyClicks(name, "A&B <Trading> GmbH")
    tab.fields["business_address"].widget.setFocus()
    qtbot.keyClicks(tab.fields["business_address"].widget, "Hauptstr. 1")
    qtbot.keyClick(tab.fields["business_address"].widget, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.fields["business_address"].widget, "10115 Berlin")
    currency = tab.fields["home_currency"].widget
    currency.selectAll()
    qtbot.keyClicks(currency, "XX")
    assert tab.save_button.isEnabled()
    heard: list[frozenset[Record]] = []
    changes().changed.connect(heard.append)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.status.text().startswith("Home currency: 'XX' is not a currency in use")
    assert "home_currency" not in tab.status.text()
    assert name.text() == "A&B <Trading> GmbH"  # what was typed stays
    with workspace.read() as s:
        assert all_settings(s)["business_name"] == ""  # nothing saved: one value was wrong
    currency.selectAll()
    qtbot.keyClicks(currency, "usd")
    dialog.grab().save(str(artifacts / "preferences-business.png"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with workspace.read() as s:
        stored = all_settings(s)
    assert stored["business_name"] == "A&B <Trading> GmbH"
    assert stored["business_address"] == "Hauptstr. 1\n10115 Berlin"
    assert stored["home_currency"] == "USD"
    assert heard and all(h == frozenset({Record.SETTING}) for h in heard)
    assert currency.text() == "USD" and not tab.save_button.isEnabled()
    assert tab.status.text().startswith("Saved: ")


def test_a_rule_is_overridden_from_a_date_and_the_override_removed(
    qtbot: QtBot, workspace: Workspace, artifacts: Path, monkeypatch: object
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.show_tab("rules")
    tab = dialog.rules_tab
    tab.show_platform("aliexpress")
    names = [tab.rules.topLevelItem(i).text(0) for i in range(tab.rules.topLevelItemCount())]
    row = names.index("The seller's time to answer a dispute")
    texts = [tab.rules.topLevelItem(row).text(c) for c in range(5)]
    assert texts[1] == "The seller has 5 days to answer a dispute"
    assert '"How to properly return money to Aliexpress"' in texts[4] and ".txt" not in texts[4]
    for i in range(tab.rules.topLevelItemCount()):
        tip = tab.rules.topLevelItem(i).toolTip(0)
        assert "seed" not in tip and ".txt" not in tip and "_" not in tip, tip
    assert names == sorted(names)
    assert not tab.override_button.isEnabled()  # no rule chosen
    tab.rules.setCurrentItem(tab.rules.topLevelItem(row))
    assert tab.override_button.isEnabled() and not tab.remove_button.isEnabled()
    dialog.grab().save(str(artifacts / "preferences-rules.png"))

    def override(over: OverrideDialog) -> None:
        assert not over.ok.isEnabled()  # the placeholder is no value
        qtbot.keyClick(over.value, Qt.Key.Key_Return)
        assert over.isVisible() and over.result_rule is None  # Enter alone overrides nothing
        qtbot.keyClicks(over.value, "7")
        over.effective.setDate(date(2026, 11, 1))
        qtbot.keyClicks(over.source, "AliExpress help centre, November")
        over.grab().save(str(artifacts / "preferences-override.png"))
        qtbot.keyClick(over.value, Qt.Key.Key_Return)

    _when_shown(qtbot, OverrideDialog, override)
    assert tab.override_selected()
    with workspace.read() as s:
        rule = load_policies(s).rule("aliexpress", "seller_response", TODAY)
    assert (rule.overridden, rule.value, rule.effective) == (True, 7, date(2026, 11, 1))
    row = next(i for i in range(tab.rules.topLevelItemCount()) if "your override" in tab.rules.topLevelItem(i).text(3))
    tab.rules.setCurrentItem(tab.rules.topLevelItem(row))
    assert tab.remove_button.isEnabled()
    _when_shown(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert tab.remove_selected()
    with workspace.read() as s:
        assert not load_policies(s).rule("aliexpress", "seller_response", TODAY).overridden
    tab.show_platform("agent")
    assert tab.rules.topLevelItemCount() and "cannot be overridden" in tab.heading.text()


def test_a_rate_is_added_and_a_csv_imported_all_or_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.show_tab("rates")
    tab = dialog.rates_tab
    assert not tab.add_button.isEnabled()
    qtbot.keyClicks(tab.base, "usd")
    qtbot.keyClicks(tab.quote, "cny")
    assert not tab.add_button.isEnabled()  # no rate typed
    qtbot.keyClicks(tab.rate, "7,165")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "1 USD = 7.165 CNY on Dec 5, 2026."  # the user's locale's date (en_US here)
    assert tab.model.rowCount() == 1 and tab.rate.text() == ""

    bad = tmp_path / "rates.csv"
    bad.write_text("date,base,quote,rate\n2026-12-01,EUR,USD,1.05\n2026-12-02,EUR,USD,lots\n", encoding="utf-8")
    assert not tab.import_file(bad)
    assert tab.status.text().startswith("rates.csv: nothing was imported.")
    assert [tab.problems.item(i).text() for i in range(tab.problems.count())] == [
        "row 3, column rate: 'lots' is not a number"
    ]
    assert tab.model.rowCount() == 1
    dialog.grab().save(str(artifacts / "preferences-rates-refused.png"))
    bad.write_text("date,base,quote,rate\n2026-12-01,EUR,USD,1.05\n2026-12-02,EUR,USD,1.06\n", encoding="utf-8")
    assert tab.import_file(bad)
    assert tab.status.text() == "Imported 2 exchange rates from rates.csv." and tab.model.rowCount() == 3
    assert tab.problems.isHidden()
    with workspace.read() as s:
        assert [r.rate for r in s.scalars(select(ExchangeRate).where(ExchangeRate.base == "EUR"))] == [
            Decimal("1.05"),
            Decimal("1.06"),
        ]
    dialog.grab().save(str(artifacts / "preferences-rates.png"))


def test_the_window_has_preferences_and_the_dashboard_asks_for_a_missing_rate(
    qtbot: QtBot, workspace: Workspace, artifacts: Path
) -> None:
    with workspace.write() as s:  # a fresh folder (home currency EUR, no rates) with one dispute in USD
        bought = order(s, currency="USD", lines=(("Phone case", 1, 500),))
        dispute(s, bought.lines[0], claimed_minor=500)
    window = MainWindow(workspace.root, remember=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.page_loaded, timeout=30_000):
        window.attach(workspace)
    menu = window.tools_menu
    assert menu.preferences.isEnabled() and menu.preferences.menuRole() == QAction.MenuRole.PreferencesRole
    assert not menu.preferences.shortcut().isEmpty()
    assert "settings.override_policy" in operations_of(menu.preferences)
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    detail = dashboard.tiles["in_flight"].detail
    assert detail.text().startswith("no rate for 5.00\xa0USD: <a href=")  # a money amount never breaks
    window.grab().save(str(artifacts / "dashboard-no-rate.png"))
    href = detail.text().split('href="', 1)[1].split('"', 1)[0]
    detail.linkActivated.emit(href)  # what a click on the link does
    dialog = window.findChild(PreferencesDialog)
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.rates_tab
    rates = dialog.rates_tab
    assert (rates.base.text(), rates.quote.text(), rates.day.date().toPython()) == ("USD", "EUR", date.today())
    assert rates.rate.text() == "" and not rates.add_button.isEnabled()  # the rate is the user's to type
    qtbot.keyClicks(rates.rate, "0.92")
    qtbot.mouseClick(rates.add_button, Qt.MouseButton.LeftButton)
    dialog.close()
    qtbot.waitUntil(lambda: not dashboard.busy and "no rate" not in detail.text(), timeout=30_000)
    assert dashboard.tiles["in_flight"].value.text() == money_text(Money(460, "EUR"))


def _when_shown(qtbot: QtBot, kind: type, act: object) -> None:
    """Run `act` on the next modal window of `kind` once it is shown (exec() blocks the test otherwise)."""
    assert callable(act)

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        qtbot_timer()

    def qtbot_timer() -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(20, check)

    qtbot_timer()
