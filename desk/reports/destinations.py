"""Where a claim packet goes and what that place takes: `desk/policies/packet/destinations.toml`.

A destination has an audience: `external` (a supplier, a platform, a payment provider: internal notes and evidence
stay out) or `counsel` (our own lawyer: everything, internal items marked). Its upload limits (bytes a file, bytes a
case, number of files) decide how the packet is split; a limit left out is no limit. The default destination must be
external, so that an internal memo never leaves Desk because nobody chose.

Pages a file and the resolution of pictures count as well: a card network that takes 18 pages a file refuses the
19th, and one that asks for 200 dpi gains nothing from a 12-megapixel photo but its bytes. Photos are brought down
to the destination's dpi (never up) before the packet is measured; a destination without `image_dpi` keeps them as
they are (the lawyer's, the one without limits)."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.common import format_size
from desk.errors import DeskError
from desk.language import words
from desk.policies import POLICY_DIR
from desk.policies.rules import PolicyError
from desk.policies.sources import titled

DESTINATIONS_FILE = POLICY_DIR / "packet" / "destinations.toml"
MB = 1_000_000  # the smaller reading of "MB": a part is under the limit whichever one the provider means
AUDIENCES = ("external", "counsel")
FIELDS = {
    "code",
    "name",
    "per_file_mb",
    "per_case_mb",
    "max_files",
    "pages_per_file",
    "image_dpi",
    "audience",
    "source",
    "assumption",
    "note",
}
DPI_RANGE = (72, 600)  # what the field accepts; the destinations' own guidance asks for 150–300


@dataclass(frozen=True)
class Destination:
    code: str
    name: str
    per_file_bytes: int | None
    per_case_bytes: int | None
    max_files: int | None
    audience: str  # one of AUDIENCES
    source: str
    assumption: bool = False
    note: str | None = None
    pages_per_file: int | None = None
    image_dpi: int | None = None  # pictures brought down to this resolution for the page; None: as they are

    @property
    def for_counsel(self) -> bool:
        """Whether internal notes and evidence go in (marked internal)."""
        return self.audience == "counsel"

    @property
    def limited(self) -> bool:
        limits = (self.per_file_bytes, self.per_case_bytes, self.max_files, self.pages_per_file)
        return any(limit is not None for limit in limits)

    def describe_limits(self) -> str:
        """The limits as people say them: "10 MB a file, 50 MB a case" or "no size limit"."""
        said = []
        if self.per_file_bytes is not None:
            said.append(words.tr("{0} a file").format(format_size(self.per_file_bytes)))
        if self.per_case_bytes is not None:
            said.append(words.tr("{0} a case").format(format_size(self.per_case_bytes)))
        if self.pages_per_file is not None:
            said.append(words.tr("%n page(s) a file", "", self.pages_per_file))
        if self.max_files is not None:
            said.append(words.tr("at most %n file(s)", "", self.max_files))
        return ", ".join(said) if said else words.tr("no size limit")


def _limit(raw: dict[str, Any], key: str, where: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise PolicyError(f"{where}: {key} must be a positive number, got {value!r}")
    return float(value)


def _whole(raw: dict[str, Any], key: str, where: str, lowest: int = 1, highest: int | None = None) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    top = highest if highest is not None else value
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= top:
        span = f"from {lowest}" + (f" to {highest}" if highest is not None else "")
        raise PolicyError(f"{where}: {key} must be a whole number {span}, got {value!r}")
    return value


def _destination(raw: Any, where: str) -> Destination:
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: write each destination as a [[destination]] table")
    unknown = set(raw) - FIELDS
    if unknown:
        raise PolicyError(f"{where}: unknown field {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(FIELDS))}")
    code, name, source, audience = raw.get("code"), raw.get("name"), raw.get("source"), raw.get("audience")
    if not isinstance(code, str) or not code.isidentifier():
        raise PolicyError(f"{where}: code must be a name like paypal, got {code!r}")
    if not isinstance(name, str) or not name.strip():
        raise PolicyError(f"{where}: name must be text")
    if not isinstance(source, str) or not source.strip():
        raise PolicyError(f"{where}: every destination needs the source of its limits")
    if audience not in AUDIENCES:
        raise PolicyError(f"{where}: audience must be one of {', '.join(AUDIENCES)}, got {audience!r}")
    per_file, per_case = _limit(raw, "per_file_mb", where), _limit(raw, "per_case_mb", where)
    max_files, pages_per_file = _whole(raw, "max_files", where), _whole(raw, "pages_per_file", where)
    image_dpi = _whole(raw, "image_dpi", where, *DPI_RANGE)
    if per_file is not None and per_case is not None and per_case < per_file:
        raise PolicyError(f"{where}: per_case_mb ({per_case:g}) is less than per_file_mb ({per_file:g})")
    assumption, note = raw.get("assumption", False), raw.get("note")
    if not isinstance(assumption, bool) or (note is not None and not isinstance(note, str)):
        raise PolicyError(f"{where}: assumption must be true or false and note text")
    if assumption and not note:
        raise PolicyError(f"{where}: an assumption needs a note saying what to check")
    return Destination(
        code=code,
        name=name.strip(),
        per_file_bytes=None if per_file is None else int(per_file * MB),
        per_case_bytes=None if per_case is None else int(per_case * MB),
        max_files=max_files,
        audience=audience,
        source=titled(source.strip()),
        assumption=assumption,
        note=note,
        pages_per_file=pages_per_file,
        image_dpi=image_dpi,
    )


def parse(text: str, filename: str) -> tuple[list[Destination], str]:
    """The destinations of a file, in file order, and the default's code; PolicyError naming the file and entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(f"{filename}: not valid TOML: {error}") from None
    extra = set(data) - {"default", "destination"}
    if extra:
        raise PolicyError(
            f"{filename}: unknown top-level field {', '.join(sorted(extra))}; allowed: default, destination"
        )
    entries = data.get("destination", [])
    if not isinstance(entries, list) or not entries:
        raise PolicyError(f"{filename}: no [[destination]] tables")
    found = [_destination(raw, f"{filename}, destination {n}") for n, raw in enumerate(entries, start=1)]
    codes = [d.code for d in found]
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise PolicyError(f"{filename}: destination {', '.join(twice)} appears twice")
    default = data.get("default")
    chosen = next((d for d in found if d.code == default), None)
    if chosen is None:
        raise PolicyError(f"{filename}: default must be one of {', '.join(codes)}, got {default!r}")
    if chosen.for_counsel:
        raise PolicyError(f"{filename}: the default destination {default!r} must be external, not for counsel")
    return found, chosen.code


@functools.cache
def _read(path: Path) -> tuple[tuple[Destination, ...], str]:
    found, default = parse(path.read_text(encoding="utf-8"), f"policies/packet/{path.name}")
    return tuple(found), default


def destinations(path: Path = DESTINATIONS_FILE) -> list[Destination]:
    """Every destination, the default first, then in file order."""
    found, default = _read(path)
    return sorted(found, key=lambda d: d.code != default)


def default_destination(path: Path = DESTINATIONS_FILE) -> Destination:
    return destinations(path)[0]


def destination(code: str, path: Path = DESTINATIONS_FILE) -> Destination:
    """The destination with this code; a DeskError listing the known codes when there is none."""
    known = destinations(path)
    wanted = code.strip().lower()
    for found in known:
        if found.code == wanted:
            return found
    raise DeskError(words.tr("unknown destination {0!r}; known: {1}").format(code, ", ".join(d.code for d in known)))
