"""Claim Packet… on a dispute: the statement of facts that opens the packet (edited here), where the packet goes
(each destination has its own file limits, and Desk splits the packet into numbered parts under them), and the
file to write. The `make_claim_packet` operation (the call `desk packet` makes) runs in a `BackgroundOp` with
progress and Cancel; its result is announced (pages showing evidence read again: exhibits may have been labelled)
and the packet opens in the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, Progress, format_size
from desk.common import words as enum_words
from desk.disputes.lifecycle import STATEMENT_LIMIT, get_dispute
from desk.errors import DeskError
from desk.file_names import safe_name
from desk.language import words
from desk.operations.disputes import SetStatement, set_statement
from desk.reports.destinations import Destination, destinations
from desk.ui.changes import announce
from desk.ui.locale_text import money_text, number_text
from desk.ui.operation_dialog import ALERT_STYLE, OperationDialog
from desk.ui.pdf_preview import (
    keep_room_when_hidden,
    show_pdf,
)
from desk.ui.save_places import PACKETS, ask_save_path, remember_folder, save_folder
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.operations.packets import PacketMade
    from desk.workspace import Workspace


def describe_destination(destination: Destination) -> str:
    """ "PayPal Resolution Center — 10 MB a file, 50 MB a case"; a name that says it all stands alone."""
    name = words.tr(destination.name)  # the policy file's words (desk.policies.data_words)
    return f"{name} — {destination.describe_limits()}" if destination.limited else name


class PacketDialog(OperationDialog):
    """The statement, the destination and the file; Make; progress with Cancel; then the preview."""

    def __init__(
        self, workspace: Workspace, dispute_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dispute_id = dispute_id
        self.today = today
        self.packet: PacketMade | None = None
        with workspace.read() as session:
            dispute = get_dispute(session, dispute_id)
            order = dispute.order_line.order
            heading = self.tr("Dispute {0} · {1} · {2}").format(dispute.id, order.key, order.supplier.name)
            state = enum_words(dispute.state).lower()
            detail = self.tr("{0} · claimed {1} · {2}").format(
                dispute.order_line.item, money_text(dispute.claimed), state
            )
            self.saved_statement = dispute.statement or ""
            suggested = safe_name(f"packet-{order.platform}-{order.order_no}-dispute-{dispute.id}.pdf")
        self.setObjectName("packetDialog")
        self.setWindowTitle(self.tr("Claim Packet — dispute {0}").format(dispute_id))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(640)

        title = QLabel(heading)
        title.setObjectName("sectionTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subtitle = QLabel(detail)
        subtitle.setObjectName("countLabel")
        subtitle.setWordWrap(True)

        self.statement = QPlainTextEdit(self.saved_statement)
        self.statement.setObjectName("statement")
        self.statement.setPlaceholderText(
            self.tr(
                "What happened, in order and in plain words: what you bought, what arrived, what you asked "
                "the seller and what they answered. It opens the packet."
            )
        )
        self.statement.setMinimumHeight(180)
        self.statement.textChanged.connect(self._statement_changed)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.save_statement_button = QPushButton(self.tr("Save Statement"))
        self.save_statement_button.clicked.connect(self.save_statement)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.count, 1)
        statement_row.addWidget(self.save_statement_button)

        self.destination = QComboBox()
        self.destination.setObjectName("destination")
        for destination in destinations():
            self.destination.addItem(describe_destination(destination), destination)
            tip = self.tr("Limits from: {0}").format(destination.source)
            if destination.note:
                tip += "\n" + words.tr(destination.note)  # the policy file's words (desk.policies.data_words)
            self.destination.setItemData(self.destination.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.destination.currentIndexChanged.connect(self._destination_changed)
        self.counsel_warning = QLabel(
            self.tr("Includes internal notes and evidence — not for the supplier or platform.")
        )
        self.counsel_warning.setObjectName("counselWarning")
        self.counsel_warning.setStyleSheet(ALERT_STYLE + " font-weight: 600;")
        self.counsel_warning.setWordWrap(True)

        self.out_edit = QLineEdit(str(save_folder(PACKETS) / suggested))
        self.out_edit.setObjectName("outputPath")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        where = QHBoxLayout()
        where.addWidget(self.out_edit, 1)
        where.addWidget(choose)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Statement of facts"), self.statement)
        form.addRow("", statement_row)
        form.addRow(self.tr("Send to"), self.destination)
        form.addRow("", self.counsel_warning)
        self.form = form
        form.addRow(self.tr("Save to"), where)

        self.bar = QProgressBar()
        keep_room_when_hidden(self.bar)
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("packetStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.make_button = QPushButton(self.tr("Make Packet"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._statement_changed()
        self._destination_changed()

    # -- the statement ----------------------------------------------------------------------------------------

    def _statement_changed(self) -> None:
        length = len(self.statement.toPlainText().strip())
        self.count.setText(self.tr("{0} of {1} characters").format(number_text(length), number_text(STATEMENT_LIMIT)))
        self.count.setStyleSheet(ALERT_STYLE if length > STATEMENT_LIMIT else "")
        self.save_statement_button.setEnabled(self.statement_modified)

    @property
    def statement_modified(self) -> bool:
        return self.statement.toPlainText().strip() != self.saved_statement.strip()

    def save_statement(self) -> bool:
        """Write the statement to the dispute (one transaction); False, with the reason shown, on a refusal."""
        text = self.statement.toPlainText()
        try:
            saved = set_statement(self.workspace, SetStatement(self.dispute_id, text))
        except DeskError as exc:
            self._say(str(exc), alert=True)
            return False
        self.saved_statement = text.strip()
        announce(saved.changed)
        self._statement_changed()
        self._say(self.tr("The statement is saved."))
        return True

    # -- destination and file ------------------------------------------------------------------------------------

    def _destination_changed(self) -> None:
        destination = self.destination.currentData()
        self.form.setRowVisible(self.counsel_warning, destination is not None and destination.for_counsel)

    def choose_output(self) -> None:
        name = Path(self.out_edit.text()).name or "packet.pdf"
        target = ask_save_path(self, self.tr("Save the claim packet"), name, self.tr("PDF files (*.pdf)"), PACKETS)
        if target is not None:
            self.set_output(target)

    def set_output(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.out_edit.setText(str(path))

    # -- making it --------------------------------------------------------------------------------------------------

    def start(self) -> BackgroundOp[PacketMade] | None:
        """Save the statement if it changed, then make the packet in the background."""
        from desk.operations.packets import MakeClaimPacket, make_claim_packet  # ReportLab: loaded when used

        if self.busy:
            return None
        text = self.out_edit.text().strip()
        destination = self.destination.currentData()
        if not text or destination is None:
            self._say(self.tr("Choose where the packet goes and the file to save it in."), alert=True)
            return None
        if self.statement_modified and not self.save_statement():
            return None
        out = Path(text).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        workspace, request = self.workspace, MakeClaimPacket(self.dispute_id, out, destination.code, self.today)

        def work(progress: Progress, cancelled: Cancelled) -> PacketMade:
            return make_claim_packet(workspace, request, progress=progress, cancelled=cancelled)

        self.packet, self.error = None, None
        op = self.begin(work, self.tr("Making {0}…").format(out.name), self._show_result)
        self.make_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        return op.run_in_background()

    def _show_result(self, result: PacketMade) -> None:
        remember_folder(PACKETS, result.parts[0].parent)  # where the user typed it, too: the next one starts there
        self.packet = result
        announce(result)
        parts = len(result.parts)
        what = ", ".join(
            [
                self.tr("{0} page(s)", "", result.pages).format(number_text(result.pages)),
                self.tr("{0} exhibit(s)", "", result.exhibits).format(number_text(result.exhibits)),
                format_size(result.size),
            ]
        )
        if parts > 1:
            what = self.tr("%n part(s), {0}", "", parts).format(what)
        # Which exhibit keeps the file from PDF/A, in the operation's words (it names exhibits and fonts).
        said = self.tr("Made: {0}, in {1}").format(what, result.parts[0].parent)
        self._say(f"{said}\n{result.not_archival}" if result.not_archival else said)
        self.preview = show_pdf(self, result.parts, self.tr("Claim packet — dispute {0}").format(self.dispute_id))

    def cancelled_text(self) -> str:
        return self.tr("Cancelled: no packet was written.")

    def failed_text(self, message: str) -> str:
        return self.tr("No packet was made: {0}").format(message)

    def _finished(self) -> None:
        super()._finished()
        self.make_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def reject(self) -> None:
        """Cancel stops a packet being made (the dialog stays to say so); once it has ended, Close closes (what
        changed meanwhile was announced: the pages have read it again)."""
        if self.cancel_running(self.tr("Cancelling…")):
            self.close_button.setEnabled(False)
            return
        super().reject()
