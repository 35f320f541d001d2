"""The settings and policy-override operations (desk.operations.settings): values as typed, checked by the
domain, stored in one audited transaction, refused with a message naming the setting or rule and nothing stored."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desk.errors import DeskError
from desk.models import AuditEntry, PolicyOverride, Setting
from desk.operations import Record
from desk.operations.settings import (
    ChangeSetting,
    OverridePolicy,
    RemovePolicyOverride,
    change_setting,
    override_policy,
    remove_policy_override,
)
from desk.policies import load_policies
from desk.settings import get_setting
from desk.workspace import Workspace

JAN = date(2026, 1, 1)


def _audited(ws: Workspace) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_setting_typed_as_text_is_stored_in_its_type_and_canonical_form(workspace: Workspace) -> None:
    days = change_setting(workspace, ChangeSetting("reminder_days", " 5 "))
    assert (days.name, days.value, days.message) == ("reminder_days", 5, "Set reminder days to 5.")
    assert days.changed == frozenset({Record.SETTING})
    currency = change_setting(workspace, ChangeSetting("home_currency", "usd"))
    assert currency.value == "USD"
    assert change_setting(workspace, ChangeSetting("reminder_days", 7)).value == 7  # already of its type
    with workspace.read() as s:
        assert (get_setting(s, "reminder_days"), get_setting(s, "home_currency")) == (7, "USD")


def test_a_bad_setting_is_refused_naming_it_and_nothing_is_stored(workspace: Workspace) -> None:
    before = _audited(workspace)
    with pytest.raises(DeskError, match="reminder_days must be a whole number, got 'soon'"):
        change_setting(workspace, ChangeSetting("reminder_days", "soon"))
    with pytest.raises(DeskError, match="unknown setting 'colour'"):
        change_setting(workspace, ChangeSetting("colour", "blue"))
    with pytest.raises(DeskError, match="'EURO' is not a currency in use"):
        change_setting(workspace, ChangeSetting("home_currency", "EURO"))
    with workspace.read() as s:
        assert s.scalars(select(Setting)).all() == []
    assert _audited(workspace) == before


def test_an_override_applies_from_its_date_and_removing_it_brings_the_shipped_rule_back(workspace: Workspace) -> None:
    made = override_policy(
        workspace, OverridePolicy("AliExpress", "seller_response", "7", JAN, source="AliExpress help centre")
    )
    assert made.changed == frozenset({Record.POLICY})
    assert (
        made.message == "Your override: On AliExpress, the seller has 7 days to answer a dispute, from 2026-01-01 on."
    )
    assert (made.rule.value, made.rule.overridden, made.rule.source) == (7, True, "AliExpress help centre")
    ranged = override_policy(workspace, OverridePolicy("aliexpress", "refund_arrival", "3-20", JAN, method="alipay"))
    assert ranged.rule.value == (3, 20) and ranged.rule.method == "alipay"
    with workspace.read() as s:
        assert load_policies(s).rule("aliexpress", "seller_response", date(2026, 3, 1)).value == 7

    gone = remove_policy_override(workspace, RemovePolicyOverride("AliExpress", "seller_response", JAN))
    assert gone.changed == frozenset({Record.POLICY}) and gone.platform == "aliexpress"
    assert (
        gone.message == "Removed your override of the seller's time to answer a dispute from 2026-01-01: "
        "the shipped rule applies again."
    )
    with workspace.read() as s:
        assert load_policies(s).rule("aliexpress", "seller_response", date(2026, 3, 1)).value == 5
        assert [row.key for row in s.scalars(select(PolicyOverride))] == ["refund_arrival@alipay"]


def test_a_bad_override_or_removal_is_refused_and_nothing_is_stored(workspace: Workspace) -> None:
    before = _audited(workspace)
    with pytest.raises(DeskError, match=r"^'soon' is not a number of days or a range like 3-20$"):
        override_policy(workspace, OverridePolicy("aliexpress", "seller_response", "soon", JAN))
    with pytest.raises(DeskError, match="cannot be overridden yet"):
        override_policy(workspace, OverridePolicy("agent", "withdrawal", "5", JAN))
    with pytest.raises(DeskError, match=r"^no override of aliexpress seller_response effective 2026-01-01$"):
        remove_policy_override(workspace, RemovePolicyOverride("aliexpress", "seller_response", JAN))
    assert _audited(workspace) == before
