"""What a file really is, from its first bytes (puremagic's signature table), and whether its name agrees.

The name is the user's, the bytes are the truth: a `.jpg` whose bytes are a Windows program is stored (it may be
evidence of a scam) but carries a warning and is never previewed."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import PurePath

import puremagic

from desk.common import UndecodableText, decode_text, whole_characters

HEAD = 8192  # bytes read to decide: every signature we rely on sits in the first few hundred
UNKNOWN = "application/octet-stream"
OUTLOOK_MESSAGE = "application/vnd.ms-outlook"  # an Outlook item (.msg); its content decides (outlook_msg)
EMAIL_TYPES = ("message/rfc822", OUTLOOK_MESSAGE)

# Programs and scripts: never opened by Desk, flagged whatever their name says.
PROGRAMS = {
    "application/x-dosexec": "a Windows program",
    "application/vnd.microsoft.portable-executable": "a Windows program",
    "application/x-msdownload": "a Windows program",
    "application/x-executable": "a Linux program",
    "application/x-elf": "a Linux program",
    "application/x-mach-binary": "a macOS program",
    "application/x-sharedlib": "a program library",
}
_MAGIC_PROGRAMS = (  # signatures puremagic may name differently or not at all
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
    (b"\xcf\xfa\xed\xfe", "a macOS program"),
    (b"\xce\xfa\xed\xfe", "a macOS program"),
    (b"\xca\xfe\xba\xbe", "a macOS program"),
    (b"#!", "a script"),
)
# The families a preview understands.
PREVIEWABLE = ("image/", "application/pdf", "text/", *EMAIL_TYPES)
_EMAIL_HEADERS = (b"from:", b"to:", b"subject:", b"date:", b"received:", b"mime-version:", b"message-id:")


@dataclass(frozen=True)
class Sniffed:
    media_type: str  # from the content; UNKNOWN when nothing matched
    warning: str | None  # why the content is suspicious or not what the name says
    program: bool  # an executable or script: never previewed or opened

    @property
    def previewable(self) -> bool:
        return not self.program and self.warning is None and self.media_type.startswith(PREVIEWABLE)


def sniff(head: bytes, name: str) -> Sniffed:
    """The type of a file whose first bytes are `head` (at least HEAD of them, or all of a smaller file)."""
    if not head:
        return Sniffed("application/x-empty", "the file is empty", False)
    program = _program(head)
    media_type = _content_type(head, name)
    claimed = _claimed_type(name)
    if program is not None:
        return Sniffed(media_type, f"the content is {program}, whatever its name says", True)
    warning = None
    if claimed is not None and _family(claimed) != _family(media_type) and media_type != UNKNOWN:
        warning = f"its name says {claimed} but its content is {media_type}"
    elif claimed is not None and media_type == UNKNOWN and _family(claimed) in ("image", "video", "application/pdf"):
        warning = f"its name says {claimed} but its content is not a file of that kind"
    return Sniffed(media_type, warning, False)


def _program(head: bytes) -> str | None:
    for magic, what in _MAGIC_PROGRAMS:
        if head.startswith(magic):
            return what
    return None


def _content_type(head: bytes, name: str) -> str:
    try:
        found = puremagic.from_string(head, mime=True, filename=name)
    except puremagic.PureError:
        found = ""
    if found in PROGRAMS:
        return found
    if found:
        return _canonical(found)
    if _looks_like_email(head):
        return "message/rfc822"
    if _is_text(head):
        return "text/plain"
    return UNKNOWN


def _claimed_type(name: str) -> str | None:
    suffix = PurePath(name).suffix.lower()
    if suffix == ".eml":
        return "message/rfc822"
    if suffix == ".msg":  # Outlook's, or a text's: the content decides (desk.evidence.outlook_msg), not the
        return None  # system's table (Windows names the type only where Outlook is installed)
    guessed, _encoding = mimetypes.guess_type(f"file{suffix}", strict=False) if suffix else (None, None)
    return _canonical(guessed) if guessed else None


def _canonical(media_type: str) -> str:
    # The same type under the names different tables use.
    aliases = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "application/x-pdf": "application/pdf"}
    return aliases.get(media_type, media_type)


def _family(media_type: str) -> str:
    """What a viewer would take the file for: image, video, audio, text, or the exact type otherwise."""
    major = media_type.split("/", 1)[0]
    if major in ("image", "video", "audio", "text"):
        return major
    if media_type == "message/rfc822":
        return "text"  # an e-mail is text, and text files are often saved as .eml and back
    return media_type


def _looks_like_email(head: bytes) -> bool:
    lines = head[:2048].lower().splitlines()[:20]
    return sum(1 for line in lines if line.startswith(_EMAIL_HEADERS)) >= 2


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        decode_text(whole_characters(head))  # the sample may end inside a character
    except UndecodableText:
        return False
    return True
