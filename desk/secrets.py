"""Secrets (passwords, encryption keys) kept only in the operating system's keyring through `keyring`, never in the
database, settings, logs or exports.

Every entry is under the service "Desk" with a username prefixed by the data folder's own random id (a plain row of
the `settings` table, not secret), so that two data folders never share a secret. Where keyring finds no usable
backend, `SecretsUnavailable` says which one it found and what to do on each system."""

from __future__ import annotations

import json
import uuid

from keyring.backend import KeyringBackend
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.json_reading import read_json
from desk.language import words
from desk.logs import keep_out
from desk.models import Setting

SERVICE = "Desk"
FOLDER_ID_KEY = "folder_id"  # a `settings` row outside desk.settings.SETTINGS: not a user setting
_PROBE = "desk-keyring-probe"  # a name never stored: reading it shows whether the keyring answers


class SecretsUnavailable(DeskError):
    """The system has no usable keyring (none installed, none running, or locked)."""


def describe(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{backend.name} ({cls.__module__}.{cls.__qualname__})"


def _refusal(backend: KeyringBackend) -> str | None:
    """Why a backend keyring may choose is no keyring for us (a sentence naming it), or None when it is one."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return words.tr("No usable keyring: keyring found {0}, which stores nothing.").format(describe(backend))
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return words.tr("No usable keyring: keyring found {0}, with no keyring to chain.").format(describe(backend))
    if type(backend).__module__.startswith("keyrings.alt"):
        return words.tr(
            "No usable keyring: keyring found {0}, which keeps secrets in a file of its own, not in the system's "
            "keyring."
        ).format(describe(backend))
    return None


def unavailable(why: str) -> SecretsUnavailable:
    """`why` there is no keyring (a sentence), with what to do about it."""
    what_to_do = words.tr(
        "Desk keeps keys and passwords only in the system's keyring. On Windows it uses the Credential Manager and on "
        "macOS the Keychain, both built in; on Linux a Secret Service must be running and unlocked in your session, "
        "such as GNOME Keyring (package gnome-keyring) or KWallet. Until then sensitive fields (bank accounts, IDs) "
        "can be neither read nor changed; the rest of Desk works."
    )
    return SecretsUnavailable(f"{why} {what_to_do}")


def backend() -> KeyringBackend:
    """The keyring backend in use, or SecretsUnavailable when it cannot keep secrets."""
    import keyring

    try:
        found = keyring.get_keyring()
    except Exception as exc:  # a configured backend that cannot load (PYTHON_KEYRING_BACKEND, keyringrc.cfg)
        raise unavailable(words.tr("No usable keyring: keyring could not load its backend ({0}).").format(exc)) from exc
    refusal = _refusal(found)
    if refusal:
        raise unavailable(refusal)
    return found


def _call_failed(found: KeyringBackend, exc: Exception) -> SecretsUnavailable:
    return unavailable(
        words.tr("No usable keyring: keyring found {0}, which answered: {1}.").format(describe(found), exc)
    )


def keyring_status() -> str:
    """One line for people: the backend in use and that it answers, or why there is none (never raises)."""
    try:
        check()
    except SecretsUnavailable as exc:
        return str(exc)
    return words.tr("Secrets are kept in {0}.").format(describe(backend()))


def check() -> KeyringBackend:
    """The backend, after asking it something: a locked or absent Secret Service only shows when used."""
    from keyring.errors import KeyringError

    found = backend()
    try:
        found.get_password(SERVICE, _PROBE)
    except KeyringError as exc:
        raise _call_failed(found, exc) from exc
    return found


def folder_id(session: Session, *, create: bool = False) -> str | None:
    """This data folder's random id (made, in the caller's write transaction, when `create` is set)."""
    raw = session.scalar(select(Setting.value).where(Setting.key == FOLDER_ID_KEY))
    if raw is not None:
        return str(read_json(raw, words.tr("this data folder's id")))
    if not create:
        return None
    made = uuid.uuid4().hex
    session.add(Setting(key=FOLDER_ID_KEY, value=json.dumps(made)))
    session.flush()
    return made


def entry_name(folder: str, name: str) -> str:
    """The keyring username of secret `name` of the folder with id `folder`."""
    return f"{folder}/{name}"


def get_secret(session: Session, name: str) -> str | None:
    folder = folder_id(session)
    if folder is None:
        return None  # a folder that never stored a secret has none
    from keyring.errors import KeyringError

    found = backend()
    try:
        value = found.get_password(SERVICE, entry_name(folder, name))
    except KeyringError as exc:
        raise _call_failed(found, exc) from exc
    keep_out(value)  # never in the log, whatever later fails with it in hand
    return value


def set_secret(session: Session, name: str, value: str) -> None:
    """Store a secret; `session` must be a write session (the folder's id may be made now)."""
    from keyring.errors import KeyringError

    found = backend()  # refuse before the folder id is made
    folder = folder_id(session, create=True)
    assert folder is not None
    keep_out(value)
    try:
        found.set_password(SERVICE, entry_name(folder, name), value)
    except KeyringError as exc:
        raise _call_failed(found, exc) from exc


def delete_secret(session: Session, name: str) -> bool:
    """Remove a secret; False when there was none."""
    from keyring.errors import KeyringError, PasswordDeleteError

    folder = folder_id(session)
    if folder is None:
        return False
    found = backend()
    try:
        if found.get_password(SERVICE, entry_name(folder, name)) is None:
            return False
        found.delete_password(SERVICE, entry_name(folder, name))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise _call_failed(found, exc) from exc
    return True


def server_entry(login: str) -> str:
    """The keyring username of the password of a team server's login (`login@server/database`)."""
    return f"team-server/{login}"


def server_password(login: str) -> str | None:
    """The password this desk keeps for a team server's login; None when it keeps none."""
    from keyring.errors import KeyringError

    found = backend()
    try:
        value = found.get_password(SERVICE, server_entry(login))
    except KeyringError as exc:
        raise _call_failed(found, exc) from exc
    keep_out(value)
    return value


def keep_server_password(login: str, password: str) -> None:
    from keyring.errors import KeyringError

    found = backend()
    keep_out(password)
    try:
        found.set_password(SERVICE, server_entry(login), password)
    except KeyringError as exc:
        raise _call_failed(found, exc) from exc
