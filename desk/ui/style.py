"""Fonts and the few style rules Desk adds to the platform's own look (light or dark palette alike)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.paths import resource

# Bundled so Chinese suppliers' names and Cyrillic notes show on machines without such fonts (bare Linux).
BUNDLED_FONTS = ("wqy-microhei.ttc",)
FONTS_INSTALLED = "deskFontsInstalled"  # a property of the application once they are

STYLE_SHEET = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
QLabel#countLabel, QLabel#tileDetail { color: palette(placeholder-text); }
QLabel#tileTitle { color: palette(placeholder-text); font-weight: 600; }
QLabel#emptyHeading { font-size: 13pt; font-weight: 600; }
QLabel#tileValue, QLabel#tileValueAlert { font-size: 14pt; font-weight: 600; }
QLabel#tileValueAlert { color: #b3261e; }
QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; padding: 1px; }
QFrame#tile:focus { border: 2px solid palette(highlight); padding: 0px; }
QListWidget#navigation { border: none; background: palette(window); padding-top: 6px; outline: 0; }
QFrame#divider { color: palette(mid); }
QListWidget#navigation::item { padding-left: 8px; border-radius: 6px; margin: 0px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def install_fonts(app: QApplication) -> None:
    families: list[str] = []
    for name in BUNDLED_FONTS:
        path = resource("fonts", name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        # Qt falls back to these for glyphs the platform's default font lacks (CJK on Latin systems).
        base = app.font()
        QFont.insertSubstitutions(base.family(), families)
        if base.family() not in QFontDatabase.families():
            app.setFont(QFont(families[0], base.pointSize()))


def apply_style(app: QApplication) -> None:
    """Desk's fonts and style rules on `app`, once: a style sheet set again re-polishes every widget alive, and a
    font added again is read again and empties Qt's font caches (the GUI suite sets the application up per test)."""
    if not app.property(FONTS_INSTALLED):
        install_fonts(app)
        app.setProperty(FONTS_INSTALLED, True)
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
