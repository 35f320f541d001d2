"""An e-mail saved as `.eml` (RFC 5322), read with the standard library: its From, To, Date and Subject, its text
for the search, and its attachments, each of which becomes evidence of its own."""

from __future__ import annotations

import email
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


@dataclass
class Email:
    details: dict[str, Any]  # from, to, cc, date, subject, message_id: as the headers say
    sent_at: datetime | None  # the Date header, in UTC
    text: str  # headers and body, for the search
    attachments: list[Attachment] = field(default_factory=list)


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
        if isinstance(payload, bytes):
            name = _clean(part.get_filename() or f"attachment-{number}")
            attachments.append(Attachment(name, payload))
    return Email(details, _date(details.get("date")), f"{heading}\n\n{body}"[:TEXT_LIMIT], attachments)


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError):  # a header too broken to parse: keep what the file says, raw
        value = message.get_all(name, failobj=[""])[0]
    return _clean(str(value)) if value is not None else ""


def _date(value: str | None) -> datetime | None:
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
    if part.get_content_subtype() == "html":
        content = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?is)<(script|style).*?</\1>", " ", content)))
    return re.sub(r"[ \t]+", " ", content).strip()


def _clean(text: str) -> str:
    """Control characters out: a name or header is shown and printed, never executed or used as a path."""
    return "".join(ch for ch in text if ch.isprintable() or ch == " ").strip()
