"""Sensitive fields (bank account numbers, licence numbers, IDs) are stored sealed: encrypted with Fernet
(`cryptography`), under a key made on first use and kept only in the system's keyring (desk.secrets). The database
holds the sealed text and the key's random id, never the key or the plaintext; people see values masked.

Sealed text starts with a scheme version ("v1:") so that the scheme can change and old values still open.

The folder's key for signing the manifests of bundles for counsel (`bundle_signing_key`, Ed25519) is kept the same
way: made on first use, only in the keyring. Losing it loses no data: the next bundle is signed with a new key."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.json_reading import read_json
from desk.language import words
from desk.models import DepositApplication, MemberAccount, Setting
from desk.secrets import SERVICE, entry_name, folder_id, get_secret, set_secret

if TYPE_CHECKING:
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SCHEME = "v1:"
KEY_ID_KEY = "sealing_key_id"  # a `settings` row outside desk.settings.SETTINGS: not a user setting
MASK = "••••"
SIGNING_KEY = "bundle-signing-key"  # the keyring entry of the Ed25519 key that signs bundles' manifests

# The sensitive fields, by the name people use; each is stored in the column `<name>_sealed`.
SENSITIVE: dict[type[Any], tuple[str, ...]] = {
    MemberAccount: ("withdrawal_account",),
    DepositApplication: ("bank_account", "licence_no"),
}


class SealingKeyMissing(DeskError):
    """The folder holds sealed values but this computer's keyring lacks their key."""


def _secret_name(key_id: str) -> str:
    # The id is part of the name so a new key never overwrites an old one (a copy or a failed first write).
    return f"sealing-key-{key_id}"


def _key_id(session: Session) -> str | None:
    raw = session.scalar(select(Setting.value).where(Setting.key == KEY_ID_KEY))
    return None if raw is None else str(read_json(raw, words.tr("the name of this data folder's sealing key")))


def _missing(session: Session, key_id: str | None) -> SealingKeyMissing:
    folder = folder_id(session)
    if key_id is not None and folder is not None:
        return SealingKeyMissing(
            words.tr(
                "The sensitive fields of this data folder (bank accounts, IDs) are intact but sealed, and their key "
                "is not in this computer's keyring: the keyring has no entry {0!r} under service {1!r}. This happens "
                "when the folder was moved or restored to another computer or user account. Restore the key to the "
                "keyring from the computer that sealed them, then try again. Nothing was changed."
            ).format(entry_name(folder, _secret_name(key_id)), SERVICE)
        )
    return SealingKeyMissing(
        words.tr(
            "The sensitive fields of this data folder (bank accounts, IDs) are intact but sealed, and their key is "
            "not in this computer's keyring: no key id is recorded in its settings. This happens when the folder was "
            "moved or restored to another computer or user account. Restore the key to the keyring from the computer "
            "that sealed them, then try again. Nothing was changed."
        )
    )


def _fernet(session: Session, *, create: bool) -> Fernet:
    """The folder's cipher; with `create` (a write session) a key is made when the folder has none yet."""
    from cryptography.fernet import Fernet

    key_id = _key_id(session)
    if key_id is None and create:
        key_id = uuid.uuid4().hex
        key = Fernet.generate_key().decode("ascii")
        set_secret(session, _secret_name(key_id), key)  # the keyring first: if it fails, no id is recorded
        session.add(Setting(key=KEY_ID_KEY, value=json.dumps(key_id)))
        session.flush()
        return Fernet(key)
    stored = None if key_id is None else get_secret(session, _secret_name(key_id))
    if stored is None:
        # Never make a second key while one is recorded: values sealed with the first would be lost for good.
        raise _missing(session, key_id)
    return Fernet(stored)


def seal(session: Session, plaintext: str) -> str:
    """`plaintext` sealed for this folder; `session` must be a write session (the key may be made now)."""
    token = _fernet(session, create=True).encrypt(plaintext.encode("utf-8"))
    return SCHEME + token.decode("ascii")


def unseal(session: Session, sealed: str) -> str:
    from cryptography.fernet import InvalidToken

    if not sealed.startswith(SCHEME):
        raise DeskError(
            words.tr("a sealed value uses the scheme {0!r}, unknown to this Desk; update it").format(
                sealed.split(":", 1)[0]
            )
        )
    fernet = _fernet(session, create=False)
    try:
        plain = fernet.decrypt(sealed.removeprefix(SCHEME).encode("ascii"))
    except (InvalidToken, UnicodeEncodeError):
        raise DeskError(
            words.tr("a sealed value does not open with this folder's key: it was altered, or sealed in another folder")
        ) from None
    return plain.decode("utf-8")


def mask(plaintext: str) -> str:
    """Only the last 4 characters (spaces ignored), and none of a value so short that 4 would be most of it."""
    compact = "".join(plaintext.split())
    return MASK if len(compact) < 8 else f"{MASK} {compact[-4:]}"


def _column(obj: object, field: str) -> str:
    if field not in SENSITIVE.get(type(obj), ()):
        known = ", ".join(SENSITIVE.get(type(obj), ())) or words.tr("none")
        raise DeskError(
            words.tr("{0} has no sensitive field {1!r}; known: {2}").format(type(obj).__name__, field, known)
        )
    return f"{field}_sealed"


def set_sealed(session: Session, obj: object, field: str, value: str | None) -> None:
    """Store `value` (None or blank to clear) sealed in the sensitive field `field` of `obj`."""
    column = _column(obj, field)
    text = (value or "").strip()
    setattr(obj, column, seal(session, text) if text else None)


def get_sealed(session: Session, obj: object, field: str) -> str | None:
    """The plaintext of a sensitive field, for code that needs it (show people `masked`)."""
    sealed = getattr(obj, _column(obj, field))
    return None if sealed is None else unseal(session, sealed)


def masked(session: Session, obj: object, field: str) -> str | None:
    plain = get_sealed(session, obj, field)
    return None if plain is None else mask(plain)


def bundle_signing_key(session: Session, *, create: bool) -> Ed25519PrivateKey | None:
    """The folder's key for signing bundles; with `create` (a write session) made when the keyring has none,
    else None. SecretsUnavailable when there is no usable keyring."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    stored = get_secret(session, SIGNING_KEY)
    if stored is not None:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    if not create:
        return None
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    set_secret(session, SIGNING_KEY, base64.b64encode(raw).decode("ascii"))
    return key
