"""An e-mail saved as `.eml` (RFC 5322), read with the standard library: its From, To, Date, Subject and Message-ID,
its body with its own line breaks, its text for the search, and its attachments, each of which becomes evidence of
its own."""

from __future__ import annotations

import email
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any

TEXT_LIMIT = 200_000  # characters of body kept for the search: a quoted thread can be megabytes


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


def read_email(data: bytes) -> Email:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage
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
    except (ValueError, IndexError):  # a header too broken to parse: keep what the file says, raw
        value = message.get_all(name, failobj=[""])[0]
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
