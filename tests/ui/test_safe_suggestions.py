"""Names the window suggests for the files it saves (issue 14): an order number or a title may hold `/ : * ? " < > |`
or be a device name such as CON; the suggestion is always a name every system accepts (`desk.file_names`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import dispute, order
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.packet_dialog import PacketDialog
from desk.ui.save_places import LISTS, PACKETS, ask_save_path, save_folder
from desk.workspace import Workspace

ORDER_NO = 'A/B:C*?"<>|'


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the platform's save dialog is opened on (it is answered with Cancel)."""
    asked: list[str] = []

    def answer(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_a_packet_for_an_order_number_with_forbidden_characters_suggests_a_name_every_system_accepts(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    with workspace.write() as s:
        bought = order(s, order_no=ORDER_NO)
        case = dispute(s, bought.lines[0])
        s.flush()
        dispute_id = case.id
    dialog = PacketDialog(workspace, dispute_id)
    qtbot.addWidget(dialog)
    suggested = Path(dialog.out_edit.text())
    assert suggested.parent == save_folder(PACKETS)  # the order number made no folders
    assert suggested.name == f"packet-aliexpress-A_B_C______-dispute-{dispute_id}.pdf"
    asked = _asked(monkeypatch)
    dialog.choose_output()
    assert [Path(a).name for a in asked] == [suggested.name]


@pytest.mark.parametrize(
    ("given", "offered"),
    [("CON.pdf", "_CON.pdf"), (f"{ORDER_NO} 2026-11-02.csv", "A_B_C______ 2026-11-02.csv"), ("aux", "_aux")],
)
def test_the_save_dialog_is_only_ever_offered_a_safe_name(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, given: str, offered: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = _asked(monkeypatch)
    assert ask_save_path(parent, "Export list", given, "CSV (*.csv)", LISTS) is None
    assert asked == [str(save_folder(LISTS) / offered)]
