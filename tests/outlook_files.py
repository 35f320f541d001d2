"""Outlook `.msg` files ([MS-OXMSG]) built for tests on the compound file writer: the message's properties (fixed
ones in its `__properties_version1.0` stream, strings and binaries in `__substg1.0_…` streams), its recipients and
attachments, embedded messages, in Unicode (001F) or 8-bit strings (001E) in a code page, as Outlook saves them."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from compound_files import Storage, Stream, compound_file

PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_STRING8, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x0040, 0x001E, 0x001F, 0x0102
EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
# (name, address, address type, SMTP address) of the author (sent representing) and of the sender
SENDERS = ((0x0042, 0x0065, 0x0064, 0x5D02), (0x0C1A, 0x0C1F, 0x0C1E, 0x5D01))


def filetime(moment: datetime) -> int:
    """A FILETIME: tenths of a microsecond since 1601 (UTC)."""
    return (moment - EPOCH) // timedelta(microseconds=1) * 10


@dataclass
class Attached:
    name: str
    data: bytes
    mime: str | None = None
    long_name: bool = True  # PR_ATTACH_LONG_FILENAME; else only the 8.3 name and the display name


@dataclass
class Message:
    subject: str = "Re: order 8179037714690228 - cracked cases"
    sender: tuple[str, str] | None = ("Li Wei", "sales@huaqiang.example")
    sender_type: str = "SMTP"  # "EX": the address is an Exchange DN, the SMTP address is beside it
    sender_smtp: str | None = None
    to: list[tuple[str, str]] = field(default_factory=lambda: [("Claims", "claims@techbox.example")])
    cc: list[tuple[str, str]] = field(default_factory=list)
    sent: datetime | None = datetime(2026, 11, 16, 1, 30, tzinfo=UTC)
    received: datetime | None = datetime(2026, 11, 16, 1, 31, tzinfo=UTC)
    body: str | None = "Dear buyer,\r\n\r\nthe replacement ships on Friday.\r\n\r\nLi Wei\r\n"
    html: bytes | None = None
    rtf: bytes | None = None  # the body as RTF (kept compressed, as PR_RTF_COMPRESSED)
    attachments: list[Attached] = field(default_factory=list)
    embedded: list[Message] = field(default_factory=list)
    message_class: str = "IPM.Note"
    unicode: bool = True
    codepage: int | None = None  # PR_MESSAGE_CODEPAGE, for 8-bit strings
    locale: int | None = None  # PR_MESSAGE_LOCALE_ID (an LCID)
    internet_cpid: int | None = 65001  # PR_INTERNET_CPID: the HTML body's code page
    message_id: str | None = "<REALWORLD-7f3a@mail.huaqiang.example>"
    headers: str | None = None  # PR_TRANSPORT_MESSAGE_HEADERS
    extra: list[Stream | Storage] = field(default_factory=list)

    def to_bytes(self, **writer: object) -> bytes:
        return compound_file(self.children(top=True), **writer)  # type: ignore[arg-type]

    def children(self, *, top: bool) -> list[Stream | Storage]:
        props = _Props(self.unicode, self._encoding())
        props.string(0x001A, self.message_class)
        props.string(0x0037, self.subject)
        if self.sender is not None:
            name, address = self.sender
            for name_id, address_id, type_id, smtp_id in SENDERS:
                props.string(name_id, name)
                props.string(address_id, address)
                props.string(type_id, self.sender_type)
                if self.sender_smtp:
                    props.string(smtp_id, self.sender_smtp)
        props.string(0x0E04, "; ".join(n for n, _a in self.to))
        props.string(0x0E03, "; ".join(n for n, _a in self.cc))
        if self.sent is not None:
            props.fixed(0x0039, PT_SYSTIME, filetime(self.sent))
        if self.received is not None:
            props.fixed(0x0E06, PT_SYSTIME, filetime(self.received))
        if self.body is not None:
            props.string(0x1000, self.body)
        if self.html is not None:
            props.binary(0x1013, self.html)
        if self.rtf is not None:
            props.binary(0x1009, compressed_rtf(self.rtf))
        if self.codepage is not None:
            props.fixed(0x3FFD, PT_LONG, self.codepage)
        if self.locale is not None:
            props.fixed(0x3FF1, PT_LONG, self.locale)
        if self.internet_cpid is not None:
            props.fixed(0x3FDE, PT_LONG, self.internet_cpid)
        if self.message_id:
            props.string(0x1035, self.message_id)
        if self.headers:
            props.string(0x007D, self.headers)
        recipients = [(1, n, a) for n, a in self.to] + [(2, n, a) for n, a in self.cc]
        attachments = len(self.attachments) + len(self.embedded)
        header = struct.pack("<8xIIII", len(recipients), attachments, len(recipients), attachments)
        header += bytes(8) if top else b""
        out: list[Stream | Storage] = [*props.streams(header), *self.extra]
        for number, (kind, name, address) in enumerate(recipients):
            recipient = _Props(self.unicode, self._encoding())
            recipient.fixed(0x0C15, PT_LONG, kind)
            recipient.string(0x3001, name)
            recipient.string(0x3002, "SMTP")
            recipient.string(0x3003, address)
            out.append(Storage(f"__recip_version1.0_#{number:08X}", recipient.streams(bytes(8))))
        for number, attached in enumerate(self.attachments):
            part = _Props(self.unicode, self._encoding())
            part.fixed(0x3705, PT_LONG, 1)  # by value
            if attached.long_name:
                part.string(0x3707, attached.name)
            part.string(0x3704, attached.name[:8])
            part.string(0x3001, attached.name)
            part.binary(0x3701, attached.data)
            if attached.mime:
                part.string(0x370E, attached.mime)
            out.append(Storage(f"__attach_version1.0_#{number:08X}", part.streams(bytes(8))))
        for number, inner in enumerate(self.embedded, start=len(self.attachments)):
            part = _Props(self.unicode, self._encoding())
            part.fixed(0x3705, PT_LONG, 5)  # an embedded message
            part.string(0x3001, inner.subject)
            inside = Storage("__substg1.0_3701000D", inner.children(top=False))
            out.append(Storage(f"__attach_version1.0_#{number:08X}", [*part.streams(bytes(8)), inside]))
        return out

    def _encoding(self) -> str:
        return f"cp{self.codepage}" if self.codepage else "cp1252"


class _Props:
    """One object's properties as [MS-OXMSG] 2.4 stores them."""

    def __init__(self, unicode: bool, encoding: str) -> None:
        self.unicode = unicode
        self.encoding = encoding
        self.entries: list[bytes] = []
        self.values: list[Stream] = []

    def fixed(self, prop: int, kind: int, value: int) -> None:
        self.entries.append(struct.pack("<IIQ", prop << 16 | kind, 2, value))

    def string(self, prop: int, text: str) -> None:
        if self.unicode:
            self._variable(prop, PT_UNICODE, text.encode("utf-16-le") + b"\x00\x00")
        else:
            self._variable(prop, PT_STRING8, text.encode(self.encoding) + b"\x00")

    def binary(self, prop: int, data: bytes) -> None:
        self._variable(prop, PT_BINARY, data)

    def _variable(self, prop: int, kind: int, data: bytes) -> None:
        self.entries.append(struct.pack("<IIII", prop << 16 | kind, 2, len(data), 0))
        self.values.append(Stream(f"__substg1.0_{prop:04X}{kind:04X}", data))

    def streams(self, header: bytes) -> list[Stream | Storage]:
        return [Stream("__properties_version1.0", header + b"".join(self.entries)), *self.values]


def compressed_rtf(rtf: bytes) -> bytes:
    """PR_RTF_COMPRESSED as Outlook writes it ([MS-OXRTFCP]): literals, and references to the longest earlier run
    (up to 17 bytes) still in the 4,096-byte window; the CRC is left 0 (readers do not check it)."""
    from desk.evidence.rtf_text import PREBUFFER

    out = bytearray()
    tokens: list[bytes] = []
    i = 0
    while i <= len(rtf):
        if i == len(rtf):  # the end: a reference to the write position itself
            position = (len(PREBUFFER) + i) % 4096
            tokens.append(struct.pack(">H", position << 4))
            break
        best, where = 0, 0
        for j in range(max(0, i - 4000), i):
            length = 0
            while length < 17 and i + length < len(rtf) and j + length < i and rtf[j + length] == rtf[i + length]:
                length += 1
            if length > best:
                best, where = length, j
        if best >= 2:
            tokens.append(struct.pack(">H", ((len(PREBUFFER) + where) % 4096) << 4 | (best - 2)))
            i += best
        else:
            tokens.append(rtf[i : i + 1])
            i += 1
    for start in range(0, len(tokens), 8):
        run = tokens[start : start + 8]
        out.append(sum(1 << bit for bit, token in enumerate(run) if len(token) == 2))
        out += b"".join(run)
    return struct.pack("<IIII", len(out) + 12, len(rtf), 0x75465A4C, 0) + out
