"""A bundle's manifest (manifest.json) and the names in its zip, as `desk verify-bundle` reads them: a bundle may come
from anyone, so what could harm the computer that checks it or the lawyer who unzips it is refused before a file is
hashed, each with one sentence:

- a name that leads out of the folder the bundle is unpacked into: a `..` step, an absolute path (`/etc/…`,
  `\\\\server\\…`), a drive (`C:…`) or a backslash, which Windows reads as a folder step; in the zip or in the
  manifest. Desk writes only relative names with forward slashes.
- a name that the zip or the manifest holds twice: which of the two a tool unpacks (or checks) is anyone's guess.
- a manifest larger than MANIFEST_LIMIT, from the size the zip says before a byte is read, and read no further than
  that whatever the zip says; or nested deeper than any Desk writes (`desk.json_reading`)."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from typing import Any

from desk.errors import DeskError
from desk.json_reading import read_json
from desk.language import words

MANIFEST = "manifest.json"
# A manifest lists each file in about 250 bytes (its path, sha256 and size, indented): 64 MiB is room for some
# 250,000 files, far more than a business's evidence, while reading it takes a few hundred MB of memory at most.
MANIFEST_LIMIT = 64 * 1024 * 1024
_DRIVE = re.compile(r"[A-Za-z]:")


def leads_outside(name: str) -> bool:
    """Whether a name in a bundle could lead out of the folder it is unpacked into (or is no name at all)."""
    return (
        not name
        or name.startswith("/")
        or "\\" in name
        or _DRIVE.match(name) is not None
        or ".." in name.split("/")
    )


def _named(names: Iterable[str]) -> str:
    shown = sorted(set(names))
    listed = ", ".join(f'"{name}"' for name in shown[:3])
    return words.tr("{0} and %n more", "", len(shown) - 3).format(listed) if len(shown) > 3 else listed


def zip_refusals(bundle: zipfile.ZipFile) -> list[str]:
    """Why the zip is refused before its manifest is read: names that lead outside, names held twice, a manifest
    too large to read. Empty when none."""
    infos = bundle.infolist()
    refusals = []
    outside = [info.filename for info in infos if leads_outside(info.filename)]
    if outside:
        refusals.append(
            words.tr(
                "the zip holds files whose names lead outside the folder it is unpacked into ({0}); "
                "a bundle made by Desk has none"
            ).format(_named(outside))
        )
    twice = [name for name, n in Counter(info.filename for info in infos).items() if n > 1]
    if twice:
        refusals.append(
            words.tr("the zip holds more than one file named {0}; a bundle made by Desk has none").format(_named(twice))
        )
    sizes = [info.file_size for info in infos if info.filename == MANIFEST]
    if sizes and max(sizes) > MANIFEST_LIMIT:
        refusals.append(
            f"{MANIFEST}: {max(sizes):,} bytes, more than the {MANIFEST_LIMIT:,} of the largest manifest Desk reads; "
            "it was not read"
        )
    return refusals


def read_manifest(bundle: zipfile.ZipFile) -> tuple[bytes, list[dict[str, Any]]]:
    """The manifest as it is in the zip, and the files it lists; DeskError, with one sentence, when there is none,
    it cannot be read or it is refused. The zip passed `zip_refusals`."""
    try:
        with bundle.open(MANIFEST) as stream:
            raw = stream.read(MANIFEST_LIMIT + 1)  # no further, whatever size the zip says it has
    except KeyError:
        raise DeskError(words.tr("{0}: missing, or not a manifest of a Desk bundle").format(MANIFEST)) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise DeskError(words.tr("{0}: cannot be read ({1})").format(MANIFEST, exc)) from None
    if len(raw) > MANIFEST_LIMIT:
        raise DeskError(
            words.tr("{0}: larger than the {1} bytes of the largest manifest Desk reads").format(
                MANIFEST, f"{MANIFEST_LIMIT:,}"
            )
        )
    try:
        data = read_json(raw.decode("utf-8"), MANIFEST)
    except UnicodeDecodeError as exc:
        raise DeskError(words.tr("{0}: cannot be read ({1})").format(MANIFEST, exc)) from None
    except ValueError as exc:  # not JSON, or nested too deep (already a sentence naming the manifest)
        if isinstance(exc, DeskError):
            raise DeskError(str(exc)) from None
        raise DeskError(words.tr("{0}: cannot be read ({1})").format(MANIFEST, exc)) from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        raise DeskError(words.tr("{0}: missing, or not a manifest of a Desk bundle").format(MANIFEST))
    for n, item in enumerate(files, start=1):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("path"), str)
            and isinstance(item.get("sha256"), str)
            and type(item.get("size")) is int
        ):
            raise DeskError(words.tr("{0}: its file number {1} has no path, sha256 and size").format(MANIFEST, n))
    paths = [item["path"] for item in files]
    outside = [path for path in paths if leads_outside(path)]
    if outside:
        raise DeskError(
            words.tr(
                "{0}: lists files whose names lead outside the folder the bundle is unpacked into "
                "({1}); a bundle made by Desk lists none"
            ).format(MANIFEST, _named(outside))
        )
    twice = [path for path, n in Counter(paths).items() if n > 1]
    if twice:
        raise DeskError(
            words.tr("{0}: lists {1} more than once; a bundle made by Desk lists each file once").format(
                MANIFEST, _named(twice)
            )
        )
    return raw, files
