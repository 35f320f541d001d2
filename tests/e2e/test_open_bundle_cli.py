"""Open with › Desk on a .zip (`desk open-bundle FILE.zip`, and `desk FILE.zip` for one dropped on Desk's icon): the
bundle is checked in a window, which closes by itself here (DESK_EXIT_WHEN_SHOWN) once it has answered; the exit code
says whether the bundle is intact, as `desk verify-bundle`'s does."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cli_runs import desk
from test_export_cli import _keyring

SHOWN = {"DESK_EXIT_WHEN_SHOWN": "1"}


def test_a_bundle_dropped_on_desk_is_checked_and_found_intact(demo_folder: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "for lawyer.zip"
    made = desk("export", "-o", str(bundle), "--from", "2026-08-01", data=demo_folder, env=_keyring(tmp_path))
    assert made.returncode == 0, made.stderr
    opened = desk(str(bundle), env=SHOWN)
    assert opened.returncode == 0, opened.stderr
    assert "Traceback" not in opened.stderr


def test_a_zip_that_is_not_a_bundle_is_said_not_intact(tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as made:
        made.writestr("photo.txt", "not made by desk export")
    opened = desk("open-bundle", str(other), env=SHOWN)
    assert opened.returncode == 1, opened.stderr
    assert "Traceback" not in opened.stderr
    missing = desk("open-bundle", str(tmp_path / "gone.zip"), env=SHOWN)
    assert missing.returncode == 1, missing.stderr
