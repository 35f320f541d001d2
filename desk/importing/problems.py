"""What can be wrong with an import: a problem in one cell (`row N, column C: …`) or a reason to stop."""

from __future__ import annotations

from dataclasses import dataclass

from desk.errors import DeskError


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad cell or row. `row` is the spreadsheet row the user sees (the header row is row 1, or the row the
    header is on); `column` is the column's name as written in the file. Either may be None for a problem of the
    whole file (a column no row has, say)."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"row {self.row}"] if self.row is not None else []
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ImportFileError(DeskError):
    """The file cannot be imported at all (unreadable, unknown layout, a mapping that does not fit)."""
