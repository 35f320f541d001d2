"""What can be wrong with an import: a problem in one cell (`row N, column C: …`) or a reason to stop."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desk.errors import DeskError
from desk.language import words

_LONG_QUOTE = re.compile(r'"([^"]{120,})"')
_LINE_BREAKS = re.compile(r"\s*[\r\n\x85\u2028\u2029]+\s*")


def one_line(text: str) -> str:
    """`text` with its line breaks (a header or cell typed with Alt+Enter) made spaces: a message is one line."""
    return _LINE_BREAKS.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad cell or row. `row` is the spreadsheet row the user sees (the header row is row 1, or the row the
    header is on); `column` is the column's name as written in the file. Either may be None for a problem of the
    whole file (a column no row has, say)."""

    row: int | None
    column: str | None
    message: str

    def __post_init__(self) -> None:
        # A cell's text quoted in full would make a message of a megabyte: its beginning says which cell it is.
        shortened = _LONG_QUOTE.sub(lambda m: f'"{m.group(1)[:80]}…"', self.message)
        object.__setattr__(self, "message", one_line(shortened))

    def __str__(self) -> str:
        where = [words.tr("row {0}").format(self.row)] if self.row is not None else []
        if self.column is not None:
            where.append(words.tr("column {0}").format(one_line(self.column)))
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass(frozen=True, slots=True)
class Difference:
    """A platform's own total that does not match the order's parts as its export gives them: imported as the file
    says, and shown, since the platform's figure is what was paid and the parts are what a claim is built from."""

    order: str  # `ebay:12-10456-78901`
    row: int
    paid_minor: int
    parts_minor: int
    currency: str
    made_of: str  # `lines 80.00 + shipping 6.50 − discount 0.00`

    def __str__(self) -> str:
        from desk.money import Money

        paid, parts = Money(self.paid_minor, self.currency), Money(self.parts_minor, self.currency)
        if paid > parts:
            said = words.tr(
                "{0} (row {1}): the file says {2} was paid, but its parts come to {3} ({4}): {5} more than they add up "
                "to"
            )
        else:
            said = words.tr(
                "{0} (row {1}): the file says {2} was paid, but its parts come to {3} ({4}): {5} less than they add up "
                "to"
            )
        return said.format(self.order, self.row, paid, parts, self.made_of, abs(paid - parts))


def column_list(headers: Sequence[str], most: int = 40) -> str:
    """`Order, Date, Total` for a message: the first `most` names, then how many more."""
    shown = ", ".join(one_line(h) for h in headers[:most])
    return shown if len(headers) <= most else words.tr("{0} and {1} more").format(shown, f"{len(headers) - most:,}")


class ImportFileError(DeskError):
    """The file cannot be imported at all (unreadable, unknown layout, a mapping that does not fit)."""
