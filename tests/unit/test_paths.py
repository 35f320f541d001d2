"""The data folder is chosen by --data, then DESK_DATA, then the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.errors import DeskError
from desk.paths import ENV_DATA, choose_data_dir, default_data_dir, resource
from desk.workspace import Workspace


def test_explicit_folder_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DATA, str(tmp_path / "from-env"))
    assert choose_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert choose_data_dir(None) == tmp_path / "from-env"


def test_default_is_the_platform_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA, raising=False)
    assert choose_data_dir(None) == default_data_dir()
    assert default_data_dir().name == "Desk"


def test_a_file_is_not_a_data_folder(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("hello")
    with pytest.raises(DeskError, match="is a file, not a data folder"):
        Workspace.open(target)
    assert target.read_text() == "hello"


def test_shipped_resources_are_found() -> None:
    assert resource("fonts", "wqy-microhei.ttc").stat().st_size > 1_000_000
    assert resource("icons", "orders.svg").read_text().startswith("<svg")
