"""File names made from what users typed (order numbers, titles, evidence's original names) that every common
file system accepts: Windows (which refuses `<>:"/\\|?*`, control characters, trailing dots and spaces, and device
names such as CON or LPT1, and compares names without regard to case), macOS and Linux (255 bytes a name). A name is
kept as close to what the user typed as those rules allow. Every name Desk suggests or writes from user text goes
through `safe_name`: the save dialogs' suggestions, the viewer's copies of evidence, the entries of a bundle."""

from __future__ import annotations

import re

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Device names Windows reserves whatever the extension (CON.txt is CON too).
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)
MAX_CHARS = 100  # leaves room for the folders and the place a lawyer unzips to, within Windows' 260 characters
MAX_BYTES = 240  # Linux and macOS limit a name to 255 bytes of UTF-8


def safe_name(name: str, fallback: str = "file") -> str:
    """`name` as one path component every common file system accepts; `fallback` when nothing of it is left."""
    cleaned = FORBIDDEN.sub("_", name).strip().rstrip(". ")
    if not cleaned:
        cleaned = fallback
    stem, dot, extension = cleaned.rpartition(".")
    if not dot or not stem:
        stem, extension = cleaned, ""
    if stem.split(".")[0].rstrip(" ").upper() in RESERVED:
        stem = f"_{stem}"
    return _capped(stem, f".{extension}" if extension else "")


def _capped(stem: str, extension: str) -> str:
    """stem + extension within MAX_CHARS characters and MAX_BYTES bytes, cutting the stem (then the extension)."""
    if len(extension) > 16 or len(extension.encode()) > 48:  # not an extension worth keeping whole
        stem, extension = stem + extension, ""
    while len(stem) + len(extension) > MAX_CHARS or len((stem + extension).encode()) > MAX_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(". ") or "_"
    return stem + extension


class UniqueNames:
    """Hands out paths no two of which collide on a case-insensitive file system: the second `a/Photo.jpg` becomes
    `a/Photo (2).jpg`."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, folder: str, name: str) -> str:
        stem, dot, extension = name.rpartition(".")
        if not dot or not stem:
            stem, extension = name, ""
        suffix = f".{extension}" if extension else ""
        candidate, n = name, 1
        while f"{folder}/{candidate}".casefold() in self._taken:
            n += 1
            candidate = _capped(stem, f" ({n}){suffix}")
        self._taken.add(f"{folder}/{candidate}".casefold())
        return f"{folder}/{candidate}"
