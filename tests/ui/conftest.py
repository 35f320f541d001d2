"""Qt tests: the application is set up as `desk` sets it up, with settings kept in the test's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def desk_app(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    from desk.ui.app import make_application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    app = make_application()
    yield app
    QSettings().clear()
