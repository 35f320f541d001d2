"""SQLite `file:` URIs for every path a data folder can have: a drive letter, a Windows share (`\\\\server\\share`,
which is also what a mapped drive resolves to), and names holding `?`, `#`, `%`, spaces or any script.

`Path.as_uri()` is not one: for a share it gives `file://server/share/…`, and SQLite refuses any authority but an
empty one or `localhost`. SQLite wants the share's two slashes after an empty authority (`file:////server/share/…`),
and every `?`, `#` and `%` of the path percent-encoded, or it reads them as the start of its options."""

from __future__ import annotations

from pathlib import PurePath, PureWindowsPath
from urllib.parse import quote

_VERBATIM_SHARE = "\\\\?\\UNC\\"
_VERBATIM = ("\\\\?\\", "\\\\.\\")


def sqlite_uri(path: PurePath, **options: str) -> str:
    """The URI SQLite opens `path` by (absolute), with `options` (`mode="ro"`, …) as its query."""
    if not path.is_absolute():
        raise ValueError(f"an SQLite URI needs an absolute path, not {path}")
    if isinstance(path, PureWindowsPath):
        text = quote(_windows_uri_path(path), safe="/:")
    else:
        # POSIX names are bytes: one that is not UTF-8 keeps its bytes (surrogateescape is how Python holds them).
        text = quote(path.as_posix(), safe="/:", errors="surrogateescape")
    query = "&".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in options.items())
    return f"file://{text}" + (f"?{query}" if query else "")


def _windows_uri_path(path: PureWindowsPath) -> str:
    r"""`C:\a\b` → `/C:/a/b`; `\\server\share\a` → `//server/share/a` (after the empty authority: a share).
    The verbatim forms (`\\?\C:\…`, `\\?\UNC\server\share\…`) are the same places."""
    text = str(path)
    if text.startswith(_VERBATIM_SHARE):
        text = "\\\\" + text[len(_VERBATIM_SHARE) :]
    elif text.startswith(_VERBATIM):
        text = text[4:]
    text = text.replace("\\", "/")
    return text if text.startswith("//") else "/" + text
