"""Letter… on the demo folder (its dates are around 2026-11-23): the ladder of dispute 2 with the rungs offered now
and the greyed ones with their reasons, the other roads with their warnings, a letter made in Russian through the
real core and previewed, and a rung not offered now made only after "Make Anyway" is confirmed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdfcheck import qpdf_check, text_of
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import DisputeLetter
from desk.operations import Record
from desk.ui.changes import changes
from desk.ui.letter_dialog import ALERT, RUNG_ROLE, LetterDialog
from desk.ui.list_page import ListPage
from desk.ui.locale_text import date_text
from desk.ui.main_window import MainWindow
from desk.ui.mark_sent_dialog import MarkSentDialog
from desk.ui.pdf_preview import PdfPreview
from desk.ui.save_places import LETTERS, remember_folder
from desk.workspace import Workspace

DEMO_DAY = date(2026, 11, 23)
WAIT = 60_000


def _letters(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.read() as session:
        return [(row.kind, row.lang) for row in session.scalars(select(DisputeLetter).order_by(DisputeLetter.id))]


def _answer_next_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


@pytest.fixture(autouse=True)
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The platform's save dialog, answered as a user keeping the suggested name (it would block a test)."""
    asked: list[str] = []

    def answer(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return suggested, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_cancel_in_the_save_dialog_writes_nothing(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    remember_folder(LETTERS, folder)
    asked: list[str] = []

    def cancel(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    dialog = LetterDialog(demo_workspace, 2, today=DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.choose("platform_arbitration")
    assert dialog.make_chosen() is None
    assert asked == [str(folder / f"letter-dispute-2-platform_arbitration-en-{DEMO_DAY.isoformat()}.pdf")]
    assert _letters(demo_workspace) == [] and list(folder.iterdir()) == []


def test_the_ladder_is_shown_and_a_letter_is_made(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    remember_folder(LETTERS, tmp_path)
    dialog = LetterDialog(demo_workspace, 2, today=DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    rungs = [dialog.rungs.item(row) for row in range(dialog.rungs.count())]
    kinds = [item.data(RUNG_ROLE).kind for item in rungs]
    assert kinds[:3] == ["seller_reminder", "platform_complaint", "platform_arbitration"]
    assert dialog.chosen_rung().kind == "seller_reminder"  # the first rung offered now
    formal = rungs[kinds.index("formal_demand")]
    assert "\nNot at this stage: " in formal.text() and formal.foreground().color() != rungs[0].foreground().color()
    roads = [dialog.roads.item(row) for row in range(dialog.roads.count())]
    warned = [item for item in roads if item.text().startswith("⚠")]
    assert warned and all(item.foreground().color() == ALERT for item in warned)
    assert any("Card chargeback" in item.text() for item in roads)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["English", "Русский", "中文"]
    dialog.choose("platform_arbitration")
    assert "arbitration decision is final" in dialog.rung_warnings.text() and dialog.make_button.text() == "Make Letter"
    dialog.grab().save(str(artifacts / "letter-dialog.png"))

    dialog.language.setCurrentIndex(1)
    heard: list[frozenset[Record]] = []
    changes().changed.connect(heard.append)
    op = dialog.make_chosen()
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.error is None and dialog.letter is not None
    assert heard == [frozenset({Record.DISPUTE, Record.EVIDENCE})]  # the pages showing them read them again
    out = dialog.letter.path
    assert out.parent == tmp_path and out.is_file()
    qpdf_check(out)
    assert "5009302261948570" in text_of(out)  # the platform's case number
    assert _letters(demo_workspace) == [("platform_arbitration", "ru")]
    preview = dialog.findChild(PdfPreview)
    assert preview is not None and preview.path == out and preview.isVisible()
    preview.close()
    # Read again: the rung stays chosen. A letter made is a draft until it is marked sent: the rung says so.
    assert dialog.chosen_rung().kind == "platform_arbitration"
    assert f"Draft made on {date_text(DEMO_DAY)} in Русский, not marked as sent" in dialog.rungs.currentItem().text()
    assert "It is not marked as sent." in dialog.status.text()
    assert dialog.mark_sent_button.isEnabled()
    dialog.grab().save(str(artifacts / "letter-dialog-made.png"))

    # Mark as Sent… is its own step: Enter on the empty form does nothing; with a channel it is kept.
    seen: list[tuple[bool, str]] = []

    def fill() -> None:
        asked = QApplication.activeModalWidget()
        if not isinstance(asked, MarkSentDialog):
            QTimer.singleShot(20, fill)
            return
        QTest.keyClick(asked, Qt.Key.Key_Return)
        seen.append((asked.isVisible(), asked.ok_button.toolTip()))
        asked.via.setCurrentText("E-mail")
        asked.grab().save(str(artifacts / "letter-mark-sent.png"))
        QTest.keyClick(asked.ok_button, Qt.Key.Key_Space)

    QTimer.singleShot(20, fill)
    assert dialog.mark_sent()
    assert seen == [(True, "Fill in how it went out first")]
    assert "Sent on" in dialog.rungs.currentItem().text() and "Draft made" not in dialog.rungs.currentItem().text()
    assert not dialog.mark_sent_button.isEnabled()
    with demo_workspace.read() as s:
        sent = s.scalars(select(DisputeLetter).where(DisputeLetter.kind == "platform_arbitration")).one()
        assert sent.sent_via == "E-mail" and sent.sent_on is not None


def test_a_rung_not_offered_needs_make_anyway(qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path) -> None:
    remember_folder(LETTERS, tmp_path)
    dialog = LetterDialog(demo_workspace, 2, today=DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.choose("formal_demand")
    assert dialog.make_button.text() == "Make Anyway…"
    asked: list[str] = []
    _answer_next_question(QMessageBox.StandardButton.No, asked)
    assert dialog.make_chosen() is None
    assert "not offered now" in asked[0] and _letters(demo_workspace) == []

    _answer_next_question(QMessageBox.StandardButton.Yes, asked)
    op = dialog.make_chosen()
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.error is None and _letters(demo_workspace) == [("formal_demand", "en")]
    preview = dialog.findChild(PdfPreview)
    assert preview is not None
    preview.close()


def test_letter_is_offered_on_the_disputes_page(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == 4))
    opened: list[int] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LetterDialog)
        opened.append(dialog.dispute_id)
        dialog.reject()

    QTimer.singleShot(0, close)
    action = next(a for a in page.actions() if a.text() == "Letter…")
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    action.trigger()
    assert opened == [4]


def test_a_second_language_joins_the_days_draft_and_both_are_marked_sent_together(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    remember_folder(LETTERS, tmp_path)
    dialog = LetterDialog(demo_workspace, 2, today=DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("platform_arbitration")
    for index in (0, 2):  # English, then 中文
        dialog.language.setCurrentIndex(index)
        op = dialog.make_chosen()
        assert op is not None
        with qtbot.waitSignal(op.finished, timeout=WAIT):
            pass
        assert dialog.error is None
        preview = dialog.findChild(PdfPreview)
        if preview is not None:
            preview.close()
    assert "The letter is now written in English, 中文: its versions go out together." in dialog.status.text()
    text = dialog.rungs.currentItem().text()
    assert f"Draft made on {date_text(DEMO_DAY)} in English, 中文, not marked as sent" in text
    dialog.grab().save(str(artifacts / "letter-dialog-two-languages.png"))

    def fill() -> None:
        asked = QApplication.activeModalWidget()
        if not isinstance(asked, MarkSentDialog):
            QTimer.singleShot(20, fill)
            return
        asked.via.setCurrentText("E-mail")
        QTest.keyClick(asked.ok_button, Qt.Key.Key_Space)

    QTimer.singleShot(20, fill)
    assert dialog.mark_sent()
    assert "Sent on" in dialog.rungs.currentItem().text() and "Draft made" not in dialog.rungs.currentItem().text()
    with demo_workspace.read() as s:
        rows = s.scalars(select(DisputeLetter).where(DisputeLetter.kind == "platform_arbitration")).all()
        assert sorted((r.lang, r.sent_via) for r in rows) == [("en", "E-mail"), ("zh", "E-mail")]
