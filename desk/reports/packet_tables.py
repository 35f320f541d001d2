"""The blocks the front of a claim packet is made of: the parties side by side, a facts table, the amounts as
figures, the deadline box, the contents, the timeline, the payments, the index of exhibits. Every cell is a
Paragraph of escaped, font-split text (`document.para`), so names such as `A&B <Ltd>` or 深圳… print as typed. A
cell of any length flows over pages: a tall one goes on in the rows below it (`flowing.Rows`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk.reports.document import para, styles
from desk.reports.exhibit_pages import fingerprint
from desk.reports.flowing import Rows, paragraph, rules_below

if TYPE_CHECKING:
    from desk.reports.exhibit_pages import ExhibitSource
    from desk.reports.packet_facts import NextDeadline, PacketFacts, TimelineEntry

INK = colors.HexColor("#1F2A44")  # the house's dark navy for rules and labels
RULE = colors.HexColor("#B8BECC")
SHADE = colors.HexColor("#F1F3F7")
ALARM = colors.HexColor("#9B1C1C")
ALARM_SHADE = colors.HexColor("#FDECEC")
WARN_SHADE = colors.HexColor("#FFF4D6")
WIDTH = 495.0  # the text width of an A4 page with the house margins; Letter is 512: tables fit both
PADDING = 8.0  # a ruled table's cells: 4 points left and right


class Anchor(Flowable):  # type: ignore[misc]
    """A flowable that records the page it lands on (in `found[key]`), then draws the one it wraps."""

    def __init__(self, inner: Any, key: str, found: dict[str, int]) -> None:
        super().__init__()
        self.inner, self.key, self.found = inner, key, found

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        self.found[self.key] = self.canv.getPageNumber()
        self.inner.drawOn(self.canv, 0, 0)


@cache
def _style(name: str) -> ParagraphStyle:
    base = styles()
    made = {
        "right": ParagraphStyle("right", parent=base["cell"], alignment=TA_RIGHT),
        "right_bold": ParagraphStyle("right_bold", parent=base["cell_bold"], alignment=TA_RIGHT),
        "label": ParagraphStyle("label", parent=base["cell"], fontSize=7.5, textColor=colors.HexColor("#5A6275")),
        "figure": ParagraphStyle("figure", parent=base["cell_bold"], fontSize=12.5, leading=16, textColor=INK),
        "alarm": ParagraphStyle("alarm", parent=base["cell_bold"], textColor=ALARM),
    }
    return made[name]


def styled(text: str, style: str) -> Any:
    """A Paragraph of user text in one of this module's styles, escaped and font-split like `para`."""
    return paragraph(text, _style(style))


def ruled(rows: Rows, header: bool = True, extra: Sequence[tuple[Any, ...]] = (), **options: Any) -> Table:
    """The house's ruled table of `rows` (its header, if any, the first), a row that goes on in the next one
    without a rule below it; the header is repeated on every page the table reaches."""
    table = Table(rows.rows, colWidths=list(rows.widths), repeatRows=1 if header else 0, **options)
    return grid(table, header, [*extra, *rows.seamless()], rules=rules_below(rows.inner, len(rows.rows), 0.25, RULE))


def grid(
    table: Table,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    rules: Sequence[tuple[Any, ...]] | None = None,
) -> Table:
    """The house's ruled table, with a shaded header row unless `header` is false; a rule below every row unless
    `rules` says which."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *(rules if rules is not None else [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.75, INK)]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def notice(text: str, alarm: bool = False) -> Table:
    rows = Rows([WIDTH])
    rows.add([para(text, "cell_bold")])
    box = Table(rows.rows, colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, ALARM if alarm else INK),
                ("BACKGROUND", (0, 0), (-1, -1), ALARM_SHADE if alarm else SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                *rows.seamless(),
            ]
        )
    )
    return box


def parties(claimant: Sequence[str], supplier: Sequence[str]) -> Table:
    """Claimant and supplier side by side: each one's name in bold, then its address and contact lines."""

    def block(lines: Sequence[str]) -> list[Any]:
        rest = "\n".join(line for line in lines[1:] if line)
        return [para(lines[0], "cell_bold")] + ([para(rest, "cell")] if rest else [])

    rows = Rows([WIDTH / 2] * 2)
    rows.add([styled("CLAIMANT", "label"), styled("SUPPLIER", "label")])
    rows.add([block(claimant), block(supplier)])
    table = Table(rows.rows, colWidths=[WIDTH / 2] * 2)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, -1), 0.5, RULE),
                ("BOX", (1, 0), (1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                *rows.seamless(),
            ]
        )
    )
    return table


def facts_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Label and value, a row each: a value of any length (ten thousand tracking numbers) goes on in rows below."""
    made = Rows([100, WIDTH - 100], PADDING)
    for k, v in rows:
        made.add([styled(k.upper(), "label"), para(v, "cell")])
    return ruled(made, header=False)


def figures(pairs: Sequence[tuple[str, str]]) -> Table:
    """Amounts side by side, each a label over a large figure."""
    table = Table(
        [[styled(k.upper(), "label") for k, _ in pairs], [styled(v, "figure") for _, v in pairs]],
        colWidths=[WIDTH / len(pairs)] * len(pairs),
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, INK),
                ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
            ]
        )
    )
    return table


def deadline_box(deadline: NextDeadline | None, today: date) -> Table:
    if deadline is None:
        text, shade, edge = "No deadline is open in this dispute now.", SHADE, RULE
        cells = [[styled("DEADLINE THAT MATTERS NOW", "label")], [para(text, "cell")]]
    else:
        days = (deadline.due - today).days
        when = "today" if days == 0 else (f"in {days} days" if days > 0 else f"overdue by {-days} days")
        if days in (1, -1):
            when = when.replace("days", "day")
        headline = f"{deadline.due.isoformat()} ({when}): {deadline.what}"
        shade = ALARM_SHADE if deadline.state == "overdue" else WARN_SHADE if deadline.state == "due" else SHADE
        edge = ALARM if deadline.state == "overdue" else INK
        cells = [
            [styled("DEADLINE THAT MATTERS NOW", "label")],
            [styled(headline, "figure")],
            [para(deadline.detail, "cell")],
        ]
        if deadline.rule:  # counsel's packets only: the other side gets no rule trace of ours
            cells.append([para(f"Rule: {deadline.rule}", "small")])
    rows = Rows([WIDTH])
    for cell in cells:
        rows.add(cell)
    box = Table(rows.rows, colWidths=[WIDTH])
    box.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 0.75, edge), ("BACKGROUND", (0, 0), (-1, -1), shade), *rows.seamless()])
    )
    return box


def contents(rows: Sequence[tuple[str, str]]) -> Table:
    made = Rows([WIDTH - 120, 120], PADDING)
    for title, number in rows:
        made.add([para(title, "cell"), styled(number, "right")])
    return ruled(made, header=False)


def _money(value: Any) -> Any:
    return styled("" if value is None else str(value), "right")


def timeline(entries: Sequence[TimelineEntry], for_counsel: bool) -> Any:
    if not entries:
        return para("Nothing has been recorded yet.", "small")
    rows = Rows([62, 110, WIDTH - 62 - 110 - 80, 80], PADDING)
    rows.add([para(h, "cell_bold") for h in ("Date", "Event", "Details")] + [styled("Amount", "right_bold")])
    extra: list[tuple[Any, ...]] = []
    for entry in entries:
        event = [para(entry.what, "cell")]
        if for_counsel and entry.internal:
            event.append(styled("INTERNAL", "alarm"))
        first, last = rows.add(
            [para(entry.on.isoformat(), "cell"), event, para(entry.detail, "cell"), _money(entry.amount)]
        )
        if for_counsel and entry.internal:
            extra.append(("BACKGROUND", (0, first), (-1, last), ALARM_SHADE))
    return ruled(rows, extra=extra)


def payments(facts: PacketFacts) -> list[Any]:
    line_no = facts.line[0]
    out: list[Any] = []
    head = [para(h, "cell_bold") for h in ("Method", "Paid on", "Reference")]
    rows = Rows([110, 70, WIDTH - 110 - 70 - 180, 90, 90], PADDING)
    rows.add([*head, styled("Paid", "right_bold"), styled(f"For line {line_no}", "right_bold")])
    for p in facts.payments:
        rows.add(
            [
                para(p.method, "cell"),
                para(p.paid_on.isoformat() if p.paid_on else "", "cell"),
                para(p.reference or "", "cell"),
                _money(p.amount),
                _money(p.for_line),
            ]
        )
    total = [
        styled("Total", "right_bold"),
        "",
        "",
        styled(str(facts.order_totals[-1][1]), "right_bold"),
        styled(str(facts.paid_for_line), "right_bold"),
    ]
    rows.add(total)
    table = ruled(rows, extra=[("LINEABOVE", (0, -1), (-1, -1), 0.75, INK), ("SPAN", (0, -1), (2, -1))])
    out += [
        para(
            f"What was paid for line {line_no} is each payment's share in proportion to the line's amount among the "
            "order's lines; the shares add up exactly.",
            "small",
        ),
        table,
        Spacer(1, 8),
    ]
    totals = Table([[para(k, "cell"), _money(v)] for k, v in facts.order_totals], colWidths=[150, 100], hAlign="LEFT")
    out += [para("The order", "h2"), grid(totals, header=False)]
    if facts.coupons:
        coupon_rows = Rows([150, 150, 100], PADDING)
        for kind, code, amount in facts.coupons:
            coupon_rows.add([para(kind, "cell"), para(code or "", "cell"), _money(amount)])
        out += [para("Coupons and vouchers applied", "h2"), ruled(coupon_rows, header=False, hAlign="LEFT")]
    if facts.refunds:
        rows = Rows([95, 65, 70, WIDTH - 95 - 65 - 70 - 160, 80, 80], PADDING)
        rows.add(
            [para(h, "cell_bold") for h in ("Refund to", "Sent", "Received on", "Reference")]
            + [styled("Expected", "right_bold"), styled("Received", "right_bold")]
        )
        for r in facts.refunds:
            rows.add(
                [
                    para(r.method, "cell"),
                    para(r.sent_on.isoformat() if r.sent_on else "", "cell"),
                    para(r.received_on.isoformat() if r.received_on else "", "cell"),
                    para(r.reference or "", "cell"),
                    _money(r.expected),
                    _money(r.received),
                ]
            )
        out += [para("Refunds for this dispute", "h2"), ruled(rows)]
    return out


def exhibit_index(rows: Sequence[tuple[ExhibitSource, str]], prefix: str, for_counsel: bool) -> Table:
    """Label, kind, description, date and pages of each exhibit, with its SHA-256 on a full-width line below."""
    cells = Rows([44, 62, WIDTH - 44 - 62 - 62 - 130, 62, 130], PADDING)
    cells.add([para(h, "cell_bold") for h in ("Exhibit", "Kind", "Description", "Date", "Pages")])
    extra: list[tuple[Any, ...]] = []
    for source, pages in rows:
        label = [para(source.label, "cell_bold")]
        if for_counsel and source.internal:
            label.append(styled("INTERNAL", "alarm"))
        about = (
            [para(source.description or source.name, "cell"), para(source.name, "small")]
            if source.description
            else [para(source.name, "cell")]
        )
        if source.warning:
            about.append(styled(f"Flagged: {source.warning}", "alarm"))
        day = source.captured_at.date().isoformat() if source.captured_at else "unknown"
        first, last = cells.add([label, para(source.kind_label, "cell"), about, para(day, "cell"), para(pages, "cell")])
        spanned = [44, WIDTH - 44, 0, 0, 0]  # the fingerprint spans the columns after the label's
        below, end = cells.add(["", para(fingerprint(source, for_counsel), "mono"), "", "", ""], spanned)
        cells.inner.append(last)  # no rule between an exhibit and its fingerprint
        # A page break never parts an exhibit from its fingerprint: the label spans both rows when the exhibit is
        # one row; a description too long for one row goes over pages, and only its last row keeps the fingerprint.
        extra += [("SPAN", (1, n), (-1, n)) for n in range(below, end + 1)]
        extra += [("TOPPADDING", (0, below), (-1, below), 0)]
        if first == last and below == end:
            extra.append(("SPAN", (0, first), (0, below)))
        else:
            extra.append(("NOSPLIT", (0, last), (-1, below)))
        if for_counsel and source.internal:
            extra.append(("BACKGROUND", (0, first), (-1, end), ALARM_SHADE))
    return ruled(cells, extra=extra)
