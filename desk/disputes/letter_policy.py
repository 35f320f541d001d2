"""The escalation-letter ladder as data: `policies/letters/ladder.toml` lists the rungs in the order they are climbed
(each with when it becomes available, whom it is addressed to and its source, seeds 002 and 004) and the other roads
to the money (a PayPal claim, a card chargeback) with the payment methods that open them and what they close.

The file sits apart from the platforms' `policies/*.toml`: it holds conditions, not durations. This module only reads
and checks it; `desk.reports.letter_ladder` applies it to a dispute."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.errors import DeskError
from desk.language import words
from desk.models import Audience, PaymentMethod
from desk.policies import POLICY_DIR
from desk.policies.rules import PolicyError
from desk.policies.sources import titled

LADDER_FILE = POLICY_DIR / "letters" / "ladder.toml"
# The dispute's stage: its state, except that "closed" splits into "lost" (decided against us) and "closed".
STAGES = ("open", "seller_responded", "offer", "escalated", "decided", "refund_pending", "refunded", "closed", "lost")
TRIGGERS = (
    "opened",
    "seller_silent",
    "seller_refused",
    "escalated",
    "decided_against",
    "refund_overdue",
    "reply_passed",
)
AUDIENCES = ("seller", "platform", "counsel")
_SOURCED = {"source", "assumption", "note"}
RUNG_FIELDS = {"code", "title", "to", "stages", "when", "reply_days", "reply_days_note", "warnings"} | _SOURCED
ROAD_FIELDS = {"code", "title", "methods", "closes", "closes_note", "warnings"} | _SOURCED
CONDITION_FIELDS = {"after", "days", "letter"} | _SOURCED


@dataclass(frozen=True)
class Condition:
    after: str  # one of TRIGGERS
    days: int  # available from this many calendar days after the trigger
    letter: str | None = None  # reply_passed: whose reply-by date
    source: str | None = None
    assumption: bool = False
    note: str | None = None


@dataclass(frozen=True)
class RungSpec:
    code: str
    title: str
    to: str  # one of AUDIENCES
    stages: tuple[str, ...]
    when: tuple[Condition, ...]
    source: str
    reply_days: int | None = None
    reply_days_note: str | None = None
    warnings: tuple[str, ...] = ()
    assumption: bool = False
    note: str | None = None

    @property
    def internal(self) -> bool:
        """A letter to our own counsel never goes into anything meant for the supplier or platform."""
        return self.to == "counsel"

    @property
    def audience(self) -> Audience:
        """Who may see the letter, its PDF and its note: our lawyer's letters are counsel, the others external."""
        return Audience.COUNSEL if self.internal else Audience.EXTERNAL


@dataclass(frozen=True)
class RoadSpec:
    code: str
    title: str
    methods: tuple[PaymentMethod, ...]
    closes: tuple[str, ...]  # rung codes it may end
    source: str
    closes_note: str | None = None
    warnings: tuple[str, ...] = ()
    assumption: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Ladder:
    rungs: tuple[RungSpec, ...]
    roads: tuple[RoadSpec, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.rungs)

    def rung(self, code: str) -> RungSpec:
        for rung in self.rungs:
            if rung.code == code:
                return rung
        raise DeskError(words.tr("unknown letter kind {0!r}; known: {1}").format(code, ", ".join(self.codes)))


def _text(raw: dict[str, Any], name: str, where: str, required: bool = True) -> str | None:
    value = raw.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(f"{where}: {name} must be text")
    return titled(value.strip())  # people read these: a seed file is named by its page's title


def _texts(raw: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PolicyError(f"{where}: {name} must be a list of texts")
    return tuple(titled(v.strip()) for v in value)


def _check_fields(raw: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: must be a table")
    unknown = set(raw) - allowed
    if unknown:
        raise PolicyError(f"{where}: unknown field {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(allowed))}")
    assumption = raw.get("assumption", False)
    if not isinstance(assumption, bool):
        raise PolicyError(f"{where}: assumption must be true or false")
    if assumption and not isinstance(raw.get("note"), str):
        raise PolicyError(f"{where}: an assumption needs a note saying what was assumed and why")
    return raw


def _days(raw: Any, name: str, where: str, low: int) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < low:
        raise PolicyError(f"{where}: {name} must be a whole number of days, at least {low}, got {raw!r}")
    return raw


def _condition(raw: Any, where: str) -> Condition:
    raw = _check_fields(raw, CONDITION_FIELDS, where)
    after = raw.get("after")
    if after not in TRIGGERS:
        raise PolicyError(f"{where}: after must be one of {', '.join(TRIGGERS)}, got {after!r}")
    letter = _text(raw, "letter", where, required=after == "reply_passed")
    if letter is not None and after != "reply_passed":
        raise PolicyError(f'{where}: letter is only for after = "reply_passed"')
    return Condition(
        after=after,
        days=_days(raw.get("days", 0), "days", where, 0),
        letter=letter,
        source=_text(raw, "source", where, required=False),
        assumption=raw.get("assumption", False),
        note=_text(raw, "note", where, required=False),
    )


def _rung(raw: Any, where: str) -> RungSpec:
    raw = _check_fields(raw, RUNG_FIELDS, where)
    code = raw.get("code")
    if not isinstance(code, str) or not code.isidentifier():
        raise PolicyError(f"{where}: code must be a name like formal_demand, got {code!r}")
    where = f"{where} ({code})"
    to = raw.get("to")
    if to not in AUDIENCES:
        raise PolicyError(f"{where}: to must be one of {', '.join(AUDIENCES)}, got {to!r}")
    stages = _texts(raw, "stages", where)
    wrong = [s for s in stages if s not in STAGES]
    if not stages or wrong:
        raise PolicyError(f"{where}: stages must list some of {', '.join(STAGES)}; unknown: {', '.join(wrong)}")
    when = raw.get("when")
    if not isinstance(when, list) or not when:
        raise PolicyError(f"{where}: when must list at least one {{after = TRIGGER, days = N}}")
    reply_days = raw.get("reply_days")
    return RungSpec(
        code=code,
        title=str(_text(raw, "title", where)),
        to=to,
        stages=stages,
        when=tuple(_condition(c, f"{where}, when {n}") for n, c in enumerate(when, start=1)),
        source=str(_text(raw, "source", where)),
        reply_days=None if reply_days is None else _days(reply_days, "reply_days", where, 1),
        reply_days_note=_text(raw, "reply_days_note", where, required=False),
        warnings=_texts(raw, "warnings", where),
        assumption=raw.get("assumption", False),
        note=_text(raw, "note", where, required=False),
    )


def _road(raw: Any, where: str, rungs: tuple[str, ...]) -> RoadSpec:
    raw = _check_fields(raw, ROAD_FIELDS, where)
    code = raw.get("code")
    if not isinstance(code, str) or not code.isidentifier():
        raise PolicyError(f"{where}: code must be a name like card_chargeback, got {code!r}")
    where = f"{where} ({code})"
    methods: list[PaymentMethod] = []
    for name in _texts(raw, "methods", where):
        try:
            methods.append(PaymentMethod(name))
        except ValueError:
            known = ", ".join(m.value for m in PaymentMethod)
            raise PolicyError(f"{where}: unknown payment method {name!r}; known: {known}") from None
    closes = _texts(raw, "closes", where)
    unknown = [c for c in closes if c not in rungs]
    if unknown:
        raise PolicyError(f"{where}: closes names no rung: {', '.join(unknown)}")
    note = _text(raw, "closes_note", where, required=bool(closes))
    return RoadSpec(
        code=code,
        title=str(_text(raw, "title", where)),
        methods=tuple(methods),
        closes=closes,
        source=str(_text(raw, "source", where)),
        closes_note=note,
        warnings=_texts(raw, "warnings", where),
        assumption=raw.get("assumption", False),
        note=_text(raw, "note", where, required=False),
    )


def parse_ladder(text: str, filename: str) -> Ladder:
    """The ladder file's text checked; PolicyError naming the file and the entry on the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(f"{filename}: not valid TOML: {error}") from None
    extra = set(data) - {"rung", "road"}
    if extra:
        raise PolicyError(f"{filename}: unknown top-level field {', '.join(sorted(extra))}; allowed: rung, road")
    rungs = tuple(_rung(raw, f"{filename}, rung {n}") for n, raw in enumerate(data.get("rung", []), start=1))
    codes = tuple(r.code for r in rungs)
    if not rungs or len(set(codes)) != len(codes):
        raise PolicyError(f"{filename}: the rungs must be listed once each, got {', '.join(codes) or 'none'}")
    for rung in rungs:
        for condition in rung.when:
            target = condition.letter
            if target is not None and (target not in codes or rungs[codes.index(target)].reply_days is None):
                raise PolicyError(f"{filename}, rung {rung.code}: letter {target!r} is no rung with reply_days")
    roads = tuple(_road(raw, f"{filename}, road {n}", codes) for n, raw in enumerate(data.get("road", []), start=1))
    return Ladder(rungs, roads)


@functools.cache
def _read(path: Path) -> Ladder:
    return parse_ladder(path.read_text(encoding="utf-8"), f"policies/letters/{path.name}")


def load_ladder(path: Path = LADDER_FILE) -> Ladder:
    """The shipped ladder (read once per process)."""
    return _read(path)
