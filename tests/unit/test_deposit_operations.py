"""The deposit operations (desk.operations.deposits, seed 003): each owns its transaction, refuses with the
domain's message and writes nothing then, and says what it changed in a plain result."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desk.deposits.applications import DepositEvent, get_application
from desk.deposits.check import check
from desk.errors import DeskError
from desk.models import AuditEntry, DepositState, Evidence, EvidenceKind, EvidenceLink, Platform, Store
from desk.money import Money
from desk.operations import Record
from desk.operations.deposits import (
    ConfirmPrerequisite,
    CreateDepositApplication,
    RecordDepositEvent,
    RequireDocument,
    SubmitDepositApplication,
    confirm_prerequisite,
    create_deposit_application,
    record_deposit_event,
    require_document,
    submit_deposit_application,
)
from desk.workspace import Workspace

CREATED = date(2026, 9, 20)
STORE = "Nordic Gadget Outlet"


def _new(ws: Workspace) -> int:
    request = CreateDepositApplication(STORE, Platform.ALIEXPRESS, "10,000.00 CNY", CREATED)
    return create_deposit_application(ws, request).application_id


def _audited(ws: Workspace) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _met(ws: Workspace, application_id: int) -> dict[str, bool]:
    with ws.read() as s:
        return {f.code: f.met for f in check(s, get_application(s, application_id)).findings}


def _link_documents(ws: Workspace, application_id: int) -> None:
    """Files for every document (as `desk evidence add checklist:N` links them)."""
    with ws.write() as s:
        for number, item in enumerate(get_application(s, application_id).checklist):
            if item.required:
                evidence = Evidence(
                    sha256=f"{number + 1:064x}", size=1, media_type="application/pdf",
                    original_name=f"{item.code}.pdf", kind=EvidenceKind.DOCUMENT, added_by="tester",
                )  # fmt: skip
                evidence.links.append(EvidenceLink(checklist_item=item))
                s.add(evidence)


def test_a_new_application_adds_the_store_once_and_names_its_deposit(workspace: Workspace) -> None:
    made = create_deposit_application(
        workspace, CreateDepositApplication(STORE, Platform.ALIEXPRESS, "10,000.00 CNY", CREATED, "cn")
    )
    assert made.store_added and made.changed == frozenset({Record.DEPOSIT, Record.STORE})
    assert made.message == (
        f"Deposit application {made.application_id} for {STORE} on AliExpress, 10000.00 CNY: store added to Desk."
    )
    with workspace.read() as s:
        application = get_application(s, made.application_id)
        assert application.deposit == Money.of("10000.00", "CNY") and application.store.country == "CN"
        assert application.state is DepositState.DRAFT and application.prerequisites and application.checklist
    with pytest.raises(DeskError, match="a store has one application at a time"):
        create_deposit_application(workspace, CreateDepositApplication("nordic gadget outlet", Platform.ALIEXPRESS,
                                                                       "1 CNY", CREATED))  # fmt: skip
    with pytest.raises(DeskError) as no_currency:
        create_deposit_application(workspace, CreateDepositApplication("Other", Platform.ALIEXPRESS, "500", CREATED))
    assert str(no_currency.value) == 'the deposit: "500": which currency? Add a code such as CNY or USD'
    with workspace.read() as s:
        assert [store.name for store in s.scalars(select(Store))] == [STORE]


def test_confirming_a_prerequisite_and_taking_it_back(workspace: Workspace) -> None:
    app_id = _new(workspace)
    done = confirm_prerequisite(workspace, ConfirmPrerequisite(app_id, "store_closed", CREATED, "seller backend"))
    assert done.changed == frozenset({Record.DEPOSIT}) and done.state is DepositState.DRAFT
    assert (
        done.application_id == app_id
        and done.message == f"Deposit application {app_id}, Store closed (cancelled) on AliExpress: confirmed."
    )
    assert _met(workspace, app_id)["store_closed"]
    undone = confirm_prerequisite(workspace, ConfirmPrerequisite(app_id, "store_closed", CREATED, undo=True))
    assert undone.message.endswith(": confirmation taken back.") and not _met(workspace, app_id)["store_closed"]
    before = _audited(workspace)
    with pytest.raises(DeskError, match="checked against Desk's orders of the store, not confirmed"):
        confirm_prerequisite(workspace, ConfirmPrerequisite(app_id, "no_pending_orders", CREATED))
    with pytest.raises(DeskError, match=r"^no deposit application 99$"):
        confirm_prerequisite(workspace, ConfirmPrerequisite(99, "store_closed", CREATED))
    assert _audited(workspace) == before


def test_a_document_the_platform_asks_for_joins_the_checklist(workspace: Workspace) -> None:
    app_id = _new(workspace)
    done = require_document(workspace, RequireDocument(app_id, "tax_certificate", "Tax registration certificate"))
    assert done.changed == frozenset({Record.DEPOSIT})
    assert done.message == f"Deposit application {app_id} now requires Tax registration certificate."
    assert _met(workspace, app_id)["tax_certificate"] is False
    optional = require_document(workspace, RequireDocument(app_id, "photo", "Shop front photo", required=False))
    assert optional.message.endswith("now recommends Shop front photo.")
    with pytest.raises(DeskError, match="already lists the document 'photo'"):
        require_document(workspace, RequireDocument(app_id, "photo", "again"))


def test_submitting_is_refused_while_anything_is_missing_then_accepted(workspace: Workspace) -> None:
    app_id = _new(workspace)
    before = _audited(workspace)
    with pytest.raises(DeskError, match="cannot be submitted: 5 requirements are not met"):
        submit_deposit_application(workspace, SubmitDepositApplication(app_id, date(2026, 9, 30)))
    assert _audited(workspace) == before
    for code in ("store_closed", "no_violations"):
        confirm_prerequisite(workspace, ConfirmPrerequisite(app_id, code, date(2026, 9, 21)))
    _link_documents(workspace, app_id)
    done = submit_deposit_application(workspace, SubmitDepositApplication(app_id, date(2026, 9, 30)))
    assert done.state is DepositState.IN_REVIEW and done.changed == frozenset({Record.DEPOSIT})
    assert done.message == f"Deposit application {app_id} submitted on 2026-09-30."

    record_deposit_event(workspace, RecordDepositEvent(app_id, DepositEvent.REJECTED, date(2026, 10, 9), note="blurry"))
    again = submit_deposit_application(workspace, SubmitDepositApplication(app_id, date(2026, 10, 12)))
    assert again.state is DepositState.IN_REVIEW and "resubmitted on 2026-10-12" in again.message


def test_events_follow_the_review_and_what_arrived_is_read_in_the_deposits_currency(workspace: Workspace) -> None:
    app_id = _new(workspace)
    for code in ("store_closed", "no_violations"):
        confirm_prerequisite(workspace, ConfirmPrerequisite(app_id, code, date(2026, 9, 21)))
    _link_documents(workspace, app_id)
    event = RecordDepositEvent
    record_deposit_event(workspace, event(app_id, DepositEvent.SUBMITTED, date(2026, 9, 30)))
    with pytest.raises(DeskError, match="'Paid' cannot happen now; allowed: rejected, approved"):
        record_deposit_event(workspace, event(app_id, DepositEvent.PAID, date(2026, 10, 9), "9850"))
    approved = record_deposit_event(workspace, event(app_id, DepositEvent.APPROVED, date(2026, 10, 9)))
    assert approved.state is DepositState.APPROVED and approved.message.endswith("approved on 2026-10-09.")
    with pytest.raises(DeskError) as typed:
        record_deposit_event(workspace, event(app_id, DepositEvent.PAID, date(2026, 10, 20), "soon"))
    assert str(typed.value) == 'the amount that arrived: "soon": no number in it'
    paid = record_deposit_event(workspace, event(app_id, DepositEvent.PAID, date(2026, 10, 20), "9 850"))
    assert paid.state is DepositState.PAID and paid.changed == frozenset({Record.DEPOSIT})
    with workspace.read() as s:
        assert get_application(s, app_id).arrived == Money.of("9850", "CNY")
