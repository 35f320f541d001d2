"""desk.secrets: secrets only in the keyring, one namespace per data folder, a plain message when there is none."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest
from folder_copies import Folders
from keyring.errors import KeyringLocked
from keyring_memory import MemoryKeyring, install
from sqlalchemy import select

from desk.models import AuditEntry, Setting
from desk.secrets import (
    FOLDER_ID_KEY,
    SERVICE,
    SecretsUnavailable,
    check,
    delete_secret,
    folder_id,
    get_secret,
    keyring_status,
    set_secret,
)
from desk.workspace import Workspace


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    install(monkeypatch, backend)
    return backend


def _rows(ws: Workspace) -> tuple[dict[str, str], int]:
    with ws.read() as s:
        settings = {row.key: row.value for row in s.scalars(select(Setting))}
        return settings, len(s.scalars(select(AuditEntry)).all())


def test_a_secret_round_trips_through_the_keyring_only(workspace: Workspace, memory: MemoryKeyring) -> None:
    with workspace.write() as s:
        set_secret(s, "mail-password", "Tr0ub4dor&3")
    with workspace.read() as s:
        assert get_secret(s, "mail-password") == "Tr0ub4dor&3"
        assert get_secret(s, "other") is None
        folder = folder_id(s)
    assert folder is not None
    assert memory.entries == {(SERVICE, f"{folder}/mail-password"): "Tr0ub4dor&3"}
    settings, _ = _rows(workspace)
    assert settings == {FOLDER_ID_KEY: json.dumps(folder)}  # the id is all the database learns
    if workspace.database.server is None:  # the file itself; a team server's rows are the settings above
        assert b"Tr0ub4dor" not in workspace.db_path.read_bytes()


def test_two_data_folders_never_share_a_secret(
    workspace: Workspace, template_folder: Path, tmp_path: Path, memory: MemoryKeyring, folders: Folders
) -> None:
    folders.copy(template_folder, tmp_path / "other")
    with Workspace.open(tmp_path / "other", actor="tester") as other:
        with workspace.write() as s:
            set_secret(s, "smtp", "first folder's")
        with other.read() as s:
            assert get_secret(s, "smtp") is None
        with other.write() as s:
            set_secret(s, "smtp", "second folder's")
        with workspace.read() as s, other.read() as t:
            assert get_secret(s, "smtp") == "first folder's"
            assert get_secret(t, "smtp") == "second folder's"
            assert folder_id(s) != folder_id(t)
    assert len(memory.entries) == 2


def test_reading_makes_no_folder_id_and_delete_reports_what_it_did(workspace: Workspace, memory: MemoryKeyring) -> None:
    with workspace.read() as s:
        assert get_secret(s, "smtp") is None
    assert _rows(workspace) == ({}, 0)
    with workspace.write() as s:
        assert delete_secret(s, "smtp") is False
        set_secret(s, "smtp", "x")
    with workspace.write() as s:
        assert delete_secret(s, "smtp") is True
        assert delete_secret(s, "smtp") is False
        assert get_secret(s, "smtp") is None
    assert memory.entries == {}


def _assert_plain_message(message: str, backend_class: str) -> None:
    assert message.startswith("No usable keyring: keyring found ")
    assert backend_class in message
    for words in ("Credential Manager", "Keychain", "Secret Service", "GNOME Keyring", "KWallet"):
        assert words in message


def test_no_backend_is_said_plainly_and_changes_nothing(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, keyring.backends.fail.Keyring())
    with pytest.raises(SecretsUnavailable) as raised, workspace.write() as s:
        set_secret(s, "smtp", "x")
    _assert_plain_message(str(raised.value), "keyring.backends.fail.Keyring")
    assert _rows(workspace) == ({}, 0)
    with pytest.raises(SecretsUnavailable):
        check()
    _assert_plain_message(keyring_status(), "keyring.backends.fail.Keyring")


def test_the_null_backend_is_no_keyring_either(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, keyring.backends.null.Keyring())
    with pytest.raises(SecretsUnavailable) as raised, workspace.write() as s:
        set_secret(s, "smtp", "x")
    _assert_plain_message(str(raised.value), "keyring.backends.null.Keyring")


class LockedKeyring(MemoryKeyring):
    """A Secret Service whose collection stays locked (no session, or the user declined to unlock it)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


def test_a_locked_secret_service_is_reported_with_its_answer(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, LockedKeyring())
    with pytest.raises(SecretsUnavailable) as raised, workspace.write() as s:
        set_secret(s, "smtp", "x")
    _assert_plain_message(str(raised.value), "LockedKeyring")
    assert "answered: Failed to unlock the collection!" in str(raised.value)
    assert _rows(workspace) == ({}, 0)
    assert "Failed to unlock" in keyring_status()


def test_a_plain_text_file_keyring_is_refused(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    plain_text = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    install(monkeypatch, plain_text())
    with pytest.raises(SecretsUnavailable) as raised, workspace.write() as s:
        set_secret(s, "smtp", "x")
    _assert_plain_message(str(raised.value), "keyrings.alt.file.PlaintextKeyring")


def test_a_backend_that_cannot_load_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable through D-Bus")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    with pytest.raises(SecretsUnavailable, match="neither running nor activatable"):
        check()


def test_status_names_a_working_backend(memory: MemoryKeyring) -> None:
    status = keyring_status()
    assert status.startswith("Secrets are kept in ") and status.endswith("(keyring_memory.MemoryKeyring).")
