"""The detached signature of a bundle's manifest.json: Ed25519 (`cryptography`), with the data folder's own key kept
in the system's keyring (`desk.sealing.bundle_signing_key`).

Both files are in the format of OpenBSD's `signify` (an "untrusted comment" line, then base64 of "Ed", an 8-byte key
number and the signature or public key), so counsel can check a bundle without Desk:
`signify -V -p signing-key.pub -x manifest.json.sig -m manifest.json`. The key number is the start of the key's
fingerprint, the sha256 of its 32 raw bytes, which people compare in groups of four hex digits.

A valid signature proves only that whoever holds the key signed this manifest: whoever changes a file and
re-hashes the manifest must also re-sign it with a key of their own, so a check says whose key signed, and fails
when that is not the key the checker expects (the folder's own, or the fingerprint the sender gave)."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.language import words

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIGNATURE = "manifest.json.sig"
PUBLIC_KEY = "signing-key.pub"
_ALGORITHM = b"Ed"


def fingerprint(public: bytes) -> str:
    """The sha256 of a raw public key, in groups of four hex digits."""
    digest = hashlib.sha256(public).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def same_fingerprint(a: str, b: str) -> bool:
    """Compared without spaces, colons or case, as people copy them."""

    def plain(text: str) -> str:
        return "".join(c for c in text.lower() if c in "0123456789abcdef")

    return plain(a) == plain(b) and bool(plain(a))


def _key_number(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:8]


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_text(public: bytes, business: str) -> str:
    """The public key in signify's .pub format, as the README prints it."""
    line = base64.b64encode(_ALGORITHM + _key_number(public) + public).decode("ascii")
    return f"untrusted comment: public key of {business}'s Desk bundles\n{line}\n"


def sign(key: Ed25519PrivateKey, manifest: bytes) -> bytes:
    """The signature file of `manifest` (signify's .sig format)."""
    public = public_bytes(key)
    line = base64.b64encode(_ALGORITHM + _key_number(public) + key.sign(manifest)).decode("ascii")
    return f"untrusted comment: signature of manifest.json, key {fingerprint(public)[:19]}\n{line}\n".encode("ascii")


@dataclass(frozen=True)
class SignatureCheck:
    fingerprint: str | None  # of the key the bundle names; None when it names none that can be read
    problem: str | None  # None: the manifest is as that key signed it


def _payload(data: bytes, size: int, what: str) -> bytes:
    """The base64 line of a signify file, checked for its algorithm and size."""
    try:
        lines = data.decode("utf-8").splitlines()
        raw = base64.b64decode(lines[1], validate=True)
    except (UnicodeDecodeError, IndexError, binascii.Error):
        raise ValueError(words.tr("{0} cannot be read").format(what)) from None
    if len(raw) != 2 + 8 + size or raw[:2] != _ALGORITHM:
        raise ValueError(words.tr("{0} is not an Ed25519 {1} in signify's format").format(what, what.split()[-1]))
    return raw


def check_signature(manifest: bytes, signature: bytes | None, public: bytes | None) -> SignatureCheck:
    """Whether `signature` (the .sig file) is a signature of `manifest` by the key of the .pub file `public`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if signature is None or public is None:
        missing = SIGNATURE if signature is None else PUBLIC_KEY
        return SignatureCheck(None, f"{missing}: missing, so nothing proves the manifest is the one exported")
    try:
        key_raw = _payload(public, 32, f"{PUBLIC_KEY}: the public key")
    except ValueError as exc:
        return SignatureCheck(None, str(exc))
    key = key_raw[10:]
    found = fingerprint(key)
    try:
        sig_raw = _payload(signature, 64, f"{SIGNATURE}: the signature")
    except ValueError as exc:
        return SignatureCheck(found, str(exc))
    if sig_raw[2:10] != key_raw[2:10]:
        return SignatureCheck(found, f"{SIGNATURE}: made with another key than the one in {PUBLIC_KEY}")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(sig_raw[10:], manifest)
    except InvalidSignature:
        return SignatureCheck(
            found, "manifest.json: does not match its signature: it was changed after the bundle was exported"
        )
    return SignatureCheck(found, None)
