"""Letter… on a dispute: the escalation ladder (`desk.reports.letter_ladder`), each rung a letter offered when its
time has come, greyed with the reason when it has not, dated when it was sent; the other roads (a chargeback, a
complaint) with their warnings, since one road can close another; a language; Make. The `make_letter` operation
(the call `desk letter` makes) runs in a `BackgroundOp`; its result is announced (the dispute and its evidence
changed: the pages read them again) and the letter opens in the preview. A rung that is not available is made
only after an explicit "Make Anyway" (`force=True`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, Progress
from desk.common import words as enum_words
from desk.disputes.lifecycle import get_dispute
from desk.file_names import safe_name
from desk.language import words
from desk.ui.changes import announce
from desk.ui.locale_text import date_text, dated_text
from desk.ui.operation_dialog import ALERT_STYLE, OperationDialog
from desk.ui.pdf_preview import show_pdf
from desk.ui.reach import runs
from desk.ui.save_places import LETTERS, ask_save_path, save_folder
from desk.ui.tr_context import TrContext
from desk.ui.worker import BackgroundOp

if TYPE_CHECKING:
    from desk.operations.letters import LetterMade
    from desk.workspace import Workspace

ALERT = QColor("#b3261e")
RUNG_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh": "中文"}

LetterRungs = TrContext("LetterRungs")


def rung_text(rung: Any) -> str:
    """The rung as its list item says it: its title, why it is offered or not, when it was sent."""
    internal = LetterRungs.tr("{0} — internal, for our lawyer: never in a packet")
    title = words.tr(rung.title)  # the policy file's words (desk.policies.data_words)
    lines = [internal.format(title) if rung.to == "counsel" else title]
    why = dated_text(rung.why)  # its dates in the user's locale
    if why:
        lines.append(why[:1].upper() + why[1:])
    if rung.sent_on is not None:
        lines.append(LetterRungs.tr("Sent on {0}").format(date_text(rung.sent_on)))
    if rung.drafted_on is not None:  # made, not yet marked sent: a draft (in one or more languages)
        langs = ", ".join(LANGUAGE_NAMES.get(lang, lang) for lang in rung.draft_langs)
        made = date_text(rung.drafted_on)
        if langs:
            draft = LetterRungs.tr("Draft made on {0} in {1}, not marked as sent").format(made, langs)
        else:
            draft = LetterRungs.tr("Draft made on {0}, not marked as sent").format(made)
        lines.append(draft)
    return "\n".join(lines)


class LetterDialog(OperationDialog):
    """The ladder and the other roads of one dispute; choose a rung and a language, then Make."""

    def __init__(
        self, workspace: Workspace, dispute_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        from desk.reports.letter_lang import LANGS

        super().__init__(parent)
        self.workspace = workspace
        self.dispute_id = dispute_id
        self.today = today or date.today()
        self.letter: LetterMade | None = None
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Letters — dispute {0}").format(dispute_id))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(640, 600)
        self.resize(760, 780)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        ladder_title = QLabel(self.tr("Letters, in the order they are sent"))
        ladder_title.setObjectName("sectionTitle")
        self.rungs = QListWidget()
        self.rungs.setObjectName("rungs")
        self.rungs.setWordWrap(True)
        self.rungs.setAlternatingRowColors(True)
        self.rungs.setSpacing(2)
        self.rungs.setMinimumHeight(160)
        self.rungs.currentItemChanged.connect(self._rung_chosen)
        self.rung_warnings = QLabel()
        self.rung_warnings.setObjectName("rungWarnings")
        self.rung_warnings.setStyleSheet(ALERT_STYLE)
        self.rung_warnings.setWordWrap(True)
        roads_title = QLabel(self.tr("Other roads"))
        roads_title.setObjectName("sectionTitle")
        self.roads = QListWidget()
        self.roads.setObjectName("roads")
        self.roads.setWordWrap(True)
        self.roads.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.roads.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.roads.setMinimumHeight(110)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGS:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.make_button = QPushButton(self.tr("Make Letter"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_chosen)
        self.mark_sent_button = QPushButton(self.tr("Mark as Sent…"))
        self.mark_sent_button.setToolTip(self.tr("Say when and how the chosen letter's draft went out"))
        self.mark_sent_button.clicked.connect(self.mark_sent)
        runs(self.mark_sent_button, "letters.mark_letter_sent")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Language")))
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_sent_button)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(ladder_title)
        layout.addWidget(self.rungs, 3)
        layout.addWidget(self.rung_warnings)
        layout.addWidget(roads_title)
        layout.addWidget(self.roads, 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    # -- the ladder ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the ladder and the other roads again (a letter just made is now dated)."""
        from desk.reports.letter_ladder import letter_ladder, other_roads

        chosen = self.chosen_rung()
        with self.workspace.read() as session:
            dispute = get_dispute(session, self.dispute_id)
            order = dispute.order_line.order
            self.heading.setText(
                self.tr("Dispute {0} · {1} · {2} · {3}").format(
                    dispute.id, order.key, order.supplier.name, enum_words(dispute.state).lower()
                )
            )
            rungs = letter_ladder(session, dispute, self.today)
            roads = other_roads(session, dispute, self.today)
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.rungs.clear()
        for rung in rungs:
            item = QListWidgetItem(rung_text(rung))
            item.setData(RUNG_ROLE, rung)
            if not rung.available:
                item.setForeground(grey)  # still selectable: "Make Anyway" is offered for it
            self.rungs.addItem(item)
        self.roads.clear()
        for road in roads:
            why = dated_text(road.why)
            line = road.title if not why else f"{road.title} — {why}"
            item = QListWidgetItem(line)
            if not road.possible:
                item.setForeground(grey)
            self.roads.addItem(item)
            for warning in road.warnings:
                warned = QListWidgetItem(f"⚠ {dated_text(warning)}")
                warned.setForeground(QBrush(ALERT))
                self.roads.addItem(warned)
        self._select(chosen.kind if chosen is not None else None)

    def _select(self, kind: str | None) -> None:
        """Choose the rung of `kind`, else the first rung offered now."""
        items = [self.rungs.item(row) for row in range(self.rungs.count())]
        match = next((i for i in items if kind is not None and i.data(RUNG_ROLE).kind == kind), None)
        match = match or next((i for i in items if i.data(RUNG_ROLE).available), None)
        if match is not None:
            self.rungs.setCurrentItem(match)
        self._rung_chosen()

    def chosen_rung(self) -> Any:
        item = self.rungs.currentItem()
        return item.data(RUNG_ROLE) if item is not None else None

    def choose(self, kind: str) -> None:
        """Choose the rung of `kind` (as a click on it does)."""
        for row in range(self.rungs.count()):
            if self.rungs.item(row).data(RUNG_ROLE).kind == kind:
                self.rungs.setCurrentRow(row)
                return
        raise KeyError(f"no rung {kind!r} on the ladder")

    def _rung_chosen(self, *_args: object) -> None:
        rung = self.chosen_rung()
        warnings = list(rung.warnings) if rung is not None else []
        self.rung_warnings.setText("\n".join(f"⚠ {dated_text(w)}" for w in warnings))
        self.rung_warnings.setVisible(bool(warnings))
        self._fit_warnings()
        self.make_button.setEnabled(rung is not None and not self.busy)
        self.mark_sent_button.setEnabled(rung is not None and rung.draft_id is not None and not self.busy)
        if rung is not None:
            self.make_button.setText(self.tr("Make Letter") if rung.available else self.tr("Make Anyway…"))

    def _fit_warnings(self) -> None:
        """A wrapped label is given the height its lines need at its width (the layout alone gave it too little)."""
        width = self.rung_warnings.width() if self.isVisible() else self.width() - 24
        self.rung_warnings.setMinimumHeight(self.rung_warnings.heightForWidth(max(width, 200)))
        layout = self.layout()
        if layout is not None:
            layout.activate()  # now, not at the next event: a screenshot or a test sees the final layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_warnings()

    # -- making it --------------------------------------------------------------------------------------------------

    def make_chosen(self) -> BackgroundOp[LetterMade] | None:
        """Make the chosen rung's letter; one not offered now only after the user confirms."""
        rung = self.chosen_rung()
        if rung is None or self.busy:
            return None
        force = False
        if not rung.available:
            answer = QMessageBox.question(
                self,
                self.tr("Make this letter anyway?"),
                self.tr("{0} is not offered now: {1}\n\nMake it anyway?").format(rung.title, dated_text(rung.why)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            force = True
        lang = str(self.language.currentData())
        out = ask_save_path(
            self,
            self.tr("Save the letter's draft"),
            self.suggested_name(rung.kind, lang),
            self.tr("PDF (*.pdf)"),
            LETTERS,
        )
        if out is None:
            return None  # cancelled: nothing is written
        return self.start(rung.kind, lang, force=force, out=out)

    def mark_sent(self) -> bool:
        """Ask when and how the chosen rung's draft went out; True once it is marked sent."""
        from desk.ui.mark_sent_dialog import MarkSentDialog

        rung = self.chosen_rung()
        if rung is None or rung.draft_id is None or rung.drafted_on is None:
            return False
        dialog = MarkSentDialog(self.workspace, rung.draft_id, rung.title, rung.drafted_on, self)
        if dialog.exec() != MarkSentDialog.DialogCode.Accepted:
            return False
        self._say(self.tr("{0} is marked as sent.").format(rung.title))
        self.refresh()
        return True

    def suggested_name(self, kind: str, lang: str) -> str:
        return safe_name(f"letter-dispute-{self.dispute_id}-{kind}-{lang}-{self.today.isoformat()}.pdf")

    def start(self, kind: str, lang: str, *, force: bool = False, out: Path | None = None) -> BackgroundOp[LetterMade]:
        """Make the letter of `kind` in `lang` in the background, into `out` (by default the suggested name in the
        folder last chosen)."""
        from desk.operations.letters import MakeLetter, make_letter  # ReportLab: loaded when used

        workspace, dispute_id, today = self.workspace, self.dispute_id, self.today
        out = out or save_folder(LETTERS) / self.suggested_name(kind, lang)
        request = MakeLetter(dispute_id, kind, lang, out, today, force)

        def work(progress: Progress, cancelled: Cancelled) -> LetterMade:
            return make_letter(workspace, request, progress=progress, cancelled=cancelled)

        self.letter, self.error = None, None
        op = self.begin(work, self.tr("Making {0}…").format(out.name), self._show_result)
        self.make_button.setEnabled(False)
        return op.run_in_background()

    def _show_result(self, result: LetterMade) -> None:
        self.letter = result
        announce(result)
        reply = self.tr(", reply by {0}").format(date_text(result.reply_by)) if result.reply_by else ""
        langs = ", ".join(LANGUAGE_NAMES.get(lang, lang) for lang in result.langs)
        versions = self.tr(" The letter is now written in {0}: its versions go out together.").format(langs)
        self._say(
            self.tr("Draft made: {0}{1}; kept with the dispute's evidence. It is not marked as sent.").format(
                result.path, reply
            )
            + (versions if len(result.langs) > 1 else "")
        )
        self.refresh()
        self.preview = show_pdf(self, result.path, self.tr("Letter — dispute {0}").format(self.dispute_id))

    def failed_text(self, message: str) -> str:
        return self.tr("No letter was made: {0}").format(message)

    def _finished(self) -> None:
        super()._finished()
        self._rung_chosen()

    def reject(self) -> None:
        """Close (each letter made was announced: the pages have read it again)."""
        if self.busy:
            return  # a letter is a moment's work: it is not cancelled half-written
        super().reject()
