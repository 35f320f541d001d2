"""Tools › Verify Data Folder…, Verify Bundle… and Letter Templates… (issue 12, point 1: `desk verify`,
`desk verify-bundle`, `desk letter templates`): each runs its operation on a real folder, in the background where it
is long, and says what it found in plain words, every problem listed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring_memory import MemoryKeyring, install
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Evidence
from desk.operations.bundles import ExportBundle, export_bundle
from desk.reports.bundle_signature import public_bytes, public_key_text, sign
from desk.ui.main_window import MainWindow
from desk.ui.verify_dialog import VerifyBundleDialog, VerifyFolderDialog, verify_bundle_at
from desk.workspace import Workspace

WAIT = 60_000


def _problems(dialog: VerifyFolderDialog | VerifyBundleDialog) -> list[str]:
    return dialog.problem_lines()


def test_verify_data_folder_says_all_is_intact_then_names_an_altered_file(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, artifacts: Path
) -> None:
    assert window.tools_menu.verify_folder.isEnabled()
    window.tools_menu.verify_folder.trigger()
    dialog = window.findChild(VerifyFolderDialog)
    assert isinstance(dialog, VerifyFolderDialog) and dialog.op is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.status.text().startswith("All is as it was kept: ")
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    # No empty band above or below the sentences: each follows the one before, Close right under them.
    qtbot.wait(20)
    line = dialog.fontMetrics().height()
    for label in (dialog.heading, dialog.status):  # a label taller than its text centres it in a band of nothing
        assert label.height() <= label.heightForWidth(label.width()) + line // 2, label.text()
    assert dialog.status.geometry().top() - dialog.heading.geometry().bottom() < 2 * line
    assert dialog.buttons.geometry().top() - dialog.status.geometry().bottom() < 4 * line
    dialog.grab().save(str(artifacts / "verify-data-folder-intact.png"))
    dialog.close()

    with demo_workspace.read() as s:
        photo = s.scalars(select(Evidence).where(Evidence.original_name.like("%.jpg"))).first()
        assert photo is not None
        sha, name = photo.sha256, photo.original_name
    stored = demo_workspace.vault.path_for(sha)
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes() + b"changed")
    window.tools_menu.verify_folder.trigger()
    again = next(d for d in window.findChildren(VerifyFolderDialog) if d is not dialog)
    qtbot.waitUntil(lambda: not again.busy, timeout=WAIT)
    assert again.status.text().startswith("1 problem found (")
    assert any(name in line for line in _problems(again))
    again.grab().save(str(artifacts / "verify-data-folder.png"))


def test_cancel_stops_the_check(qtbot: QtBot, window: MainWindow) -> None:
    window.tools_menu.verify_folder.trigger()
    dialog = window.findChild(VerifyFolderDialog)
    assert isinstance(dialog, VerifyFolderDialog)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.report is None or dialog.report.ok  # a check done before the cancel arrived is said as such
    if dialog.report is None:
        assert dialog.status.text().startswith("Stopped")


def test_verify_bundle_finds_a_changed_file(
    qtbot: QtBot,
    window: MainWindow,
    demo_workspace: Workspace,
    tmp_path: Path,
    artifacts: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install(monkeypatch, MemoryKeyring())
    made = export_bundle(demo_workspace, ExportBundle(tmp_path / "for-counsel.zip"))
    dialog = verify_bundle_at(window, made.path, demo_workspace)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.verified is not None and dialog.verified.intact
    assert dialog.status.text() == (
        f"for-counsel.zip is intact: its {made.files} files are as they were exported, and the list of them is signed."
    )
    assert dialog.problems.isHidden() and dialog.details.isVisible()
    assert dialog.details.text().split("\n") == [
        f"Manifest SHA-256: {made.manifest_sha256}",
        f"Signed with the key {made.key_fingerprint} (this data folder's key)",
    ]
    qtbot.wait(20)  # the layout redone with Close shown
    assert dialog.buttons.geometry().top() >= dialog.details.geometry().bottom() and dialog.close_button.isVisible()
    dialog.grab().save(str(artifacts / "verify-bundle-intact.png"))

    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(made.path) as source, zipfile.ZipFile(altered, "w") as target:
        names = source.namelist()
        victim = next(n for n in names if n.endswith(".pdf") or n.endswith(".jpg"))
        for item in names:
            data = source.read(item)
            target.writestr(item, data + b"x" if item == victim else data)
    changed = verify_bundle_at(window, altered)
    qtbot.waitUntil(lambda: not changed.busy, timeout=WAIT)
    assert changed.verified is not None and not changed.verified.intact
    assert changed.status.text() == "altered.zip was changed since it was exported: 1 problem."
    assert any(victim in line and "altered" in line for line in _problems(changed))
    changed.grab().save(str(artifacts / "verify-bundle.png"))

    # Re-signed by someone else, after a change re-hashed into the manifest: not this folder's key.
    forger = Ed25519PrivateKey.generate()
    resigned = tmp_path / "resigned.zip"
    with zipfile.ZipFile(made.path) as source, zipfile.ZipFile(resigned, "w") as target:
        manifest = source.read("manifest.json") + b" "
        for item in source.namelist():
            data = {
                "manifest.json": manifest,
                "manifest.json.sig": sign(forger, manifest),
                "signing-key.pub": public_key_text(public_bytes(forger), "someone").encode(),
            }.get(item) or source.read(item)
            target.writestr(item, data)
    forged = verify_bundle_at(window, resigned, demo_workspace)
    qtbot.waitUntil(lambda: not forged.busy, timeout=WAIT)
    assert forged.verified is not None and not forged.verified.intact
    assert forged.details.text().endswith("(not this data folder's key)")
    assert _problems(forged)[0].startswith("manifest.json.sig: made with the key ")
    qtbot.wait(20)
    forged.grab().save(str(artifacts / "verify-bundle-forged.png"))


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_letter_templates_are_copied_and_their_folder_opened(window: MainWindow, demo_workspace: Workspace) -> None:
    shown = UrlCatcher()
    QDesktopServices.setUrlHandler("file", shown, "catch")
    try:
        assert window.tools_menu.run_letter_templates()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    folder = demo_workspace.root / "templates" / "letters"
    assert shown.urls == [QUrl.fromLocalFile(str(folder))]
    assert any(folder.rglob("*.txt"))
    assert window.statusBar().currentMessage().startswith("Copied ")
