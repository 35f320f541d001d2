"""macOS: messages dragged from Apple Mail, fetched from Mail itself.

Mail drags a message as a promise of a file, which Qt cannot keep, and as a `message:` link naming the message by its
Message-ID (`message:%3Cid@host%3E`). Desk asks Mail for the source of each such message, the raw message an .eml
file holds, through AppleScript (`osascript`), among the messages selected in Mail: a message being dragged is
selected. The first time, macOS asks the user whether Desk may control Mail.

Not while the drop is being handled: Mail does not answer while its own drag is still going on."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from urllib.parse import unquote

from desk.errors import DeskError
from desk.file_names import safe_name
from desk.language import words

# One message's source, by its Message-ID, among those selected in Mail; "error 1" when it is not there.
SCRIPT = (
    "on run argv",
    "  set wanted to item 1 of argv",
    '  tell application "Mail"',
    "    repeat with picked in (get selection)",
    "      if message id of picked is wanted then return source of picked",
    "    end repeat",
    "  end tell",
    '  error "not selected" number 1',
    "end run",
)
ANSWER_SECONDS = 60  # the first time, macOS waits for the user to allow Desk to control Mail
NOT_ALLOWED, NOT_RUNNING = "-1743", "-600"  # AppleScript's errors: not authorised; the program is not running


class MailUnavailable(DeskError):
    """Mail could not be asked, or would not answer: the message says why, for the user."""


@dataclass(frozen=True)
class MailMessage:
    message_id: str
    name: str  # a safe file name, from its subject: "Re order 8177.eml"
    source: bytes


def dragged_ids(links: Iterable[str]) -> list[str]:
    """The Message-IDs of `message:` links, without their angle brackets, each once: `message:%3Cab@c%3E` → ab@c."""
    found: list[str] = []
    for link in links:
        if not link.lower().startswith("message:"):
            continue
        message_id = unquote(link[len("message:") :]).strip().removeprefix("//").strip("<>")
        if message_id and message_id not in found:
            found.append(message_id)
    return found


def fetch(message_ids: Iterable[str], *, osascript: str | None = None) -> tuple[list[MailMessage], list[str]]:
    """The sources Mail gives for `message_ids`, and the ids it has not among its selected messages. Raises
    MailUnavailable when Mail cannot be asked at all (not on a Mac, not allowed, not running, no answer)."""
    program = osascript if osascript is not None else shutil.which("osascript")
    if not program:
        raise MailUnavailable(words.tr("Mail can only be asked on a Mac"))
    fetched, missing = [], []
    for message_id in message_ids:
        try:
            done = subprocess.run(
                [program, *(part for line in SCRIPT for part in ("-e", line)), message_id],
                capture_output=True,
                timeout=ANSWER_SECONDS,
            )
        except subprocess.TimeoutExpired:
            raise MailUnavailable(words.tr("Mail did not answer within {0} seconds").format(ANSWER_SECONDS)) from None
        except OSError as error:
            raise MailUnavailable(words.tr("Mail could not be asked: {0}").format(error.strerror or error)) from None
        said = done.stderr.decode("utf-8", errors="replace")
        if done.returncode == 0 and done.stdout.strip():
            source = done.stdout.removesuffix(b"\n")  # osascript ends what it prints with a line of its own
            fetched.append(MailMessage(message_id, message_name(source), source))
        elif NOT_ALLOWED in said:
            raise MailUnavailable(
                words.tr(
                    "Desk may not ask Mail for messages: allow it in System Settings › Privacy & Security › Automation "
                    "(Desk › Mail), then drop the message again"
                )
            )
        elif NOT_RUNNING in said:
            raise MailUnavailable(words.tr("Mail is not running"))
        else:
            missing.append(message_id)
    return fetched, missing


def message_name(source: bytes) -> str:
    """A file name for the message: its subject, made safe, as .eml."""
    headers = BytesHeaderParser().parsebytes(source[:65536])
    try:
        subject = str(make_header(decode_header(headers.get("Subject", "") or "")))
    except (LookupError, UnicodeError, ValueError):  # a charset Python does not know, or a broken encoded word
        subject = str(headers.get("Subject", ""))
    subject = re.sub(r"\s+", " ", subject).strip()[:80]
    return safe_name(f"{subject}.eml" if subject else "", "message.eml")
