"""File › Connect to Team Server… (issue 16, point 1): the address and the password, checked against the server in
the background; a refusal said in the dialog, which stays open; once connected, the password in the keyring and the
window on the folder linked to the server, which the status bar names."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import factories
import pytest
from driving import when_shown
from keyring_memory import MemoryKeyring, install
from postgres_server import Server
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from desk.db import Migrations, init_server
from desk.models import Order, Supplier
from desk.secrets import SERVICE, server_entry
from desk.team_link import link
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.open_folder import OpenFolder
from desk.ui.team_dialog import AddPersonDialog, ConnectDialog
from desk.workspace import Workspace

_numbers = itertools.count(1)


def test_a_server_that_does_not_answer_is_said_in_the_dialog_which_stays_open(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, "postgresql://anna@127.0.0.1:1/shop")  # nothing listens on port 1
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.address.isEnabled() and "cannot reach" in dialog.status.text(), timeout=20_000)
    assert dialog.status.text().startswith("Desk cannot reach the team server (")
    assert dialog.isVisible() and dialog.folder is None and "secret" not in dialog.status.text()


def test_an_empty_address_is_asked_for(qtbot: QtBot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.status.text() == "Type the server's address the team's owner gave you."
    assert dialog.isVisible()


def test_connecting_keeps_the_password_and_opens_the_servers_folder(
    qtbot: QtBot, opened: OpenFolder, postgres: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(postgres.create_database(f"connect_{next(_numbers)}"))
    init_server(url)
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    memory = install(monkeypatch, MemoryKeyring())
    address = url.render_as_string(hide_password=False)

    def fill(dialog: ConnectDialog) -> None:
        qtbot.keyClicks(dialog.address, address)
        qtbot.keyClicks(dialog.password, "over the socket, trusted")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    when_shown(ConnectDialog, fill)
    with qtbot.waitSignal(opened.switched, timeout=30_000) as switched:
        opened.window.connect_action.trigger()
    window = switched.args[0]
    workspace = window.workspace
    assert workspace is not None and workspace.database.server is not None
    assert workspace.root.parent == tmp_path / "user data" / "servers"
    assert window.folder_label.text() == f"Team server: {workspace.database.server}"
    assert memory.entries == {(SERVICE, server_entry(workspace.database.server)): "over the socket, trusted"}
    assert b"over the socket" not in b"".join(p.read_bytes() for p in workspace.root.rglob("*") if p.is_file())


def test_setting_up_an_empty_server_makes_its_tables(
    qtbot: QtBot, postgres: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(postgres.create_database(f"connect_{next(_numbers)}"))
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    install(monkeypatch, MemoryKeyring())
    dialog = ConnectDialog(set_up=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Set Up a Team Server" and dialog.connect_button.text() == "&Set Up"
    qtbot.keyClicks(dialog.address, url.render_as_string(hide_password=False))
    qtbot.keyClicks(dialog.password, "trusted")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.folder is not None
    with Workspace.open(dialog.folder) as ws:
        assert ws.database.server is not None and ws.has_data() is False


def test_an_owner_adds_a_person_and_two_different_passwords_are_refused(
    qtbot: QtBot, postgres: Server, tmp_path: Path
) -> None:
    url = make_url(postgres.create_database(f"connect_{next(_numbers)}"))
    init_server(url)
    link(tmp_path / "team", url)
    with Workspace.open(tmp_path / "team") as ws:
        dialog = AddPersonDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.login, "dasha")
        qtbot.keyClicks(dialog.password, "first")
        qtbot.keyClicks(dialog.again, "second")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert dialog.status.text() == "The two passwords differ: type the same one twice." and dialog.isVisible()
        dialog.again.clear()
        qtbot.keyClicks(dialog.again, "first")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert dialog.added == "dasha may now connect to the team server, as staff."
        with ws.database.engine.connect() as c:
            member = c.scalar(text("SELECT pg_has_role('dasha', :role, 'MEMBER')"), {"role": f"{url.database}_staff"})
        assert member is True


def test_opening_an_older_server_offers_its_upgrade_and_enter_leaves_it(
    qtbot: QtBot, opened: OpenFolder, postgres: Server, tmp_path: Path
) -> None:
    url = make_url(postgres.create_database(f"connect_{next(_numbers)}"))
    init_server(url, Migrations(head="0012"))
    link(tmp_path / "team", url)
    seen: list[str] = []
    when_shown(QMessageBox, lambda box: (seen.append(box.text()), qtbot.keyClick(box, Qt.Key.Key_Return)))
    opened.switch_to(tmp_path / "team")
    qtbot.waitUntil(lambda: bool(seen) and not opened.opening, timeout=20_000)
    assert "has an older schema (0012)" in seen[0]
    assert opened.workspace is not None and opened.workspace.database.server is None  # the demo folder stays open

    def upgrade(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == "&Upgrade the Server")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, upgrade)
    with qtbot.waitSignal(opened.switched, timeout=60_000) as switched:
        opened.switch_to(tmp_path / "team")
    workspace = switched.args[0].workspace
    assert workspace is not None and workspace.database.server is not None
    assert list((tmp_path / "team" / "backups").glob("team-*-before-*.dump"))


def test_what_another_desk_adds_shows_here_within_two_seconds_keeping_the_selection(
    qtbot: QtBot, postgres: Server, tmp_path: Path
) -> None:
    url = make_url(postgres.create_database(f"connect_{next(_numbers)}"))
    init_server(url)
    link(tmp_path / "here", url)
    link(tmp_path / "there", url)
    with Workspace.open(tmp_path / "here") as here, Workspace.open(tmp_path / "there") as there:
        with there.write() as s:
            made = factories.order(s, order_no="LIVE-1")
            factories.order(s, order_no="LIVE-2", seller=made.supplier)
            s.flush()
            first = made.id
        window = MainWindow(here.root)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.page_loaded, timeout=30_000):
            window.attach(here)
        page = window.show_page("orders")
        assert isinstance(page, ListPage)
        qtbot.waitUntil(lambda: page.loaded and not page.busy and page.model.rowCount() == 2, timeout=30_000)
        page.show_record(first)
        assert page.selected_id() == first
        assert window.live is not None and window.live.listener is not None
        assert window.live.listener.listening.wait(10)
        with there.write() as s:
            factories.order(s, order_no="LIVE-3", seller=s.scalars(select(Supplier)).first())
        started = time.monotonic()
        qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.busy, timeout=2_000)
        assert time.monotonic() - started < 2
        assert page.selected_id() == first  # the row the user was on is still the one selected
        window.close()  # stops listening
        assert window.live is None


@pytest.mark.sqlite_only("moves a folder of its own into the server")
def test_the_open_folder_moves_into_an_empty_server_which_then_opens(
    qtbot: QtBot, opened: OpenFolder, postgres: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(postgres.create_database(f"connect_{next(_numbers)}"))
    init_server(url)
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    install(monkeypatch, MemoryKeyring())
    assert opened.workspace is not None
    with opened.workspace.read() as s:
        orders = s.scalar(select(func.count()).select_from(Order))

    def fill(dialog: ConnectDialog) -> None:
        assert dialog.windowTitle() == "Move This Folder to a Team Server"
        qtbot.keyClicks(dialog.address, url.render_as_string(hide_password=False))
        qtbot.keyClicks(dialog.password, "trusted")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    when_shown(ConnectDialog, fill)
    with qtbot.waitSignal(opened.switched, timeout=60_000) as switched:
        opened.window.move_action.trigger()
    workspace = switched.args[0].workspace
    assert workspace is not None and workspace.database.server is not None
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == orders > 0
    assert not switched.args[0].move_action.isEnabled()  # a team folder moves nowhere
