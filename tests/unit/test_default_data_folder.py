"""The default data folder is the local one, not the roaming profile (which Windows copies to a server at every
logoff, evidence and all); a database an earlier Desk made in the roaming folder stays in use where it is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desk.paths import DB_NAME, default_data_dir, keep_earlier_default


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "Local" / "Desk", tmp_path / "Roaming" / "Desk"


def test_a_new_user_gets_the_local_folder(tmp_path: Path) -> None:
    local, roaming = _folders(tmp_path)
    assert keep_earlier_default(local, roaming) == local


def test_a_database_in_the_roaming_folder_is_kept_in_use(tmp_path: Path) -> None:
    local, roaming = _folders(tmp_path)
    roaming.mkdir(parents=True)
    (roaming / DB_NAME).write_bytes(b"")
    assert keep_earlier_default(local, roaming) == roaming


def test_once_the_local_folder_has_a_database_it_wins(tmp_path: Path) -> None:
    local, roaming = _folders(tmp_path)
    for folder in (local, roaming):
        folder.mkdir(parents=True)
        (folder / DB_NAME).write_bytes(b"")
    assert keep_earlier_default(local, roaming) == local


def test_a_roaming_folder_without_a_database_is_not_used(tmp_path: Path) -> None:
    local, roaming = _folders(tmp_path)
    (roaming / "logs").mkdir(parents=True)  # e.g. a log written there, but no data
    assert keep_earlier_default(local, roaming) == local


windows_only = pytest.mark.skipif(
    sys.platform != "win32", reason="only Windows has a roaming profile apart from the local one"
)


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """This user's local and roaming application data, as platformdirs is told to see them."""
    local, roaming = tmp_path / "AppData" / "Local", tmp_path / "AppData" / "Roaming"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(local))
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", str(roaming))
    return local, roaming


@windows_only
def test_on_windows_the_default_is_under_local_app_data(profile: tuple[Path, Path]) -> None:
    local, _roaming = profile
    assert default_data_dir() == local / "Desk"


@windows_only
def test_on_windows_an_earlier_roaming_folder_stays_the_default(profile: tuple[Path, Path]) -> None:
    _local, roaming = profile
    (roaming / "Desk").mkdir(parents=True)
    (roaming / "Desk" / DB_NAME).write_bytes(b"")
    assert default_data_dir() == roaming / "Desk"
