"""What a deposit refund application needs, as data: `policies/deposit/<platform>.toml` (else `default.toml`) lists
the prerequisites (each with how Desk checks it) and the documents, each citing its source (seed 003).

The files sit apart from the platforms' `policies/*.toml` (whose loader reads only rules with a value and a unit):
these are lists of conditions, not durations."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desk.language import words
from desk.policies import POLICY_DIR
from desk.policies.rules import PolicyError, check_fields, check_provenance, read_toml
from desk.policies.sources import titled

DEPOSIT_DIR = POLICY_DIR / "deposit"
DEFAULT = "default"
# How a prerequisite is decided: the user's word, or Desk's own orders and disputes of the store.
CHECKS = ("confirmation", "orders", "disputes")
_COMMON = {"code", "label", "effective", "source", "assumption", "note"}
FIELDS = {"prerequisite": _COMMON | {"check"}, "document": _COMMON | {"required"}}


@dataclass(frozen=True)
class Requirement:
    kind: str  # prerequisite or document
    code: str
    label: str
    effective: date
    source: str
    check: str | None = None  # prerequisites: one of CHECKS
    required: bool = True  # documents: False is recommended only
    assumption: bool = False
    note: str | None = None

    def cite(self) -> str:
        return words.tr("Desk's reading of {0}").format(titled(self.source)) if self.assumption else titled(self.source)


def _entry(kind: str, raw: Any, where: str) -> Requirement:
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: write each {kind} as a [[{kind}]] table")
    check_fields(raw, FIELDS[kind], where)
    code, label = raw.get("code"), raw.get("label")
    if not isinstance(code, str) or not code.isidentifier():
        raise PolicyError(f"{where}: code must be a name like store_closed, got {code!r}")
    if not isinstance(label, str) or not label.strip():
        raise PolicyError(f"{where}: label must be text")
    source, assumption, note = check_provenance(raw, where)
    if not isinstance(raw.get("effective"), date):
        raise PolicyError(f"{where}: effective must be a date like 2026-01-01")
    check = raw.get("check")
    if kind == "prerequisite" and check not in CHECKS:
        raise PolicyError(f"{where}: check must be one of {', '.join(CHECKS)}, got {check!r}")
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise PolicyError(f"{where}: required must be true or false")
    return Requirement(kind, code, label.strip(), raw["effective"], source, check, required, assumption, note)


def parse(text: str, filename: str) -> tuple[Requirement, ...]:
    """A deposit policy file checked; PolicyError naming the file and the entry on the first problem."""
    data = read_toml(text, filename, FIELDS)
    found: list[Requirement] = []
    for kind in FIELDS:
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            raise PolicyError(f"{filename}: write each {kind} as a [[{kind}]] table")
        for number, raw in enumerate(entries, start=1):
            found.append(_entry(kind, raw, f"{filename}, {kind} {number}"))
    seen = [(r.code, r.effective) for r in found]
    twice = sorted({f"{c} effective {e}" for c, e in seen if seen.count((c, e)) > 1})
    if twice:
        raise PolicyError(f"{filename}: {', '.join(twice)} appears twice; give each change its own date")
    return tuple(found)


@functools.cache
def _read(path: Path) -> tuple[Requirement, ...]:
    return parse(path.read_text(encoding="utf-8"), f"policies/deposit/{path.name}")


def requirements(platform: str, on: date, folder: Path = DEPOSIT_DIR) -> tuple[list[Requirement], Path]:
    """The entries in force on `on` for the platform (its own file, else default.toml), in file order, and the
    file they came from. An entry is replaced from the date of a later entry with the same code."""
    path = folder / f"{platform}.toml"
    if not path.is_file():
        path = folder / f"{DEFAULT}.toml"
    entries = _read(path)
    latest: dict[str, Requirement] = {}
    for entry in entries:
        held = latest.get(entry.code)
        if entry.effective <= on and (held is None or entry.effective > held.effective):
            latest[entry.code] = entry
    chosen = {id(e) for e in latest.values()}
    return [e for e in entries if id(e) in chosen], path
