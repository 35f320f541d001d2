"""Small builders of domain rows for tests: each test makes the few rows it needs."""

from __future__ import annotations

from datetime import date
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk.models import (
    Dispute,
    DisputeReason,
    DisputeWant,
    Order,
    OrderLine,
    Payment,
    PaymentMethod,
    Platform,
    Supplier,
)

if TYPE_CHECKING:
    from desk.common import Cancelled, Progress
    from desk.evidence.cases import CaseRef
    from desk.evidence.files import Added
    from desk.workspace import Workspace

_numbers = count(1000)


def supplier(session: Session, name: str = "深圳市华强电子有限公司", **kw: Any) -> Supplier:
    row = Supplier(platform=kw.pop("platform", Platform.ALIEXPRESS), name=name, **kw)
    session.add(row)
    return row


def order(
    session: Session,
    *,
    lines: tuple[tuple[str, int, int], ...] = (("USB-C cable 1 m", 2, 1250),),
    payments: tuple[tuple[PaymentMethod, int], ...] | None = None,
    currency: str = "CNY",
    order_no: str | None = None,
    placed_on: date = date(2026, 10, 1),
    seller: Supplier | None = None,
    **kw: Any,
) -> Order:
    """An order with (item, qty, unit price in minor units) lines, paid in full by card unless told otherwise."""
    row = Order(
        platform=kw.pop("platform", Platform.ALIEXPRESS),
        order_no=order_no or f"81{next(_numbers)}",
        supplier=seller or supplier(session, name=f"Supplier {next(_numbers)}"),
        currency=currency,
        placed_on=placed_on,
        **kw,
    )
    for number, (item, qty, unit) in enumerate(lines, start=1):
        row.lines.append(OrderLine(line_no=number, item=item, qty=qty, unit_price_minor=unit))
    total = sum(qty * unit for _, qty, unit in lines) + (row.shipping_minor or 0) - (row.discount_minor or 0)
    for method, amount in payments if payments is not None else ((PaymentMethod.CARD, total),):
        row.payments.append(Payment(method=method, amount_minor=amount))
    session.add(row)
    return row


def dispute(session: Session, line: OrderLine, claimed_minor: int = 1000, **kw: Any) -> Dispute:
    row = Dispute(
        order_line=line,
        reason=kw.pop("reason", DisputeReason.NOT_AS_DESCRIBED),
        want=kw.pop("want", DisputeWant.REFUND),
        opened_on=kw.pop("opened_on", date(2026, 10, 20)),
        claimed_minor=claimed_minor,
        **kw,
    )
    session.add(row)
    return row


def add_files(
    ws: Workspace,
    paths: list[Path],
    case: CaseRef | str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    **kw: Any,
) -> list[Added]:
    """Files added as evidence through the add_evidence operation, as `desk evidence add` and the window add them:
    one `Added` per file, in order."""
    from desk.operations.evidence import AddEvidence, add_evidence

    request = AddEvidence(tuple(paths), case, **kw)
    return list(add_evidence(ws, request, progress=progress, cancelled=cancelled).added)


def helvetica_pdf() -> bytes:
    """A supplier's one-page PDF in the standard Helvetica, which it does not embed (as many invoices do)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842), initialFontName="Helvetica")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, "Invoice 2026-118: 40 phone cases")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
