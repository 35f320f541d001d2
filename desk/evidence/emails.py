"""An e-mail saved as `.eml` (RFC 5322), read with the standard library: its From, To, Date, Subject and Message-ID,
its body with its own line breaks, its text for the search, and its attachments, each of which becomes evidence of
its own (an e-mail forwarded as an attachment is one of them, read in its turn: `desk.evidence.files`).

The file may be damaged or made to harm: whatever its bytes, reading it gives the e-mail or one sentence naming the
file (`UnreadableMessage`). Parts nested deeper than any real e-mail's (MAX_NESTING) are refused before they are
walked, as are parts the standard library's parser cannot follow."""

from __future__ import annotations

import email
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors, policy
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from typing import Any

from desk.errors import DeskError

TEXT_LIMIT = 200_000  # characters of body kept for the search: a quoted thread can be megabytes
# Levels of parts inside parts. A real e-mail has 3 (mixed, alternative, related) and each forward as an attachment
# adds about 4: 50 is a dozen forwards deep. Much deeper, the standard library's parser, which walks the levels by
# recursion, runs out of stack (about 330 levels) and ends in a RecursionError.
MAX_NESTING = 50
# What the standard library raises on parts it cannot follow (a header too broken to parse, a charset it does not
# know, a structure too deep): it checks as it goes.
_DAMAGED = (ValueError, LookupError, TypeError, AttributeError, AssertionError, RecursionError, errors.MessageError)


class UnreadableMessage(DeskError):
    """An e-mail file (an `.eml`, or an Outlook `.msg`: `kind`) whose structure cannot be read: `why` in words, the
    file named."""

    def __init__(self, name: str, why: str, *, kind: str = "Outlook message") -> None:
        self.why = why
        super().__init__(f"{name} is not a readable {kind}: {why}")


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Email:
    details: dict[str, Any]  # from, to, cc, date, subject, message_id: as the headers say
    sent_at: datetime | None  # the Date header, in UTC
    text: str  # headers and body, for the search
    attachments: list[Attachment] = field(default_factory=list)  # every one, in the order the message has them
    body: str = ""  # as written: its line breaks kept


def read_email(data: bytes, name: str = "the e-mail") -> Email:
    """The e-mail in `data` (the file `name`, for what an error says); UnreadableMessage when its parts cannot be
    followed."""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except RecursionError:
        raise UnreadableMessage(name, "its parts are nested too deeply to be read", kind="e-mail") from None
    if _deeper_than(message, MAX_NESTING):
        why = f"its parts are nested more than {MAX_NESTING} levels deep, as only a damaged or crafted file's are"
        raise UnreadableMessage(name, why, kind="e-mail")
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage
    try:
        return _read(message)
    except _DAMAGED:
        raise UnreadableMessage(name, "its structure is damaged", kind="e-mail") from None


def _deeper_than(message: Message, levels: int) -> bool:
    """Whether parts sit more than `levels` inside one another (walked without recursion)."""
    waiting: list[tuple[Message, int]] = [(message, 0)]
    while waiting:
        part, depth = waiting.pop()
        if depth > levels:
            return True
        inside = part.get_payload() if part.is_multipart() else []
        waiting.extend((child, depth + 1) for child in inside if isinstance(child, Message))
    return False


def _read(message: EmailMessage) -> Email:
    details = {
        key: _header(message, header)
        for key, header in (
            ("from", "From"),
            ("to", "To"),
            ("cc", "Cc"),
            ("date", "Date"),
            ("subject", "Subject"),
            ("message_id", "Message-ID"),
        )
        if _header(message, header)
    }
    body = _body(message)
    heading = "\n".join(f"{k.capitalize()}: {v}" for k, v in details.items() if k != "message_id")
    attachments = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        payload = part.get_payload(decode=True)
        forwarded = part.get_content_type() == "message/rfc822" and part.is_multipart()
        inner = part.get_payload(0) if forwarded else None
        if payload is None and isinstance(inner, email.message.Message):  # a forwarded e-mail: an .eml itself
            payload = inner.as_bytes(policy=policy.SMTP)
            name = _clean(part.get_filename() or f"message-{number}.eml")
        else:
            name = _clean(part.get_filename() or f"attachment-{number}")
        if isinstance(payload, bytes):
            attachments.append(Attachment(name, payload))
    text = f"{heading}\n\n{body}"[:TEXT_LIMIT]
    return Email(details, header_date(details.get("date")), text, attachments, body)


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except _DAMAGED:  # a header too broken to parse: keep what the file says, raw
        value = next((raw for key, raw in message.raw_items() if key.lower() == name.lower()), None)
    return _clean(str(value)) if value is not None else ""


def header_date(value: str | None) -> datetime | None:
    """An e-mail's Date header as a UTC moment (a date without its zone is taken as UTC); None if it is not one."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):  # an unknown charset: the bytes as Latin-1 beat nothing
        raw = part.get_payload(decode=True)
        content = raw.decode("latin-1") if isinstance(raw, bytes) else ""
    if not isinstance(content, str):
        return ""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if part.get_content_subtype() == "html":
        content = html_text(content)
    elif str(part.get_param("format", "")).lower() == "flowed":
        content = _unflowed(content, str(part.get_param("delsp", "")).lower() == "yes")
    lines = [line.rstrip() for line in content.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _unflowed(content: str, delsp: bool) -> str:
    """A format=flowed body (RFC 3676) as its writer's lines: a line ending in a space goes on in the next one
    (the sender's program wrapped it there); every other line break is the writer's."""
    out: list[str] = []
    joining = False
    for line in content.split("\n"):
        line = line[1:] if line.startswith(" ") else line  # space-stuffed by the sender ("From" at a line's start)
        soft = line.endswith(" ") and line != "-- "
        piece = line[:-1] if soft and delsp else line
        if joining:
            out[-1] += piece.lstrip(">").lstrip(" ") if out[-1].startswith(">") else piece
        else:
            out.append(piece)
        joining = soft
    return "\n".join(out)


def html_text(content: str) -> str:
    """An HTML body as text: the lines its breaks, paragraphs and rows make; the source's own wrapping dropped."""
    # Comments (Outlook's and Word's hold their XML settings); one left open runs to the end, as in a browser.
    content = re.sub(r"(?s)<!--.*?(?:-->|\Z)", "", content)
    content = re.sub(r"(?is)<(script|style).*?</\1>", " ", content)
    content = re.sub(r"\s+", " ", content)  # in HTML, a line break in the source is a space
    content = re.sub(r"(?i)<br\s*/?>", "\n", content)
    content = re.sub(r"(?i)</(p|div|tr|li|h[1-6]|blockquote)\s*>", "\n", content)
    content = html.unescape(re.sub(r"<[^>]+>", "", content))
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in content.split("\n"))


def _clean(text: str) -> str:
    """Control characters out: a name or header is shown and printed, never executed or used as a path."""
    return "".join(ch for ch in text if ch.isprintable() or ch == " ").strip()
