"""The window's language (desk.ui.language): the catalogs committed in resources/translations and Qt's own are
installed, so Qt's standard buttons and Desk's own texts read in Russian or Chinese; the system's languages decide
unless the user chose; a switch at run time tells every widget."""

from __future__ import annotations

import tool_scripts
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desk.ui import language
from desk.ui.import_format import FormatChoice

CANCEL = QDialogButtonBox.StandardButton.Cancel


def cancel_text() -> str:
    box = QDialogButtonBox(CANCEL)
    try:
        button = box.button(CANCEL)
        assert button is not None
        return button.text()
    finally:
        box.deleteLater()


def test_russian_translates_qts_buttons_and_our_texts(qtbot: QtBot, desk_app: QApplication) -> None:
    assert language.install(desk_app, "ru") == "ru"
    assert cancel_text() == "Отмена"
    choice = FormatChoice()  # its title is `self.tr` in its class: the context the window looks it up in
    qtbot.addWidget(choice)
    assert choice.title() == "Как в файле записаны даты и числа"

    assert language.install(desk_app, "zh_CN") == "zh_CN"
    assert cancel_text() == "取消"
    assert FormatChoice().title() == "文件中日期和数字的写法"

    assert language.install(desk_app, "en") == "en"  # the others are taken out
    assert cancel_text() == "Cancel"
    assert FormatChoice().title() == "How the file writes dates and numbers"


def test_english_has_its_plural_forms(desk_app: QApplication) -> None:
    language.install(desk_app, "en")
    assert QCoreApplication.translate("EvidencePreview", "%n page(s)", None, 1) == "1 page"
    assert QCoreApplication.translate("EvidencePreview", "%n page(s)", None, 3) == "3 pages"
    # Russian has three forms: 1, 2–4, 5–20
    language.install(desk_app, "ru")
    pages = [QCoreApplication.translate("EvidencePreview", "%n page(s)", None, n) for n in (1, 3, 5, 21)]
    assert pages == ["1 страница", "3 страницы", "5 страниц", "21 страница"]


def test_the_system_decides_unless_the_user_chose() -> None:
    assert language.language_for("system", QLocale("ru_RU")) == "ru"
    assert language.language_for("system", QLocale("zh_CN")) == "zh_CN"
    assert language.language_for("system", QLocale("zh_Hans_SG")) == "zh_CN"
    assert language.language_for("system", QLocale("zh_TW")) == "en"  # Traditional Chinese is not Simplified
    assert language.language_for("system", QLocale("de_DE")) == "en"
    assert language.language_for("system", QLocale("C")) == "en"
    assert language.language_for("ru", QLocale("zh_CN")) == "ru"


def test_the_choice_is_kept_in_the_settings(qtbot: QtBot, desk_app: QApplication) -> None:
    assert language.saved_choice() == "system"
    QSettings().setValue(language.SETTING, "klingon")
    assert language.saved_choice() == "system"  # a value Desk does not know is not trusted

    heard: list[QEvent.Type] = []

    class Listening(QWidget):
        def changeEvent(self, event: QEvent) -> None:
            heard.append(event.type())
            super().changeEvent(event)

    widget = Listening()
    qtbot.addWidget(widget)
    assert language.switch(desk_app, "zh_CN") == "zh_CN"
    assert QSettings().value(language.SETTING) == "zh_CN" and language.saved_choice() == "zh_CN"
    qtbot.waitUntil(lambda: QEvent.Type.LanguageChange in heard)
    assert language.install(desk_app) == "zh_CN" == language.current_language()  # None: the saved choice
    assert cancel_text() == "取消"


def test_every_catalog_of_every_language_loads() -> None:
    assert language.missing_catalogs() == []


def test_the_gate_checks_the_languages_the_window_offers() -> None:
    tool = tool_scripts.tool("translations")
    assert sorted(c.code for c in tool.CATALOGS) == sorted(language.LANGUAGES)
