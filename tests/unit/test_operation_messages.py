"""The leak scan, part 3 (issue 12, plain words): what an operation says it did — the CLI prints it, the window's
status bar shows it — carries no internal identifier, table or column name, rule key or source-file name. Each
operation below runs for real on a data folder; every message is scanned as tests/leaks.py scans the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factories import order

from desk.db import take_written
from desk.models import (
    Channel,
    DisputeEventKind,
    DisputeReason,
    DisputeWant,
    EvidenceKind,
    PaymentMethod,
    Platform,
)
from desk.models.audience import Audience
from desk.operations import Result
from desk.operations.accounts import AddFunds, OpenAccount, add_funds, open_account
from desk.operations.disputes import (
    EditDispute,
    OpenDispute,
    RecordDisputeEvent,
    SetStatement,
    edit_dispute,
    open_dispute,
    record_dispute_event,
    set_statement,
)
from desk.operations.evidence import (
    AddEvidence,
    EditEvidence,
    MarkEvidence,
    UnlinkEvidence,
    add_evidence,
    edit_evidence,
    mark_evidence,
    unlink_evidence,
)
from desk.operations.parties import SaveStore, SaveSupplier, save_store, save_supplier
from desk.operations.rates import SetExchangeRate, set_exchange_rate
from desk.operations.refunds import RecordRefund, record_refund
from desk.operations.settings import (
    ChangeSetting,
    OverridePolicy,
    RemovePolicyOverride,
    change_setting,
    override_policy,
    remove_policy_override,
)
from desk.operations.undo import Undo, undo
from desk.operations.voiding import RestoreRecord, VoidKind, VoidRecord, restore_record, void_record
from desk.workspace import Workspace
from tests.leaks import leaks

ON = date(2026, 10, 20)


def _german(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def test_what_each_operation_says_it_did_is_in_plain_words(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.write() as s:
        made = order(s, currency="USD", lines=(("Earbuds", 1, 3000),), payments=((PaymentMethod.CARD, 3000),))
        s.flush()
        key = made.key
    said: list[tuple[str, Result]] = []

    def run(name: str, result: Result) -> Result:
        said.append((name, result))
        return result

    run("rate", set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", ON, "7.20")))
    run("setting", change_setting(workspace, ChangeSetting("reminder_days", "5")))
    run("rule", override_policy(workspace, OverridePolicy("AliExpress", "seller_response", "7", ON, source="help")))
    opened = open_dispute(workspace, OpenDispute(key, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "20", ON))
    dispute_id = run("open dispute", opened).dispute_id  # type: ignore[attr-defined]
    answered = RecordDisputeEvent(dispute_id, DisputeEventKind.SELLER_ANSWERED, ON)
    run("event", record_dispute_event(workspace, answered))
    run("edit dispute", edit_dispute(workspace, EditDispute(dispute_id, case_no="A-1")))
    run("statement", set_statement(workspace, SetStatement(dispute_id, "The earbuds arrived cracked.")))
    run("refund", record_refund(workspace, RecordRefund(key, "10", ON)))
    photo = tmp_path / "cracked_case.txt"
    photo.write_text("the left earbud's case is cracked", encoding="utf-8")
    run("add evidence", added := add_evidence(workspace, AddEvidence((photo,), key)))
    evidence_id = added.added[0].evidence_id  # type: ignore[attr-defined]
    run("edit evidence", edit_evidence(workspace, EditEvidence(evidence_id, kind=EvidenceKind.PAYMENT_PROOF)))
    run("mark evidence", mark_evidence(workspace, MarkEvidence(evidence_id, Audience.COUNSEL)))
    run("unlink evidence", unlink_evidence(workspace, UnlinkEvidence(evidence_id, key)))
    run("account", account := open_account(workspace, OpenAccount("Superbuy/reseller_eu_01", "CNY")))
    funds = AddFunds(account.account_id, "100", Channel.ALIPAY, ON)  # type: ignore[attr-defined]
    run("funds", add_funds(workspace, funds))
    run("supplier", save_supplier(workspace, SaveSupplier(Platform.ALIEXPRESS, "Shenzhen Sunrise", contact="Li")))
    run("store", save_store(workspace, SaveStore(Platform.ALIEXPRESS, "Nordic Gadget Outlet", country="FI")))
    run("void", void_record(workspace, VoidRecord(VoidKind.DISPUTE, dispute_id, "opened on the wrong line")))
    run("restore", restore_record(workspace, RestoreRecord(VoidKind.DISPUTE, dispute_id)))
    take_written()
    step = void_record(workspace, VoidRecord(VoidKind.EVIDENCE, evidence_id, "a duplicate"))
    written = take_written()
    assert written is not None
    run("undo", undo(workspace, Undo(*written)))
    run("void evidence", step)
    removed = RemovePolicyOverride("AliExpress", "seller_response", ON)
    run("override removed", remove_policy_override(workspace, removed))

    found = [leak for name, result in said for leak in leaks(f"the message of {name}", result.message)]
    assert not found, "\n".join(map(str, found))
    assert all(result.message[:1].isupper() or result.message[:1].isdigit() for _, result in said), [
        (name, result.message) for name, result in said if not result.message[:1].isupper()
    ]
    # The window writes the dates in its locale (Result.dated); no message there keeps an ISO date.
    shown = [(name, result.dated.words(_german) if result.dated else result.message) for name, result in said]
    iso = [leak for name, text in shown for leak in leaks(f"the status bar after {name}", text, window=True)]
    assert not iso, "\n".join(map(str, iso))
    assert dict(shown)["rate"] == "1 USD = 7.20 CNY on 20.10.2026."
    messages = dict((name, result.message) for name, result in said)
    assert messages["setting"] == "Set reminder days to 5."
    assert messages["event"] == f"Dispute {dispute_id}: seller answered recorded; it is now seller responded."
    assert messages["edit evidence"] == f"Evidence {evidence_id} (cracked_case.txt) is now payment proof."
