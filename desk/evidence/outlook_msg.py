"""An e-mail saved by Outlook (`.msg`), read with olefile: the same facts as an `.eml` gives (`desk.evidence.emails`)
— From, To, Cc, Date, Subject, Message-ID, the body, the attachments — from the MAPI properties of [MS-OXMSG].

A `.msg` is a compound file: the message's fixed-size properties (numbers, times) are 16-byte entries of its
`__properties_version1.0` stream; each string or binary property is a stream of its own, `__substg1.0_IIIITTTT`
(property id, property type: 001F UTF-16, 001E 8-bit in the message's code page, 0102 bytes). Recipients and
attachments are storages of the same form; an attached Outlook item is a whole message inside its attachment.

The file may be damaged or made to harm: every fault of its structure is one sentence naming the file
(`UnreadableMessage`), and no more is read than the file holds (streams whose sectors overlap would multiply it)."""

from __future__ import annotations

import io
import mimetypes
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import HeaderParser
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path, PurePath
from typing import IO, Any

import olefile  # type: ignore[import-untyped]  # it ships no type hints

from desk.evidence.emails import TEXT_LIMIT, Attachment, Email, header_date, html_text
from desk.evidence.emails import UnreadableMessage as UnreadableMessage  # for its callers: the same error
from desk.evidence.rtf_text import BadRtf, decompress, rtf_text
from desk.evidence.sniff import OUTLOOK_MESSAGE, Sniffed

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PROPERTIES = "__properties_version1.0"
MAX_RECIPIENTS = 1000  # named one by one; a list past this says how many more there are
MAX_ATTACHMENTS = 500
MAX_DEPTH = 4  # messages inside messages read this deep
RTF_UNREADABLE = "[The text of this message is kept as rich text (RTF) that Desk cannot read; the file is kept whole.]"

# Property ids ([MS-OXPROPS]).
MESSAGE_CLASS, SUBJECT, TRANSPORT_HEADERS, MESSAGE_ID = 0x001A, 0x0037, 0x007D, 0x1035
SUBMIT_TIME, DELIVERY_TIME = 0x0039, 0x0E06
DISPLAY_TO, DISPLAY_CC = 0x0E04, 0x0E03
BODY, HTML, RTF = 0x1000, 0x1013, 0x1009
CODEPAGE, INTERNET_CPID, LOCALE = 0x3FFD, 0x3FDE, 0x3FF1
# (name, address, address type, SMTP address): the author (sent representing), then the sender.
SENDERS = ((0x0042, 0x0065, 0x0064, 0x5D02), (0x0C1A, 0x0C1F, 0x0C1E, 0x5D01))
RECIPIENT_TYPE, DISPLAY_NAME, ADDRESS_TYPE, ADDRESS, SMTP_ADDRESS = 0x0C15, 0x3001, 0x3002, 0x3003, 0x39FE
ATTACH_DATA, ATTACH_SHORT_NAME, ATTACH_METHOD, ATTACH_LONG_NAME, ATTACH_MIME = 0x3701, 0x3704, 0x3705, 0x3707, 0x370E
EMBEDDED_MESSAGE = 5
PT_LONG, PT_SYSTIME, PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x0003, 0x0040, 0x001E, 0x001F, 0x0102, 0x000D

# Windows code pages Python names otherwise than cpNNNN; any other is tried as cpNNNN.
CODEPAGES = {
    65001: "utf-8",
    1200: "utf-16-le",
    1201: "utf-16-be",
    20127: "ascii",
    936: "gb18030",
    54936: "gb18030",
    50220: "iso2022_jp",
    50221: "iso2022_jp",
    50222: "iso2022_jp",
    51932: "euc_jp",
    51949: "euc_kr",
    20866: "koi8_r",
    21866: "koi8_u",
    52936: "hz",
    65000: "utf-7",
    10000: "mac_roman",
    **{28590 + n: f"iso8859_{n}" for n in range(1, 16)},
}
# The ANSI code page a Windows language (the LCID's primary language) writes 8-bit text in; otherwise 1252.
LANGUAGE_CODEPAGES = {
    0x11: 932,
    0x12: 949,
    0x1E: 874,
    0x2A: 1258,
    0x08: 1253,
    0x1F: 1254,
    0x0D: 1255,
    0x25: 1257,
    0x26: 1257,
    0x27: 1257,
    **dict.fromkeys((0x01, 0x20, 0x29), 1256),
    **dict.fromkeys((0x05, 0x0E, 0x15, 0x18, 0x1B, 0x24), 1250),
    **dict.fromkeys((0x02, 0x19, 0x22, 0x23, 0x2F, 0x3F, 0x40, 0x44, 0x50), 1251),
}
TRADITIONAL_CHINESE = (0x0404, 0x0C04, 0x1404)


NOT_COMPOUND = "the file is damaged or is not an Outlook file"


# The errors olefile raises on a damaged compound file (it checks as it goes, it does not validate first).
_DAMAGED = (OSError, ValueError, KeyError, IndexError, TypeError, struct.error, RecursionError, OverflowError)


def is_compound_file(head: bytes) -> bool:
    return head.startswith(CFB_MAGIC)


def outlook_facts(source: Path | bytes, name: str, sniffed: Sniffed) -> tuple[Sniffed, Email | None]:
    """What a compound file (`source`, named `name`) is: an Outlook item becomes an e-mail of OUTLOOK_MESSAGE, read;
    one that cannot be read keeps its sniffed type, with why as its warning; any other compound file (a Word
    document) is as sniffed."""
    named_msg = PurePath(name).suffix.lower() == ".msg"
    try:
        message = read_outlook(source, name)
    except UnreadableMessage as error:
        # A damaged compound file is the Outlook file's problem when it says it is one (by its name or its
        # structure); a damaged Word document is not.
        if not named_msg and error.why == NOT_COMPOUND:
            return sniffed, None
        return Sniffed(sniffed.media_type, f"it is not a readable Outlook message: {error.why}", False), None
    if message is None:  # a compound file of another kind: as sniffed, unless its name says Outlook's
        why = f"it is not a readable Outlook message: {NOT_COMPOUND}"
        return (Sniffed(sniffed.media_type, why, False) if named_msg else sniffed), None
    return Sniffed(OUTLOOK_MESSAGE, None, False), message


def read_outlook(source: Path | bytes, name: str) -> Email | None:
    """The Outlook item in `source` as an e-mail; None when it is a compound file of another kind."""
    opened: IO[bytes] = source.open("rb") if isinstance(source, Path) else io.BytesIO(source)
    with opened:
        size = opened.seek(0, io.SEEK_END)
        opened.seek(0)
        try:
            ole = olefile.OleFileIO(opened, raise_defects=olefile.DEFECT_INCORRECT)
        except _DAMAGED:
            raise UnreadableMessage(name, NOT_COMPOUND) from None
        try:
            files = _Files(ole, size, name)
            if not files.is_stream([PROPERTIES]) or not files.has_property([], MESSAGE_CLASS):
                return None
            return _read_message(files, [], depth=0)
        except _DAMAGED:
            raise UnreadableMessage(name, "the file is damaged") from None
        finally:
            ole.close()


class _Files:
    """The compound file's streams, found through the directory olefile has read (its own look-up by path scans
    every sibling: a message of many parts would take minutes) and read within a budget: together no more than
    the file's size, which is all a file whose parts do not overlap can hold."""

    def __init__(self, ole: olefile.OleFileIO, size: int, name: str) -> None:
        self.ole = ole
        self.name = name
        self.budget = size
        self.cache: dict[int, bytes] = {}  # by directory entry

    def entry(self, path: list[str]) -> Any:
        node = self.ole.root
        for part in path:
            node = node.kids_dict.get(part.lower())
            if node is None:
                return None
        return node

    def is_stream(self, path: list[str]) -> bool:
        found = self.entry(path)
        return found is not None and found.entry_type == olefile.STGTY_STREAM

    def is_storage(self, path: list[str]) -> bool:
        found = self.entry(path)
        return found is not None and found.entry_type == olefile.STGTY_STORAGE

    def has_property(self, prefix: list[str], prop: int) -> bool:
        return any(self.is_stream([*prefix, f"__substg1.0_{prop:04X}{kind:04X}"]) for kind in (PT_UNICODE, PT_STRING8))

    def children(self, prefix: list[str], start: str) -> list[str]:
        """The names of the storages in `prefix` whose names start with `start`, in their numbers' order."""
        storage = self.entry(prefix)
        kids = storage.kids if storage is not None else []
        found = [kid.name for kid in kids if kid.name.lower().startswith(start.lower())]
        return sorted(found, key=lambda name: (len(name), name.lower()))

    def read(self, path: list[str]) -> bytes:
        found = self.entry(path)
        if found is None or found.entry_type != olefile.STGTY_STREAM:
            return b""
        if found.sid not in self.cache:
            if found.size > self.budget:
                raise UnreadableMessage(self.name, "its parts overlap, as only a damaged or crafted file's do")
            self.budget -= found.size
            # olefile's own openstream() looks the path up again, scanning; _open() reads the entry's sectors.
            self.cache[found.sid] = self.ole._open(found.isectStart, found.size).read()
        return self.cache[found.sid]


@dataclass
class _Object:
    """One message, recipient or attachment: its fixed properties, and its streams read when asked."""

    files: _Files
    prefix: list[str]
    fixed: dict[int, tuple[int, bytes]]  # property id → (type, the 8 bytes of its value)
    encoding: str = "cp1252"  # of its 8-bit strings

    @classmethod
    def at(cls, files: _Files, prefix: list[str], header: int, encoding: str = "cp1252") -> _Object:
        data = files.read([*prefix, PROPERTIES]) if files.is_stream([*prefix, PROPERTIES]) else b""
        fixed: dict[int, tuple[int, bytes]] = {}
        for offset in range(header, len(data) - 15, 16):
            tag, _flags, value = struct.unpack_from("<II8s", data, offset)
            fixed.setdefault(tag >> 16, (tag & 0xFFFF, value))
        return cls(files, prefix, fixed, encoding)

    def long(self, prop: int) -> int | None:
        kind, value = self.fixed.get(prop, (0, b""))
        return int.from_bytes(value[:4], "little", signed=True) if kind == PT_LONG else None

    def time(self, prop: int) -> datetime | None:
        kind, value = self.fixed.get(prop, (0, b""))
        ticks = int.from_bytes(value, "little") if kind == PT_SYSTIME else 0
        if not ticks:
            return None
        try:  # tenths of a microsecond since 1601
            return datetime(1601, 1, 1, tzinfo=UTC) + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None

    def string(self, prop: int) -> str:
        """A string property, '' when it is missing; control characters kept (a body has line breaks)."""
        unicode = [*self.prefix, f"__substg1.0_{prop:04X}{PT_UNICODE:04X}"]
        if self.files.is_stream(unicode):
            text = self.files.read(unicode).decode("utf-16-le", errors="replace")
        else:
            eight_bit = [*self.prefix, f"__substg1.0_{prop:04X}{PT_STRING8:04X}"]
            raw = self.files.read(eight_bit) if self.files.is_stream(eight_bit) else b""
            text = _decode(raw, self.encoding)
        return text.split("\x00", 1)[0]

    def has_text(self, prop: int) -> bool:
        return self.files.has_property(self.prefix, prop)

    def binary(self, prop: int) -> bytes | None:
        path = [*self.prefix, f"__substg1.0_{prop:04X}{PT_BINARY:04X}"]
        return self.files.read(path) if self.files.is_stream(path) else None


def _read_message(files: _Files, prefix: list[str], depth: int) -> Email:
    # The top message's properties stream has a 32-byte header, an embedded message's 24 ([MS-OXMSG] 2.4.1).
    message = _Object.at(files, prefix, 24 if prefix else 32)
    message.encoding = _eight_bit_encoding(message)
    headers = _transport_headers(message.string(TRANSPORT_HEADERS))
    moment = message.time(SUBMIT_TIME) or message.time(DELIVERY_TIME) or header_date(headers.get("date"))
    to, cc = _recipients(files, message)
    details: dict[str, Any] = {
        "from": _sender(message, headers.get("from", "")),
        "to": to or _clean(message.string(DISPLAY_TO)),
        "cc": cc or _clean(message.string(DISPLAY_CC)),
        "date": headers.get("date") or (format_datetime(moment) if moment else ""),
        "subject": _clean(message.string(SUBJECT)),
        "message_id": _clean(message.string(MESSAGE_ID)) or headers.get("message-id", ""),
    }
    details = {key: value for key, value in details.items() if value}
    body = _body(message)
    attachments: list[Attachment] = []
    inside: list[str] = []
    nested: list[str] = []
    names = files.children(prefix, "__attach_version1.0_#")
    for number, storage in enumerate(names[:MAX_ATTACHMENTS], start=1):
        part = _Object.at(files, [*prefix, storage], 8, message.encoding)
        embedded = [*prefix, storage, f"__substg1.0_{ATTACH_DATA:04X}{PT_OBJECT:04X}"]
        if files.is_storage(embedded):
            title = _clean(part.string(DISPLAY_NAME)) or f"attachment {number}"
            if part.long(ATTACH_METHOD) == EMBEDDED_MESSAGE and depth < MAX_DEPTH:
                inner = _read_message(files, embedded, depth + 1)
                title = inner.details.get("subject") or title
                nested.append(f"---------- Attached message ----------\n{inner.text}")  # as mail programs mark one
                inside.append(f"{title} (an e-mail)")
            else:
                inside.append(f"{title} (an embedded item)")
            continue
        data = part.binary(ATTACH_DATA)
        if data is None:  # attached by reference: a path or link on the sender's machine, no bytes
            continue
        attachments.append(Attachment(_attachment_name(part, number), data))
    if len(names) > MAX_ATTACHMENTS:
        inside.append(f"{len(names) - MAX_ATTACHMENTS} more attachments, not read")
    if inside:
        details["inside"] = inside
    heading = "\n".join(f"{k.capitalize()}: {v}" for k, v in details.items() if k in _HEADING)
    text = "\n\n".join([heading, body, *nested])[:TEXT_LIMIT]
    return Email(details, moment, text, attachments, body)


_HEADING = ("from", "to", "cc", "date", "subject")


def _eight_bit_encoding(message: _Object) -> str:
    """The code page of the message's 8-bit strings: its own, else its language's ANSI code page, else 1252."""
    codepage = message.long(CODEPAGE)
    if codepage is None:
        locale = message.long(LOCALE)
        if locale in TRADITIONAL_CHINESE:
            codepage = 950
        elif locale == 0x0804 or locale == 0x1004:
            codepage = 936
        elif locale is not None:
            codepage = LANGUAGE_CODEPAGES.get(locale & 0x3FF, 1252)
    return _codec(codepage) or "cp1252"


def _codec(codepage: int | None) -> str | None:
    if codepage is None:
        return None
    name = CODEPAGES.get(codepage, f"cp{codepage}")
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def _decode(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return raw.decode(encoding, errors="replace")


def _transport_headers(text: str) -> dict[str, str]:
    """The internet headers a received message kept: Date and Message-ID as the message had them, and From."""
    if not text.strip():
        return {}
    parsed = HeaderParser(policy=default_policy).parsestr(text)
    out = {}
    for key in ("date", "message-id", "from"):
        try:
            value = parsed.get(key)
        except (ValueError, IndexError):  # a header too broken to parse: the raw text
            value = parsed.get_all(key, failobj=[""])[0]
        if value is not None and _clean(str(value)):
            out[key] = _clean(str(value))
    return out


def _sender(message: _Object, header: str) -> str:
    for name_id, address_id, type_id, smtp_id in SENDERS:
        name = _clean(message.string(name_id))
        address = _address(message.string(address_id), message.string(type_id), message.string(smtp_id))
        if not address and header:  # an Exchange sender with no SMTP address kept: the header has it
            address = _address_in(header)
        if name or address:
            return _named(name, address)
    return header


def _address(address: str, kind: str, smtp: str) -> str:
    """The SMTP address: an Exchange DN ("/O=EXCHANGELABS/OU=…") is the server's name for the person, not an
    address anyone can write to."""
    if _clean(smtp):
        return _clean(smtp)
    if kind.strip().upper() == "EX" or address.strip().startswith("/"):
        return ""
    return _clean(address)


def _address_in(header: str) -> str:
    found = re.search(r"[^\s<>\"']+@[^\s<>\"']+", header)
    return found.group(0) if found else ""


def _named(name: str, address: str) -> str:
    if name and address and name.strip("'\"").lower() != address.lower():
        return f"{name} <{address}>"
    return address or name


def _recipients(files: _Files, message: _Object) -> tuple[str, str]:
    """(To, Cc) as the recipients' storages name them; Bcc (kept in a sent message) is not shown."""
    found: dict[int, list[str]] = {1: [], 2: []}
    counts = {1: 0, 2: 0}
    for storage in files.children(message.prefix, "__recip_version1.0_#"):
        recipient = _Object.at(files, [*message.prefix, storage], 8, message.encoding)
        kind = (recipient.long(RECIPIENT_TYPE) or 1) & 0x0F  # the high bits are flags
        if kind not in found:
            continue
        counts[kind] += 1
        if counts[kind] <= MAX_RECIPIENTS:
            name = _clean(recipient.string(DISPLAY_NAME))
            address = _address(
                recipient.string(ADDRESS), recipient.string(ADDRESS_TYPE), recipient.string(SMTP_ADDRESS)
            )
            found[kind].append(_named(name, address))
    lines = []
    for kind in (1, 2):
        more = f", and {counts[kind] - MAX_RECIPIENTS} more" if counts[kind] > MAX_RECIPIENTS else ""
        lines.append(", ".join(s for s in found[kind] if s) + more)
    return lines[0], lines[1]


def _body(message: _Object) -> str:
    """The plain body; else the HTML body as text; else the text of the rich-text body, which is all many Outlook
    files keep (an HTML mail's HTML wrapped in RTF, or RTF written in Outlook)."""
    text = message.string(BODY)
    if not text.strip():
        text = _html(message)
    if not text.strip() and (compressed := message.binary(RTF)) is not None:
        try:
            text, html = rtf_text(decompress(compressed))
        except BadRtf:
            return RTF_UNREADABLE
        text = html_text(text) if html else text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _html(message: _Object) -> str:
    """The HTML body as text, as the `.eml` reader makes it: in its internet code page, else as its own
    <meta charset> says, else UTF-8."""
    raw = message.binary(HTML)
    if raw is None:
        return html_text(message.string(HTML)) if message.has_text(HTML) else ""
    declared = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", raw[:4096])
    encoding = _codec(message.long(INTERNET_CPID)) or (declared.group(1).decode("ascii") if declared else "utf-8")
    try:
        return html_text(raw.decode(encoding, errors="replace"))
    except LookupError:  # a charset Python does not know
        return html_text(raw.decode("utf-8", errors="replace"))


def _attachment_name(part: _Object, number: int) -> str:
    # The long file name; else the display name, which is the file's name in full, rather than its 8.3 form.
    name = _clean(part.string(ATTACH_LONG_NAME) or part.string(DISPLAY_NAME) or part.string(ATTACH_SHORT_NAME))
    name = PurePath(name.replace("\\", "/")).name if name else f"attachment-{number}"
    if not PurePath(name).suffix:
        mime = _clean(part.string(ATTACH_MIME)).lower()
        extension = mimetypes.guess_extension(mime, strict=False) if mime else None
        name += extension or ""
    return name


def _clean(text: str) -> str:
    """Control characters out: a name or header is shown and printed, never executed or used as a path."""
    return "".join(ch for ch in text if ch.isprintable() or ch == " ").strip()
