"""Help → About Desk."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desk import __version__
from desk.ui.tr_context import TrContext

AboutTexts = TrContext("AboutTexts")


def about_text(data_dir: Path) -> str:
    what = AboutTexts.tr(
        "A case manager for cross-border resellers: orders, supplier disputes, refunds, evidence, deposits and member "
        "accounts, until the money is back."
    )
    folder = AboutTexts.tr("Data folder:")
    font = AboutTexts.tr("Font: {0}").format("WenQuanYi Micro Hei (Apache License 2.0)")
    return (
        f"<h3>Desk {__version__}</h3>"
        f"<p>{_escape(what)}</p>"
        f"<p>{_escape(folder)}<br><code>{_escape(str(data_dir))}</code></p>"
        f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}<br>"
        f"{_escape(font)}</small></p>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(parent, AboutTexts.tr("About Desk"), about_text(data_dir))
