"""Tools › Verify Data Folder… and Verify Bundle…: the checks `desk verify` and `desk verify-bundle` make, run in
the background with progress and Cancel, the answer in a sentence and every problem listed, one a line.

Verify Data Folder re-hashes every evidence file and checks the links and the audit log's chain (`verify_data_folder`);
Verify Bundle checks a .zip made by Export for Lawyer against its manifest and the manifest's signature, made with
the open data folder's key where it has one (`verify_bundle`, `own_signing_key`), and shows the manifest's SHA-256
and the signing key's fingerprint, selectable to be compared or copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desk.common import Cancelled, Progress, format_size
from desk.operations.bundles import BundleVerified, VerifyBundle, own_signing_key, verify_bundle
from desk.operations.checks import DataFolderVerified, VerifyDataFolder, verify_data_folder
from desk.ui.locale_text import number_text
from desk.ui.operation_dialog import OperationDialog
from desk.ui.tr_context import TrContext
from desk.verify import VerifyReport
from desk.workspace import Workspace

BUNDLE_FOLDER_KEY = "tools/bundleFolder"


VerifyDialog = TrContext("VerifyDialog")


class CheckDialog(OperationDialog):
    """A heading, the progress bar, the status line, the problems found and Cancel/Close."""

    def __init__(self, title: str, heading: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)  # as high as its sentences; taller once problems are listed (`list_problems`)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("checkStatus")
        self.problems = QPlainTextEdit()  # read whole (a problem names a file and its fingerprint), and copied
        self.problems.setObjectName("checkProblems")
        self.problems.setReadOnly(True)
        self.problems.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.stop)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(6)  # what is checked, then what was found
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        # While no problem is listed, the room a taller dialog has goes below the sentences, not between them.
        layout.addStretch(1)
        self._room = layout.count() - 1
        layout.addWidget(self.buttons)

    def stop(self) -> None:
        if not self.cancel_running(self.tr("Stopping…")):
            self.reject()

    def _finished(self) -> None:
        super()._finished()
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)

    def cancelled_text(self) -> str:
        return self.tr("Stopped: nothing was checked to the end, and nothing was changed.")

    def failed_text(self, message: str) -> str | None:
        return self.tr("Could not check: {0}").format(message)

    def list_problems(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(self._room, 0 if lines else 1)
        if lines:  # room to read them
            self.resize(max(self.width(), 640), max(self.height(), 360))
        else:  # as high as its sentences take at this width (a wrapped label's own hint guesses a narrower one)
            fitting = self.heightForWidth(self.width())
            self.resize(self.width(), fitting if fitting > 0 else self.sizeHint().height())

    def problem_lines(self) -> list[str]:
        text = self.problems.toPlainText()
        return text.split("\n") if text else []


class VerifyFolderDialog(CheckDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Verify Data Folder"),
            self.tr(
                "Desk reads every evidence file again and compares it with what it kept when the file was added, "
                "checks that every file and case it names is there, and that no entry of the history was changed."
            ),
            parent,
        )
        self.workspace = workspace
        self.report: VerifyReport | None = None

    def start(self) -> None:
        ws = self.workspace
        op = self.begin(
            lambda progress, cancelled: verify_data_folder(
                ws, VerifyDataFolder(), progress=progress, cancelled=cancelled
            ),
            self.tr("Checking {0}…").format(ws.root),
            self._show,
        )
        op.run_in_background()

    def _show(self, done: DataFolderVerified) -> None:
        report = self.report = done.report
        files = self.tr("{0} evidence file(s) ({1})", "", report.files_checked)
        files = files.format(number_text(report.files_checked), format_size(report.bytes_checked))
        history = self.tr("{0} entries of the history", "", report.audit_entries)
        history = history.format(number_text(report.audit_entries))
        if report.ok:
            said = self.tr("All is as it was kept: {0} read again and unchanged, {1} unbroken.")
            self._say(said.format(files, history))
        else:
            count = len(report.file_problems) + len(report.reference_problems) + len(report.breaks)
            self._say(
                self.tr("%n problem(s) found ({0} and {1} checked). Restore what is listed from a backup.", "", count)
                .format(files, history),
                alert=True,
            )
        lines = [p.describe() for p in report.file_problems] + list(report.reference_problems)
        changed_at = self.tr("The history was changed at entry {0}: {1}")
        lines += [changed_at.format(b.entry_id, b.problem) for b in report.breaks]
        if report.unreferenced:
            lines.append(
                self.tr(
                    "{0} file(s) in the vault belong to no evidence (left by deleted evidence): harmless.",
                    "",
                    len(report.unreferenced),
                ).format(number_text(len(report.unreferenced)))
            )
        self.list_problems(lines)


class VerifyBundleDialog(CheckDialog):
    def __init__(self, path: Path, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Verify Bundle"),
            (
                self.tr(
                    "Desk checks every file of {0} against the list of files and fingerprints inside it, and that the "
                    "list is signed with this data folder's key."
                )
                if workspace is not None
                else self.tr(
                    "Desk checks every file of {0} against the list of files and fingerprints inside it, and that the "
                    "list is signed."
                )
            ).format(path.name),
            parent,
        )
        self.path = path
        self.workspace = workspace
        self.verified: BundleVerified | None = None
        self.details = QLabel()  # the manifest's hash and the key's fingerprint, to compare or copy
        self.details.setObjectName("bundleDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(self.status) + 1, self.details)
            self._room += 1

    def start(self) -> None:
        path, ws = self.path, self.workspace

        def check(progress: Progress, cancelled: Cancelled) -> BundleVerified:
            expected = None if ws is None else own_signing_key(ws)
            return verify_bundle(VerifyBundle(path, expected), progress=progress, cancelled=cancelled)

        op = self.begin(check, self.tr("Checking {0}…").format(path), self._show)
        op.run_in_background()

    def _show(self, done: BundleVerified) -> None:
        self.verified = done
        lines = []
        if done.manifest_sha256:
            lines.append(self.tr("Manifest SHA-256: {0}").format(done.manifest_sha256))
        if done.key_fingerprint:
            whose = {
                True: self.tr("this data folder's key"),
                False: self.tr("not this data folder's key"),
                None: self.tr("compare it with the fingerprint the sender gave you"),
            }[done.key_matches]
            lines.append(self.tr("Signed with the key {0} ({1})").format(done.key_fingerprint, whose))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        if done.manifest_sha256 is None:  # any .zip can be opened with Desk: this one was not exported by it
            said = self.tr("{0} is not a bundle Desk exported: it holds no list of its files to check them against.")
            self._say(said.format(done.path.name), alert=True)
        elif done.intact:
            said = self.tr(
                "{0} is intact: its {1} file(s) are as they were exported, and the list of them is signed.",
                "",
                done.files,
            )
            self._say(said.format(done.path.name, number_text(done.files)))
        else:
            self._say(
                self.tr("{0} was changed since it was exported: %n problem(s).", "", len(done.problems)).format(
                    done.path.name
                ),
                alert=True,
            )
        self.list_problems(list(done.problems))



def verify_data_folder_of(parent: QWidget, workspace: Workspace) -> VerifyFolderDialog:
    dialog = VerifyFolderDialog(workspace, parent)
    dialog.setModal(True)
    dialog.show()
    dialog.start()
    return dialog


def choose_and_verify_bundle(parent: QWidget, workspace: Workspace | None = None) -> VerifyBundleDialog | None:
    settings = QSettings()
    folder = str(settings.value(BUNDLE_FOLDER_KEY, str(Path.home())))
    chosen, _ = QFileDialog.getOpenFileName(
        parent, VerifyDialog.tr("Verify a bundle for the lawyer"), folder, VerifyDialog.tr("Bundles (*.zip)")
    )
    if not chosen:
        return None
    settings.setValue(BUNDLE_FOLDER_KEY, str(Path(chosen).parent))
    return verify_bundle_at(parent, Path(chosen), workspace)


def verify_bundle_at(parent: QWidget, path: Path, workspace: Workspace | None = None) -> VerifyBundleDialog:
    dialog = VerifyBundleDialog(path, workspace, parent)
    dialog.setModal(True)
    dialog.show()
    dialog.start()
    return dialog
