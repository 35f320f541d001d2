"""Platform rules as data: the shipped `desk/policies/*.toml` plus the user's overrides (`PolicyOverride` rows).

`load_policies(session).rule(platform, key, on, method)` is the rule in force on `on`. The lookup goes from the
most to the least specific: the platform's rule for that payment method, the platform's rule for every method,
then the same two in `default.toml` (platforms without a file of their own). At each step a user's override wins
from its effective date on; otherwise the shipped entry with the latest `effective` on or before `on` applies.

Overrides are stored per platform; a method-specific one keeps its method in the key column as `KEY@METHOD`
(the table has no method column). The purchase agent's rules (`agent.toml`) and `default.toml` are not a platform
and cannot be overridden yet; a deadline override on the case is the way round that."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.common import words as enum_words
from desk.json_reading import TooDeeplyNested, read_json
from desk.models import PaymentMethod, Platform, PolicyOverride
from desk.policies.rules import (
    UNITS,
    PolicyError,
    PolicySet,
    Rule,
    Value,
    check_method,
    check_unit,
    check_value,
    read_policy_file,
)

__all__ = [
    "DEFAULT",
    "POLICY_DIR",
    "UNITS",
    "Policies",
    "PolicyError",
    "Rule",
    "load_policies",
    "set_override",
    "unset_override",
]

POLICY_DIR = Path(__file__).parent
DEFAULT = "default"
AGENT = "agent"  # a purchase agent's member account (seed 000)


class Policies:
    def __init__(self, sets: Mapping[str, PolicySet], overrides: Iterable[Rule] = (), business_country: str = "DE"):
        # business_country: the `country` setting, whose working days count `business_days`.
        if DEFAULT not in sets:
            raise PolicyError(f"no {DEFAULT}.toml among the policy files")
        self._sets = dict(sets)
        self.business_country = business_country
        self._entries: dict[tuple[str, str, str | None], list[Rule]] = defaultdict(list)
        for rule in [r for s in sets.values() for r in s.rules] + list(overrides):
            self._entries[(rule.platform, rule.key, rule.method)].append(rule)

    def platforms(self) -> list[str]:
        """The policy sets shipped: platforms with a file of their own, `agent` and `default`."""
        return sorted(self._sets)

    def country(self, platform: str) -> str:
        """The country whose working days the platform's `working_days` rules count."""
        return self._sets.get(str(platform), self._sets[DEFAULT]).country

    def _in_force(self, scope: str, key: str, method: str | None, on: date) -> Rule | None:
        candidates = [r for r in self._entries.get((scope, key, method), ()) if r.effective <= on]
        # A user's override wins from its effective date on, even over a shipped change dated later.
        pool = [r for r in candidates if r.overridden] or candidates
        return max(pool, key=lambda r: r.effective, default=None)

    def _levels(self, platform: str, method: str | None) -> list[tuple[str, str | None]]:
        scopes = [platform] if platform == DEFAULT else [platform, DEFAULT]
        return [(scope, m) for scope in scopes for m in ([method, None] if method else [None])]

    def candidates(self, platform: str, key: str, method: str | None = None) -> list[list[Rule]]:
        """The entries of each step of the lookup that has any, most specific first, whatever their dates."""
        levels = self._levels(str(platform), method)
        return [self._entries[(scope, key, m)] for scope, m in levels if self._entries.get((scope, key, m))]

    def has(self, platform: str, key: str, method: str | None = None) -> bool:
        """Whether the platform has the rule at all, on any date (a platform without buyer protection has none)."""
        return bool(self.candidates(platform, key, method))

    def rule(self, platform: str, key: str, on: date, method: str | None = None) -> Rule:
        """The rule in force on `on`; PolicyError naming platform and key when there is none."""
        platform = str(platform)
        levels = self._levels(platform, method)
        for scope, m in levels:
            found = self._in_force(scope, key, m, on)
            if found is not None:
                return found
        from desk.language import words  # not the package's `words` (desk.policies.words)
        from desk.policies.words import rule_title, where

        # In words: the message reaches the window (the Dashboard names the cases it left without a deadline).
        what = rule_title(key).lower()
        if method:
            what = words.tr("{0} for payments by {1}").format(what, enum_words(PaymentMethod(method)))
        later = [r.effective for scope, m in levels for r in self._entries.get((scope, key, m), ())]
        if later:
            raise PolicyError(
                words.tr("{0}, Desk knows no rule for {1} on {2}; the first one takes effect on {3}").format(
                    where(platform), what, on.isoformat(), min(later).isoformat()
                )
            )
        raise PolicyError(
            words.tr("{0}, Desk knows no rule for {1}: set your own from the day it applies (desk policy set)").format(
                where(platform), what
            )
        )

    def all_rules(self, platform: str, *, inherited: bool = True) -> list[Rule]:
        """Every entry that can apply to the platform, its own and (unless told not to) those it takes from
        default.toml, superseded and future ones included, for showing."""
        platform = str(platform)
        own = [r for (scope, _, _), rules in self._entries.items() if scope == platform for r in rules]
        if inherited and platform != DEFAULT:
            # An override only takes over from its date: the default entries it replaces still apply before it.
            defined = {(r.key, r.method) for r in own if not r.overridden}
            own += [
                r
                for (scope, key, method), rules in self._entries.items()
                if scope == DEFAULT and (key, method) not in defined and (key, None) not in defined
                for r in rules
            ]
        return sorted(own, key=lambda r: (r.key, r.method or "", r.effective, r.overridden))

    def add(self, rule: Rule, start: date, days: int) -> date:
        """`start` plus `days` in the rule's unit. Zero days is `start` itself ("immediate")."""
        if days == 0:
            return start
        from desk.calendar import add_days, working_calendar  # BeyondCalendar past 9999: no deadline, not a crash

        if rule.unit == "days":
            return add_days(start, days)
        country = self.business_country if rule.unit == "business_days" else self.country(rule.platform)
        return working_calendar(country).add_working_days(start, days)

    def window(self, rule: Rule, start: date) -> tuple[date, date]:
        """The earliest and latest dates of the rule's [min, max] counted from `start`."""
        return self.add(rule, start, rule.low), self.add(rule, start, rule.high)


def shipped_sets(folder: Path = POLICY_DIR) -> dict[str, PolicySet]:
    return {path.stem: read_policy_file(path) for path in sorted(folder.glob("*.toml"))}


def storage_key(key: str, method: str | None) -> str:
    return f"{key}@{method}" if method else key


def _override_rule(row: PolicyOverride, sets: Mapping[str, PolicySet]) -> Rule:
    from desk.language import words  # not the package's `words` (desk.policies.words)
    key, _, method = row.key.partition("@")
    where = words.tr("policy override {0} ({1})").format(row.id, f"{row.platform.value} {row.key}")
    try:
        stored = read_json(row.value, where)
    except TooDeeplyNested as exc:
        raise PolicyError(str(exc)) from None
    except ValueError:
        raise PolicyError(words.tr("{0}: value is not JSON: {1!r}").format(where, row.value)) from None
    raw, unit = (stored.get("value"), stored.get("unit")) if isinstance(stored, dict) else (stored, None)
    return Rule(
        key=key,
        value=check_value(raw, where),
        unit=check_unit(unit, where)
        if unit is not None
        else _shipped_unit(sets, row.platform.value, key, method or None, where),
        effective=row.effective,
        source=row.source or "set by the user",
        platform=row.platform.value,
        method=check_method(method or None, where),
        overridden=True,
    )


def _shipped_unit(sets: Mapping[str, PolicySet], platform: str, key: str, method: str | None, where: str) -> str:
    """The unit of the shipped rule an override replaces: the first the lookup would reach, else any of that key."""
    from desk.language import words  # not the package's `words` (desk.policies.words)
    reached = Policies(sets).candidates(platform, key, method)
    if reached:
        return max(reached[0], key=lambda r: r.effective).unit
    for policy_set in sets.values():
        for rule in policy_set.rules:
            if rule.key == key:
                return rule.unit
    known = sorted({r.key for s in sets.values() for r in s.rules})
    raise PolicyError(words.tr("{0}: unknown rule {1!r}; known: {2}").format(where, key, ", ".join(known)))


def load_policies(session: Session, folder: Path = POLICY_DIR) -> Policies:
    """The shipped rules and the user's overrides, and the business's country for business days."""
    from desk.settings import get_str

    sets = shipped_sets(folder)
    overrides = [_override_rule(row, sets) for row in session.scalars(select(PolicyOverride))]
    return Policies(sets, overrides, get_str(session, "country"))


def _platform(name: str) -> Platform:
    from desk.language import words  # not the package's `words` (desk.policies.words)
    try:
        return Platform(name.strip().lower())
    except ValueError:
        if name in (AGENT, DEFAULT):
            raise PolicyError(
                words.tr(
                    "the {0} rules are not a platform's and cannot be overridden yet; "
                    "enter the date on the case as a deadline override instead"
                ).format(name)
            ) from None
        raise PolicyError(
            words.tr("unknown platform {0!r}; known: {1}").format(name, ", ".join(p.value for p in Platform))
        ) from None


def set_override(
    session: Session,
    platform: str,
    key: str,
    value: Value,
    effective: date,
    *,
    source: str | None = None,
    method: str | None = None,
    unit: str | None = None,
    folder: Path = POLICY_DIR,
) -> Rule:
    """Store the user's value for a rule from `effective` on (replacing one set for the same date)."""
    from desk.language import words  # not the package's `words` (desk.policies.words)
    plat = _platform(platform)
    sets = shipped_sets(folder)
    where = f"{plat.value} {key}"
    method = check_method(method, where)
    unit = check_unit(unit, where) if unit is not None else _shipped_unit(sets, plat.value, key, method, where)
    checked = check_value(value, where)
    if method and not any(r.key == key and r.method for s in sets.values() for r in s.rules):
        raise PolicyError(words.tr(
            "{0}: this rule is the same for every payment method; leave out --method"
        ).format(where))
    stored = json.dumps({"value": list(checked) if isinstance(checked, tuple) else checked, "unit": unit})
    k = storage_key(key, method)
    row = session.scalar(
        select(PolicyOverride).where(
            PolicyOverride.platform == plat, PolicyOverride.key == k, PolicyOverride.effective == effective
        )
    )
    if row is None:
        row = PolicyOverride(platform=plat, key=k, effective=effective)
        session.add(row)
    row.value, row.source = stored, source
    session.flush()
    return _override_rule(row, sets)


def unset_override(session: Session, platform: str, key: str, effective: date, method: str | None = None) -> None:
    """Remove the user's value set for that date; the shipped rule applies again."""
    from desk.language import words  # not the package's `words` (desk.policies.words)
    plat = _platform(platform)
    row = session.scalar(
        select(PolicyOverride).where(
            PolicyOverride.platform == plat,
            PolicyOverride.key == storage_key(key, method),
            PolicyOverride.effective == effective,
        )
    )
    if row is None:
        raise PolicyError(
            words.tr("no override of {0} {1} effective {2}").format(
                plat.value, storage_key(key, method), effective.isoformat()
            )
        )
    session.delete(row)


def parse_value(text: str) -> Any:
    """`5`, `3-20`, `3..20`, `3,20` or `[3, 20]` as typed on the command line (checked by check_value)."""
    from desk.language import words  # not the package's `words` (desk.policies.words)
    cleaned = text.strip().strip("[]").replace("..", ",").replace("–", ",").replace("-", ",")
    try:
        parts = [int(p) for p in cleaned.split(",")]
    except ValueError:
        raise PolicyError(words.tr("{0!r} is not a number of days or a range like 3-20").format(text)) from None
    return parts[0] if len(parts) == 1 else parts
