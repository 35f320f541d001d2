"""desk.sealing: sensitive fields sealed with a key kept only in the keyring, shown masked."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import keyring.backends.fail
import pytest
from folder_copies import Folders
from keyring_memory import MemoryKeyring, install
from sqlalchemy import select

from desk.errors import DeskError
from desk.models import AuditEntry, DepositApplication, MemberAccount, Platform, Setting, Store
from desk.sealing import (
    KEY_ID_KEY,
    SCHEME,
    SealingKeyMissing,
    get_sealed,
    mask,
    masked,
    seal,
    set_sealed,
    unseal,
)
from desk.secrets import SecretsUnavailable
from desk.workspace import Workspace

IBAN = "DE89 3704 0044 0532 0130 00"


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    install(monkeypatch, backend)
    return backend


def _account(ws: Workspace, withdrawal: str | None = None) -> int:
    with ws.write() as s:
        account = MemberAccount(provider="Superbuy", name="shop-7", currency="CNY")
        s.add(account)
        if withdrawal is not None:
            set_sealed(s, account, "withdrawal_account", withdrawal)
        s.flush()
        return account.id


def _state(ws: Workspace) -> tuple[list[tuple[int, str | None]], dict[str, str], int]:
    """What a refused operation must leave as it was: the sealed column, settings rows, audit entries."""
    with ws.read() as s:
        sealed = [(a.id, a.withdrawal_account_sealed) for a in s.scalars(select(MemberAccount))]
        settings = {row.key: row.value for row in s.scalars(select(Setting))}
        return sealed, settings, len(s.scalars(select(AuditEntry)).all())


@pytest.mark.sqlite_only("reads the database's file")
def test_a_sealed_value_round_trips_and_the_database_holds_no_plaintext(
    workspace: Workspace, memory: MemoryKeyring
) -> None:
    account_id = _account(workspace, IBAN)
    with sqlite3.connect(workspace.db_path) as db:
        stored = db.execute("SELECT withdrawal_account_sealed FROM member_accounts").fetchone()[0]
    db.close()
    assert stored.startswith(SCHEME) and "3704" not in stored and "0130" not in stored
    with workspace.read() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        assert get_sealed(s, account, "withdrawal_account") == IBAN
        assert masked(s, account, "withdrawal_account") == "•••• 3000"
    # The key is in the keyring and nowhere in the database; the database knows only its id.
    (key,) = memory.entries.values()
    raw = b"".join(p.read_bytes() for p in workspace.root.glob("desk.sqlite3*"))  # with its -wal
    assert key.encode() not in raw and IBAN.encode() not in raw
    _, settings, _ = _state(workspace)
    assert KEY_ID_KEY in settings and key not in "".join(settings.values())


def test_deposit_applications_seal_their_bank_account_and_licence(workspace: Workspace, memory: MemoryKeyring) -> None:
    with workspace.write() as s:
        store = Store(platform=Platform.ALIEXPRESS, name="Closed store")
        app = DepositApplication(store=store, deposit_minor=1_000_000, currency="CNY", created_on=date(2026, 9, 1))
        s.add(app)
        set_sealed(s, app, "bank_account", "6222 0212 3456 7890")
        set_sealed(s, app, "licence_no", "91440300MA5F1234X")
        s.flush()
        app_id = app.id
    with workspace.read() as s:
        stored = s.get(DepositApplication, app_id)
        assert stored is not None
        assert stored.bank_account_sealed is not None and "7890" not in stored.bank_account_sealed
        assert get_sealed(s, stored, "licence_no") == "91440300MA5F1234X"
        assert masked(s, stored, "bank_account") == "•••• 7890"
        with pytest.raises(DeskError, match="no sensitive field 'withdrawal_account'; known: bank_account, licence"):
            get_sealed(s, stored, "withdrawal_account")
    with workspace.write() as s:
        stored = s.get(DepositApplication, app_id)
        assert stored is not None
        set_sealed(s, stored, "licence_no", "  ")  # blank clears
        assert stored.licence_no_sealed is None and get_sealed(s, stored, "licence_no") is None


def test_one_key_per_folder_made_once(workspace: Workspace, memory: MemoryKeyring) -> None:
    with workspace.write() as s:
        first, second = seal(s, "same"), seal(s, "same")
        assert first != second  # Fernet uses a fresh IV each time: equal values do not look equal
    with workspace.write() as s:
        seal(s, "later")
        assert unseal(s, first) == unseal(s, second) == "same"
    assert len(memory.entries) == 1


def test_two_folders_have_different_keys(
    workspace: Workspace, template_folder: Path, tmp_path: Path, memory: MemoryKeyring, folders: Folders
) -> None:
    folders.copy(template_folder, tmp_path / "other")
    with Workspace.open(tmp_path / "other", actor="tester") as other:
        with workspace.write() as s:
            sealed_here = seal(s, IBAN)
        with other.read() as t, pytest.raises(SealingKeyMissing):
            unseal(t, sealed_here)  # the other folder has no key at all yet
        with other.write() as t:
            seal(t, "its own")
        with other.read() as t, pytest.raises(DeskError, match="does not open with this folder's key"):
            unseal(t, sealed_here)
    assert len(memory.entries) == 2


def test_a_missing_key_is_explained_and_changes_nothing(workspace: Workspace, memory: MemoryKeyring) -> None:
    account_id = _account(workspace, IBAN)
    memory.entries.clear()  # the folder was copied to a computer whose keyring never saw its key
    before = _state(workspace)
    with workspace.read() as s, pytest.raises(SealingKeyMissing) as raised:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        get_sealed(s, account, "withdrawal_account")
    message = str(raised.value)
    assert "intact but sealed" in message and "Restore the key to the keyring" in message
    assert "Nothing was changed" in message and "sealing-key-" in message
    # Sealing anew must not make a second key: values sealed with the first would then be lost for good.
    with pytest.raises(SealingKeyMissing), workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        set_sealed(s, account, "withdrawal_account", "CN 6222 0000 1111")
    assert _state(workspace) == before
    assert memory.entries == {}


def test_no_keyring_refuses_to_seal_and_changes_nothing(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, keyring.backends.fail.Keyring())
    account_id = _account(workspace)
    before = _state(workspace)
    with pytest.raises(SecretsUnavailable, match="No usable keyring"), workspace.write() as s:
        account = s.get(MemberAccount, account_id)
        assert account is not None
        set_sealed(s, account, "withdrawal_account", IBAN)
    assert _state(workspace) == before


def test_altered_and_unknown_sealed_text_is_refused(workspace: Workspace, memory: MemoryKeyring) -> None:
    with workspace.write() as s:
        sealed = seal(s, IBAN)
    body = sealed.removeprefix(SCHEME)
    flipped = body[:20] + ("A" if body[20] != "A" else "B") + body[21:]
    with workspace.read() as s:
        with pytest.raises(DeskError, match="does not open"):
            unseal(s, SCHEME + flipped)
        with pytest.raises(DeskError, match="scheme 'v9', unknown to this Desk"):
            unseal(s, "v9:" + body)


@pytest.mark.parametrize(
    ("plain", "shown"),
    [
        (IBAN, "•••• 3000"),
        ("12345678", "•••• 5678"),
        ("1234567", "••••"),  # too short: the last 4 would be most of it
        ("", "••••"),
        ("pay@shop.example", "•••• mple"),
    ],
)
def test_mask_shows_only_the_last_four(plain: str, shown: str) -> None:
    assert mask(plain) == shown
