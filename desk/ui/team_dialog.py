"""File › Connect to Team Server…: the server's address and the person's password. The login is checked against the
server in the background (a server far away or down takes seconds to answer); once it is accepted the password is in
the system's keyring and the window opens the folder linked to the server (`desk.operations.team.log_in`, as
`desk team login`). A refusal is shown in the dialog, which stays open to correct the address or the password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.errors import classify
from desk.ui.worker import BackgroundOp
from desk.workspace import Workspace


class ConnectDialog(QDialog):
    """`set_up`: the owner's first connection, which also sets the empty database up for Desk (`desk team init`);
    `move_from`: a data folder to copy into the server (set up and empty) once connected (`desk team move`)."""

    def __init__(self, parent: QWidget | None = None, *, set_up: bool = False, move_from: Path | None = None) -> None:
        super().__init__(parent)
        self.set_up, self.move_from = set_up, move_from
        if move_from is not None:
            self.setWindowTitle(self.tr("Move This Folder to a Team Server"))
        else:
            self.setWindowTitle(self.tr("Set Up a Team Server") if set_up else self.tr("Connect to Team Server"))
        self.folder: Path | None = None  # the folder linked to the server, once connected
        self.address = QLineEdit()
        self.address.setObjectName("serverAddress")
        self.address.setPlaceholderText("postgresql://anna@server.example/shop")
        self.address.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        about = QLabel(
            self.tr(
                "Every record, the audit log and the evidence files of this folder are copied into the server, "
                "which must be set up and empty. The folder itself is left as it was."
            )
            if move_from is not None
            else self.tr(
                "The server's address names an empty database and your login, which may create roles. Desk makes "
                "its tables there and you become the team's owner. Your password is kept in this computer's keyring."
            )
            if set_up
            else self.tr(
                "The team's owner gives you the server's address and your login. Your password is kept in this "
                "computer's keyring, not in Desk's files."
            )
        )
        about.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        label = self.tr("&Move") if move_from is not None else self.tr("&Set Up") if set_up else self.tr("&Connect")
        self.connect_button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.op: BackgroundOp[object] | None = None

    def _connect(self) -> None:
        address, password = self.address.text().strip(), self.password.text()
        if not address:
            self._refused(self.tr("Type the server's address the team's owner gave you."))
            self.address.setFocus()
            return
        from desk.operations.team import log_in, set_up_server
        from desk.operations.team_move import MoveFolder, move_folder

        move_from = self.move_from

        def work(_progress: object, _cancelled: object) -> object:
            connected = log_in(address, password)
            if move_from is not None:
                move_folder(MoveFolder(move_from, address))
            return set_up_server(address) if self.set_up else connected

        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connecting to the server…"))
        self.op = BackgroundOp(self, work)
        self.op.on_success(self._connected).on_failure(self._failed).run_in_background()

    def _connected(self, result: object) -> None:
        self.folder = getattr(result, "folder", None)
        self._busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        problem = classify(error)
        if problem.is_bug:
            from desk.ui.errors import show_bug

            show_bug(error, self)
            return
        self._refused(problem.message)

    def _refused(self, message: str) -> None:
        self.status.setStyleSheet("color: #b3261e;")  # the colour of the other dialogs' refusals
        self.status.setText(message)

    def _busy(self, busy: bool) -> None:
        for widget in (self.address, self.password, self.connect_button):
            widget.setEnabled(not busy)


class AddPersonDialog(QDialog):
    """Tools › Add a Person to the Team…: a login on the team server for one person (`desk team add-user`), staff or
    an owner, with the password they will type when they connect (twice, as it is not shown)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Add a Person to the Team"))
        self.login = QLineEdit()
        self.login.setObjectName("personLogin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.owner = QCheckBox(self.tr("An &owner, who may upgrade the server and add people"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Again:"), self.again)
        form.addRow("", self.owner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.added: str | None = None  # the sentence to show once the person was added

    def _add(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not password:
            self.status.setText(self.tr("Type the password the person will use."))
            return
        if password != self.again.text():
            self.status.setText(self.tr("The two passwords differ: type the same one twice."))
            return
        from desk.operations.team import add_user

        owner = self.owner.isChecked()
        try:
            add_user(self.workspace, login, password, owner=owner)
        except Exception as error:
            problem = classify(error)
            if problem.is_bug:
                raise
            self.status.setText(problem.message)
            return
        role = self.tr("an owner") if owner else self.tr("staff")
        self.added = self.tr("{0} may now connect to the team server, as {1}.").format(login, role)
        self.accept()
