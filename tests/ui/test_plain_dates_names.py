"""Dates and names as people read them (issue 12, points 4 and 5), where the demo's screenshots still showed ISO
dates or internal names: the Audit log's sentences and the void confirmation of an exchange rate write their dates
in the user's locale (German here); evidence is named by its file, a deposit document by its label."""

from __future__ import annotations

import re

from driving import list_page
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import EvidenceLink, ExchangeRate
from desk.operations.voiding import VoidKind
from desk.ui.evidence_edit import EditEvidenceDialog, read_kept
from desk.ui.list_page import ListPage
from desk.ui.locale_text import use_locale
from desk.ui.main_window import MainWindow
from desk.ui.void_actions import VoidDialog
from desk.workspace import Workspace

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _column(page: ListPage, title: str) -> list[str]:
    column = [c.title for c in page.model.spec.columns].index(title)
    while page.model.canFetchMore(page.model.index(0, 0).parent()):
        page.model.fetchMore(page.model.index(0, 0).parent())
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_audit_log_writes_its_dates_and_amounts_in_german(qtbot: QtBot, window: MainWindow) -> None:
    use_locale("de_DE")
    said = _column(list_page(qtbot, window, "audit"), "What happened")
    assert not [text for text in said if ISO.search(text)]
    assert any(re.fullmatch(r"Exchange rate USD/CNY of \d\d\.\d\d\.2026 added", text) for text in said)
    received = next(text for text in said if "date received of refund part" in text)
    assert re.search(r"set to \d+,\d\d\xa0USD; date received of refund part \d+ set to \d\d\.\d\d\.2026$", received)


def test_voiding_a_rate_names_its_day_in_german(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    use_locale("de_DE")
    with demo_workspace.read() as s:
        rate = s.scalars(select(ExchangeRate).order_by(ExchangeRate.on_date.desc())).first()
        assert rate is not None
        rate_id, pair = rate.id, f"{rate.base}→{rate.quote}"
    dialog = VoidDialog(demo_workspace, VoidKind.RATE, [rate_id], window)
    qtbot.addWidget(dialog)
    assert dialog.names == [f"the rate {pair} of 23.11.2026"]
    dialog.reject()


def _document_evidence(workspace: Workspace) -> tuple[int, str, str]:
    """A demo file that supports a deposit document: its id, file name and the document's label."""
    with workspace.read() as s:
        link = s.scalars(
            select(EvidenceLink).where(EvidenceLink.checklist_item_id.is_not(None)).order_by(EvidenceLink.id)
        ).first()
        assert link is not None and link.checklist_item is not None
        return link.evidence_id, link.evidence.original_name, link.checklist_item.label


def test_the_evidence_dialogs_name_a_deposit_document_by_its_label(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    evidence_id, name, label = _document_evidence(demo_workspace)
    kept = read_kept(demo_workspace, evidence_id)
    said = kept.case_names  # what Edit Evidence, Take Off Case and Delete Evidence say it supports
    assert f"the document '{label}' of Deposit application " in said and not re.search(r"checklist \d", said)
    dialog = EditEvidenceDialog(demo_workspace, evidence_id, window)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert name in shown and f"the document '{label}'" in shown and not re.search(r"checklist \d", shown)
    dialog.reject()


def test_voiding_evidence_names_the_file(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    evidence_id, name, _ = _document_evidence(demo_workspace)
    dialog = VoidDialog(demo_workspace, VoidKind.EVIDENCE, [evidence_id], window)
    qtbot.addWidget(dialog)
    assert dialog.names == [f"the file '{name}'"]
    dialog.reject()


def test_the_stores_page_names_countries_in_the_users_language(qtbot: QtBot, window: MainWindow) -> None:
    use_locale("de_DE")
    countries = set(_column(list_page(qtbot, window, "stores"), "Country"))
    assert countries and not [c for c in countries if re.fullmatch(r"[A-Z]{2}", c)]
    assert "China" in countries or "Deutschland" in countries, countries
    use_locale("ru_RU")
    window.show_page("stores").model.reload()  # type: ignore[attr-defined]
    assert "Китай" in _column(list_page(qtbot, window, "stores"), "Country")
