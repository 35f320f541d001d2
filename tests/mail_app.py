"""A stand-in for macOS's `osascript`, as Apple Mail answers through it (desk.apple_mail): a shell script on PATH
that prints the source of a message it was asked for by Message-ID, or fails as AppleScript does. The script Desk
runs is kept (`asked.txt`) for the tests to read. POSIX shells only: on Windows there is no Mail to ask."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DENIED = "denied@mail.example"  # Mail answers: not authorised (-1743)
CLOSED = "closed@mail.example"  # Mail answers: not running (-600)

FAKE = """#!/bin/sh
# osascript -e LINE ... ID: keep what was asked, then answer as Mail would for ID
printf '%s\\n' "$@" >> "{folder}/asked.txt"
for wanted; do :; done
case "$wanted" in
  {denied}) echo "execution error: Not authorized to send Apple events to Mail. (-1743)" >&2; exit 1 ;;
  {closed}) echo "execution error: Mail got an error: Application isn't running. (-600)" >&2; exit 1 ;;
esac
if [ -f "{folder}/messages/$wanted" ]; then cat "{folder}/messages/$wanted"; echo; exit 0; fi
echo "execution error: not selected (1)" >&2
exit 1
"""


class MailApp:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "messages").mkdir(parents=True)
        script = folder / "bin" / "osascript"
        script.parent.mkdir()
        script.write_text(FAKE.format(folder=folder, denied=DENIED, closed=CLOSED))
        script.chmod(0o755)
        self.program = str(script)

    def select(self, message_id: str, source: bytes) -> None:
        """`source` is among the messages selected in Mail, as `message_id`."""
        (self.folder / "messages" / message_id).write_bytes(source)

    def asked(self) -> str:
        path = self.folder / "asked.txt"
        return path.read_text() if path.exists() else ""


def mail_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MailApp:
    if os.name != "posix":
        pytest.skip("AppleScript's osascript is macOS's; a POSIX shell script stands in for it here")
    app = MailApp(tmp_path / "mail")
    monkeypatch.setenv("PATH", f"{Path(app.program).parent}{os.pathsep}{os.environ['PATH']}")
    return app


def message_source(subject: str, message_id: str) -> bytes:
    return (
        f"From: Li Wei <sales@huaqiang.example>\nTo: claims@techbox.example\nSubject: {subject}\n"
        f"Date: Mon, 16 Nov 2026 09:30:00 +0800\nMessage-ID: <{message_id}>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\nThe replacement ships on Friday.\n"
    ).encode()
