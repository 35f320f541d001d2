"""Deposit Packet…: the packet of a deposit refund application for the platform (its prerequisites, its documents
as exhibits), as `desk packet deposit:N` makes it. The `make_deposit_packet` operation runs in a `BackgroundOp`
with progress and Cancel (`OperationDialog`); the packet then opens in the preview. It goes to the platform only,
so there is no destination to choose."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, Progress, format_size, words
from desk.deposits.applications import get_application
from desk.file_names import safe_name
from desk.ui.changes import announce
from desk.ui.locale_text import money_text, number_text
from desk.ui.operation_dialog import OperationDialog
from desk.ui.pdf_preview import keep_room_when_hidden, show_pdf
from desk.ui.save_places import PACKETS, ask_save_path, remember_folder, save_folder
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.operations.packets import PacketMade
    from desk.workspace import Workspace


class DepositPacketDialog(OperationDialog):
    """The file to write; Make Packet; progress with Cancel; then the preview."""

    def __init__(
        self, workspace: Workspace, application_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.application_id = application_id
        self.today = today
        self.packet: PacketMade | None = None
        with workspace.read() as session:
            application = get_application(session, application_id)
            store = application.store
            heading = f"{store.name} · {store.platform.label}"
            state = words(application.state).lower()
            detail = self.tr("Deposit {0} · {1}").format(money_text(application.deposit), state)
            slug = "-".join(store.name.split()).casefold()
            suggested = safe_name(f"deposit-packet-{store.platform.value}-{slug}.pdf")
        self.setObjectName("depositPacketDialog")
        self.setWindowTitle(self.tr("Deposit Packet — {0}").format(store.name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(600)

        title = QLabel(heading)
        title.setObjectName("sectionTitle")
        subtitle = QLabel(detail)
        subtitle.setObjectName("countLabel")
        goes = QLabel(self.tr("For the platform: the application's prerequisites and its documents as exhibits."))
        goes.setWordWrap(True)
        self.out_edit = QLineEdit(str(save_folder(PACKETS) / suggested))
        self.out_edit.setObjectName("outputPath")
        self.out_edit.textChanged.connect(self._ready)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        where = QHBoxLayout()
        where.addWidget(self.out_edit, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        layout.addWidget(goes)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._ready()

    def _ready(self) -> None:
        self.make_button.setEnabled(not self.busy and bool(self.out_edit.text().strip()))

    def choose_output(self) -> None:
        name = Path(self.out_edit.text()).name or "deposit-packet.pdf"
        target = ask_save_path(self, self.tr("Save the deposit packet"), name, self.tr("PDF files (*.pdf)"), PACKETS)
        if target is not None:
            self.out_edit.setText(str(target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")))

    def start(self) -> BackgroundOp[PacketMade] | None:
        from desk.operations.packets import MakeDepositPacket, make_deposit_packet  # ReportLab: loaded when used

        text = self.out_edit.text().strip()
        if self.busy or not text:
            return None
        out = Path(text).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        workspace = self.workspace
        request = MakeDepositPacket(self.application_id, out, today=self.today)

        def work(progress: Progress, cancelled: Cancelled) -> PacketMade:
            return make_deposit_packet(workspace, request, progress=progress, cancelled=cancelled)

        self.packet, self.error = None, None
        op = self.begin(work, self.tr("Making {0}…").format(out.name), self._show_result)
        self.make_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        return op.run_in_background()

    def _show_result(self, result: PacketMade) -> None:
        remember_folder(PACKETS, result.parts[0].parent)  # where the user typed it, too: the next one starts there
        self.packet = result
        announce(result)
        what = ", ".join(
            [
                self.tr("{0} page(s)", "", result.pages).format(number_text(result.pages)),
                self.tr("{0} document(s)", "", result.exhibits).format(number_text(result.exhibits)),
                format_size(result.size),
            ]
        )
        # Which exhibit keeps the file from PDF/A, in the operation's words (it names exhibits and fonts).
        said = self.tr("Made: {0}, in {1}").format(what, result.parts[0].parent)
        self._say(f"{said}\n{result.not_archival}" if result.not_archival else said)
        self.preview = show_pdf(self, result.parts, self.windowTitle())

    def cancelled_text(self) -> str:
        return self.tr("Cancelled: no packet was written.")

    def failed_text(self, message: str) -> str:
        return self.tr("No packet was made: {0}").format(message)

    def _finished(self) -> None:
        super()._finished()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self._ready()

    def reject(self) -> None:
        """Cancel stops a packet being made (the dialog stays to say so); once it has ended, Close closes."""
        if self.cancel_running(self.tr("Cancelling…")):
            self.close_button.setEnabled(False)
            return
        super().reject()
