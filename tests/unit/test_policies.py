"""Platform rules as data: the shipped policy files, their checks, dated entries and the user's overrides."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desk.models import PolicyOverride
from desk.policies import POLICY_DIR, Policies, PolicyError, load_policies, set_override, shipped_sets, unset_override
from desk.policies.rules import parse_policy
from desk.workspace import Workspace

SEED_000 = "000_e5fcfd6b7758ae63.txt"
SEED_001 = "001_6c915d389b837a28.txt"
SEED_002 = "002_8278cbea450b0445.txt"
SEED_003 = "003_0904c09b3d3b32f3.txt"
SEEDS = (SEED_000, SEED_001, SEED_002, SEED_003)
ON = date(2026, 11, 23)


@pytest.fixture(scope="module")
def shipped() -> Policies:
    return Policies(shipped_sets(), business_country="DE")


# ---- the shipped files ---------------------------------------------------------------------------------------------


def test_every_shipped_rule_cites_its_seed_file_and_every_assumption_says_why() -> None:
    sets = shipped_sets()
    assert set(sets) >= {"aliexpress", "agent", "default"}
    for policy_set in sets.values():
        assert policy_set.rules, policy_set.name
        for rule in policy_set.rules:
            assert any(rule.source.startswith(seed) for seed in SEEDS), rule.name
            assert not rule.assumption or (rule.note and len(rule.note) > 40), rule.name


def test_seed_002_the_seller_has_5_days_to_answer(shipped: Policies) -> None:
    rule = shipped.rule("aliexpress", "seller_response", ON)
    assert (rule.value, rule.unit, rule.assumption, rule.overridden) == (5, "days", False, False)
    assert SEED_002 in rule.source and "5 days" in rule.source


def test_seed_002_a_dispute_opens_6_days_after_shipping_and_protection_runs_15_days_after_the_timer(
    shipped: Policies,
) -> None:
    assert shipped.rule("aliexpress", "dispute_open_after_shipping", ON).value == 6
    window = shipped.rule("aliexpress", "protection_window", ON)
    delivery = shipped.rule("aliexpress", "delivery_time", ON)
    assert window.value == 15 and window.assumption and "plus 15 days" in window.source
    # Seed 002: "45 days from the moment the goods were sent" = the delivery time + the window.
    assert delivery.value + window.value == 45 and "45 days" in delivery.source
    assert shipped.rule("aliexpress", "protection_extension", ON).value == 15


def test_seed_002_refunds_take_3_to_20_calendar_days_and_alipay_within_24_hours(shipped: Policies) -> None:
    card = shipped.rule("aliexpress", "refund_arrival", ON, method="card")
    assert (card.value, card.unit, card.method) == ((3, 20), "days", None)  # AliExpress's own rule, not seed 001's
    alipay = shipped.rule("aliexpress", "refund_arrival", ON, method="alipay")
    assert (alipay.value, alipay.method) == ((0, 1), "alipay") and "24 hours" in alipay.source
    assert shipped.rule("aliexpress", "refund_processing", ON, method="paypal").value == 0


@pytest.mark.parametrize(
    ("method", "processing", "arrival"),
    [
        ("card", (1, 3), (5, 10)),
        ("debit_card", (1, 3), (5, 7)),
        ("paypal", (1, 3), (3, 5)),
        ("apple_pay", (1, 3), (3, 5)),
        ("amazon_pay", (1, 3), (2, 5)),
        ("gift_card", (0, 1), 0),
        ("cod", (0, 1), 0),
        ("wire", (0, 1), 0),
    ],
)
def test_seed_001_refund_timeframes_per_payment_method_apply_to_platforms_without_their_own(
    shipped: Policies, method: str, processing: object, arrival: object
) -> None:
    """seed 001: the table of processing and arrival times, in business days, for platforms without a file."""
    got_processing = shipped.rule("ebay", "refund_processing", ON, method=method)
    got_arrival = shipped.rule("ebay", "refund_arrival", ON, method=method)
    assert (got_processing.value, got_arrival.value) == (processing, arrival)
    assert got_arrival.unit == got_processing.unit == "business_days"
    assert got_arrival.platform == "default" and SEED_001 in got_arrival.source and not got_arrival.assumption


def test_seed_001_a_method_without_a_row_takes_the_slowest_row_as_an_assumption(shipped: Policies) -> None:
    rule = shipped.rule("amazon", "refund_arrival", ON, method="western_union")
    assert (rule.value, rule.method, rule.assumption) == ((5, 10), None, True)


def test_seed_000_a_withdrawal_is_done_within_3_workdays_in_china(shipped: Policies) -> None:
    rule = shipped.rule("agent", "withdrawal", ON)
    assert (rule.value, rule.unit) == (3, "working_days") and SEED_000 in rule.source
    assert shipped.country("agent") == "CN"


def test_seed_003_the_deposit_review_takes_7_to_15_chinese_working_days(shipped: Policies) -> None:
    rule = shipped.rule("aliexpress", "deposit_review", ON)
    assert (rule.value, rule.unit) == ((7, 15), "working_days") and SEED_003 in rule.source
    assert shipped.country("aliexpress") == "CN"


def test_a_missing_rule_is_an_error_naming_platform_and_key(shipped: Policies) -> None:
    missing = r"On eBay, Desk knows no rule for the seller's time to answer a dispute: set your own"
    with pytest.raises(PolicyError, match=missing):
        shipped.rule("ebay", "seller_response", ON)
    with pytest.raises(PolicyError, match="On Ozon, Desk knows no rule for the review of a deposit refund application"):
        shipped.rule("ozon", "deposit_review", ON)


def test_units_count_calendar_days_the_business_country_and_the_platform_country(shipped: Policies) -> None:
    paypal = shipped.rule("ebay", "refund_arrival", ON, method="paypal")  # business days
    review = shipped.rule("aliexpress", "deposit_review", ON)  # China's working days
    days = shipped.rule("aliexpress", "seller_response", ON)
    # Ascension Day (Thu 2026-05-14) is a German holiday, not an American one.
    assert shipped.add(paypal, date(2026, 5, 13), 3) == date(2026, 5, 19)
    american = Policies(shipped_sets(), business_country="US")
    assert american.add(paypal, date(2026, 5, 13), 3) == date(2026, 5, 18)
    assert shipped.add(review, date(2026, 9, 30), 7) == date(2026, 10, 15)  # after National Day
    assert shipped.add(days, date(2026, 9, 30), 7) == date(2026, 10, 7)
    assert shipped.add(paypal, date(2026, 5, 16), 0) == date(2026, 5, 16)  # "immediate" is the same day


# ---- dated entries -------------------------------------------------------------------------------------------------


def _folder_with(tmp_path: Path, name: str, extra: str) -> Path:
    folder = tmp_path / "policies"
    shutil.copytree(POLICY_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (folder / f"{name}.toml").open("a", encoding="utf-8") as f:
        f.write(extra)
    return folder


CHANGED_ANSWER_TIME = """
[[rule]]
key = "seller_response"
value = 7
unit = "days"
effective = 2026-06-01
source = "002_8278cbea450b0445.txt: a later change (test)"
"""


def test_seed_002_a_rule_changed_on_a_date_applies_from_that_date_and_earlier_orders_keep_the_old_value(
    tmp_path: Path,
) -> None:
    policies = Policies(shipped_sets(_folder_with(tmp_path, "aliexpress", CHANGED_ANSWER_TIME)))
    assert policies.rule("aliexpress", "seller_response", date(2026, 5, 31)).value == 5
    assert policies.rule("aliexpress", "seller_response", date(2026, 6, 1)).value == 7
    assert [r.value for r in policies.all_rules("aliexpress") if r.key == "seller_response"] == [5, 7]


def test_a_date_before_every_entry_is_an_error_that_says_when_the_rule_starts() -> None:
    with pytest.raises(PolicyError, match="dispute on 1999-12-31; the first one takes effect on 2000-01-01"):
        Policies(shipped_sets()).rule("aliexpress", "seller_response", date(1999, 12, 31))


# ---- overrides -----------------------------------------------------------------------------------------------------


def test_seed_002_an_override_wins_from_its_effective_date_even_over_a_later_shipped_change(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.write() as s:
        set_override(s, "aliexpress", "seller_response", 10, date(2026, 3, 1), source="AliExpress help, March 2026")
    folder = _folder_with(tmp_path, "aliexpress", CHANGED_ANSWER_TIME)
    with workspace.read() as s:
        policies = load_policies(s, folder)
    before = policies.rule("aliexpress", "seller_response", date(2026, 2, 28))
    assert (before.value, before.overridden) == (5, False)
    after = policies.rule("aliexpress", "seller_response", date(2026, 7, 1))
    assert (after.value, after.overridden, after.source) == (10, True, "AliExpress help, March 2026")
    assert after.unit == "days"  # the shipped rule's unit unless told otherwise


def test_seed_001_a_method_override_changes_only_that_method(workspace: Workspace) -> None:
    with workspace.write() as s:
        set_override(s, "ebay", "refund_arrival", [2, 4], date(2026, 1, 1), method="paypal")
        stored = s.query(PolicyOverride).one()
        assert (stored.key, stored.platform.value) == ("refund_arrival@paypal", "ebay")
    with workspace.read() as s:
        policies = load_policies(s)
    paypal = policies.rule("ebay", "refund_arrival", ON, method="paypal")
    assert (paypal.value, paypal.unit, paypal.overridden, paypal.platform) == ((2, 4), "business_days", True, "ebay")
    assert policies.rule("ebay", "refund_arrival", ON, method="card").value == (5, 10)
    assert policies.rule("amazon", "refund_arrival", ON, method="paypal").value == (3, 5)  # another platform
    assert policies.rule("ebay", "refund_arrival", date(2025, 12, 31), method="paypal").value == (3, 5)  # before it
    shown = [
        (r.platform, r.value) for r in policies.all_rules("ebay") if r.key == "refund_arrival" and r.method == "paypal"
    ]
    assert shown == [("default", (3, 5)), ("ebay", (2, 4))]


def test_setting_an_override_again_for_the_same_date_replaces_it_and_unset_removes_it(workspace: Workspace) -> None:
    with workspace.write() as s:
        set_override(s, "aliexpress", "seller_response", 7, date(2026, 3, 1))
        set_override(s, "aliexpress", "seller_response", 8, date(2026, 3, 1))
    with workspace.read() as s:
        assert load_policies(s).rule("aliexpress", "seller_response", ON).value == 8
    with workspace.write() as s:
        unset_override(s, "aliexpress", "seller_response", date(2026, 3, 1))
    with workspace.read() as s:
        assert load_policies(s).rule("aliexpress", "seller_response", ON).value == 5
    with workspace.write() as s, pytest.raises(PolicyError, match="no override of aliexpress seller_response"):
        unset_override(s, "aliexpress", "seller_response", date(2026, 3, 1))


@pytest.mark.parametrize(
    ("platform", "key", "value", "kw", "message"),
    [
        ("aliexpres", "seller_response", 5, {}, "unknown platform 'aliexpres'"),
        ("agent", "withdrawal", 5, {}, "the agent rules are not a platform's"),
        ("aliexpress", "seller_answer", 5, {}, "unknown rule 'seller_answer'; known: delivery_time"),
        ("aliexpress", "seller_response", [9, 3], {}, r"\[9, 3\] must be \[min, max\]"),
        ("aliexpress", "seller_response", -1, {}, "must not be negative"),
        ("aliexpress", "seller_response", 5, {"method": "paypal"}, "same for every payment method"),
        ("aliexpress", "refund_arrival", 5, {"method": "bitcoin"}, "unknown payment method 'bitcoin'"),
        ("aliexpress", "refund_arrival", 5, {"unit": "weeks"}, "unknown unit 'weeks'"),
    ],
)
def test_a_bad_override_is_refused_with_a_message_and_nothing_is_stored(
    workspace: Workspace, platform: str, key: str, value: object, kw: dict[str, str], message: str
) -> None:
    with pytest.raises(PolicyError, match=message), workspace.write() as s:
        set_override(s, platform, key, value, date(2026, 1, 1), **kw)  # type: ignore[arg-type]
    with workspace.read() as s:
        assert s.query(PolicyOverride).count() == 0


# ---- checking the files --------------------------------------------------------------------------------------------

GOOD_RULE = """
[[rule]]
key = "seller_response"
value = 5
unit = "days"
effective = 2026-01-01
source = "002_8278cbea450b0445.txt: the seller has 5 days"
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD_RULE.replace('"days"', '"weeks"'), r"x\.toml, rule 1 \(seller_response\): unknown unit 'weeks'"),
        (
            GOOD_RULE.replace('source = "002_8278cbea450b0445.txt: the seller has 5 days"', ""),
            r"rule 1 .*missing source",
        ),
        (GOOD_RULE.replace('"002_8278cbea450b0445.txt: the seller has 5 days"', '"  "'), "source must say where"),
        (GOOD_RULE.replace("2026-01-01", '"2026-13-01"'), r"rule 1 \(seller_response\): effective must be a date"),
        (GOOD_RULE.replace("value = 5", "value = [5]"), "value must be a number of days or a"),
        (GOOD_RULE.replace("value = 5", "value = 5.5"), "value must be a number of days or a"),
        (GOOD_RULE.replace("value = 5", "value = [20, 3]"), r"\[20, 3\] must be \[min, max\]"),
        (GOOD_RULE + "assumption = true\n", "an assumption needs a note"),
        (GOOD_RULE + 'method = "bitcoin"\n', "unknown payment method 'bitcoin'"),
        (GOOD_RULE + 'sorce = "typo"\n', "unknown field sorce"),
        (GOOD_RULE + GOOD_RULE, r"rule 2 \(seller_response\): a second x\.seller_response effective 2026-01-01"),
        (GOOD_RULE.replace('key = "seller_response"', 'key = "seller response"'), "key must be a name"),
        (GOOD_RULE.replace("[[rule]]", "[rule"), r"x\.toml: not valid TOML"),
    ],
)
def test_a_bad_policy_file_is_refused_naming_the_file_and_the_rule(text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        parse_policy('country = "CN"\n' + text, "x", "x.toml")


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ("", "country must be an ISO 3166 code"),
        ('country = "China"\n', "country must be"),
        ('country = "CN"\nowner = 1\n', "unknown top-level field owner"),
    ],
)
def test_a_policy_file_needs_a_country_and_nothing_else_at_the_top(head: str, message: str) -> None:
    with pytest.raises(PolicyError, match=rf"x\.toml: {message}"):
        parse_policy(head + GOOD_RULE, "x", "x.toml")


def test_loading_refuses_a_broken_file_in_the_folder_by_name(workspace: Workspace, tmp_path: Path) -> None:
    folder = _folder_with(
        tmp_path, "aliexpress", GOOD_RULE.replace("value = 5", "value = 6").replace('"days"', '"hours"')
    )
    with (
        workspace.read() as s,
        pytest.raises(PolicyError, match=r"aliexpress\.toml, rule \d+ \(seller_response\): unknown unit"),
    ):
        load_policies(s, folder)
