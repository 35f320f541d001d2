"""The rules as `desk policy list` shows them: which platforms, each rule that can apply to one, and whether it is
the one in force on a day; a rule as plain values for `--json`."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import Platform, PolicyOverride
from desk.policies import Policies, Rule


def rule_json(rule: Rule, in_force: bool | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "platform": rule.platform,
        "key": rule.key,
        "method": rule.method,
        "value": list(rule.value) if isinstance(rule.value, tuple) else rule.value,
        "unit": rule.unit,
        "effective": rule.effective.isoformat(),
        "source": rule.source,
        "overridden": rule.overridden,
        "assumption": rule.assumption,
        "note": rule.note,
    }
    if in_force is not None:
        data["in_force"] = in_force
    return data


def _platforms(session: Session, policies: Policies, wanted: str | None) -> list[str]:
    known = set(policies.platforms()) | {p.value for p in Platform}
    if wanted is not None:
        if wanted.lower() not in known:
            raise DeskError(words.tr("unknown platform {0!r}; known: {1}").format(wanted, ", ".join(sorted(known))))
        return [wanted.lower()]
    overridden = {p.value for p in session.scalars(select(PolicyOverride.platform).distinct())}
    return sorted(set(policies.platforms()) | overridden)


def _in_force(policies: Policies, platform: str, rule: Rule, on: date) -> bool:
    try:
        return policies.rule(platform, rule.key, on, rule.method) == rule
    except DeskError:
        return False


def rules_by_platform(
    session: Session, policies: Policies, platform: str | None, on: date
) -> dict[str, list[tuple[Rule, bool]]]:
    """Each platform's rules with whether each is in force on `on`. One platform: everything that applies to it;
    all of them (None): each one's own rules, and default.toml's once."""
    inherited = platform is not None
    return {
        p: [(r, _in_force(policies, p, r, on)) for r in policies.all_rules(p, inherited=inherited)]
        for p in _platforms(session, policies, platform)
    }
