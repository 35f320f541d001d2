"""summary.pdf of a bundle for our lawyer: a cover (who, when, which cases, a confidentiality notice), the money per
supplier (claimed, recovered, outstanding, per currency; a home-currency total only where every rate exists), a list
of the cases, then each case: the order, its disputes, the dated chronology with the exhibit of each fact, and the
exhibit index with each file's sha256 and its path in the bundle. Internal notes and evidence are shaded and marked
INTERNAL. Each case starts a page and has a bookmark. A note, a list or a table of any length flows over pages: a
cell too tall for one goes on in the rows below it (`flowing.Rows`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from desk import __version__
from desk.models import Dispute, Order
from desk.models.fx import NoRateError, convert_on
from desk.money import Money
from desk.orders.amounts import OrderAmounts
from desk.reports import fonts
from desk.reports.bundle_chronology import Extras, Fact, chronology
from desk.reports.bundle_scope import Placed, Placement, Scope, disputes_in, order_folder, refunds_in
from desk.reports.bundle_tables import Claim, claims, received_for
from desk.reports.document import MARGIN, Meta, build_story, page_size, para, styles
from desk.reports.flowing import Rows, cut, paragraph, rules_below
from desk.reports.pdfa import archival
from desk.settings import get_str

RULE = colors.HexColor("#333333")
HAIRLINE = colors.HexColor("#bbbbbb")
HEADER_BG = colors.HexColor("#eeeeee")
INTERNAL_BG = colors.HexColor("#fdecea")
INTERNAL_RED = colors.HexColor("#a61b1b")
Tick = Callable[[], None]
PADDING = 8.0  # a table's cells: 4 points left and right


@dataclass(frozen=True)
class Context:
    business: str
    address: str
    contact: str
    home: str
    made_on: date
    made_by: str
    width: float  # of the text block, points


def summary_pdf(
    session: Session,
    scope: Scope,
    orders: Sequence[Order],
    placement: Placement,
    extras: Extras,
    *,
    made_on: date,
    made_by: str,
    tick: Tick | None = None,
) -> bytes:
    """The PDF's bytes. `tick()` is called twice per case (built, laid out): for progress, and to stop by raising."""
    size = page_size(get_str(session, "page_size"))
    ctx = Context(
        get_str(session, "business_name"),
        get_str(session, "business_address"),
        get_str(session, "business_contact"),
        get_str(session, "home_currency"),
        made_on,
        made_by,
        size[0] - 2 * MARGIN,
    )
    step = tick or (lambda: None)
    shown = shown_orders(orders, scope, placement)
    story: list[Any] = _cover(ctx, scope, orders, len(shown), placement)
    story += [PageBreak(), _Mark("Money per supplier", "money"), para("Money per supplier", "h1")]
    story += _money(session, ctx, claims(orders, scope))
    story += [_Mark("Cases", "cases"), para("Cases in this bundle", "h1"), _case_list(ctx, shown, scope)]
    for n, order in enumerate(shown, start=1):
        story += _case(ctx, n, order, scope, placement, extras, step)
        step()
    meta = Meta(
        title=f"Case bundle for counsel — {ctx.business or 'Desk'}",
        author=ctx.business or made_by,
        subject=scope.describe(),
        keywords=("confidential", "internal"),
    )
    return archival(build_story(story, size, meta, _decorate(ctx, size)), meta)


def shown_orders(orders: Sequence[Order], scope: Scope, placement: Placement) -> list[Order]:
    """The orders that get a section: every order named, and, when none is, those with a dispute, a refund or
    evidence (the others are rows of tables/orders.csv)."""
    if scope.named:
        return list(orders)
    return [o for o in orders if disputes_in(o, scope) or refunds_in(o, scope) or placement.by_order.get(o.id)]


# ---- building blocks -------------------------------------------------------------------------------------------


@cache
def _extra() -> dict[str, ParagraphStyle]:
    """Styles of this report beyond the house ones, made once."""

    def derive(name: str, parent: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=styles()[parent], **kw)

    return {
        "right": derive("cell_right", "cell", alignment=TA_RIGHT),
        "right_bold": derive("cell_right_bold", "cell_bold", alignment=TA_RIGHT),
        "hash": derive("hash", "mono", fontSize=6.5, leading=8.5),
        "label": derive("label", "cell_bold", spaceAfter=3),
        "internal": derive("internal", "cell_bold", fontSize=7, textColor=INTERNAL_RED),
        "notice": derive("notice", "h2", textColor=INTERNAL_RED),
    }


def _styled(text: str, name: str) -> Any:
    """A Paragraph of one of this report's styles, escaped and font-split like `para`."""
    return paragraph(text, _extra()[name])


def right(text: str) -> Any:
    """A right-aligned table cell (amounts)."""
    return _styled(text, "right")


def _hash(text: str) -> Any:
    return _styled(text, "hash")


def _label(text: str) -> list[Any]:
    """A small heading, on a new page when too little of the page is left for it and a few rows under it."""
    return [CondPageBreak(72), _styled(text, "label")]


def _internal_mark() -> Any:
    return _styled("INTERNAL", "internal")


def _table(rows: Rows, *, header: bool = True, shaded: Sequence[tuple[int, int]] = ()) -> Any:
    """The report's ruled table of `rows`; `shaded`: the (first, last) rows of each internal entry."""
    table = Table(rows.rows, colWidths=list(rows.widths), repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        *rules_below(rows.inner, len(rows.rows), 0.3, HAIRLINE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, RULE),
        *rows.seamless(),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE)]
    style += [("BACKGROUND", (0, first), (-1, last), INTERNAL_BG) for first, last in shaded]
    table.setStyle(TableStyle(style))
    return table


def _heads(*names: str) -> list[Any]:
    return [para(name, "cell_bold") for name in names]


def _amount_heads(*names: str) -> list[Any]:
    return [_styled(name, "right_bold") for name in names]


def _columns(ctx: Context, *fractions: float) -> list[float]:
    return [ctx.width * f for f in fractions]


def _pairs(ctx: Context, pairs: Sequence[tuple[str, str]]) -> Any:
    """Label–value pairs two to a row."""
    rows = Rows(_columns(ctx, 0.14, 0.36, 0.14, 0.36), PADDING)
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i : i + 2]:
            row += [para(label, "cell_bold"), para(value, "cell")]
        rows.add(row + [""] * (4 - len(row)))
    return _table(rows, header=False)


class _Mark(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """An invisible bookmark (and outline entry) where it is drawn; calls `on_draw` as layout passes it."""

    def __init__(self, title: str, key: str, on_draw: Tick | None = None) -> None:
        super().__init__()
        self.title, self.key, self.on_draw = title, key, on_draw

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=True)
        self.canv.showOutline()
        if self.on_draw is not None:
            self.on_draw()


def _decorate(ctx: Context, size: tuple[float, float]) -> Callable[[Any, Any], None]:
    from desk.reports.document import draw_text

    width, height = size

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = height - MARGIN + 16
        draw_text(canvas, MARGIN, top, f"{ctx.business or 'Desk'} · Case bundle for counsel", size=7.5)
        canvas.setFillColor(INTERNAL_RED)
        draw_text(canvas, width - MARGIN, top, "CONFIDENTIAL · includes internal notes", size=7.5, bold=True,
                  align="right")  # fmt: skip
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canvas.setFillColor(colors.black)
        bottom = MARGIN - 22
        canvas.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        draw_text(canvas, MARGIN, bottom, f"summary.pdf · made {ctx.made_on.isoformat()} by {ctx.made_by}", size=7.5)
        draw_text(canvas, width - MARGIN, bottom, f"Page {doc.page}", size=7.5, align="right")
        canvas.restoreState()

    return on_page


# ---- the cover, the money, the list of cases -------------------------------------------------------------------


def _cover(ctx: Context, scope: Scope, orders: Sequence[Order], shown: int, placement: Placement) -> list[Any]:
    disputes = sum(len(disputes_in(o, scope)) for o in orders)
    cases = f"{shown} orders with {disputes} disputes"
    if shown < len(orders):
        more = len(orders) - shown
        cases += f"; {more} more {'order' if more == 1 else 'orders'} with no dispute, refund or evidence "
        cases += f"{'is' if more == 1 else 'are'} only in tables/orders.csv"
    internal = sum(1 for p in placement.files if p.internal)
    story: list[Any] = [Spacer(1, 30), para("Case bundle for counsel", "title")]
    if ctx.business:
        story.append(para(ctx.business, "h2"))
    if ctx.address:
        story.append(para(ctx.address, "body"))
    if ctx.contact:
        story.append(para(ctx.contact, "body"))
    story.append(Spacer(1, 12))
    story.append(
        _pairs(
            ctx,
            [
                ("Prepared on", f"{ctx.made_on.isoformat()}, by {ctx.made_by}, with Desk {__version__}"),
                ("Covers", scope.describe()),
                ("Cases", cases),
                ("Evidence", f"{len(placement.files)} files in evidence/, {internal} of them internal"),
            ],
        )
    )
    story.append(Spacer(1, 16))
    notice = [
        _styled("CONFIDENTIAL — prepared for our lawyer", "notice"),
        para(
            "This bundle includes internal evidence and our internal notes, which we never show a supplier or a "
            "platform. They are shaded and marked INTERNAL here; internal exhibits are labelled INT-1, INT-2, … "
            "and their files are named “… (internal) - …”. Please do not forward the bundle to the other side.",
            "body",
        ),
    ]
    box = Table([[notice]], colWidths=[ctx.width])
    box.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 1, INTERNAL_RED), ("BACKGROUND", (0, 0), (-1, -1), INTERNAL_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    )  # fmt: skip
    story += [box, Spacer(1, 16), para("How to read it", "h2")]
    story.append(
        para(
            "Each case is an order and its disputes: the order, the dispute, the statement of facts, a chronology "
            "whose facts name their exhibits, and the index of exhibits. An exhibit's label is the one it carries in "
            "every packet and letter sent about the dispute. Every file's sha256 is in the index and in "
            "manifest.json; `desk verify-bundle` (or sha256sum) shows that no file was changed. Amounts are exact, "
            "in the currency of the order; different currencies are never added together.",
            "body",
        )
    )
    return story


@dataclass(frozen=True)
class Sums:
    claimed: Money
    recovered: Money
    outstanding: Money
    cases: int


def per_supplier(found: Sequence[Claim]) -> dict[tuple[str, str], Sums]:
    """(supplier, currency) → the sums of its claims: the rows of the money table."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for claim in found:
        row = sums[(claim.supplier, claim.claimed.currency)]
        for i, amount in enumerate((claim.claimed, claim.recovered, claim.outstanding)):
            row[i] += amount.minor
        row[3] += 1
    return {(s, c): Sums(Money(a, c), Money(b, c), Money(o, c), n) for (s, c), (a, b, o, n) in sorted(sums.items())}


def per_currency(rows: dict[tuple[str, str], Sums]) -> dict[str, Sums]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (_, currency), row in rows.items():
        for i, amount in enumerate((row.claimed.minor, row.recovered.minor, row.outstanding.minor, row.cases)):
            sums[currency][i] += amount
    return {c: Sums(Money(a, c), Money(b, c), Money(o, c), n) for c, (a, b, o, n) in sorted(sums.items())}


def _money(session: Session, ctx: Context, found: Sequence[Claim]) -> list[Any]:
    rows = per_supplier(found)
    totals = per_currency(rows)
    table = Rows(_columns(ctx, 0.40, 0.09, 0.17, 0.17, 0.17), PADDING)
    table.add([*_heads("Supplier", "Cases"), *_amount_heads("Claimed", "Recovered", "Outstanding")])
    for (supplier, _), sums in rows.items():
        table.add([para(supplier, "cell"), para(str(sums.cases), "cell"), right(str(sums.claimed)),
                   right(str(sums.recovered)), right(str(sums.outstanding))])  # fmt: skip
    for currency, sums in totals.items():
        table.add([para(f"All suppliers, {currency}", "cell_bold"), para(str(sums.cases), "cell_bold"),
                   right(str(sums.claimed)), right(str(sums.recovered)), right(str(sums.outstanding))])  # fmt: skip
    story: list[Any] = [_table(table), Spacer(1, 6)]
    story.append(para(_home_total(session, ctx, totals), "body"))
    story.append(
        para(
            "Claimed: a dispute's claim, or a refund that needed no dispute (a cancellation). Recovered: what "
            "arrived. Outstanding: claimed and not arrived, whatever the state of the dispute — a dispute the "
            "platform decided against us is still money we may pursue.",
            "small",
        )
    )
    return story


def _home_total(session: Session, ctx: Context, totals: dict[str, Sums]) -> str:
    if not totals:
        return "No money is claimed in these cases."
    home, on = ctx.home, ctx.made_on
    converted = [Money.zero(home), Money.zero(home), Money.zero(home)]
    missing = []
    for currency, sums in totals.items():
        try:
            for i, amount in enumerate((sums.claimed, sums.recovered, sums.outstanding)):
                converted[i] += convert_on(session, amount, home, on)
        except NoRateError:
            missing.append(currency)
    if missing:
        return (
            f"No total in {home}: there is no {', '.join(missing)} → {home} exchange rate on or before "
            f"{on.isoformat()}. The totals above stay in their own currencies."
        )
    if set(totals) == {home}:
        return f"All amounts are in {home}."
    return (
        f"In {home}, at each currency's latest rate on or before {on.isoformat()}: claimed {converted[0]}, "
        f"recovered {converted[1]}, outstanding {converted[2]}."
    )


def _case_list(ctx: Context, orders: Sequence[Order], scope: Scope) -> Any:
    rows = Rows(_columns(ctx, 0.05, 0.23, 0.21, 0.13, 0.11, 0.13, 0.14), PADDING)
    rows.add([*_heads("#", "Order", "Supplier", "Placed", "Disputes"), *_amount_heads("Claimed", "Outstanding")])
    for n, order in enumerate(orders, start=1):
        found = claims([order], scope)
        zero = Money.zero(order.currency)
        claimed = str(sum((c.claimed for c in found), zero)) if found else "—"
        outstanding = str(sum((c.outstanding for c in found), zero)) if found else "—"
        disputes = ", ".join(str(d.id) for d in disputes_in(order, scope)) or "—"
        rows.add([para(str(n), "cell"), para(f"{order.platform.label}\n{order.order_no}", "cell"),
                  para(order.supplier.name, "cell"), para(order.placed_on.isoformat(), "cell"),
                  para(disputes, "cell"), right(claimed), right(outstanding)])  # fmt: skip
    return _table(rows)


# ---- one case --------------------------------------------------------------------------------------------------


def _case(
    ctx: Context, n: int, order: Order, scope: Scope, placement: Placement, extras: Extras, tick: Tick
) -> list[Any]:
    folder = order_folder(order)
    title = f"Case {n}: {order.platform.label} order {order.order_no}"
    story: list[Any] = [PageBreak(), _Mark(f"{n}. {order.platform.label} {order.order_no}", f"case-{order.id}", tick)]
    disputes = disputes_in(order, scope)
    refunds = refunds_in(order, scope)
    order_refunds = [r for r in refunds if r.dispute_id is None]
    own = placement.by_order.get(order.id, [])
    has_files = own or any(placement.by_dispute.get(d.id) for d in disputes)
    where = f"Evidence folder: {folder}/" if has_files else "No evidence files"
    story += [para(title, "h1"), para(where, "small"), _order(ctx, order), Spacer(1, 6), _lines(ctx, order, scope)]
    for dispute in disputes:
        files = placement.by_dispute.get(dispute.id, [])
        dispute_refunds = [*order_refunds, *(r for r in refunds if r.dispute_id == dispute.id)]
        story += _dispute(ctx, order, dispute, files)
        facts = chronology(order, dispute, dispute_refunds, [*files, *own], extras)
        story += _chronology(ctx, facts, folder)
        story += _exhibits(ctx, files, f"Exhibits of dispute {dispute.id}")
    if not disputes:
        story += _chronology(ctx, chronology(order, None, refunds, own, extras), folder)
    if own:
        story += _exhibits(ctx, own, "The order's own evidence" if not disputes else "Other evidence of the order")
    return story


def _order(ctx: Context, order: Order) -> Any:
    m = order.money
    supplier = order.supplier.name + (f" ({order.supplier.contact})" if order.supplier.contact else "")
    payments = ", ".join(f"{p.method.label} {m(p.amount_minor)}" for p in order.payments) or "—"
    tracking = ", ".join(t.number + (f" ({t.carrier})" if t.carrier else "") for t in order.tracking_numbers) or "—"
    amounts = OrderAmounts.of(order)
    total = f"{amounts.total} (goods {amounts.goods}, shipping {m(order.shipping_minor)}"
    total += f", tax {m(order.tax_minor)}" if order.tax_minor else ""
    total += f", discount {m(order.discount_minor)})" if order.discount_minor else ")"

    def day(value: date | None) -> str:
        return value.isoformat() if value else "—"

    return _pairs(
        ctx,
        [
            ("Supplier", supplier), ("Status", order.status.value),
            ("Placed", day(order.placed_on)), ("Paid", day(order.paid_on)),
            ("Shipped", day(order.shipped_on)), ("Delivered", day(order.delivered_on)),
            ("Total", total), ("Paid by", f"{order.paid}: {payments}"),
            ("Tracking", tracking), ("Shop", order.supplier.shop_url or "—"),
        ],
    )  # fmt: skip


def _lines(ctx: Context, order: Order, scope: Scope) -> Any:
    rows = Rows(_columns(ctx, 0.07, 0.45, 0.06, 0.15, 0.15, 0.12), PADDING)
    rows.add([*_heads("Line", "Item"), *_amount_heads("Qty", "Unit price", "Amount"), para("Disputes", "cell_bold")])
    for line in order.lines:
        item = line.item + (f" (SKU {line.sku})" if line.sku else "")
        disputes = ", ".join(str(d.id) for d in line.disputes if d.id in scope.dispute_ids) or "—"
        rows.add([para(str(line.line_no), "cell"), para(item, "cell"), right(str(line.qty)),
                  right(str(order.money(line.unit_price_minor))), right(str(line.amount)),
                  para(disputes, "cell")])  # fmt: skip
    return _table(rows)


def _dispute(ctx: Context, order: Order, dispute: Dispute, files: Sequence[Placed]) -> list[Any]:
    line = dispute.order_line
    recovered = received_for(order, dispute)
    claim = Claim(order.supplier.name, "", dispute.claimed, recovered)
    won = "—" if dispute.won is None else str(dispute.won)
    outcome = dispute.outcome.value.replace("_", " ") if dispute.outcome else "—"
    heading = f"Dispute {dispute.id} — line {line.line_no}: {dispute.reason.value.replace('_', ' ')}"
    pairs = [
        ("Opened", dispute.opened_on.isoformat()), ("State", dispute.state.value.replace("_", " ")),
        ("Wanted", "return and refund" if dispute.want.value == "return_refund" else "refund"),
        ("Platform case", dispute.platform_case_no or "—"),
        ("Claimed", str(dispute.claimed)), ("Outcome", outcome),
        ("Won", won), ("Recovered", str(recovered)),
        ("Outstanding", str(claim.outstanding)), ("Exhibits", str(len(files))),
    ]  # fmt: skip
    story: list[Any] = [Spacer(1, 8), para(heading, "h2"), _pairs(ctx, pairs)]
    if dispute.statement:
        story += [Spacer(1, 6), para("Statement of facts", "cell_bold"), *cut(para(dispute.statement, "body"))]
    return story


def _path(placed: Placed, folder: str) -> Any:
    """The exhibit's file, from the case's evidence folder on."""
    path = placed.path
    return para(path[len(folder) + 1 :] if path.startswith(folder + "/") else path, "small")


def _chronology(ctx: Context, facts: Sequence[Fact], folder: str) -> list[Any]:
    rows = Rows(_columns(ctx, 0.13, 0.50, 0.37), PADDING)
    rows.add(_heads("Date", "Fact", "Exhibit"))
    shaded = []
    for fact in facts:
        text = f"INTERNAL · {fact.text}" if fact.internal else fact.text
        refs: list[Any] = [para("—", "cell")]
        if fact.exhibits:
            refs = [f for p in fact.exhibits for f in (para(f"Exhibit {p.label}", "cell_bold"), _path(p, folder))]
        told = [para(text, "cell")] + (
            [para("\n".join(f"– {line}" for line in fact.parts), "small")] if fact.parts else []
        )
        placed = rows.add([para(fact.day.isoformat(), "cell"), told, refs])
        if fact.internal:
            shaded.append(placed)
    table = _table(rows, shaded=shaded)
    return [Spacer(1, 6), *_label("Chronology"), table]


def _exhibits(ctx: Context, files: Sequence[Placed], title: str) -> list[Any]:
    if not files:
        return [Spacer(1, 6), para(f"{title}: none.", "small")]
    hash_width = stringWidth("0" * 64, fonts.SANS, 6.5) + 10
    label_width = 56.0
    widths = [label_width, ctx.width - label_width - hash_width, hash_width]
    rows = Rows(widths, PADDING)
    rows.add(_heads("Label", "Exhibit", "sha256 and file in the bundle"))
    shaded = []
    for p in files:
        label: list[Any] = [para(p.label, "cell_bold")] + ([_internal_mark()] if p.internal else [])
        captured = p.captured.date().isoformat()
        what = f"{p.kind.replace('_', ' ').capitalize()}, captured {captured}, {p.size:,} bytes"
        described = [para(p.description or p.name, "cell"), para(f"{what}\nOriginal name: {p.name}", "small")]
        placed = rows.add([label, described, [_hash(p.sha256), para(p.path, "small")]])
        if p.internal:
            shaded.append(placed)
    return [Spacer(1, 8), *_label(title), _table(rows, shaded=shaded)]
