"""Merchant deposit refund applications (seed 003_0904c09b3d3b32f3.txt): prerequisites and documents from policy,
checked against Desk's data or the user's word, submission refused while anything is missing, the review and its
resubmissions, and the money that arrives checked against the deposit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import count
from pathlib import Path

import pytest
from factories import dispute, order
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.common import words
from desk.deposits.applications import (
    TRANSITIONS,
    DepositEvent,
    allowed_events,
    confirm,
    create_application,
    get_application,
    record_event,
    require_document,
    submit,
)
from desk.deposits.arrival import check_arrival
from desk.deposits.check import check
from desk.deposits.policy import parse, requirements
from desk.deposits.view import summary
from desk.errors import DeskError
from desk.models import (
    DepositApplication,
    DepositState,
    DisputeState,
    Evidence,
    EvidenceKind,
    EvidenceLink,
    ExchangeRate,
    OrderStatus,
    Platform,
    Store,
    SubmissionOutcome,
)
from desk.money import Money
from desk.overview.deadlines import Deadline, deadlines_for
from desk.policies import PolicyError, load_policies
from desk.workspace import Workspace

SEED = "003_0904c09b3d3b32f3.txt"
PAGE = '"How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide"'
E = DepositEvent
CREATED = date(2026, 9, 20)
DEPOSIT = Money.of("10000.00", "CNY")
_hashes = count(1)


def new(
    s: Session, store: str = "Nordic Gadget Outlet", platform: Platform = Platform.ALIEXPRESS
) -> DepositApplication:
    application, _ = create_application(s, store, platform, DEPOSIT, CREATED)
    return application


def link_file(s: Session, application: DepositApplication, code: str, name: str) -> Evidence:
    item = next(i for i in application.checklist if i.code == code)
    evidence = Evidence(
        sha256=f"{next(_hashes):064x}", size=1, media_type="application/pdf", original_name=name,
        kind=EvidenceKind.DOCUMENT, added_by="tester",
    )  # fmt: skip
    evidence.links.append(EvidenceLink(checklist_item=item))
    s.add(evidence)
    s.flush()
    return evidence


def ready(s: Session, application: DepositApplication) -> None:
    """Everything the AliExpress policy asks for, confirmed or linked."""
    for code in ("store_closed", "no_violations"):
        confirm(s, application, code, date(2026, 9, 21))
    for code in ("business_licence_copy", "bank_account_details", "identity_document"):
        link_file(s, application, code, f"{code}.pdf")


def findings(s: Session, application: DepositApplication) -> dict[str, tuple[bool, str]]:
    """What staff read of each finding (with their own note)."""
    return {f.code: (f.met, f.explained) for f in check(s, application).findings}


def reviews(s: Session) -> list[Deadline]:
    """The deposit reviews `desk due` lists on 2026-11-23."""
    return [d for d in deadlines_for(s, load_policies(s), date(2026, 11, 23)) if d.kind == "deposit_review"]


def submitted(ws: Workspace, on: date = date(2026, 9, 30)) -> int:
    with ws.write() as s:
        application = new(s)
        ready(s, application)
        submit(s, application, on)
        return application.id


# ---- the policy: what AliExpress asks for, as data -------------------------------------------------------------------


def test_seed_003_aliexpress_asks_for_four_conditions_and_the_documents_each_citing_the_seed() -> None:
    entries, path = requirements("aliexpress", CREATED)
    assert path.name == "aliexpress.toml" and path.parent.name == "deposit"
    checks = {e.code: e.check for e in entries if e.kind == "prerequisite"}
    assert checks == {
        "store_closed": "confirmation",
        "no_pending_orders": "orders",
        "no_disputes": "disputes",
        "no_violations": "confirmation",
    }
    documents = {e.code: e.required for e in entries if e.kind == "document"}
    assert documents == {
        "business_licence_copy": True,
        "bank_account_details": True,
        "identity_document": True,
        "deposit_page": False,
    }
    assert all(e.source.startswith(SEED) for e in entries)
    # The seed names only the licence and the bank details: the identity document is Desk's assumption, said so.
    assumed = [e for e in entries if e.assumption]
    assert [e.code for e in assumed] == ["identity_document"] and "issue" in (assumed[0].note or "")


def test_seed_003_a_platform_without_its_own_file_gets_the_default_marked_as_assumed() -> None:
    entries, path = requirements("amazon", CREATED)
    assert path.name == "default.toml"
    assert {e.code for e in entries} >= {"store_closed", "no_pending_orders", "bank_account_details"}
    assert all(e.assumption and e.note and SEED in e.source for e in entries)


GOOD = """[[prerequisite]]
code = "store_closed"
label = "Store closed"
check = "confirmation"
effective = 2000-01-01
source = "003: closed"
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("", "colour = 1\n"), "unknown top-level field colour"),
        (('check = "confirmation"', 'check = "confirmation"\nwho = "me"'), "unknown field who"),
        (('check = "confirmation"', 'check = "guess"'), "check must be one of confirmation, orders, disputes"),
        (('source = "003: closed"\n', ""), "source must say where the entry comes from"),
        (('source = "003: closed"', 'source = "003: closed"\nassumption = true'), "an assumption needs a note"),
        (("effective = 2000-01-01", 'effective = "soon"'), "effective must be a date"),
        (('code = "store_closed"', 'code = "store closed"'), "code must be a name"),
        (("", GOOD), "store_closed effective 2000-01-01 appears twice"),
    ],
)
def test_a_deposit_policy_file_with_a_mistake_is_refused_naming_it(change: tuple[str, str], message: str) -> None:
    old, new_text = change
    text = GOOD.replace(old, new_text, 1) if old else new_text + GOOD
    with pytest.raises(PolicyError, match=message):
        parse(text, "policies/deposit/x.toml")


def test_an_entry_is_replaced_from_the_date_of_a_later_one_with_its_code(tmp_path: Path) -> None:
    later = GOOD.replace("2000-01-01", "2026-10-01").replace("Store closed", "Store closed for 30 days")
    (tmp_path / "default.toml").write_text(GOOD + later, encoding="utf-8")
    before, _ = requirements("ebay", date(2026, 9, 30), tmp_path)
    after, _ = requirements("ebay", date(2026, 10, 1), tmp_path)
    assert [e.label for e in before] == ["Store closed"]
    assert [e.label for e in after] == ["Store closed for 30 days"]


# ---- creating an application ---------------------------------------------------------------------------------------


def test_seed_003_an_application_copies_the_policy_in_force_and_adds_a_store_desk_did_not_know(
    workspace: Workspace,
) -> None:
    with workspace.write() as s:
        application, added = create_application(s, "  Nordic  Gadget Outlet ", Platform.ALIEXPRESS, DEPOSIT, CREATED)
        assert added and application.store.name == "Nordic Gadget Outlet"
        assert (application.state, application.deposit, application.created_on) == (
            DepositState.DRAFT,
            DEPOSIT,
            CREATED,
        )
        assert [(p.code, p.checked_by) for p in application.prerequisites] == [
            ("store_closed", "confirmation"),
            ("no_pending_orders", "orders"),
            ("no_disputes", "disputes"),
            ("no_violations", "confirmation"),
        ]
        assert [i.code for i in application.checklist][:3] == [
            "business_licence_copy",
            "bank_account_details",
            "identity_document",
        ]
        assert all(p.source and SEED in p.source for p in application.prerequisites)
        assert all(i.source and SEED in i.source for i in application.checklist)


def test_an_existing_store_is_found_whatever_the_case_and_has_one_running_application(workspace: Workspace) -> None:
    with workspace.write() as s:
        s.add(Store(platform=Platform.ALIEXPRESS, name="Магазин Гаджетов", country="CN"))
        s.flush()
        first, added = create_application(s, "магазин гаджетов", Platform.ALIEXPRESS, DEPOSIT, CREATED)
        assert not added and first.store.country == "CN"
        first_id = first.id
    running = f"already has deposit application {first_id} \\(draft\\)"
    with pytest.raises(DeskError, match=running), workspace.write() as s:
        create_application(s, "Магазин Гаджетов", Platform.ALIEXPRESS, DEPOSIT, CREATED)
    with workspace.write() as s:
        record_event(s, get_application(s, first_id), E.CLOSED, CREATED)
        second, _ = create_application(s, "Магазин Гаджетов", Platform.ALIEXPRESS, DEPOSIT, CREATED)
        # The same name on another platform is another store.
        _, other = create_application(s, "Магазин Гаджетов", Platform.OZON, DEPOSIT, CREATED)
        assert second.store_id == first.store_id and other
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 2


def test_a_deposit_must_be_more_than_zero_and_a_new_stores_country_a_code(workspace: Workspace) -> None:
    with pytest.raises(DeskError, match="more than zero"), workspace.write() as s:
        create_application(s, "Shop", Platform.ALIEXPRESS, Money.zero("CNY"), CREATED)
    with pytest.raises(DeskError, match="'China' is not a country"), workspace.write() as s:
        create_application(s, "Shop", Platform.ALIEXPRESS, DEPOSIT, CREATED, country="China")
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 0


# ---- prerequisites: Desk's own data, or the user's word -------------------------------------------------------------


def test_seed_003_no_pending_orders_is_checked_against_the_stores_orders(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        store = application.store
        assert findings(s, application)["no_pending_orders"] == (True, "our records hold no orders of this store")
        for status in (OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.CLOSED):
            order(s, store=store, status=status)
        order(s, status=OrderStatus.SHIPPED)  # not the store's
        s.flush()
        assert findings(s, application)["no_pending_orders"] == (
            True,
            "none of the store's 3 orders in our records is pending",
        )
        shipped = order(s, store=store, status=OrderStatus.SHIPPED, order_no="8101")
        delivered = order(s, store=store, status=OrderStatus.DELIVERED, order_no="8102", placed_on=date(2026, 10, 2))
        s.flush()
        met, why = findings(s, application)["no_pending_orders"]
        assert not met
        assert (
            why
            == "2 orders of the store are still pending in our records: "
            f"{shipped.key} (shipped), {delivered.key} (delivered)"
        )


def test_seed_003_no_disputes_is_checked_against_open_disputes_on_the_stores_orders(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        o = order(s, store=application.store, status=OrderStatus.COMPLETED, lines=(("A", 1, 100), ("B", 1, 100)))
        s.flush()
        dispute(s, o.lines[0], claimed_minor=100, state=DisputeState.REFUNDED)
        assert findings(s, application)["no_disputes"][0]
        escalated = dispute(s, o.lines[1], claimed_minor=100, state=DisputeState.ESCALATED)
        dispute(s, order(s, status=OrderStatus.COMPLETED).lines[0], claimed_minor=100)  # another store's: not counted
        s.flush()
        assert findings(s, application)["no_disputes"] == (
            False,
            f"1 dispute is open: dispute {escalated.id} on {o.key} line 2 (escalated)",
        )


def test_seed_003_store_closed_and_no_violations_are_met_by_the_users_confirmation(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        met, why = findings(s, application)["store_closed"]
        assert not met and why == "not confirmed yet: confirm it once it is true"
        confirm(s, application, "store_closed", date(2026, 9, 21), "  backend shows Cancelled ")
        assert findings(s, application)["store_closed"] == (True, "confirmed on 2026-09-21: backend shows Cancelled")
        # The platform's packet says why without our note of how we checked.
        assert {f.code: f.why for f in check(s, application).findings}["store_closed"] == "confirmed on 2026-09-21"
        with pytest.raises(DeskError, match="store_closed was confirmed on 2026-09-21; take it back with --undo"):
            confirm(s, application, "store_closed", date(2026, 9, 22))
        confirm(s, application, "store_closed", date(2026, 9, 22), undo=True)
        assert not findings(s, application)["store_closed"][0]


def test_a_prerequisite_desk_checks_itself_or_does_not_have_cannot_be_confirmed(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        with pytest.raises(DeskError, match="no_pending_orders is checked against Desk's orders of the store"):
            confirm(s, application, "no_pending_orders", CREATED)
        with pytest.raises(DeskError, match="has no prerequisite 'closed'; it has: store_closed, no_pending_orders"):
            confirm(s, application, "closed", CREATED)


def test_seed_003_a_document_is_met_by_the_evidence_linked_to_it_naming_the_files(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        item = next(i for i in application.checklist if i.code == "business_licence_copy")
        assert findings(s, application)["business_licence_copy"] == (
            False,
            "no file linked yet",
        )
        first = link_file(s, application, "business_licence_copy", "营业执照.pdf")
        second = link_file(s, application, "business_licence_copy", "licence_back.jpg")
        s.refresh(item)
        assert findings(s, application)["business_licence_copy"] == (
            True,
            f"营业执照.pdf (evidence {first.id}), licence_back.jpg (evidence {second.id})",
        )
        (found,) = [f for f in check(s, application).findings if f.code == "business_licence_copy"]
        assert found.case == f"checklist:{item.id}" and [n for _, n in found.evidence] == [
            "营业执照.pdf",
            "licence_back.jpg",
        ]


def test_a_recommended_document_does_not_block_submitting(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        ready(s, application)
        report = check(s, application)
        (page,) = [f for f in report.findings if f.code == "deposit_page"]
        assert not page.met and not page.required and page.why.startswith("recommended; no file linked")
        assert report.ready and report.missing == []


# ---- submitting ----------------------------------------------------------------------------------------------------


def test_seed_003_submitting_with_anything_missing_is_refused_listing_all_of_it(workspace: Workspace) -> None:
    with workspace.write() as s:
        application = new(s)
        order(s, store=application.store, status=OrderStatus.PAID)
        confirm(s, application, "store_closed", CREATED)
        link_file(s, application, "business_licence_copy", "licence.pdf")
        application_id = application.id
    with pytest.raises(DeskError) as refused, workspace.write() as s:
        submit(s, get_application(s, application_id), date(2026, 9, 30))
    message = str(refused.value)
    assert message.startswith(f"deposit application {application_id} cannot be submitted: 4 requirements are not met")
    listed = [line.split(" — ")[0].strip() for line in message.splitlines()[1:-1]]
    assert listed == [
        "No pending orders in the store",
        "No violations recorded against the store",
        "Bank account details (the account the deposit returns to)",
        "Identity document of the legal representative",
    ]
    assert "1 order of the store is still pending" in message
    with workspace.read() as s:
        application = get_application(s, application_id)
        assert application.state is DepositState.DRAFT and application.submissions == []


def test_seed_003_after_submission_the_review_window_is_7_to_15_chinese_working_days(workspace: Workspace) -> None:
    application_id = submitted(workspace, date(2026, 9, 30))  # the day before National Day's Golden Week
    with workspace.read() as s:
        application = get_application(s, application_id)
        assert application.state is DepositState.IN_REVIEW
        (first,) = application.submissions
        assert (first.seq, first.submitted_on, first.outcome) == (1, date(2026, 9, 30), SubmissionOutcome.PENDING)
        # Oct 1–7 are holidays; Oct 10 (a Saturday) is a make-up working day: 7 working days end on Oct 15, 15 on
        # Oct 27 (without the make-up day they would end on Oct 16 and Oct 28).
        window = summary(s, application, load_policies(s))["submissions"][0]["window"]
        assert (window["earliest"], window["latest"]) == (date(2026, 10, 15), date(2026, 10, 27))
        assert window["counted"] == "working days of China" and PAGE in window["rule"]
        (review,) = [d for d in deadlines_for(s, load_policies(s), date(2026, 10, 12)) if d.kind == "deposit_review"]
    assert (review.case, review.due, review.state) == (f"deposit:{application_id}", date(2026, 10, 27), "upcoming")


def test_seed_003_a_rejection_keeps_its_reason_and_the_resubmission_starts_a_new_window(workspace: Workspace) -> None:
    application_id = submitted(workspace)
    with workspace.write() as s:
        application = get_application(s, application_id)
        with pytest.raises(DeskError, match="'rejected' needs the platform's reason"):
            record_event(s, application, E.REJECTED, date(2026, 10, 20))
        record_event(s, application, E.REJECTED, date(2026, 10, 20), note="Holder name does not match the licence")
        assert application.state is DepositState.REJECTED
        assert reviews(s) == []  # a rejected submission waits for nothing
        second = submit(s, application, date(2026, 11, 16))
        assert application.state is DepositState.IN_REVIEW
        first = application.submissions[0]
        assert (first.outcome, first.decided_on, first.reason) == (
            SubmissionOutcome.REJECTED,
            date(2026, 10, 20),
            "Holder name does not match the licence",
        )
        assert (second.seq, second.outcome) == (2, SubmissionOutcome.PENDING)
        (review,) = reviews(s)
        assert review.due == date(2026, 12, 7) and str(review.detail).startswith("submission 2 of 2026-11-16")


def test_seed_003_a_resubmission_is_refused_too_while_something_is_missing(workspace: Workspace) -> None:
    application_id = submitted(workspace)
    with workspace.write() as s:
        application = get_application(s, application_id)
        record_event(s, application, E.REJECTED, date(2026, 10, 20), note="Please add the tax certificate")
        item = require_document(s, application, "tax_certificate", "Tax registration certificate")
        listed = "\n  Tax registration certificate — no file linked yet\n"
        with pytest.raises(DeskError, match="1 requirement is not met:") as refused:
            record_event(s, application, E.RESUBMITTED, date(2026, 10, 22))
        assert listed in str(refused.value)
        assert application.state is DepositState.REJECTED and len(application.submissions) == 1
        link_file(s, application, "tax_certificate", "tax.pdf")
        s.refresh(item)
        record_event(s, application, E.RESUBMITTED, date(2026, 10, 22), note="certificate added")
        assert [x.seq for x in application.submissions] == [1, 2]
        assert application.notes == "2026-10-22 resubmitted: certificate added"
        with pytest.raises(DeskError, match="only before it is \\(re\\)submitted"):
            require_document(s, application, "another", "Another paper")


def test_every_event_its_state_does_not_allow_is_refused_naming_what_is_allowed(workspace: Workspace) -> None:
    assert allowed_events(DepositState.DRAFT) == [E.SUBMITTED, E.CLOSED]
    assert allowed_events(DepositState.CLOSED) == []
    with workspace.write() as s:
        application = new(s)
        ready(s, application)
        for state in DepositState:
            application.state = state
            allowed = allowed_events(state)
            for kind in set(E) - set(allowed):
                names = ", ".join(words(k).lower() for k in allowed) or "nothing \\(it is closed\\)"
                with pytest.raises(
                    DeskError, match=f"is {words(state).lower()}: '{words(kind)}' cannot happen now; allowed: {names}$"
                ):
                    record_event(s, application, kind, date(2026, 12, 1), amount=DEPOSIT if kind is E.PAID else None)
                assert application.state is state
    assert set(TRANSITIONS) == set(E)


def test_an_event_cannot_come_before_the_applications_last_one(workspace: Workspace) -> None:
    application_id = submitted(workspace, date(2026, 9, 30))
    with (
        pytest.raises(
            DeskError, match="'Approved' on 2026-09-29 is before the application's last event \\(2026-09-30\\)"
        ),
        workspace.write() as s,
    ):
        record_event(s, get_application(s, application_id), E.APPROVED, date(2026, 9, 29))


# ---- the money that arrives ------------------------------------------------------------------------------------------


def paid(ws: Workspace, amount: Money, on: date = date(2026, 10, 30)) -> int:
    application_id = submitted(ws)
    with ws.write() as s:
        application = get_application(s, application_id)
        record_event(s, application, E.APPROVED, date(2026, 10, 20))
        record_event(s, application, E.PAID, on, amount=amount, note="statement line 14")
    return application_id


def test_seed_003_the_deposit_in_full_needs_no_follow_up(workspace: Workspace) -> None:
    application_id = paid(workspace, DEPOSIT)
    with workspace.read() as s:
        application = get_application(s, application_id)
        assert (application.state, application.arrived, application.arrived_on) == (
            DepositState.PAID,
            DEPOSIT,
            date(2026, 10, 30),
        )
        assert application.submissions[0].outcome is SubmissionOutcome.APPROVED
        arrival = check_arrival(s, application)
    assert arrival is not None
    assert (arrival.finding, arrival.cause, arrival.follow_up, arrival.difference) == (
        "matches",
        None,
        False,
        Money(0, "CNY"),
    )


def test_seed_003_less_in_the_deposits_currency_is_flagged_as_a_likely_fee(workspace: Workspace) -> None:
    application_id = paid(workspace, Money.of("9850.00", "CNY"))
    with workspace.read() as s:
        arrival = check_arrival(s, get_application(s, application_id))
    assert arrival is not None
    assert (arrival.finding, arrival.cause, arrival.follow_up) == ("short", "fee", True)
    assert arrival.difference == Money.of("150.00", "CNY")
    assert "150.00 CNY less than the deposit of 10000.00 CNY: likely a transfer fee" in arrival.detail


def test_more_than_the_deposit_is_flagged_too(workspace: Workspace) -> None:
    application_id = paid(workspace, Money.of("10000.01", "CNY"))
    with workspace.read() as s:
        arrival = check_arrival(s, get_application(s, application_id))
    assert arrival is not None and (arrival.finding, arrival.cause, arrival.follow_up) == ("over", "unknown", True)
    assert arrival.difference == Money(-1, "CNY")


def test_seed_003_money_in_another_currency_is_compared_at_the_rate_of_the_day_and_flagged_as_exchange(
    workspace: Workspace,
) -> None:
    with workspace.write() as s:
        s.add(ExchangeRate(on_date=date(2026, 10, 29), base="USD", quote="CNY", rate=Decimal("7.1"), source="bank"))
    application_id = paid(workspace, Money.of("1380.00", "USD"))
    with workspace.read() as s:
        application = get_application(s, application_id)
        assert application.arrived == Money.of("1380.00", "USD") and application.arrived_currency == "USD"
        arrival = check_arrival(s, application)
    assert arrival is not None
    # 10000 CNY / 7.1 = 1408.45 USD at the rate of the day: 28.45 USD less arrived.
    assert arrival.expected == Money.of("1408.45", "USD") and arrival.difference == Money.of("28.45", "USD")
    assert (arrival.finding, arrival.cause, arrival.follow_up) == ("short", "exchange", True)


def test_seed_003_money_in_another_currency_without_a_rate_is_flagged_with_no_amount_guessed(
    workspace: Workspace,
) -> None:
    application_id = paid(workspace, Money.of("1380.00", "USD"))
    with workspace.read() as s:
        arrival = check_arrival(s, get_application(s, application_id))
    assert arrival is not None and arrival.expected is None and arrival.difference is None
    assert (arrival.finding, arrival.cause, arrival.follow_up) == ("unknown", "exchange", True)
    assert "no CNY→USD rate on or before 2026-10-30" in arrival.detail


@pytest.mark.parametrize(
    ("kind", "amount", "message"),
    [
        (E.PAID, None, "'paid' needs the amount that arrived"),
        (E.PAID, Money.zero("CNY"), "the amount that arrived must be more than zero"),
        (E.CLOSED, DEPOSIT, "only 'paid' takes an amount"),
    ],
)
def test_only_paid_takes_an_amount_and_it_is_more_than_zero(
    workspace: Workspace, kind: DepositEvent, amount: Money | None, message: str
) -> None:
    application_id = submitted(workspace)
    with workspace.write() as s:
        application = get_application(s, application_id)
        record_event(s, application, E.APPROVED, date(2026, 10, 20))
        application.state = DepositState.PAID if kind is E.CLOSED else DepositState.APPROVED
        with pytest.raises(DeskError, match=message):
            record_event(s, application, kind, date(2026, 10, 30), amount=amount)
        assert application.arrived is None


def test_a_paid_application_is_closed_when_followed_up_and_nothing_moves_after(workspace: Workspace) -> None:
    application_id = paid(workspace, Money.of("9850.00", "CNY"))
    with workspace.write() as s:
        application = get_application(s, application_id)
        record_event(s, application, E.CLOSED, date(2026, 11, 2), note="bank fee confirmed")
        assert application.state is DepositState.CLOSED
        assert application.notes == "2026-10-30 paid: statement line 14\n2026-11-02 closed: bank fee confirmed"


def test_an_old_application_without_checked_by_is_checked_by_confirmation(workspace: Workspace) -> None:
    """Rows made before revision 0005 (the demo's) have no `checked_by`: the user's confirmation decides."""
    with workspace.write() as s:
        application = new(s)
        for p in application.prerequisites:
            p.checked_by = None
        s.flush()
        assert all(f.how == "confirmation" for f in check(s, application).findings if f.kind == "prerequisite")
