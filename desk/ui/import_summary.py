"""What a check or an import of a file came to, on the Import dialog's Result tab: the orders and order lines it
added (or would add), the rows it left out and why, the totals of the file's orders by currency, how the dates and
numbers were read, and any order whose total in the file differs from its parts. The report's own lines
(`ImportReport.lines_for_people`) are the command line's; these say the same in the window's words, with money as
the user's locale writes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desk.importing import ImportReport
from desk.ui.locale_text import money_text, number_text

SHOWN_ROWS = 10  # row numbers listed per reason; the rest are counted


class ReportSummary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 4, 0, 4)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(4)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.added = self._line("summaryAdded")
        self.updated = self._line("summaryUpdated")
        self.left_out = self._line("summaryLeftOut")
        self.totals = self._line("summaryTotals")
        self.read_as = self._line("summaryReadAs")
        self.created = self._line("summaryCreated")
        self.not_imported = self._line("summaryNotImported")
        self.differ = self._line("summaryDiffer")
        self.setVisible(False)

    def _line(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(QLabel(), label)
        return label

    def clear(self) -> None:
        self.setVisible(False)

    def _set(self, field: QLabel, title: str | None, text: str = "") -> None:
        """Show `text` under `title` on its row; no title: the row is hidden."""
        self.form.setRowVisible(field, title is not None)
        heading = self.form.labelForField(field)
        if isinstance(heading, QLabel):
            heading.setText(title or "")
        field.setText(text)

    def show_report(self, report: ImportReport) -> None:
        """The figures of a report without problems (a report with problems lists them instead)."""
        orders, lines = report.count("new"), report.lines_added
        two = self.tr("{0}, {1}", "two counts, such as: 3 orders, 5 order lines")
        added = two.format(
            self.tr("{0} order(s)", "", orders).format(number_text(orders)),
            self.tr("{0} order line(s)", "", lines).format(number_text(lines)),
        )
        self._set(self.added, self.tr("Added:") if report.written else self.tr("Would add:"), added)
        updated, unchanged = report.count("updated"), report.count("unchanged")
        if report.written:
            said = self.tr("{0} updated, {1} unchanged").format(number_text(updated), number_text(unchanged))
        else:
            said = self.tr("{0} to update, {1} unchanged").format(number_text(updated), number_text(unchanged))
        self._set(self.updated, self.tr("Orders already in Desk:") if updated or unchanged else None, said)
        self._set(self.left_out, self.tr("Rows left out:"), self._left_out(report))
        totals = ", ".join(money_text(m) for m in report.money_totals()) or self.tr("none")
        self._set(self.totals, self.tr("Totals of the orders:"), totals)
        described = report.text_format.described() if report.text_format is not None else ""
        self._set(
            self.read_as, self.tr("Read with:"), described or self.tr("nothing in the file could be read two ways")
        )
        suppliers, stores = report.suppliers_created, report.stores_created
        created = two.format(
            self.tr("{0} supplier(s)", "", suppliers).format(number_text(suppliers)),
            self.tr("{0} store(s)", "", stores).format(number_text(stores)),
        )
        title = self.tr("New in Desk:") if report.written else self.tr("Would be new in Desk:")
        self._set(self.created, title if report.suppliers_created or report.stores_created else None, created)
        ignored = self.tr("Columns not imported:") if report.ignored_columns else None
        self._set(self.not_imported, ignored, ", ".join(report.ignored_columns))
        # A platform's own total that its parts do not make: imported as the platform says, and shown.
        differ = self.tr("Totals that differ from their parts:") if report.differences else None
        self._set(self.differ, differ, "\n".join(str(d) for d in report.differences))
        self.setVisible(True)

    def _left_out(self, report: ImportReport) -> str:
        if not report.skipped:
            return self.tr("none")
        said = []
        for why, rows in report.skipped.items():
            listed = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
            if len(rows) > SHOWN_ROWS:
                listed += self.tr(" and {0} more").format(number_text(len(rows) - SHOWN_ROWS))
            template = self.tr("row {0} ({1})") if len(rows) == 1 else self.tr("rows {0} ({1})")
            said.append(template.format(listed, why))
        return "; ".join(said)
