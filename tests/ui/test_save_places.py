"""Where made documents are saved (issue 12: Claim Packet, Deposit Packet and Export for Lawyer suggested the home
folder): each kind starts in the folder the user last saved that kind to, the first time in Documents."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import DepositApplication
from desk.ui.deposit_packet_dialog import DepositPacketDialog
from desk.ui.export_dialog import ExportDialog
from desk.ui.packet_dialog import PacketDialog
from desk.ui.save_places import BUNDLES, LETTERS, PACKETS, documents_folder, remember_folder, save_folder
from desk.workspace import Workspace


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, with a Documents folder (where the platform puts it on Linux by default). Windows
    asks the system for the user's Documents, whatever HOME says: there the tests use it (and write nothing in it)."""
    if sys.platform == "win32":
        assert documents_folder().is_dir()
        return documents_folder()
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: the default Documents
    assert documents_folder() == home / "Documents"
    return home / "Documents"


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def _deposit_application(workspace: Workspace) -> int:
    with workspace.read() as session:
        found = session.scalars(select(DepositApplication.id)).first()
    assert found is not None
    return found


def test_each_kind_of_document_starts_where_that_kind_was_saved_last(
    qtbot: QtBot, demo_workspace: Workspace, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packet = PacketDialog(demo_workspace, 1)
    qtbot.addWidget(packet)
    assert Path(packet.out_edit.text()).parent == documents  # the first time: Documents, not the home folder
    chosen = tmp_path / "claims"
    chosen.mkdir()
    asked = _answer(monkeypatch, chosen / "claim.pdf")
    packet.choose_output()
    assert len(asked) == 1 and Path(asked[0]).parent == documents  # the save dialog opened in Documents
    assert packet.out_edit.text() == str(chosen / "claim.pdf")

    again = PacketDialog(demo_workspace, 2)
    qtbot.addWidget(again)
    assert Path(again.out_edit.text()).parent == chosen  # remembered for packets…
    deposit = DepositPacketDialog(demo_workspace, _deposit_application(demo_workspace))
    qtbot.addWidget(deposit)
    assert Path(deposit.out_edit.text()).parent == chosen  # …a deposit packet is a packet too
    bundle = ExportDialog(demo_workspace)
    qtbot.addWidget(bundle)
    assert Path(bundle.out_edit.text()).parent == documents  # …but not for the lawyer's bundles
    assert save_folder(LETTERS) == documents and save_folder(BUNDLES) == documents

    lawyer = tmp_path / "for the lawyer"
    lawyer.mkdir()
    _answer(monkeypatch, lawyer / "bundle.zip")
    bundle.choose_output()
    assert save_folder(BUNDLES) == lawyer and save_folder(PACKETS) == chosen


def test_a_folder_that_is_gone_is_not_suggested(documents: Path, tmp_path: Path) -> None:
    unplugged = tmp_path / "usb-stick"
    remember_folder(PACKETS, unplugged)
    assert save_folder(PACKETS) == documents
    with pytest.raises(ValueError, match="no kind of document 'photos'"):
        save_folder("photos")
