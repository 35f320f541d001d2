"""What an import did, or would do: for the CLI's lines, its `--json`, and the Import dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desk.importing.changes import OrderOutcome
from desk.importing.problems import Difference, Problem
from desk.importing.text_format import TextFormat
from desk.language import words
from desk.money import Money

SHOWN_UPDATES = 20  # updated orders listed in plain text; --json lists them all


@dataclass
class ImportReport:
    file: str
    format: str  # generic, mapping, amazon, ebay, aliexpress
    format_label: str
    read_as: str  # "UTF-8 with BOM, comma-separated" or 'XLSX, sheet "Order Information"'
    encoding: str | None
    encoding_reason: str | None  # "Read as Cyrillic (Windows-1251): …" (None for a workbook)
    dry_run: bool
    mapping: dict[str, str]  # field -> column
    ignored_columns: list[str]
    rows: int = 0
    orders: int = 0
    lines: int = 0
    outcomes: list[OrderOutcome] = field(default_factory=list)
    suppliers_created: int = 0
    stores_created: int = 0
    audit_entries: int = 0
    written: bool = False
    remembered_as: str | None = None
    problems: list[Problem] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, list[int]] = field(default_factory=dict)  # why -> the rows left out for it
    lines_added: int = 0
    refunds_recorded: int = 0  # refunds the file reports, new to Desk
    differences: list[Difference] = field(default_factory=list)  # platforms' totals that differ from the parts
    totals: dict[str, int] = field(default_factory=dict)  # currency -> the file's orders' totals, minor units
    text_format: TextFormat | None = None  # how dates and numbers were read: the user's choices and the file's

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def summary(self) -> str:
        """`48 new orders, 2 updated, 0 unchanged`."""
        new, updated, unchanged = self.count("new"), self.count("updated"), self.count("unchanged")
        if new == 1:
            return words.tr("1 new order, {0} updated, {1} unchanged").format(updated, unchanged)
        return words.tr("%n new orders, {0} updated, {1} unchanged", "", new).format(updated, unchanged)

    def headline(self) -> str:
        source = f"{self.file} ({self.read_as}; {self.format_label})"
        if not self.ok:
            n = len(self.problems)
            if n == 1:
                return words.tr("{0}: 1 problem; nothing was imported").format(source)
            return words.tr("{0}: %n problems; nothing was imported", "", n).format(source)
        if self.dry_run:
            said = words.tr("Checked {0}, nothing written: {1} rows, {2} orders: {3}")
        else:
            said = words.tr("Imported {0}: {1} rows, {2} orders: {3}")
        return said.format(source, self.rows, self.orders, self.summary)

    def lines_for_people(self) -> list[str]:
        out = [self.headline()]
        if not self.ok:
            return out
        if self.encoding_reason:
            out.append(f"  {self.encoding_reason}")
        if self.text_format is not None and self.text_format.described():
            out.append("  " + words.tr("read with {0}").format(self.text_format.described()))
        if self.dry_run:
            added = words.tr("orders would be added: {0}, order lines would be added: {1}")
        else:
            added = words.tr("orders added: {0}, order lines added: {1}")
        out.append("  " + added.format(self.count("new"), self.lines_added))
        if self.refunds_recorded:
            if self.dry_run:
                recorded = words.tr("refunds would be recorded on their orders: {0}")
            else:
                recorded = words.tr("refunds recorded on their orders: {0}")
            out.append("  " + recorded.format(self.refunds_recorded))
        if self.totals:
            out.append("  " + words.tr("orders' totals: {0}").format(", ".join(str(m) for m in self.money_totals())))
        for why, rows in self.skipped.items():
            left_out = words.tr("{0} left out ({1}): {2}").format(_rows_said(len(rows)), words.tr(why), _row_list(rows))
            out.append("  " + left_out)
        if self.differences:
            n = len(self.differences)
            if n == 1:
                said = words.tr("1 order whose total in the file differs from its parts (imported as the file says):")
                out.append("  " + said)
            else:
                out.append(
                    "  " + words.tr(
                        "%n orders whose total in the file differs from its parts (imported as the file says):", "", n
                    )
                )
            out += [f"    {d}" for d in self.differences]
        if self.suppliers_created or self.stores_created:
            if self.dry_run:
                created = words.tr("suppliers would be created: {0}, stores would be created: {1}")
            else:
                created = words.tr("suppliers created: {0}, stores created: {1}")
            out.append("  " + created.format(self.suppliers_created, self.stores_created))
        if self.written:
            out.append("  " + words.tr("audit log: {0} entries").format(self.audit_entries))
        if self.remembered_as:
            out.append("  " + words.tr('the column mapping is remembered as "{0}"').format(self.remembered_as))
        if self.ignored_columns:
            out.append("  " + words.tr("columns not imported: {0}").format(", ".join(self.ignored_columns)))
        updated = [o for o in self.outcomes if o.action == "updated"]
        for outcome in updated[:SHOWN_UPDATES]:
            out.append(f"  {outcome.key}: " + "; ".join(str(c) for c in outcome.changes))
        if len(updated) > SHOWN_UPDATES:
            more = len(updated) - SHOWN_UPDATES
            out.append("  " + words.tr("… and %n more updated orders (--json lists them all)", "", more))
        return out

    def money_totals(self) -> list[Money]:
        return [Money(minor, code) for code, minor in sorted(self.totals.items())]

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "file": self.file,
            "format": self.format,
            "format_label": self.format_label,
            "read_as": self.read_as,
            "encoding": self.encoding,
            "encoding_reason": self.encoding_reason,
            "dry_run": self.dry_run,
            "written": self.written,
            "rows": self.rows,
            "orders": self.orders,
            "lines": self.lines,
            "lines_added": self.lines_added,
            "refunds_recorded": self.refunds_recorded,
            "totals": {m.currency: str(m.amount) for m in self.money_totals()},
            "skipped": [{"reason": why, "rows": rows} for why, rows in self.skipped.items()],
            "differences": [
                {"order": d.order, "row": d.row, "paid": str(Money(d.paid_minor, d.currency).amount),
                 "parts": str(Money(d.parts_minor, d.currency).amount), "currency": d.currency, "text": str(d)}
                for d in self.differences
            ],
            "read_with": self.text_format.described() if self.text_format is not None else "",
            "new_orders": self.count("new"),
            "updated_orders": self.count("updated"),
            "unchanged_orders": self.count("unchanged"),
            "suppliers_created": self.suppliers_created,
            "stores_created": self.stores_created,
            "audit_entries": self.audit_entries,
            "mapping": self.mapping,
            "ignored_columns": self.ignored_columns,
            "remembered_as": self.remembered_as,
            "new": [o.key for o in self.outcomes if o.action == "new"],
            "updated": [
                {
                    "order": o.key,
                    "changes": [
                        {"what": c.what, "column": c.column, "old": _json(c.old), "new": _json(c.new)}
                        for c in o.changes
                    ],
                }
                for o in self.outcomes
                if o.action == "updated"
            ],
            "errors": [
                {"row": p.row, "column": p.column, "problem": p.message, "text": str(p)} for p in self.problems
            ],
        }


def _rows_said(n: int) -> str:
    return words.tr("1 row") if n == 1 else words.tr("%n rows", "", n)


def _row_list(rows: list[int], shown: int = 10) -> str:
    """`rows 4, 9, 12` (the first ten, then how many more)."""
    listed = ", ".join(str(r) for r in rows[:shown])
    if len(rows) == 1:
        return words.tr("row {0}").format(listed)
    if len(rows) > shown:
        return words.tr("rows {0} and %n more", "", len(rows) - shown).format(listed)
    return words.tr("rows {0}").format(listed)


def _json(value: Any) -> Any:
    from desk.importing.changes import Ref

    if isinstance(value, Ref):
        return value.key[-1]
    plain = getattr(value, "value", value)
    return plain.isoformat() if hasattr(plain, "isoformat") else plain
