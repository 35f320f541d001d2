"""An e-mail kept as evidence, of either kind: an `.eml` (desk.evidence.emails) or an Outlook `.msg`
(desk.evidence.outlook_msg), read by its sniffed media type. The preview and the packets read e-mails through here."""

from __future__ import annotations

from pathlib import Path

from desk.evidence.emails import Email, read_email
from desk.evidence.outlook_msg import UnreadableMessage, read_outlook
from desk.evidence.sniff import EMAIL_TYPES, OUTLOOK_MESSAGE


def is_email(media_type: str) -> bool:
    return media_type in EMAIL_TYPES


def read_message(path: Path, media_type: str, name: str) -> Email:
    """The e-mail in the file at `path` (its original name `name`, for what an error says); UnreadableMessage, naming
    it, when it cannot be read."""
    if media_type == OUTLOOK_MESSAGE:
        message = read_outlook(path, name)
        if message is None:
            raise UnreadableMessage(name, "it holds no Outlook item")
        return message
    return read_email(path.read_bytes(), name)
