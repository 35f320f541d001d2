"""The schema enforces what it can by itself: keys, uniqueness, non-negative amounts, enumerations, one open
dispute per order line. Each test commits a bad row and expects the database to refuse it."""

from __future__ import annotations

from datetime import date

import pytest
from factories import dispute, order, supplier
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from desk.models import (
    DisputeState,
    Evidence,
    EvidenceKind,
    EvidenceLink,
    LedgerEntry,
    LedgerKind,
    MemberAccount,
    Order,
    OrderLine,
    Platform,
    Supplier,
)
from desk.workspace import Workspace

# What SQLite and PostgreSQL (team mode: DESK_TEST_DATABASE) say when a constraint refuses a write.
UNIQUE = "UNIQUE constraint failed|violates unique constraint"
CHECK = "CHECK constraint failed|violates check constraint"
FOREIGN_KEY = "FOREIGN KEY constraint failed|violates foreign key constraint"


def test_order_number_is_unique_per_platform(workspace: Workspace) -> None:
    with workspace.write() as s:
        seller = supplier(s)
        order(s, order_no="8100", seller=seller)
        order(s, order_no="8100", seller=seller, platform=Platform.ALIBABA_1688)  # another platform: fine
    with pytest.raises(IntegrityError, match=UNIQUE), workspace.write() as s:
        order(s, order_no="8100", seller=s.scalars(select(Supplier)).first())
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 2


@pytest.mark.parametrize(
    ("column", "value"),
    [("unit_price_minor", -1), ("qty", 0), ("line_no", 0)],
)
def test_order_line_amounts_and_counts_are_checked(workspace: Workspace, column: str, value: int) -> None:
    with workspace.write() as s:
        o = order(s)
    with pytest.raises(IntegrityError, match=CHECK), workspace.write() as s:
        line = s.get(OrderLine, o.lines[0].id)
        assert line is not None
        setattr(line, column, value)


@pytest.mark.parametrize("column", ["shipping_minor", "discount_minor"])
def test_order_charges_are_non_negative(workspace: Workspace, column: str) -> None:
    with pytest.raises(IntegrityError, match=f"{column}_non_negative"), workspace.write() as s:
        order(s, **{column: -5})


def test_payments_must_be_positive(workspace: Workspace) -> None:
    from desk.models import PaymentMethod

    with pytest.raises(IntegrityError, match="amount_positive"), workspace.write() as s:
        order(s, payments=((PaymentMethod.CARD, 0),))


def test_unknown_enumeration_value_is_refused_by_the_database(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s)
    # Past the ORM, straight SQL: the CHECK constraint itself must refuse it.
    with pytest.raises(IntegrityError, match="ck_orders_order_status"), workspace.write() as s:
        s.execute(text("UPDATE orders SET status = 'lost' WHERE id = :id"), {"id": o.id})
    with pytest.raises(StatementError), workspace.write() as s:
        row = s.get(Order, o.id)
        assert row is not None
        row.status = "lost"  # type: ignore[assignment]


def test_currency_must_be_an_upper_case_code(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError, match="currency_code"), workspace.write() as s:
        order(s, currency="usd")


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError, match=FOREIGN_KEY), workspace.write() as s:
        s.execute(
            text(
                "INSERT INTO orders (platform, order_no, supplier_id, currency, status, placed_on, "
                "shipping_minor, discount_minor) VALUES ('aliexpress', 'x1', 999, 'CNY', 'paid', '2026-10-01', 0, 0)"
            )
        )


def test_a_supplier_with_orders_cannot_be_deleted(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s)
    with pytest.raises(IntegrityError, match=FOREIGN_KEY), workspace.write() as s:
        s.execute(text("DELETE FROM suppliers WHERE id = :id"), {"id": o.supplier_id})


def test_one_open_dispute_per_order_line(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s)
        first = dispute(s, o.lines[0])
    with pytest.raises(IntegrityError, match=UNIQUE), workspace.write() as s:
        line = s.get(OrderLine, o.lines[0].id)
        assert line is not None
        dispute(s, line, opened_on=date(2026, 10, 22))
    # Once the first is over, the line may be disputed again.
    with workspace.write() as s:
        d = s.get(type(first), first.id)
        assert d is not None
        d.state = DisputeState.CLOSED
    with workspace.write() as s:
        line = s.get(OrderLine, o.lines[0].id)
        assert line is not None
        second = dispute(s, line, opened_on=date(2026, 11, 2))
    assert second.id != first.id


def test_dispute_amounts_are_non_negative_and_won_needs_an_outcome(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s)
    with pytest.raises(IntegrityError, match="claimed_minor_non_negative"), workspace.write() as s:
        line = s.get(OrderLine, o.lines[0].id)
        assert line is not None
        dispute(s, line, claimed_minor=-1)
    with pytest.raises(IntegrityError, match="won_needs_outcome"), workspace.write() as s:
        line = s.get(OrderLine, o.lines[0].id)
        assert line is not None
        dispute(s, line, won_minor=100)


def test_evidence_link_names_exactly_one_case(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(s)
        item = Evidence(
            sha256="a" * 64,
            size=3,
            media_type="text/plain",
            original_name="chat.txt",
            kind=EvidenceKind.CHAT,
            added_by="tester",
        )
        s.add(item)
    with pytest.raises(IntegrityError, match="exactly_one_case"), workspace.write() as s:
        s.add(EvidenceLink(evidence_id=item.id))
    with pytest.raises(IntegrityError, match="exactly_one_case"), workspace.write() as s:
        d = dispute(s, s.get(OrderLine, o.lines[0].id))  # type: ignore[arg-type]
        s.flush()
        s.add(EvidenceLink(evidence_id=item.id, order_id=o.id, dispute_id=d.id))


def test_ledger_withdrawal_needs_a_status_and_a_channel(workspace: Workspace) -> None:
    with workspace.write() as s:
        account = MemberAccount(provider="Superbuy", name="reseller", currency="CNY")
        s.add(account)
    with pytest.raises(IntegrityError, match="status_only_for_withdrawals"), workspace.write() as s:
        s.add(
            LedgerEntry(
                account_id=account.id,
                kind=LedgerKind.WITHDRAWAL,
                on_date=date(2026, 11, 1),
                amount_minor=100,
                currency="CNY",
                channel="western_union",
            )
        )
    with pytest.raises(IntegrityError, match="channel_for_transfers"), workspace.write() as s:
        s.add(
            LedgerEntry(
                account_id=account.id,
                kind=LedgerKind.FUNDS_ADDED,
                on_date=date(2026, 11, 1),
                amount_minor=100,
                currency="CNY",
            )
        )


def test_a_failed_write_leaves_nothing_behind(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError), workspace.write() as s:
        order(s, order_no="A1")
        s.flush()
        order(s, order_no="A2", currency="bad")
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 0
        assert s.scalar(text("SELECT count(*) FROM audit_log")) == 0
