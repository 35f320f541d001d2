"""The Import dialog's preview as Desk reads it: after a check, each date and amount of the first rows read with
the format the check used (`report.text_format`, the user's choices and what the file settled), by the core's own
readers (`TextFormat.date`, `TextFormat.money`, `values.payments`); a word that means an empty cell, empty. And
what the file cannot settle by itself (`text_format.settle`'s problems), said as the choice the user must make.

`read_preview` runs in the check's worker (it reads the data folder's remembered mappings and, when the check found
problems, the file); the rest runs on the GUI thread. Nothing here decides how a file is read: it shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from desk.common import words as enum_words
from desk.errors import DeskError
from desk.importing import ImportOptions, ImportReport, Sheet, choose
from desk.importing.dates import DateOrder, ambiguous_message, numeric_parts
from desk.importing.problems import Problem
from desk.importing.text_format import TextFormat, settle
from desk.importing.values import BadValue, PaymentPart, payments
from desk.money import Money
from desk.ui.locale_text import date_text, money_text
from desk.ui.tr_context import TrContext

if TYPE_CHECKING:
    from desk.operations.imports import ImportOrders
    from desk.workspace import Workspace

Value = date | Money | tuple[PaymentPart, ...] | None  # None: the cell reads as empty
ImportReading = TrContext("ImportReading")


@dataclass(frozen=True)
class Read:
    """One cell as read: its value, or why it cannot be read (`problem`)."""

    value: Value
    problem: str | None = None


@dataclass(frozen=True)
class Trouble:
    """Something only the user can settle: the dates' order (`dates`) or the decimal separator (`decimal`), with
    the first cell that shows it."""

    what: Literal["dates", "decimal"]
    row: int | None
    column: str | None
    text: str


@dataclass
class AsRead:
    cells: dict[tuple[int, int], Read] = field(default_factory=dict)  # (preview row, column) -> the cell as read
    troubles: list[Trouble] = field(default_factory=list)


def read_preview(
    workspace: Workspace, sheet: Sheet, rows: list[tuple[int, list[str]]], request: ImportOrders, report: ImportReport
) -> AsRead:
    """The preview's `rows` as the check read them (in the worker: it reads the data folder)."""
    if report.text_format is None:
        return AsRead()
    fmt: TextFormat = report.text_format
    try:
        options = ImportOptions(currency=request.currency, format=request.text_format or TextFormat())
        with workspace.read() as session:
            plan = choose(
                sheet, options, session, mapping_name=request.mapping_name, overrides=request.overrides,
                exact=request.mapping,
            )
    except DeskError:
        return AsRead()  # the check said why already
    source = plan.source
    index = {h: i for i, h in enumerate(sheet.headers)}
    dates = {index[c] for c in source.date_columns if c in index}
    amounts = {index[c] for c in source.amount_columns if c in index}
    read = {index[c] for c in source.columns.values() if c in index} | dates | amounts
    currency_at = index.get(source.columns.get("currency", ""))
    fixed = plan.mapping.fixed.get("currency") if plan.mapping is not None else None
    paid_in = index.get(plan.mapping.columns.get("payments", "")) if plan.mapping is not None else None
    out = AsRead()
    kinds = {c: "date" for c in dates} | {c: "amount" for c in amounts}
    if paid_in is not None:
        kinds[paid_in] = "payments"  # card:30.00; balance:10.00
    for r, (_number, cells) in enumerate(rows):
        named = cells[currency_at].strip() if currency_at is not None else ""
        code = (None if fmt.is_blank(named) else named) or fixed or options.currency
        for c in sorted(read):
            text = cells[c] if c < len(cells) else ""
            if fmt.is_blank(text):
                if text.strip():
                    out.cells[r, c] = Read(None)
            elif c in kinds:
                out.cells[r, c] = _read(fmt, kinds[c], text, code, sheet.headers[c])
    if not report.ok:
        out.troubles = _troubles(sheet, source.date_columns, source.amount_columns, options.format, source.date_order)
    unsettled = {index[t.column] for t in out.troubles if t.what == "decimal" and t.column in index}
    for (r, c), cell in list(out.cells.items()):
        text = rows[r][1][c]
        if c in unsettled and cell.problem is None and ("." in text or "," in text):
            # Read one way here, but the check refused the column: it could be read the other way too.
            which = ImportReading.tr('"{0}": is the point or the comma the decimal separator?')
            out.cells[r, c] = Read(None, which.format(text.strip()))
    return out


def _read(fmt: TextFormat, kind: str, text: str, code: str | None, column: str) -> Read:
    """A date, an amount or a list of payments, as the import reads it."""

    def money(amount: str, currency: str | None) -> Money:
        return fmt.money(amount, currency, column=column)

    try:
        if kind == "date":
            return Read(fmt.date(text))
        if kind == "payments":
            return Read(tuple(payments(text, code, money)))
        return Read(fmt.money(text, code, allow_negative=True, column=column))
    except BadValue as exc:
        return Read(None, str(exc) or text)


def _troubles(
    sheet: Sheet, date_columns: list[str], amount_columns: list[str], chosen: TextFormat, order: DateOrder | None
) -> list[Trouble]:
    """What the file does not settle, as `settle` finds it (the check read it the same way): the user's choices
    are the way out."""
    if chosen.dates is None and order is not None:
        chosen = replace(chosen, dates=order)
    _, problems = settle(chosen, sheet, date_columns=date_columns, amount_columns=amount_columns)
    if not problems:
        return []
    texts = _cell_texts(sheet, problems)
    found = []
    for problem in problems:
        what: Literal["dates", "decimal"] = "dates" if problem.column in date_columns else "decimal"
        found.append(Trouble(what, problem.row, problem.column, texts.get((problem.row, problem.column), "")))
    return sorted(found, key=lambda t: t.what != "dates")  # the dates first: their choice comes first


def _cell_texts(sheet: Sheet, problems: list[Problem]) -> dict[tuple[int | None, str | None], str]:
    wanted = {(p.row, p.column) for p in problems}
    index = {h: i for i, h in enumerate(sheet.headers)}
    last = max((p.row or 0) for p in problems)
    texts: dict[tuple[int | None, str | None], str] = {}
    for number, cells in sheet.rows():
        if number > last:
            break
        for row, column in wanted:
            if row == number and column in index:
                texts[row, column] = cells[index[column]].strip()
    return texts


# -- on the GUI thread ----------------------------------------------------------------------------------------


def shown(read: Read, text: str) -> str:
    """What the preview shows for a cell read as `read` from `text`."""
    value = read.value
    if read.problem is not None:
        return " ".join(text.split())
    if value is None:
        return ""
    if isinstance(value, Money):
        return money_text(value)
    if isinstance(value, date):
        return date_text(value)
    return "; ".join(f"{enum_words(part.method)} {money_text(part.amount)}" for part in value)



def advice(trouble: Trouble) -> str:
    """The plain sentence that says what to choose, and why."""
    where = ImportReading.tr("row {0}, column {1}").format(trouble.row, trouble.column)
    if trouble.what == "dates":
        parts = numeric_parts(trouble.text)
        if parts is not None and parts[0] <= 12 and parts[1] <= 12:
            said = ambiguous_message(trouble.text)  # '"03/04/2026" could be 3 April or 4 March'
            unsettled = ImportReading.tr(
                "{0} ({1}), and no date in the file settles which: choose the date order above."
            )
            return unsettled.format(said, where)
        return ImportReading.tr(
            '"{0}" ({1}) puts the month first, but other dates in the file put the day first, or the other way '
            "round: choose the date order above, and Desk lists each date that does not fit it."
        ).format(trouble.text, where)
    return ImportReading.tr(
        'Desk cannot tell whether the point or the comma is the decimal separator in "{0}" ({1}): choose the '
        "decimal separator above."
    ).format(trouble.text, where)


_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
_FLAG_CLAUSE = re.compile(r",?\s+or (?:give|use|pass) --[^.;]*")
_FLAG = re.compile(r"\s*`?--[a-z][\w-]*(?:[ =](?:[A-Z][\w=]*|[A-Z]{3}))*`?")


def without_flags(text: str) -> str:
    """A core message as the window says it: without the command line's options, which the dialog offers as its
    own choices. `choose the date order (--dates DMY or MDY)` → `choose the date order`;
    `(--currency USD, or the currency box of the Import dialog)` → `(the currency box of the Import dialog)`."""

    def parenthesis(m: re.Match[str]) -> str:
        inner = m.group(1)
        if "--" not in inner:
            return m.group(0)
        kept = [part.strip() for part in re.split(r",\s*(?:or\s+)?", inner) if part.strip() and "--" not in part]
        return f" ({' or '.join(kept)})" if kept else ""

    text = _PARENTHESIS.sub(parenthesis, text)
    text = _FLAG_CLAUSE.sub("", text)
    return _FLAG.sub("", text).strip()
