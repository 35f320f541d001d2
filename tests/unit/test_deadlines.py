"""Deadlines derived from events and policy (never stored), each test naming the seed its rule comes from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from deadline_cases import deposit, open_dispute, refund, shipped_order, withdrawal
from factories import dispute

from desk.models import (
    CaseKind,
    DeadlineOverride,
    DisputeEventKind,
    DisputeState,
    Order,
    OrderStatus,
    PaymentMethod,
    Platform,
    RefundPart,
    Submission,
    SubmissionOutcome,
    WithdrawalStatus,
)
from desk.overview.deadlines import Deadline, deadlines_for, protection_end, refund_arrival_window, state_of
from desk.policies import load_policies, set_override
from desk.settings import set_setting
from desk.workspace import Workspace

TODAY = date(2026, 11, 23)
E = DisputeEventKind


def due(ws: Workspace, today: date = TODAY, problems: list[str] | None = None) -> list[Deadline]:
    with ws.read() as s:
        return deadlines_for(s, load_policies(s), today, problems)


def only(deadlines: list[Deadline], kind: str, case: str | None = None) -> Deadline:
    found = [d for d in deadlines if d.kind == kind and (case is None or d.case == case)]
    assert len(found) == 1, (kind, case, deadlines)
    return found[0]


def kinds(deadlines: list[Deadline]) -> list[str]:
    return sorted(d.kind for d in deadlines)


# ---- states ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_left", "reminder", "state"),
    [(-1, 3, "overdue"), (0, 3, "due"), (3, 3, "due"), (4, 3, "upcoming"), (0, 0, "due"), (1, 0, "upcoming")],
)
def test_due_from_reminder_days_before_until_the_day_overdue_after(days_left: int, reminder: int, state: str) -> None:
    assert state_of(TODAY + timedelta(days=days_left), TODAY, reminder) == state


def test_the_reminder_days_setting_decides_when_a_deadline_becomes_due(workspace: Workspace) -> None:
    with workspace.write() as s:
        row = open_dispute(s, date(2026, 11, 22))  # seller's answer due 11-27: 4 days ahead
    case = f"dispute:{row.id}"
    assert only(due(workspace), "seller_response", case).state == "upcoming"
    with workspace.write() as s:
        set_setting(s, "reminder_days", 4)
    assert only(due(workspace), "seller_response", case).state == "due"


# ---- seed 002: disputes ----------------------------------------------------------------------------------------------


def test_seed_002_the_seller_has_5_days_to_answer_a_dispute(workspace: Workspace) -> None:
    with workspace.write() as s:
        row = open_dispute(s, date(2026, 11, 21))
    answer = only(due(workspace), "seller_response", f"dispute:{row.id}")
    assert (answer.due, answer.state) == (date(2026, 11, 26), "due")
    assert str(answer.rule) == (
        'On AliExpress, the seller has 5 days to answer a dispute ("How to properly return money to Aliexpress")'
    )
    assert only(due(workspace, date(2026, 11, 20)), "seller_response").state == "upcoming"
    assert only(due(workspace, date(2026, 11, 27)), "seller_response").state == "overdue"


def test_seed_002_once_the_seller_answered_no_answer_is_due(workspace: Workspace) -> None:
    with workspace.write() as s:
        open_dispute(s, date(2026, 11, 21), (E.SELLER_ANSWERED, date(2026, 11, 22)))
        open_dispute(s, date(2026, 11, 21), (E.OFFER, date(2026, 11, 22)))  # an offer is an answer too
    assert due(workspace, date(2026, 11, 30)) == []


def test_seed_002_escalation_is_suggested_when_the_seller_does_not_answer_within_5_days(workspace: Workspace) -> None:
    with workspace.write() as s:
        row = open_dispute(s, date(2026, 11, 10))
    late = due(workspace)
    assert kinds(late) == ["escalation", "seller_response"]
    escalate = only(late, "escalation", f"dispute:{row.id}")
    assert (escalate.due, escalate.state) == (date(2026, 11, 15), "overdue")
    assert "has not answered by 2026-11-15" in str(
        escalate.detail
    ) and "escalate a dispute to the platform right away" in str(escalate.rule)


def test_seed_002_escalation_is_suggested_when_we_refuse_the_sellers_offer(workspace: Workspace) -> None:
    offer = ((E.SELLER_ANSWERED, date(2026, 11, 5)), (E.OFFER, date(2026, 11, 8)))
    with workspace.write() as s:
        refused = open_dispute(s, date(2026, 11, 3), *offer, (E.OFFER_REJECTED, date(2026, 11, 10)))
        refused.state = DisputeState.SELLER_RESPONDED
        pending = open_dispute(s, date(2026, 11, 3), *offer)
        pending.state = DisputeState.OFFER
    on_the_day = due(workspace, date(2026, 11, 10))
    assert [(d.case, d.kind, d.due, d.state) for d in on_the_day] == [
        (f"dispute:{refused.id}", "escalation", date(2026, 11, 10), "due")
    ]
    assert "refused the seller's offer on 2026-11-10" in str(on_the_day[0].detail)
    assert only(due(workspace, date(2026, 11, 11)), "escalation").state == "overdue"


@pytest.mark.parametrize(
    ("event", "state"),
    [
        (E.ESCALATED, DisputeState.ESCALATED),
        (E.OFFER_ACCEPTED, DisputeState.REFUND_PENDING),
        (E.CLOSED, DisputeState.CLOSED),
    ],
)
def test_seed_002_nothing_is_left_to_escalate_after_escalating_accepting_or_closing(
    workspace: Workspace, event: E, state: DisputeState
) -> None:
    with workspace.write() as s:
        row = open_dispute(
            s,
            date(2026, 11, 3),
            (E.OFFER, date(2026, 11, 5)),
            (E.OFFER_REJECTED, date(2026, 11, 6)),
            (event, date(2026, 11, 7)),
        )
        row.state = state
    assert [d for d in due(workspace) if d.case.startswith("dispute:")] == []


# ---- seed 002: buyer protection --------------------------------------------------------------------------------------


def test_seed_002_protection_ends_15_days_after_delivery(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = shipped_order(
            s, shipped_on=date(2026, 10, 20), delivered_on=date(2026, 11, 11), status=OrderStatus.DELIVERED
        )
    end = only(due(workspace), "protection_end", f"order:aliexpress:{o.order_no}")
    assert (end.due, end.state) == (date(2026, 11, 26), "due")
    assert "buyer protection lasts 15 days after delivery" in str(end.rule) and "delivered 2026-11-11" in str(
        end.detail
    )


def test_seed_002_protection_of_an_order_not_delivered_ends_45_days_after_shipping(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = shipped_order(s, shipped_on=date(2026, 11, 6))
    end = only(due(workspace), "protection_end")
    assert end.due == date(2026, 11, 6) + timedelta(days=45) == date(2026, 12, 21)
    assert end.state == "upcoming" and "should arrive within 30 days of shipping" in str(end.rule)
    with workspace.read() as s:
        assert protection_end(load_policies(s), s.get_one(Order, o.id)) == (date(2026, 12, 21), end.rule)


def test_seed_002_a_dispute_can_be_opened_6_days_after_shipping(workspace: Workspace) -> None:
    with workspace.write() as s:
        shipped_order(s, shipped_on=date(2026, 11, 20))
    earliest = only(due(workspace), "dispute_open_earliest")
    assert (earliest.due, earliest.state) == (date(2026, 11, 26), "due")
    assert "opened 6 days after the order was shipped" in str(earliest.rule)
    # Once the day has come, the chance is open and only the protection end remains.
    assert kinds(due(workspace, date(2026, 11, 27))) == ["protection_end"]


def test_seed_002_the_protection_end_the_user_entered_replaces_the_derived_one(workspace: Workspace) -> None:
    with workspace.write() as s:
        entered = shipped_order(s, shipped_on=date(2026, 11, 6), protection_ends_override=date(2027, 1, 5))
        overridden = shipped_order(s, shipped_on=date(2026, 11, 6))
        s.flush()
        s.add(
            DeadlineOverride(
                case_kind=CaseKind.ORDER,
                case_id=overridden.id,
                kind="protection_end",
                due=date(2026, 12, 1),
                note="extended by the seller",
            )
        )
    listed = due(workspace)
    first = only(listed, "protection_end", f"order:aliexpress:{entered.order_no}")
    assert (first.due, str(first.rule)) == (date(2027, 1, 5), "the protection end entered for the order")
    second = only(listed, "protection_end", f"order:aliexpress:{overridden.order_no}")
    assert second.due == date(2026, 12, 1)
    assert str(second.rule).startswith("your deadline override: extended by the seller (derived 2026-12-21 from ")


def test_seed_002_disputes_are_per_line_so_only_lines_without_one_need_protection(workspace: Workspace) -> None:
    with workspace.write() as s:
        both = shipped_order(s, lines=2, shipped_on=date(2026, 11, 6))
        dispute(s, both.lines[0], opened_on=date(2026, 11, 20))
        covered = shipped_order(s, shipped_on=date(2026, 11, 6))
        dispute(s, covered.lines[0], opened_on=date(2026, 11, 20), state=DisputeState.CLOSED)
    protection = [d for d in due(workspace) if d.kind == "protection_end"]
    assert [d.case for d in protection] == [f"order:aliexpress:{both.order_no}"]
    assert str(protection[0].detail).startswith("line 2 without a dispute")


def test_seed_002_an_ended_protection_or_a_cancelled_order_is_not_listed(workspace: Workspace) -> None:
    with workspace.write() as s:
        shipped_order(s, shipped_on=date(2026, 9, 1), delivered_on=date(2026, 11, 1), status=OrderStatus.COMPLETED)
        shipped_order(s, shipped_on=date(2026, 11, 20), status=OrderStatus.CANCELLED)
        shipped_order(s, placed_on=date(2026, 11, 22), status=OrderStatus.PAID)  # not shipped: nothing to count
    assert due(workspace) == []


# ---- seeds 001 and 002: refunds --------------------------------------------------------------------------------------


def test_seed_002_aliexpress_refunds_arrive_3_to_20_calendar_days_after_they_were_sent(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = shipped_order(s, payments=((PaymentMethod.CARD, 600), (PaymentMethod.ALIPAY, 400)))
        card = RefundPart(method=PaymentMethod.CARD, expected_minor=600, sent_on=date(2026, 10, 25))
        alipay = RefundPart(method=PaymentMethod.ALIPAY, expected_minor=400, sent_on=date(2026, 11, 22))
        refund(s, o, date(2026, 10, 24), card, alipay)
    listed = due(workspace)
    late = only(listed, "refund_arrival", f"refund_part:{card.id}")
    assert (late.due, late.state) == (date(2026, 11, 14), "overdue")
    assert "expected 2026-10-28 to 2026-11-14" in str(late.detail) and "a refund arrives within 3–20 days" in str(
        late.rule
    )
    fast = only(listed, "refund_arrival", f"refund_part:{alipay.id}")
    assert (fast.due, fast.state) == (date(2026, 11, 23), "due") and "to Alipay arrives within 0–1 days" in str(
        fast.rule
    )


def test_seed_001_a_refund_is_processed_then_arrives_in_the_methods_business_days(workspace: Workspace) -> None:
    with workspace.read() as s:
        policies = load_policies(s)
    friday = date(2026, 11, 20)
    # PayPal: processed in 1–3 business days (Mon 23 – Wed 25), then 3–5 business days on the way.
    earliest, latest, rule = refund_arrival_window(policies, "ebay", "paypal", friday)
    assert (earliest, latest, rule.value, rule.unit) == (date(2026, 11, 26), date(2026, 12, 2), (3, 5), "business_days")
    assert refund_arrival_window(policies, "ebay", "paypal", friday, sent=True)[:2] == (
        date(2026, 11, 25),
        date(2026, 11, 27),
    )
    # A gift card is refunded within 1 business day and arrives at once.
    assert refund_arrival_window(policies, "ebay", "gift_card", friday)[:2] == (friday, date(2026, 11, 23))


def test_seed_001_business_days_are_those_of_the_business_country(workspace: Workspace) -> None:
    """seed 001 counts business days; Ascension Day (Thu 2026-05-14) is a holiday in Germany, not in the US."""
    with workspace.write() as s:
        o = shipped_order(
            s, platform=Platform.EBAY, payments=((PaymentMethod.PAYPAL, 1000),), placed_on=date(2026, 5, 1)
        )
        part = RefundPart(method=PaymentMethod.PAYPAL, expected_minor=1000, sent_on=date(2026, 5, 13))
        refund(s, o, date(2026, 5, 12), part)
    german = only(due(workspace, date(2026, 5, 13)), "refund_arrival")
    with workspace.write() as s:
        set_setting(s, "country", "US")
    american = only(due(workspace, date(2026, 5, 13)), "refund_arrival")
    assert "expected 2026-05-19 to 2026-05-21" in str(german.detail)
    assert "expected 2026-05-18 to 2026-05-20" in str(american.detail)


def test_seed_001_a_refund_received_or_not_yet_approved_has_no_arrival_deadline(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = shipped_order(s, platform=Platform.EBAY, payments=((PaymentMethod.PAYPAL, 1000),))
        refund(
            s,
            o,
            date(2026, 11, 2),
            RefundPart(
                method=PaymentMethod.PAYPAL, expected_minor=1000, received_on=date(2026, 11, 6), received_minor=1000
            ),
        )
        refund(s, o, None, RefundPart(method=PaymentMethod.PAYPAL, expected_minor=500))
    assert due(workspace) == []


# ---- seed 000: withdrawals, seed 003: deposit review -----------------------------------------------------------------


def test_seed_000_a_withdrawal_is_due_3_chinese_workdays_after_the_request(workspace: Workspace) -> None:
    with workspace.write() as s:
        thursday = withdrawal(s, date(2026, 11, 19))
        before_national_day = withdrawal(s, date(2026, 9, 30))
        withdrawal(s, date(2026, 11, 19), WithdrawalStatus.DONE)
    listed = due(workspace)
    assert only(listed, "withdrawal", f"ledger_entry:{thursday.id}").due == date(2026, 11, 24)
    # Oct 1–7 are off; Oct 8, Oct 9 and the make-up Saturday Oct 10 are China's next 3 working days.
    late = only(listed, "withdrawal", f"ledger_entry:{before_national_day.id}")
    assert (late.due, late.state) == (date(2026, 10, 10), "overdue")
    assert '"Refund & Withdraw Fund' in str(late.rule)
    assert "Withdrawal of " in str(late.name) and "at Superbuy" in str(late.name)


def test_seed_003_the_deposit_review_takes_7_to_15_chinese_working_days_with_make_up_days(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = deposit(s, Submission(seq=1, submitted_on=date(2026, 9, 30)))
    review = only(due(workspace, date(2026, 10, 12)), "deposit_review", f"deposit:{application.id}")
    # 7 working days after Sep 30: Oct 8, 9, 10 (the make-up Saturday), 12, 13, 14, 15 — without the make-up day
    # it would be Oct 16. 15 working days: Oct 27.
    assert "a decision is expected 2026-10-15 to 2026-10-27" in str(review.detail)
    assert (review.due, review.state) == (date(2026, 10, 27), "upcoming")
    assert '"How to Get Your AliExpress Deposit Refunded?' in str(review.rule) and "7–15 working days" in str(
        review.rule
    )


def test_seed_003_a_rejected_submission_ends_its_window_and_the_resubmission_starts_a_new_one(
    workspace: Workspace,
) -> None:
    with workspace.write() as s:
        rejected = Submission(
            seq=1,
            submitted_on=date(2026, 10, 12),
            outcome=SubmissionOutcome.REJECTED,
            decided_on=date(2026, 10, 20),
            reason="Bank account holder name does not match",
        )
        deposit(s, rejected, Submission(seq=2, submitted_on=date(2026, 11, 16)))
    review = only(due(workspace), "deposit_review")
    assert review.due == date(2026, 12, 7) and str(review.detail).startswith("submission 2 of 2026-11-16")


# ---- dated rules, missing rules, order ------------------------------------------------------------------------------


def test_seed_002_a_changed_rule_applies_to_orders_from_its_date_and_older_orders_keep_the_old_one(
    workspace: Workspace,
) -> None:
    with workspace.write() as s:
        set_override(s, "aliexpress", "seller_response", 7, date(2026, 11, 1), source="AliExpress notice")
        old = open_dispute(s, date(2026, 11, 21), placed_on=date(2026, 10, 30))
        new = open_dispute(s, date(2026, 11, 21), placed_on=date(2026, 11, 2))
    listed = due(workspace)
    assert only(listed, "seller_response", f"dispute:{old.id}").due == date(2026, 11, 26)
    changed = only(listed, "seller_response", f"dispute:{new.id}")
    assert changed.due == date(
        2026, 11, 28
    ) and "(your override, from AliExpress notice, in effect since 2026-11-01)" in str(changed.rule)


def test_a_case_whose_platform_has_no_rule_is_named_and_the_rest_still_shows(workspace: Workspace) -> None:
    with workspace.write() as s:
        foreign = open_dispute(s, date(2026, 11, 21), platform=Platform.ALIBABA_1688)
        ours = open_dispute(s, date(2026, 11, 21))
    problems: list[str] = []
    listed = due(workspace, problems=problems)
    assert {d.case for d in listed} == {f"dispute:{ours.id}"}  # the 1688 order has no buyer protection rules
    assert problems == [
        "On 1688.com, Desk knows no rule for the seller's time to answer a dispute: set your own from the day it "
        f"applies (desk policy set) (no deadline for Dispute {foreign.id} "
        f"(Item 1, order 1688:{foreign.order_line.order.order_no}))"
    ]


def test_deadlines_come_sorted_by_due_date(workspace: Workspace) -> None:
    with workspace.write() as s:
        open_dispute(s, date(2026, 11, 21))
        withdrawal(s, date(2026, 11, 19))
        shipped_order(s, shipped_on=date(2026, 11, 6))
        deposit(s, Submission(seq=1, submitted_on=date(2026, 11, 16)))
    listed = due(workspace)
    assert [d.due for d in listed] == sorted(d.due for d in listed)
    assert kinds(listed) == ["deposit_review", "escalation", "protection_end", "seller_response", "withdrawal"]
