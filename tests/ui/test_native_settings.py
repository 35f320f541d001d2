"""Settings as real users keep them: the Windows registry or the macOS property list (tests/ui/conftest.py puts every
UI test there on those systems). Values come back from each store with types of its own — a list of one, an empty
list, text with Chinese and Cyrillic — and Desk must read them the same. (The window's geometry and page:
test_main_window.py, which runs in the same store.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import NATIVE_SETTINGS, TEST_ORGANIZATION
from PySide6.QtCore import QSettings

from desk.ui.recent_folders import forget_folders, recent_folders, remember_folder
from desk.ui.save_places import remember_folder as remember_save_folder
from desk.ui.save_places import save_folder


@pytest.mark.skipif(sys.platform != "win32", reason="the registry is Windows' own")
def test_on_windows_the_settings_are_in_the_registry() -> None:
    settings = QSettings()
    assert settings.format() == QSettings.Format.NativeFormat
    assert settings.fileName() == f"\\HKEY_CURRENT_USER\\Software\\{TEST_ORGANIZATION}\\Desk"


def test_recent_folders_come_back_as_a_list_of_one_of_two_and_of_none(tmp_path: Path) -> None:
    first, second = tmp_path / "магазин 店铺", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    assert recent_folders() == []
    remember_folder(first)
    assert recent_folders() == [first.resolve()]
    remember_folder(second)
    assert recent_folders() == [second.resolve(), first.resolve()]
    forget_folders()
    assert recent_folders() == []


def test_a_save_folder_with_chinese_and_cyrillic_is_remembered(tmp_path: Path) -> None:
    folder = tmp_path / "Претензии 索赔"
    folder.mkdir()
    remember_save_folder("packets", folder)
    assert save_folder("packets") == folder


def test_the_store_is_the_one_users_get() -> None:
    expected = QSettings.Format.NativeFormat if NATIVE_SETTINGS else QSettings.Format.IniFormat
    assert QSettings().format() == expected
