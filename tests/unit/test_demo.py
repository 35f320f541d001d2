"""The demo data (`desk demo`): fills only an empty folder, through the operations (audited), and obeys the domain
rules."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import date, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from folder_copies import Folders
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.demo import DemoSummary, fill_demo
from desk.errors import DeskError
from desk.models import (
    AuditAction,
    AuditEntry,
    Base,
    DepositApplication,
    Dispute,
    DisputeEventKind,
    Evidence,
    LedgerEntry,
    MemberAccount,
    Order,
    OrderLine,
    Refund,
    Store,
    StoreStatus,
    SubmissionOutcome,
    Supplier,
)
from desk.models.audit import verify_chain
from desk.models.disputes import FINISHED_STATES
from desk.orders.amounts import order_total, paid_for_lines
from desk.workspace import Workspace

TODAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory, template_folder: Path, folders: Folders
) -> Iterator[tuple[Workspace, DemoSummary]]:
    """One demo of TODAY for the tests that only read it (a second fill is refused and changes nothing), and what
    the fill said it made: filling one takes seconds, more under Wine."""
    folder = folders.copy(template_folder, tmp_path_factory.mktemp("demo") / "data")
    with Workspace.open(folder, actor="tester") as workspace:
        summary = fill_demo(workspace, TODAY)
        yield workspace, summary


@pytest.fixture(scope="module")
def demo(filled: tuple[Workspace, DemoSummary]) -> Workspace:
    return filled[0]


def another_demo(folders: Folders, template_folder: Path, folder: Path, today: date) -> Workspace:
    """A second demo, of `today`, in `folder` (open: the caller closes it)."""
    workspace = Workspace.open(folders.copy(template_folder, folder), actor="tester")
    fill_demo(workspace, today)
    return workspace


def row_counts(session: Session) -> dict[str, int]:
    """Rows in every table of the schema, the audit log included."""
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def vault_files(workspace: Workspace) -> set[Path]:
    return {p for p in (workspace.root / "vault").rglob("*") if p.is_file()}


def test_counts_match_the_summary_and_the_tables(filled: tuple[Workspace, DemoSummary]) -> None:
    workspace, summary = filled
    with workspace.read() as session:
        counts = row_counts(session)
    assert summary == DemoSummary(
        suppliers=counts["suppliers"],
        orders=counts["orders"],
        order_lines=counts["order_lines"],
        disputes=counts["disputes"],
        refunds=counts["refunds"],
        evidence=counts["evidence"],
        accounts=counts["member_accounts"],
        ledger_entries=counts["ledger_entries"],
        deposits=counts["deposit_applications"],
    )
    assert 6 <= summary.suppliers <= 8
    assert 35 <= summary.orders <= 45
    assert 6 <= summary.disputes <= 8
    assert 5 <= summary.evidence <= 10
    assert (summary.accounts, summary.deposits) == (1, 1)
    assert counts["stores"] == 3
    assert counts["exchange_rates"] > 0


def test_a_folder_with_data_is_refused_and_left_unchanged(demo: Workspace) -> None:
    with demo.read() as session:
        before = row_counts(session)
    files = vault_files(demo)
    with pytest.raises(DeskError, match="already holds data"):
        fill_demo(demo, TODAY + timedelta(days=1))
    with demo.read() as session:
        assert row_counts(session) == before
    assert vault_files(demo) == files


def test_the_same_day_gives_the_same_files(
    demo: Workspace, template_folder: Path, tmp_path: Path, folders: Folders
) -> None:
    hashes = []
    with another_demo(folders, template_folder, tmp_path / "again", TODAY) as again:
        for workspace in (demo, again):
            with workspace.read() as session:
                hashes.append(sorted(session.scalars(select(Evidence.sha256))))
    assert hashes[0] and hashes[0] == hashes[1]


def test_payments_add_up_to_each_order_total(demo: Workspace) -> None:
    with demo.read() as session:
        orders = session.scalars(select(Order)).all()
        currencies = {order.currency for order in orders}
        assert {"CNY", "USD", "EUR", "RUB"} <= currencies
        for order in orders:
            assert order.payments, order.key
            assert order.paid == order_total(order), order.key
            assert all(p.amount_minor > 0 for p in order.payments)
            assert 1 <= len(order.lines) <= 4
            assert sum(c.amount_minor for c in order.coupons) <= order.discount_minor
        agent_orders = [o for o in orders if o.agent_account_id is not None]
        assert agent_orders
        assert any(len(order.payments) > 1 for order in orders)


def test_shipped_orders_have_tracking_and_dates_in_order(demo: Workspace) -> None:
    with demo.read() as session:
        for order in session.scalars(select(Order)):
            dates = [d for d in (order.placed_on, order.paid_on, order.shipped_on, order.delivered_on) if d]
            assert dates == sorted(dates), order.key
            assert max(dates) <= TODAY
            assert bool(order.tracking_numbers) == (order.shipped_on is not None), order.key


def test_claims_never_exceed_what_was_paid_for_the_line(demo: Workspace) -> None:
    with demo.read() as session:
        disputes = session.scalars(select(Dispute)).all()
        for dispute in disputes:
            line = dispute.order_line
            paid = paid_for_lines(line.order)[line.id]
            assert 0 < dispute.claimed_minor <= paid.minor
            if dispute.won_minor is not None:
                assert dispute.outcome is not None
                assert dispute.won_minor <= dispute.claimed_minor
        # The database allows one unfinished dispute per line; the demo keeps to it too.
        open_lines = [d.order_line_id for d in disputes if d.state not in FINISHED_STATES]
        assert len(open_lines) == len(set(open_lines))
        assert len({d.state for d in disputes}) == len(disputes)


def test_dispute_timelines_are_in_date_order(demo: Workspace) -> None:
    with demo.read() as session:
        for dispute in session.scalars(select(Dispute)):
            events = sorted(dispute.events, key=lambda e: e.id)
            assert events[0].kind is DisputeEventKind.OPENED
            assert events[0].occurred_on == dispute.opened_on
            dates = [e.occurred_on for e in events]
            assert dates == sorted(dates), dispute.id
            assert dispute.order_line.order.placed_on <= dispute.opened_on <= TODAY


def test_refunds_are_split_over_the_payments(demo: Workspace) -> None:
    with demo.read() as session:
        refunds = session.scalars(select(Refund)).all()
        for refund in refunds:
            assert {p.method for p in refund.parts} == {p.method for p in refund.order.payments}
            if refund.dispute is not None:
                assert refund.expected.minor == refund.dispute.won_minor
            else:
                assert refund.expected == refund.order.paid
        parts = [p for r in refunds for p in r.parts]
        assert any(p.received_minor == p.expected_minor for p in parts)
        assert any(p.received_minor is not None and p.received_minor < p.expected_minor for p in parts)
        assert any(p.received_minor is None for p in parts)


def test_every_evidence_file_is_in_the_vault(demo: Workspace) -> None:
    with demo.read() as session:
        evidence = session.scalars(select(Evidence)).all()
        assert all(e.links for e in evidence)
        assert any(link.checklist_item_id is not None for e in evidence for link in e.links)
        for item in evidence:
            data = demo.vault.read_bytes(item.sha256)
            assert hashlib.sha256(data).hexdigest() == item.sha256
            assert len(data) == item.size
            assert item.captured_at is not None and item.captured_at.utcoffset() == timedelta(0)
            assert item.added_by == "tester"
            check_content(item.media_type, data)


def check_content(media_type: str, data: bytes) -> None:
    """The bytes are what the media type says: a readable JPEG or PNG, PDF, e-mail or UTF-8 text."""
    if media_type in ("image/jpeg", "image/png"):
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == media_type.removeprefix("image/").upper()
            image.load()
            assert image.width > 0 and image.height > 0
        assert len(data) < 16_000  # a few KB each
    elif media_type == "application/pdf":
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    elif media_type == "message/rfc822":
        message = message_from_bytes(data, policy=default)
        assert message["Date"].datetime is not None
        assert message["From"] and message["Subject"]
        assert "感谢" in message.get_body().get_content()  # type: ignore[union-attr]
    else:
        assert media_type == "text/plain"
        assert data.decode("utf-8")


def test_the_member_account_never_goes_below_zero(demo: Workspace) -> None:
    with demo.read() as session:
        account = session.scalars(select(MemberAccount)).one()
        assert account.balance().minor >= 0
        running = 0
        for entry in sorted(account.entries, key=lambda e: (e.on_date, e.id)):
            running += entry.signed.minor if entry.counts_in_balance else 0
            assert running >= 0, entry.on_date
        linked = session.scalars(select(LedgerEntry).where(LedgerEntry.order_id.is_not(None))).all()
        assert all(e.amount_minor > 0 and e.order is not None and e.order.currency == "CNY" for e in linked)


def test_the_deposit_was_rejected_then_resubmitted(demo: Workspace) -> None:
    with demo.read() as session:
        application = session.scalars(select(DepositApplication)).one()
        assert application.store.status is StoreStatus.CLOSED
        first, second = application.submissions
        assert (first.seq, first.outcome) == (1, SubmissionOutcome.REJECTED)
        assert first.reason
        assert (second.seq, second.outcome) == (2, SubmissionOutcome.PENDING)
        assert first.submitted_on <= (first.decided_on or date.max) <= second.submitted_on < TODAY
        assert application.store.closed_on is not None
        # What only the user can confirm was confirmed once the store had closed; Desk checks the rest itself.
        confirmed = [p for p in application.prerequisites if p.checked_by in (None, "confirmation")]
        assert confirmed and all(p.confirmed_on and p.confirmed_on >= application.store.closed_on for p in confirmed)
        # Submitted: every document the policy requires is met by evidence.
        required = [item for item in application.checklist if item.required]
        assert len(required) >= 2 and all(item.satisfied for item in required)


def test_the_audit_log_holds_every_demo_row(demo: Workspace) -> None:
    """Entered through the operations: each row's insert is audited, and so is each change an operation made
    after (a dispute's state moving with its events, a refund part arriving)."""
    with demo.read() as session:
        assert list(verify_chain(session)) == []
        counts = row_counts(session)
        entries = session.scalars(select(AuditEntry)).all()
    inserted = {(e.table_name, e.row_id) for e in entries if e.action is AuditAction.INSERT}
    domain_rows = sum(n for table, n in counts.items() if table != AuditEntry.__tablename__)
    assert len(inserted) == domain_rows
    assert {e.action for e in entries} <= {AuditAction.INSERT, AuditAction.UPDATE}
    assert {e.actor for e in entries} == {"tester"}


def dated_rows(workspace: Workspace) -> dict[str, date]:
    """The dates of the demo, keyed by what they belong to."""
    with workspace.read() as session:
        found: dict[str, date] = {}
        for order in session.scalars(select(Order)):
            found[f"placed {order.key}"] = order.placed_on
            for line in order.lines:
                for dispute in line.disputes:
                    found.update({f"event {order.key} {e.kind}": e.occurred_on for e in dispute.events})
        for entry in session.scalars(select(LedgerEntry)):
            found[f"ledger {entry.kind} {entry.amount_minor}"] = entry.on_date
        for store in session.scalars(select(Store)):
            found[f"store {store.name}"] = store.opened_on or date.min
        for item in session.scalars(select(Evidence)):
            assert item.captured_at is not None
            found[f"evidence {item.description}"] = item.captured_at.date()
        assert session.scalar(select(func.count()).select_from(Supplier))
        return found


def test_dates_follow_today(demo: Workspace, template_folder: Path, tmp_path: Path, folders: Folders) -> None:
    shift = timedelta(days=45)
    with another_demo(folders, template_folder, tmp_path / "later", TODAY + shift) as late:
        before, after = dated_rows(demo), dated_rows(late)
    assert before.keys() == after.keys()
    assert {key: when + shift for key, when in before.items()} == after


def test_today_defaults_to_the_current_date(workspace: Workspace) -> None:
    fill_demo(workspace)
    with workspace.read() as session:
        latest = session.scalar(select(func.max(Order.placed_on)))
        lines = session.scalar(select(func.count()).select_from(OrderLine))
    assert latest is not None and date.today() - timedelta(days=7) <= latest <= date.today()
    assert lines


def test_the_demo_business_signs_its_packets_and_letters(demo: Workspace) -> None:
    from desk.settings import get_str

    with demo.read() as s:
        assert get_str(s, "business_name") == "TechBox Trading UG (haftungsbeschränkt)"
        assert get_str(s, "business_address").splitlines() == ["Kastanienallee 12", "10435 Berlin", "Germany"]
        assert "claims@techbox-trading.example" in get_str(s, "business_contact")


def test_the_evidence_has_the_capture_time_of_demo_toml(demo: Workspace) -> None:
    """Photos say when they were taken (EXIF, with the camera), the rest are dated by their file: either way the
    evidence gets the capture time demo.toml gives."""
    from datetime import UTC, datetime, time

    from desk.demo import load_demo_data

    wanted = {
        row["description"]: datetime.combine(
            TODAY + timedelta(days=row["captured"][0]), time.fromisoformat(row["captured"][1]), UTC
        )
        for row in load_demo_data()["evidence"]
    }
    with demo.read() as session:
        evidence = session.scalars(select(Evidence)).all()
        assert {e.description: e.captured_at for e in evidence} == wanted
        photos = [e for e in evidence if e.media_type == "image/jpeg"]
        assert photos and all(e.details and e.details.get("camera") for e in photos)


def test_each_dispute_ends_where_its_events_lead(demo: Workspace) -> None:
    """The states come from the state machine replaying demo.toml's events (fill_demo checks they agree)."""
    from desk.demo import load_demo_data

    rows = {(row["order"], row["line"]): row for row in load_demo_data()["disputes"]}
    keys = {row["key"]: row["no"] for row in load_demo_data()["orders"]}
    with demo.read() as session:
        for dispute in session.scalars(select(Dispute)):
            line = dispute.order_line
            row = next(r for (o, n), r in rows.items() if keys[o] == line.order.order_no and n == line.line_no)
            assert dispute.state.value == row["state"]
            assert len(dispute.events) == len(row["events"])
            assert dispute.platform_case_no == row["case_no"]
