"""desk.logs: a bug goes with its traceback to the data folder's logs/desk.log (else the user log folder), the file
rotates at its cap, and no secret reaches it."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring_memory import MemoryKeyring, install

from desk import logs
from desk.logs import BACKUPS, FILE_NAME, MAX_BYTES, keep_out, log_bug, log_file, redact, use_data_folder
from desk.secrets import set_secret
from desk.workspace import Workspace


def _bug(message: str = "boom") -> BaseException:
    def deep_inside() -> None:
        raise RuntimeError(message)

    try:
        deep_inside()
    except RuntimeError as exc:
        return exc
    raise AssertionError("unreachable")


def test_a_bug_is_written_with_its_traceback_to_the_data_folders_log(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    use_data_folder(folder)
    assert not (folder / "logs").exists()  # nothing is made before there is something to write
    written = log_bug(_bug("the totals disagree"), "making a packet")
    assert written == folder / "logs" / FILE_NAME == log_file()
    text = written.read_text("utf-8")
    assert "ERROR desk: bug while making a packet in Desk" in text
    assert "Traceback (most recent call last):" in text and "in deep_inside" in text
    assert "RuntimeError: the totals disagree" in text
    log_bug(_bug("again"))
    assert written.read_text("utf-8").count("Traceback") == 2  # appended, not replaced


def test_without_a_data_folder_the_user_log_folder_takes_it(user_log_folder: Path) -> None:
    use_data_folder(None)
    written = log_bug(_bug())
    assert written is not None and written.is_relative_to(user_log_folder) and written.name == FILE_NAME
    assert "RuntimeError: boom" in written.read_text("utf-8")


def test_a_data_folder_whose_log_cannot_be_written_falls_back(tmp_path: Path, user_log_folder: Path) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "logs").write_text("a file where the folder should be")
    use_data_folder(folder)
    written = log_bug(_bug("still logged"))
    assert written is not None and written.is_relative_to(user_log_folder)
    assert "still logged" in written.read_text("utf-8")


def test_the_log_rotates_at_its_cap_and_keeps_five_old_files(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    use_data_folder(folder)
    for n in range(70):  # ~7 MB of bugs
        log_bug(_bug(f"{n:03d} " + "x" * 100_000))
    kept = sorted(p.name for p in (folder / "logs").iterdir())
    assert kept == [FILE_NAME] + [f"{FILE_NAME}.{i}" for i in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= MAX_BYTES for p in (folder / "logs").iterdir())
    assert "069 xxx" in (folder / "logs" / FILE_NAME).read_text("utf-8")  # the newest is in the current file


def test_a_password_in_a_url_never_reaches_the_log(tmp_path: Path) -> None:
    use_data_folder(tmp_path / "shop")
    written = log_bug(_bug("could not connect to postgresql://desk:hunter2@db.example:5432/desk"))
    assert written is not None
    text = written.read_text("utf-8")
    assert "hunter2" not in text and "postgresql://desk:***@db.example:5432/desk" in text


def test_values_named_like_secrets_are_masked() -> None:
    text = redact("settings {'password': 's3cret!', 'api_key': \"AKIA123\", 'currency': 'CNY'} token=abc.def")
    assert "s3cret" not in text and "AKIA123" not in text and "abc.def" not in text
    assert "'currency': 'CNY'" in text and "'password': '***'" in text
    assert redact("KeyError: 'home_currency'") == "KeyError: 'home_currency'"  # an error's name is no secret


def test_a_keyring_value_never_reaches_the_log(
    tmp_path: Path, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, MemoryKeyring())
    with workspace.write() as session:
        set_secret(session, "withdrawal_account", "DE89370400440532013000")
    use_data_folder(tmp_path / "shop")
    written = log_bug(_bug("could not seal DE89370400440532013000 for account 3"))
    assert written is not None
    text = written.read_text("utf-8")
    assert "DE89370400440532013000" not in text and "could not seal *** for account 3" in text
    keep_out("abc")  # too short to mask without masking ordinary words
    assert redact("abc") == "abc"


def test_nothing_is_logged_without_a_bug(tmp_path: Path) -> None:
    use_data_folder(tmp_path / "shop")
    assert logs.data_folder() == tmp_path / "shop"
    assert not (tmp_path / "shop").exists()
