"""One policy file (`desk/policies/<name>.toml`) read and checked: its country and its dated rules.

Every rule names its `key`, `value` (days, or a [min, max] window), `unit`, the date it took `effective` and the
`source` it comes from; a value Desk assumed rather than read says so (`assumption = true` and a `note`)."""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desk.common import Dated
from desk.errors import DeskError
from desk.language import words
from desk.models import PaymentMethod

# "days" are calendar days; "business_days" count the business's own country (setting `country`: refunds arrive
# at its bank, card or wallet); "working_days" count the country of the policy file (the platform does the work).
UNITS = ("days", "business_days", "working_days")
RULE_FIELDS = {"key", "value", "unit", "effective", "source", "method", "assumption", "note"}
METHODS = {m.value for m in PaymentMethod}

Value = int | tuple[int, int]


class PolicyError(DeskError):
    """A policy file or override that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    key: str
    value: Value
    unit: str
    effective: date
    source: str
    platform: str  # the policy set it comes from: a platform, "agent" or "default"
    method: str | None = None  # a payment method, for rules that differ by method
    overridden: bool = False  # set by the user (a PolicyOverride), not shipped
    assumption: bool = False  # Desk's assumption where the source is silent or vague
    note: str | None = None

    @property
    def low(self) -> int:
        return self.value[0] if isinstance(self.value, tuple) else self.value

    @property
    def high(self) -> int:
        return self.value[1] if isinstance(self.value, tuple) else self.value

    @property
    def name(self) -> str:
        """`aliexpress.refund_arrival[alipay]`"""
        return f"{self.platform}.{self.key}" + (f"[{self.method}]" if self.method else "")

    def describe(self) -> str:
        """`5 days`, `3–20 days`, `7–15 working days`, in the user's language."""
        if self.low != self.high:
            if self.unit == "working_days":
                return words.tr("{0}–{1} working days").format(self.low, self.high)
            if self.unit == "business_days":
                return words.tr("{0}–{1} business days").format(self.low, self.high)
            return words.tr("{0}–{1} days").format(self.low, self.high)
        # One text for one day and a plural for the others (Russian: 2 дня, 5 дней, 21 день): English reads
        # right without a catalog.
        n = self.low
        if self.unit == "working_days":
            return words.tr("1 working day") if n == 1 else words.tr("%n working days", "", n)
        if self.unit == "business_days":
            return words.tr("1 business day") if n == 1 else words.tr("%n business days", "", n)
        return words.tr("1 day") if n == 1 else words.tr("%n days", "", n)

    def cite(self) -> str:
        """The rule in words with the public page it comes from, for a deadline's `rule` text (never its key)."""
        from desk.policies.words import cite

        return cite(self)

    def cite_dated(self) -> Dated:
        """`cite` with its date left for the front end to write (`Dated.words(date_text)` in the window)."""
        from desk.policies.words import cite_dated

        return cite_dated(self)


@dataclass(frozen=True)
class PolicySet:
    name: str  # the file's stem
    country: str  # ISO 3166 code whose working days `working_days` rules count
    rules: tuple[Rule, ...]


def read_toml(text: str, filename: str, allowed: Collection[str]) -> dict[str, Any]:
    """A policy file's TOML (the rules, a deposit policy), refusing a top-level field it does not know."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(f"{filename}: not valid TOML: {error}") from None
    check_fields(data, allowed, filename, "top-level field")
    return data


def check_fields(raw: Mapping[str, Any], allowed: Collection[str], where: str, what: str = "field") -> None:
    unknown = set(raw) - set(allowed)
    if unknown:
        raise PolicyError(
            f"{where}: unknown {what} {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(allowed))}"
        )


def check_provenance(raw: Mapping[str, Any], where: str) -> tuple[str, bool, str | None]:
    """An entry's `source` (where it comes from), and whether Desk assumed it, with the `note` that says why."""
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise PolicyError(f"{where}: source must say where the entry comes from (seed file and sentence)")
    assumption, note = raw.get("assumption", False), raw.get("note")
    if not isinstance(assumption, bool):
        raise PolicyError(f"{where}: assumption must be true or false")
    if note is not None and not isinstance(note, str):
        raise PolicyError(f"{where}: note must be text")
    if assumption and not note:
        raise PolicyError(f"{where}: an assumption needs a note saying what was assumed and why")
    return source.strip(), assumption, note


def check_value(raw: Any, where: str) -> Value:
    """An int of days >= 0, or a [min, max] pair of them with min <= max."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        if raw < 0:
            raise PolicyError(words.tr("{0}: value must not be negative, got {1}").format(where, raw))
        return raw
    if (
        isinstance(raw, list | tuple)
        and len(raw) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in raw)
    ):
        low, high = int(raw[0]), int(raw[1])
        if not 0 <= low <= high:
            raise PolicyError(
                words.tr("{0}: value [{1}, {2}] must be [min, max] with 0 <= min <= max").format(where, low, high)
            )
        return (low, high)
    raise PolicyError(
        words.tr("{0}: value must be a number of days or a [min, max] pair, got {1!r}").format(where, raw)
    )


def check_unit(raw: Any, where: str) -> str:
    if raw not in UNITS:
        raise PolicyError(words.tr("{0}: unknown unit {1!r}; use {2}").format(where, raw, ", ".join(UNITS)))
    return str(raw)


def check_method(raw: Any, where: str) -> str | None:
    if raw is None:
        return None
    if raw not in METHODS:
        raise PolicyError(
            words.tr("{0}: unknown payment method {1!r}; known: {2}").format(where, raw, ", ".join(sorted(METHODS)))
        )
    return str(raw)


def _date(raw: Any, where: str) -> date:
    if isinstance(raw, date):  # TOML's own date type
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise PolicyError(f"{where}: effective must be a date like 2026-01-31, got {raw!r}")


def _rule(entry: Mapping[str, Any], where: str, platform: str) -> Rule:
    check_fields(entry, RULE_FIELDS, where)
    for needed in ("key", "value", "unit", "effective", "source"):
        if needed not in entry:
            raise PolicyError(f"{where}: missing {needed}")
    source, assumption, note = check_provenance(entry, where)
    return Rule(
        key=entry["key"],
        value=check_value(entry["value"], where),
        unit=check_unit(entry["unit"], where),
        effective=_date(entry["effective"], where),
        source=source,
        platform=platform,
        method=check_method(entry.get("method"), where),
        assumption=assumption,
        note=note,
    )


def parse_policy(text: str, name: str, filename: str) -> PolicySet:
    """A policy file's text checked; PolicyError naming the file and the rule on the first problem."""
    data = read_toml(text, filename, ("country", "rule"))
    country = data.get("country")
    if not isinstance(country, str) or len(country) != 2 or not country.isalpha() or not country.isupper():
        raise PolicyError(f"{filename}: country must be an ISO 3166 code such as CN, got {country!r}")
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise PolicyError(f"{filename}: rules are written as [[rule]] tables")
    rules: list[Rule] = []
    seen: set[tuple[str, str | None, date]] = set()
    for number, entry in enumerate(entries, start=1):
        key = entry.get("key") if isinstance(entry, dict) else None
        where = f"{filename}, rule {number}" + (f" ({key})" if isinstance(key, str) else "")
        if not isinstance(key, str) or not key.isidentifier():
            raise PolicyError(f"{where}: key must be a name like seller_response, got {key!r}")
        rule = _rule(entry, where, name)
        ident = (rule.key, rule.method, rule.effective)
        if ident in seen:
            raise PolicyError(
                f"{where}: a second {rule.name} effective {rule.effective}; give each change its own date"
            )
        seen.add(ident)
        rules.append(rule)
    return PolicySet(name, country, tuple(rules))


def read_policy_file(path: Path) -> PolicySet:
    return parse_policy(path.read_text(encoding="utf-8"), path.stem, path.name)
