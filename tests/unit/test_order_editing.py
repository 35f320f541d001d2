"""Orders entered and edited by hand (the create_order and edit_order operations) follow the import's rules, are
audited, and keep their records' identity: a line keeps its disputes, refunds and evidence on its item, a payment
keeps what was not edited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from factories import dispute
from sqlalchemy import select

from desk.errors import DeskError
from desk.models import (
    AuditEntry,
    Dispute,
    Evidence,
    EvidenceKind,
    EvidenceLink,
    Order,
    OrderStatus,
    Payment,
    PaymentMethod,
    Platform,
    Refund,
    RefundCause,
    RefundPart,
)
from desk.money import Money
from desk.operations import Record
from desk.operations.orders import EditOrder, LineDraft, OrderDraft, PaymentDraft, create_order, edit_order
from desk.orders.view import order_draft
from desk.workspace import Workspace


def _draft(**kw: object) -> OrderDraft:
    values: dict[str, object] = dict(
        platform=Platform.ALIEXPRESS,
        order_no="8190000001",
        supplier="深圳市华强北电子有限公司",
        currency="USD",
        placed_on=date(2026, 11, 1),
        status=OrderStatus.PAID,
        shipping=Money(200, "USD"),
        lines=(
            LineDraft("TWS earbuds", 2, Money(1899, "USD"), "TWS-01"),
            LineDraft("USB-C cable", 1, Money(500, "USD")),
            LineDraft("Phone case", 1, Money(300, "USD")),
        ),
        payments=(
            PaymentDraft(PaymentMethod.CARD, Money(3000, "USD")),
            PaymentDraft(PaymentMethod.PAYPAL, Money(1798, "USD")),
        ),
    )
    values.update(kw)
    return OrderDraft(**values)  # type: ignore[arg-type]


def _stored(ws: Workspace, order_id: int) -> OrderDraft:
    with ws.read() as s:
        return order_draft(s, order_id)


def _lines(ws: Workspace, order_id: int) -> list[tuple[int, int, str]]:
    """(line id, line number, item) of the order, by number."""
    with ws.read() as s:
        order = s.get(Order, order_id)
        assert order is not None
        return [(line.id, line.line_no, line.item) for line in order.lines]


def _edit(ws: Workspace, order_id: int, **kw: object) -> None:
    edit_order(ws, EditOrder(order_id, replace(_stored(ws, order_id), **kw)))  # type: ignore[arg-type]


def test_a_new_order_is_saved_with_its_lines_and_payments(workspace: Workspace) -> None:
    result = create_order(workspace, _draft())
    assert result.changed == {Record.ORDER, Record.SUPPLIER}
    assert result.message == "New order aliexpress:8190000001" and result.key == "aliexpress:8190000001"
    assert [number for _, number, _ in _lines(workspace, result.order_id)] == [1, 2, 3]
    assert result.line_ids == tuple(line_id for line_id, _, _ in _lines(workspace, result.order_id))
    with workspace.read() as s:
        o = s.get(Order, result.order_id)
        assert o is not None
        assert [(line.line_no, line.item, line.qty) for line in o.lines] == [
            (1, "TWS earbuds", 2),
            (2, "USB-C cable", 1),
            (3, "Phone case", 1),
        ]
        assert o.paid == Money(4798, "USD") and o.supplier.name == "深圳市华强北电子有限公司"
        assert [p.id for p in o.payments] == list(result.payment_ids)
    # The supplier is known now: a second order changes no supplier.
    again = create_order(workspace, _draft(order_no="8190000002"))
    assert again.changed == {Record.ORDER}


def test_every_problem_is_named_by_field_and_row(workspace: Workspace) -> None:
    bad = _draft(
        order_no=" ",
        lines=[LineDraft("", 0, Money(-1, "USD"))],
        payments=[PaymentDraft(PaymentMethod.CARD, Money(0, "USD"))],
    )
    assert bad.problems() == [
        "order number: required",
        "line 1, item: required",
        "line 1, qty: must be at least 1, got 0",
        "line 1, unit price: must not be negative",
        "payment 1, amount: must be more than zero",
    ]
    with pytest.raises(DeskError, match=r"payments add up to 40\.00 USD but the order total is 47\.98 USD \(lines"):
        create_order(workspace, _draft(payments=[PaymentDraft(PaymentMethod.CARD, Money(4000, "USD"))]))
    with workspace.read() as s:
        assert s.scalars(select(Order)).first() is None


def test_a_discount_above_the_lines_and_shipping_is_refused_as_by_the_import(workspace: Workspace) -> None:
    # Lines 45.98 + shipping 2.00: a discount of 50.00 would make the total negative.
    too_much = _draft(discount=Money(5000, "USD"), payments=())
    with pytest.raises(DeskError) as refused:
        create_order(workspace, too_much)
    assert str(refused.value) == (
        "the order cannot be saved: discount 50.00 USD is more than the lines and shipping (47.98 USD)"
    )
    order_id = create_order(workspace, _draft()).order_id
    with pytest.raises(DeskError, match=r"discount 50\.00 USD is more than the lines and shipping \(47\.98 USD\)"):
        _edit(workspace, order_id, discount=Money(5000, "USD"), payments=())
    assert _stored(workspace, order_id).discount == Money(0, "USD")
    # All of it off is allowed, as the import allows it.
    _edit(workspace, order_id, discount=Money(4798, "USD"), payments=())


def test_editing_changes_only_what_changed_and_is_audited(workspace: Workspace) -> None:
    order_id = create_order(workspace, _draft()).order_id
    with workspace.read() as s:
        before = len(s.scalars(select(AuditEntry)).all())
    delivered = replace(_stored(workspace, order_id), status=OrderStatus.DELIVERED)
    result = edit_order(workspace, EditOrder(order_id, delivered))
    assert result.changed == {Record.ORDER} and result.message == "Saved order aliexpress:8190000001"
    with workspace.read() as s:
        new = s.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()
    assert [(e.table_name, json.loads(e.changes)) for e in new] == [("orders", {"status": ["paid", "delivered"]})]


def test_an_order_number_is_unique_per_platform(workspace: Workspace) -> None:
    create_order(workspace, _draft())
    with pytest.raises(DeskError, match="aliexpress:8190000001 already exists"):
        create_order(workspace, _draft())


def test_the_number_of_a_voided_order_is_not_entered_again(workspace: Workspace) -> None:
    from desk.operations.voiding import VoidKind, VoidRecord, void_record

    order_id = create_order(workspace, _draft()).order_id
    void_record(workspace, VoidRecord(VoidKind.ORDER, order_id, "a test"))
    with pytest.raises(DeskError, match="aliexpress:8190000001 is a voided order: restore it instead"):
        create_order(workspace, _draft())


def test_an_order_deleted_meanwhile_is_named(workspace: Workspace) -> None:
    with pytest.raises(DeskError, match="no order 99"):
        edit_order(workspace, EditOrder(99, _draft()))


def _with_dispute_on_line_2(ws: Workspace) -> tuple[int, int, int]:
    """An order whose second line (USB-C cable) has a dispute: (order id, line id, dispute id)."""
    order_id = create_order(ws, _draft()).order_id
    with ws.write() as s:
        order = s.get(Order, order_id)
        assert order is not None
        line = order.lines[1]
        found = dispute(s, line, claimed_minor=500)
        s.flush()
        return order_id, line.id, found.id


def test_reordering_lines_keeps_each_dispute_on_its_item(workspace: Workspace) -> None:
    order_id, cable_id, dispute_id = _with_dispute_on_line_2(workspace)
    stored = _stored(workspace, order_id)
    earbuds, cable, case = stored.lines
    edit_order(workspace, EditOrder(order_id, replace(stored, lines=(cable, case, earbuds))))
    # Matched by id, not by position: each line keeps its item, its number and what hangs on it.
    assert _lines(workspace, order_id) == [
        (earbuds.line_id, 1, "TWS earbuds"),
        (cable_id, 2, "USB-C cable"),
        (case.line_id, 3, "Phone case"),
    ]
    with workspace.read() as s:
        found = s.get(Dispute, dispute_id)
        assert found is not None and found.order_line.item == "USB-C cable" and found.order_line.id == cable_id


def test_removing_a_line_above_a_disputed_one_keeps_the_dispute_on_its_item(workspace: Workspace) -> None:
    order_id, cable_id, dispute_id = _with_dispute_on_line_2(workspace)
    stored = _stored(workspace, order_id)
    _earbuds, cable, case = stored.lines
    card = replace(stored.payments[0], amount=Money(1000, "USD"))  # 5.00 + 3.00 + shipping 2.00; PayPal removed
    edit_order(workspace, EditOrder(order_id, replace(stored, lines=(cable, case), payments=(card,))))
    assert _lines(workspace, order_id) == [(cable_id, 2, "USB-C cable"), (case.line_id, 3, "Phone case")]
    with workspace.read() as s:
        found = s.get(Dispute, dispute_id)
        assert found is not None and found.order_line.item == "USB-C cable"


def test_a_line_with_a_dispute_cannot_be_removed_and_the_refusal_names_it(workspace: Workspace) -> None:
    order_id, _cable_id, dispute_id = _with_dispute_on_line_2(workspace)
    stored = _stored(workspace, order_id)
    earbuds, _cable, case = stored.lines
    before = _lines(workspace, order_id)
    with pytest.raises(DeskError) as refused:
        edit_order(workspace, EditOrder(order_id, replace(stored, lines=(earbuds, case), payments=())))
    assert str(refused.value) == (
        f"line 2 (USB-C cable) has dispute {dispute_id}: a line that carries a dispute, a refund or evidence cannot "
        "be removed"
    )
    assert _lines(workspace, order_id) == before


def test_a_line_whose_dispute_has_evidence_names_the_files(workspace: Workspace) -> None:
    order_id, _cable_id, dispute_id = _with_dispute_on_line_2(workspace)
    with workspace.write() as s:
        for n in range(3):
            photo = Evidence(
                sha256=f"{n:064x}", size=10, media_type="image/jpeg", original_name=f"cable-{n}.jpg",
                kind=EvidenceKind.PHOTO, added_by="tester",
            )
            photo.links.append(EvidenceLink(dispute_id=dispute_id))
            s.add(photo)
    stored = _stored(workspace, order_id)
    without_cable = replace(stored, lines=(stored.lines[0], stored.lines[2]), payments=())
    with pytest.raises(DeskError, match=rf"^line 2 \(USB-C cable\) has dispute {dispute_id} and 3 evidence files: "):
        edit_order(workspace, EditOrder(order_id, without_cable))


def test_a_line_whose_dispute_was_refunded_names_the_refund(workspace: Workspace) -> None:
    order_id, _cable_id, dispute_id = _with_dispute_on_line_2(workspace)
    with workspace.write() as s:
        order = s.get(Order, order_id)
        found = s.get(Dispute, dispute_id)
        refund = Refund(order=order, dispute=found, cause=RefundCause.DISPUTE, approved_on=date(2026, 11, 20))
        refund.parts.append(RefundPart(method=PaymentMethod.CARD, expected_minor=500))
        s.add(refund)
        s.flush()
        refund_id = refund.id
        photo = Evidence(
            sha256="f" * 64, size=10, media_type="image/png", original_name="refund.png",
            kind=EvidenceKind.SCREENSHOT, added_by="tester",
        )
        photo.links.append(EvidenceLink(refund_id=refund_id))
        s.add(photo)
    stored = _stored(workspace, order_id)
    with pytest.raises(DeskError) as refused:
        edit_order(workspace, EditOrder(order_id, replace(stored, lines=(stored.lines[0],), payments=())))
    assert str(refused.value).startswith(
        f"line 2 (USB-C cable) has dispute {dispute_id}, refund {refund_id} and 1 evidence file: "
    )
    assert "line 3" not in str(refused.value)  # the phone case carries nothing: only what is refused is named


def test_a_line_that_carries_nothing_is_removed_and_no_number_passes_to_another_item(workspace: Workspace) -> None:
    order_id = create_order(workspace, _draft(order_no="1", payments=())).order_id
    stored = _stored(workspace, order_id)
    earbuds, _cable, case = stored.lines
    # The last line and the middle one go; a new line comes: it is numbered after the last there was (4), so an
    # import that names "line 3" never finds another item under it.
    glass = LineDraft("Glass jar", 1, Money(250, "USD"))
    result = edit_order(workspace, EditOrder(order_id, replace(stored, lines=(earbuds, glass))))
    [_, glass_id] = result.line_ids
    assert _lines(workspace, order_id) == [(earbuds.line_id, 1, "TWS earbuds"), (glass_id, 4, "Glass jar")]
    assert case.line_id not in result.line_ids


def test_changing_a_payments_amount_keeps_its_paid_date_and_reference(workspace: Workspace) -> None:
    order_id = create_order(workspace, _draft()).order_id
    with workspace.write() as s:
        query = select(Payment).where(Payment.order_id == order_id, Payment.method == PaymentMethod.CARD)
        card = s.scalars(query).one()
        card.paid_on, card.reference, card_id = date(2026, 11, 2), "TXN-4471", card.id
    stored = _stored(workspace, order_id)
    card_draft, paypal_draft = stored.payments
    lines = (replace(stored.lines[0], qty=3), *stored.lines[1:])  # 18.99 more to pay
    payments = (replace(card_draft, amount=Money(4899, "USD")), paypal_draft)
    edit_order(workspace, EditOrder(order_id, replace(stored, lines=lines, payments=payments)))
    with workspace.read() as s:
        card = s.get(Payment, card_id)
        assert card is not None
        assert (card.amount_minor, card.paid_on, card.reference) == (4899, date(2026, 11, 2), "TXN-4471")
        assert sorted(p.id for p in s.scalars(select(Payment).where(Payment.order_id == order_id))) == sorted(
            [card_id, paypal_draft.payment_id]
        )


def test_a_line_or_payment_changed_meanwhile_is_refused(workspace: Workspace) -> None:
    order_id = create_order(workspace, _draft()).order_id
    stored = _stored(workspace, order_id)
    stale = replace(stored, lines=(replace(stored.lines[0], line_id=999_999), *stored.lines[1:]))
    with pytest.raises(DeskError, match="the order's lines changed meanwhile: open the order again"):
        edit_order(workspace, EditOrder(order_id, stale))
    with pytest.raises(DeskError, match="a new order has no lines or payments in Desk yet"):
        create_order(workspace, replace(stored, order_no="other"))


def test_an_import_after_a_hand_edit_finds_each_line_under_its_own_number(workspace: Workspace) -> None:
    from importer import imported

    data = Path(__file__).parent.parent / "data" / "import"
    imported(workspace, data / "generic.csv")
    with workspace.read() as s:
        order_id = s.scalars(select(Order.id).where(Order.order_no == "8123456789012345")).one()
    stored = _stored(workspace, order_id)
    _cable, case = stored.lines
    edit_order(workspace, EditOrder(order_id, replace(stored, lines=(case,), payments=())))
    assert _lines(workspace, order_id) == [(case.line_id, 2, "Phone case (black)")]
    # The file still has line 1: the import adds it back and leaves the phone case (line 2) as it is.
    report = imported(workspace, data / "generic.csv")
    [updated] = [o for o in report.outcomes if o.action == "updated"]
    assert [str(c) for c in updated.changes if c.what.startswith("line")] == ["line 1 added: (none) → USB-C cable 1 m"]
    assert [(number, item) for _, number, item in _lines(workspace, order_id)][1] == (2, "Phone case (black)")


def test_tax_is_saved_counted_in_the_total_and_shown_again_for_editing(workspace: Workspace) -> None:
    """An order imported with the platform's tax is edited by hand without losing it (its payments include it)."""
    taxed = _draft(tax=Money(384, "USD"), payments=(PaymentDraft(PaymentMethod.CARD, Money(5182, "USD")),))
    assert taxed.problems() == [] and taxed.amounts.total == Money(5182, "USD")
    order_id = create_order(workspace, taxed).order_id
    assert _stored(workspace, order_id).tax == Money(384, "USD")
    _edit(workspace, order_id, notes="checked against the receipt")
    with workspace.read() as s:
        o = s.get(Order, order_id)
        assert o is not None and o.tax_minor == 384 and o.notes == "checked against the receipt"
    with pytest.raises(DeskError, match="tax"):
        create_order(workspace, _draft(order_no="8190000009", tax=Money(-1, "USD")))
