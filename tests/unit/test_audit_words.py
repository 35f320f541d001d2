"""The audit log read as sentences (issue 12, plain words): entries written by real operations, read back as a
person reads them on the Audit page — record names, columns in words, money in its currency, enum labels, the
record a foreign key points to; never a table or column name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk.lists.listing import display, fetch_page
from desk.lists.records import AUDIT
from desk.models import AuditEntry, DisputeEvent, DisputeEventKind, RefundPart
from desk.money import Money
from desk.overview.audit_words import sentence
from desk.workspace import Workspace
from tests import factories
from tests.leaks import leaks


def _sentences(ws: Workspace, since: int = 0) -> list[str]:
    with ws.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > since).order_by(AuditEntry.id))
        return [sentence(s, e.table_name, e.row_id, e.action, e.changes, e.actor, e.at) for e in entries]


def _last_id(ws: Workspace) -> int:
    with ws.read() as s:
        return s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0


def test_an_amount_changed_reads_with_its_currency_the_record_and_who(demo_workspace: Workspace) -> None:
    before = _last_id(demo_workspace)
    with demo_workspace.write() as s:
        part = s.scalars(select(RefundPart).order_by(RefundPart.id)).first()
        assert part is not None
        part_id, old = part.id, part.expected_minor
        currency = part.refund.order.currency
        part.expected_minor = old - 150
    (said,) = _sentences(demo_workspace, before)
    amount = f"{old // 100}.{old % 100:02d}"
    new = old - 150
    assert re.fullmatch(
        rf"Expected amount of refund part {part_id} changed from {amount} {currency} to "
        rf"{new // 100}\.{new % 100:02d} {currency} by \S+ on \d+ \w{{3}} \d{{4}}",
        said,
    ), said


def test_a_dispute_opened_and_an_event_read_as_people_say_them(workspace: Workspace) -> None:
    before = _last_id(workspace)
    with workspace.write() as s:
        order = factories.order(s, lines=(("USB-C cable 1 m", 1, 1250),))
        s.flush()
        dispute = factories.dispute(s, order.lines[0])
        s.flush()
        s.add(DisputeEvent(dispute=dispute, kind=DisputeEventKind.SELLER_ANSWERED, occurred_on=date(2026, 10, 9)))
    said = _sentences(workspace, before)
    assert any(
        re.match(rf"Dispute \d+ \(USB-C cable 1 m, order aliexpress:{order.order_no}\) opened by ", t) for t in said
    )
    assert any(re.match(r"Event 'Seller answered' recorded on dispute \d+ by ", t) for t in said), said


def test_the_audit_page_shows_sentences_and_no_table_or_column_name(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        rows = fetch_page(s, AUDIT, limit=1000)
    assert len(rows) > 300
    assert [c.title for c in AUDIT.columns] == ["No.", "When", "Who", "What happened"]
    found = [leak for row in rows for leak in leaks("the Audit page", display(row["what"], AUDIT.column("what")))]
    assert not found, "\n".join(map(str, found))


def test_what_a_file_was_confirmed_to_show_reads_as_the_checklist_says_it(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "evidence"))
        said = [
            sentence(s, e.table_name, e.row_id, e.action, e.changes, e.actor, e.at)
            for e in entries
            if '"shows"' in e.changes
        ]
    assert said, "the demo confirms what some files show"
    assert any(re.fullmatch(r"Evidence '.*' confirmed to show proof of payment by demo on .*", t) for t in said), said
    assert not [t for t in said if "payment_proof" in t or "photo_as_arrived" in t], said


def test_a_confirmation_on_a_new_file_reads_as_the_checklist_says_it(workspace: Workspace, tmp_path: Path) -> None:
    from desk.evidence.editing import describe

    path = tmp_path / "payment_confirmation.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    added = factories.add_files(workspace, [path])[0]
    before = _last_id(workspace)
    with workspace.write() as s:
        describe(s, added.evidence_id, shows="payment_proof")
    said = _sentences(workspace, before)
    assert any(
        re.fullmatch(r"Evidence 'payment_confirmation.pdf' confirmed to show proof of payment .*", t) for t in said
    ), said
    assert not [leak for t in said for leak in leaks("the Audit page", t)], said


def test_the_audit_list_leaves_dates_and_amounts_to_the_reader(demo_workspace: Workspace) -> None:
    """The CLI and the export read ISO dates and the fixed money form; the window writes them in its locale."""
    with demo_workspace.read() as s:
        rows = fetch_page(s, AUDIT, limit=1000)
    received = [r["what"] for r in rows if "date received of refund part" in str(r["what"])]
    assert received
    fixed = display(received[0], AUDIT.column("what"))
    assert re.search(r"set to \d+\.\d\d USD; date received of refund part \d+ set to 2026-\d\d-\d\d$", fixed), fixed

    def german(day: date) -> str:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"

    def german_money(money: Money) -> str:
        return f"{money.amount}".replace(".", ",") + f" {money.currency}"

    localised = received[0].words(german_money, german)
    assert re.search(r"set to \d+,\d\d USD; date received of refund part \d+ set to \d\d\.\d\d\.2026$", localised)
    rates = [r["what"].words(german_money, german) for r in rows if "Exchange rate" in str(r["what"])]
    assert rates and all(re.fullmatch(r"Exchange rate \w+/\w+ of \d\d\.\d\d\.2026 added", t) for t in rates), rates
