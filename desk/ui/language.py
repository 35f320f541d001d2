"""The window's language: English, Russian or Simplified Chinese, as the system says or as the user chose.

    install(app)                 # at start: the choice saved in the settings, else the system's language
    switch(app, "ru")            # from Preferences: saved, and every window hears QEvent.LanguageChange

The choice is kept in QSettings under "language": "system" (the default), "en", "ru" or "zh_CN". "system" follows
the UI languages the system lists, in its order (`QLocale.system().uiLanguages()`: on Linux LANGUAGE, LC_ALL,
LC_MESSAGES and LANG, so `LANG=ru_RU.UTF-8` gives Russian; on Windows and macOS the display language): the first
that Desk speaks wins, English when none does. Traditional Chinese (zh_TW, zh_HK, zh-Hant) is not taken for
Simplified.

A language's translations are two catalogs: Desk's own, `resources/translations/desk_<language>.qm`
(`tools/translations.py` makes them), and Qt's, `qtbase_<language>.qm`, which words the standard buttons (OK, Cancel,
Yes, No, Close) and Qt's own dialogs. Qt's are read from where PySide6 keeps them (`QLibraryInfo`'s translations
folder; the build keeps the two Desk needs, packaging/desk.spec), or from resources/translations if put there.
English has a catalog of Desk's own too: the plurals ("%n file(s)" → "1 file", "2 files")."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desk.language import use
from desk.paths import resource

SETTING = "language"
SYSTEM = "system"
LANGUAGES = ("en", "ru", "zh_CN")  # what Desk is translated into; desk_<language>.qm each
CHOICES = (SYSTEM, *LANGUAGES)
NAMES = {SYSTEM: "", "en": "English", "ru": "Русский", "zh_CN": "简体中文"}  # each in its own words
QT_CATALOG = "qtbase"

_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive here: Qt holds only a pointer
_files: tuple[Path, ...] = ()  # what they were loaded from
_language = "en"


def saved_choice() -> str:
    """The choice kept in the settings; "system" when there is none or it is not one Desk knows."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def save_choice(choice: str) -> None:
    QSettings().setValue(SETTING, _checked(choice))


def language_for(choice: str, system: QLocale | None = None) -> str:
    """The language `choice` means: itself, or for "system" the first of the system's UI languages Desk speaks."""
    if _checked(choice) != SYSTEM:
        return choice
    locale = system if system is not None else QLocale.system()
    chinese_script: QLocale.Script | None = None  # the most specific Chinese tag's: "zh-Hant-TW" before a bare "zh"
    for tag in locale.uiLanguages() or [locale.name()]:
        found = QLocale(tag)
        if found.language() == QLocale.Language.Russian:
            return "ru"
        if found.language() == QLocale.Language.Chinese:
            chinese_script = chinese_script or found.script()
            if chinese_script != QLocale.Script.TraditionalHanScript:
                return "zh_CN"
        if found.language() == QLocale.Language.English:
            return "en"
    return "en"


def current_language() -> str:
    """The language installed last ("en" before any)."""
    return _language


def catalog_files(language: str) -> tuple[Path, ...]:
    """The catalogs of `language`, Qt's first: Desk's own, installed after, is looked in first."""
    ours = resource("translations", f"desk_{language}.qm")
    if language == "en":
        return (ours,)  # Qt's own words are English already
    return (_qt_catalog(language), ours)


def _qt_catalog(language: str) -> Path:
    """Qt's catalog: where Qt says its translations are, else in PySide6's folder as its wheels (Qt/translations;
    on Windows translations) and a frozen build (the same, under the app's folder) have them."""
    import PySide6

    name = f"{QT_CATALOG}_{language}.qm"
    package = Path(PySide6.__file__).parent
    folders = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
        resource("translations"),
    )
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    return folders[0] / name  # missing: `install` says so


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Translate the application into `choice` (None: the saved choice), replacing what was installed; returns the
    language installed. Installing or removing a translator sends every widget QEvent.LanguageChange. A catalog
    that cannot be loaded is logged and left out: that part of the window stays in English."""
    global _files, _language
    language = language_for(saved_choice() if choice is None else choice)
    files = catalog_files(language)
    if files == _files and _installed:
        _language = language
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            _log.warning("the translations %s could not be loaded: that part of the window stays in English", path)
    _files, _language = files, language
    use(QCoreApplication.translate)  # the core's words (desk.language) through the same translators
    return language


def switch(app: QCoreApplication, choice: str) -> str:
    """The user's choice in Preferences: saved, and installed at once. Widgets hear QEvent.LanguageChange (in
    `changeEvent`) and set their texts again; returns the language installed."""
    save_choice(choice)
    return install(app, choice)


def missing_catalogs() -> list[Path]:
    """The catalogs of every language that cannot be loaded: an installation's self-test."""
    missing = []
    for language in LANGUAGES:
        for path in catalog_files(language):
            if not QTranslator().load(str(path)):
                missing.append(path)
    return missing


def _checked(choice: str) -> str:
    if choice not in CHOICES:
        raise ValueError(f"unknown language choice {choice!r}; choices: {', '.join(CHOICES)}")
    return choice
