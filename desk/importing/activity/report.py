"""What a PayPal import did, or would do: plain values only (no ORM object), for the CLI's lines, its `--json`
and a window that shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk.importing.activity.matching import Action, By, Matched, Plan, Unmatched
from desk.importing.activity.reading import Activity, ActivityRow
from desk.importing.problems import Problem
from desk.language import QT_TRANSLATE_NOOP, words
from desk.money import Money

LINK_HINT = QT_TRANSLATE_NOOP("words", "link each with --link TXNID=PLATFORM:ORDER_NO and import the file again")
SHOWN = 20  # payments and refunds recorded, listed in plain text; --json lists them all


@dataclass(frozen=True)
class Entry:
    """One payment or refund of the file: where it went, or why it went nowhere."""

    row: int
    kind: str  # payment, refund
    transaction_id: str
    on: date
    amount: Money
    name: str
    order: str | None = None  # PLATFORM:ORDER_NO
    by: str | None = None  # transaction id, amount and date, your link
    action: str | None = None  # added, id added, arrival recorded, refund recorded, already in Desk
    refund_id: int | None = None
    why: str | None = None  # unmatched or ambiguous: why
    candidates: tuple[str, ...] = ()

    @classmethod
    def of(cls, row: ActivityRow, **more: Any) -> Entry:
        return cls(row.row, row.kind.value, row.transaction_id, row.on, row.amount, row.name, **more)

    def said(self) -> str:
        """`row 13  payment  2026-10-23  176.40 USD  Quarry Bay Electronics  3MZ09173HV558240D`."""
        name = f"  {self.name}" if self.name else ""
        kind = {"payment": words.tr("payment"), "refund": words.tr("refund")}.get(self.kind, self.kind)
        row = words.tr("row {0}").format(self.row)
        return f"{row}  {kind}  {self.on.isoformat()}  {self.amount}{name}  {self.transaction_id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row, "kind": self.kind, "transaction_id": self.transaction_id, "date": self.on.isoformat(),
            "amount": _money(self.amount), "name": self.name, "order": self.order, "matched_by": self.by,
            "action": self.action, "refund_id": self.refund_id, "why": self.why, "candidates": list(self.candidates),
        }


def _matched(m: Matched) -> Entry:
    refund_id = m.refund.id if m.refund is not None else None
    return Entry.of(m.row, order=m.order.key, by=m.by.value, action=m.action.value, refund_id=refund_id)


def _unmatched(u: Unmatched) -> Entry:
    return Entry.of(u.row, why=u.why, candidates=u.candidates)


@dataclass
class PaymentReport:
    file: str
    read_as: str
    encoding_reason: str | None
    dry_run: bool
    read_with: str = ""
    rows: int = 0
    payments: list[Entry] = field(default_factory=list)
    refunds: list[Entry] = field(default_factory=list)
    ambiguous: list[Entry] = field(default_factory=list)
    unmatched: list[Entry] = field(default_factory=list)
    left_out: dict[str, list[int]] = field(default_factory=dict)  # why -> rows
    fees: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    in_file: dict[str, dict[str, int]] = field(default_factory=dict)  # currency -> payments/refunds -> minor units
    problems: list[Problem] = field(default_factory=list)
    audit_entries: int = 0
    written: bool = False

    @classmethod
    def of(cls, activity: Activity, plan: Plan | None, **head: Any) -> PaymentReport:
        report = cls(**head)
        fmt = activity.text_format
        report.read_with = fmt.described() if fmt is not None else ""
        report.rows = activity.rows
        report.fees = dict(activity.fees)
        report.left_out = {why: list(rows) for why, rows in activity.left_out.items()}
        for kind, activity_rows in (("payments", activity.payments), ("refunds", activity.refunds)):
            for row in activity_rows:
                sums = report.in_file.setdefault(row.amount.currency, {"payments": 0, "refunds": 0})
                sums[kind] += row.amount.minor
        report.problems = list(activity.problems)
        if plan is None:
            return report
        report.problems += plan.problems
        for why, rows in plan.left_out.items():
            report.left_out.setdefault(why, []).extend(rows)
        report.payments = sorted((_matched(m) for m in plan.payments), key=lambda e: e.row)
        report.refunds = sorted((_matched(m) for m in plan.refunds), key=lambda e: e.row)
        report.ambiguous = [_unmatched(u) for u in plan.ambiguous]
        report.unmatched = [_unmatched(u) for u in plan.unmatched]
        return report

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, entries: list[Entry], *, by: By | None = None, action: Action | None = None) -> int:
        return sum(
            1 for e in entries if (by is None or e.by == by.value) and (action is None or e.action == action.value)
        )

    @property
    def payments_recorded(self) -> int:
        return len(self.payments) - self.count(self.payments, action=Action.ALREADY)

    @property
    def refunds_recorded(self) -> int:
        return len(self.refunds) - self.count(self.refunds, action=Action.ALREADY)

    def matched_by(self) -> dict[str, int]:
        both = self.payments + self.refunds
        return {b.name.lower(): self.count(both, by=b) for b in By}

    def headline(self) -> str:
        source = words.tr("PayPal activity {0} ({1})").format(self.file, self.read_as)
        if not self.ok:
            n = len(self.problems)
            if n == 1:
                return words.tr("{0}: 1 problem; nothing was imported").format(source)
            return words.tr("{0}: %n problems; nothing was imported", "", n).format(source)
        payments = words.tr("1 payment") if len(self.payments) == 1 else words.tr("%n payments", "", len(self.payments))
        refunds = words.tr("1 refund") if len(self.refunds) == 1 else words.tr("%n refunds", "", len(self.refunds))
        said = words.tr("{0} matched, {1} matched, {2} ambiguous, {3} unmatched").format(
            payments, refunds, len(self.ambiguous), len(self.unmatched)
        )
        if self.dry_run:
            return words.tr("Checked {0}, nothing written: {1}").format(source, said)
        return f"{source}: {said}"

    def lines_for_people(self) -> list[str]:
        out = [self.headline()]
        if not self.ok:
            return out
        if self.encoding_reason:
            out.append(f"  {self.encoding_reason}")
        if self.read_with:
            out.append("  " + words.tr("read with {0}").format(self.read_with))
        if self.dry_run:
            recorded = words.tr("payments would be recorded: {0}, refunds would be recorded: {1}, already in Desk: {2}")
        else:
            recorded = words.tr("payments recorded: {0}, refunds recorded: {1}, already in Desk: {2}")
        already = self.count(self.payments + self.refunds, action=Action.ALREADY)
        out.append("  " + recorded.format(self.payments_recorded, self.refunds_recorded, already))
        by = self.matched_by()
        said = words.tr("matched by transaction id: {0}, by amount and date: {1}, by your link: {2}")
        out.append("  " + said.format(by["transaction_id"], by["amount_and_date"], by["link"]))
        new = [e for e in self.payments + self.refunds if e.action != Action.ALREADY.value]
        for entry in sorted(new, key=lambda e: e.row)[:SHOWN]:
            matched = words.tr("{0}, matched by {1}").format(_action_said(entry), words.tr(entry.by or ""))
            out.append(f"    {entry.said()} → {entry.order}: {matched}")
        if len(new) > SHOWN:
            out.append("    " + words.tr("… and %n more (--json lists them all)", "", len(new) - SHOWN))
        if self.ambiguous:
            said = words.tr("ambiguous, more than one order could be the one ({0}):")
            out.append("  " + said.format(words.tr(LINK_HINT)))
            for entry in self.ambiguous:
                out.append(f"    {entry.said()}: {', '.join(entry.candidates)}")
        if self.unmatched:
            out.append("  " + words.tr("unmatched ({0}):").format(words.tr(LINK_HINT)))
            for entry in self.unmatched:
                out.append(f"    {entry.said()}: {entry.why}")
        for why, rows in self.left_out.items():
            out.append("  " + words.tr("{0} left out: {1}").format(_row_list(rows), words.tr(why)))
        if self.fees:
            out.append("  " + words.tr(
                "PayPal's fees, left out: {0}"
            ).format(", ".join(str(m) for m in _moneys(self.fees))))
        for currency, sums in sorted(self.in_file.items()):
            recorded_here = self._recorded(currency)
            said = words.tr("{0}: payments in the file {1}, matched {2}; refunds in the file {3}, matched {4}")
            out.append(
                "  "
                + said.format(
                    currency,
                    Money(sums["payments"], currency).amount,
                    Money(recorded_here["payments"], currency).amount,
                    Money(sums["refunds"], currency).amount,
                    Money(recorded_here["refunds"], currency).amount,
                )
            )
        if self.written:
            out.append("  " + words.tr("audit log: {0} entries").format(self.audit_entries))
        return out

    def _recorded(self, currency: str) -> dict[str, int]:
        return {
            kind: sum(e.amount.minor for e in entries if e.amount.currency == currency)
            for kind, entries in (("payments", self.payments), ("refunds", self.refunds))
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "kind": "paypal_activity",
            "file": self.file,
            "read_as": self.read_as,
            "encoding_reason": self.encoding_reason,
            "read_with": self.read_with,
            "dry_run": self.dry_run,
            "written": self.written,
            "rows": self.rows,
            "payments_recorded": self.payments_recorded,
            "refunds_recorded": self.refunds_recorded,
            "already_in_desk": self.count(self.payments + self.refunds, action=Action.ALREADY),
            "matched_by": self.matched_by(),
            "payments": [e.to_json() for e in self.payments],
            "refunds": [e.to_json() for e in self.refunds],
            "ambiguous": [e.to_json() for e in self.ambiguous],
            "unmatched": [e.to_json() for e in self.unmatched],
            "left_out": [{"reason": why, "rows": rows} for why, rows in self.left_out.items()],
            "fees": {m.currency: str(m.amount) for m in _moneys(self.fees)},
            "totals": {
                currency: {
                    "payments_in_file": str(Money(sums["payments"], currency).amount),
                    "payments_matched": str(Money(self._recorded(currency)["payments"], currency).amount),
                    "refunds_in_file": str(Money(sums["refunds"], currency).amount),
                    "refunds_matched": str(Money(self._recorded(currency)["refunds"], currency).amount),
                }
                for currency, sums in sorted(self.in_file.items())
            },
            "audit_entries": self.audit_entries,
            "errors": [
                {"row": p.row, "column": p.column, "problem": p.message, "text": str(p)} for p in self.problems
            ],
        }


def _action_said(entry: Entry) -> str:
    if entry.action == Action.ID_ADDED.value:
        return words.tr("its id given to the order's PayPal payment that had none")
    if entry.action == Action.ARRIVAL.value:
        if entry.refund_id:
            return words.tr("arrival recorded on refund {0}").format(entry.refund_id)
        return words.tr("arrival recorded")
    if entry.action == Action.NEW_REFUND.value:
        if entry.refund_id:
            return words.tr("recorded as refund {0}").format(entry.refund_id)
        return words.tr("recorded as a refund")
    if entry.kind == "refund":
        return words.tr("refund added")
    return words.tr("payment added") if entry.kind == "payment" else f"{entry.kind} added"


def _money(m: Money) -> dict[str, str]:
    return {"amount": str(m.amount), "currency": m.currency}


def _moneys(by_currency: dict[str, int]) -> list[Money]:
    return [Money(minor, code) for code, minor in sorted(by_currency.items())]


def _row_list(rows: list[int], shown: int = 10) -> str:
    listed = ", ".join(str(r) for r in rows[:shown])
    if len(rows) == 1:
        return words.tr("row {0}").format(listed)
    if len(rows) > shown:
        return words.tr("rows {0} and %n more", "", len(rows) - shown).format(listed)
    return words.tr("rows {0}").format(listed)
