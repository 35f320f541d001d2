"""The business's settings and its overrides of platform rules: `desk setting NAME VALUE`, `desk policy set` and
`desk policy unset` call these.

    result = override_policy(ws, OverridePolicy("aliexpress", "seller_response", "7", date(2026, 1, 1)))

Values are the text as typed ("5", "3-20", "eur"), read and checked by the domain (`desk.settings`,
`desk.policies`), which refuses a bad one with a message naming the setting or the rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk import policies, settings
from desk.common import formatted
from desk.language import words
from desk.operations import Record, Result, changed
from desk.policies import Rule
from desk.policies.words import rule_title, says_in_full
from desk.settings import SettingValue
from desk.workspace import Workspace


@dataclass(frozen=True)
class ChangeSetting:
    name: str  # home_currency, reminder_days, country, …
    value: str | int  # as typed (converted to the setting's type), or already of its type


@dataclass(frozen=True)
class OverridePolicy:
    platform: str
    key: str  # seller_response, refund_arrival, protection_window, …
    value: str  # days, or a range such as 3-20, as typed
    effective: date  # the day it took effect
    source: str | None = None  # where the user read it
    method: str | None = None  # a payment method, for per-method rules
    unit: str | None = None  # days, business_days or working_days; the shipped rule's when None


@dataclass(frozen=True)
class RemovePolicyOverride:
    platform: str
    key: str
    effective: date
    method: str | None = None


@dataclass(frozen=True, kw_only=True)
class SettingChanged(Result):
    name: str
    value: SettingValue  # in its canonical form (EUR for eur)


@dataclass(frozen=True, kw_only=True)
class PolicyOverridden(Result):
    rule: Rule  # the rule as it now reads from its effective date, marked overridden


@dataclass(frozen=True, kw_only=True)
class PolicyOverrideRemoved(Result):
    platform: str
    key: str
    method: str | None
    effective: date


def change_setting(ws: Workspace, request: ChangeSetting) -> SettingChanged:
    name, value = request.name, request.value
    checked = settings.parse_setting(name, value) if isinstance(value, str) else settings.validate(name, value)
    with ws.write() as session:
        stored = settings.set_setting(session, name, checked)
    shown = name.replace("_", " ")
    said = words.tr("Set {0} to {1}.").format(shown, stored) if stored != "" else words.tr("Cleared {0}.").format(shown)
    return SettingChanged(changed=changed(Record.SETTING), message=said, name=name, value=stored)


def override_policy(ws: Workspace, request: OverridePolicy) -> PolicyOverridden:
    """The user's value for a rule from its effective date on (replacing one set for the same date)."""
    value = policies.parse_value(request.value)
    with ws.write() as session:
        rule = policies.set_override(
            session,
            request.platform,
            request.key,
            value,
            request.effective,
            source=request.source,
            method=request.method,
            unit=request.unit,
        )
    said = formatted(words.tr("Your override: {0}, from {1} on."), says_in_full(rule), rule.effective)
    return PolicyOverridden(changed=changed(Record.POLICY), message=str(said), dated=said, rule=rule)


def remove_policy_override(ws: Workspace, request: RemovePolicyOverride) -> PolicyOverrideRemoved:
    """The shipped rule applies again from that date."""
    with ws.write() as session:
        policies.unset_override(session, request.platform, request.key, request.effective, request.method)
    platform = request.platform.strip().lower()
    title = rule_title(request.key)
    what = f"{title[:1].lower()}{title[1:]}{f' ({request.method})' if request.method else ''}"
    return PolicyOverrideRemoved(
        changed=changed(Record.POLICY),
        message=str(
            said := formatted(
                words.tr("Removed your override of {0} from {1}: the shipped rule applies again."),
                what,
                request.effective,
            )
        ),
        dated=said,
        platform=platform,
        key=request.key,
        method=request.method,
        effective=request.effective,
    )
