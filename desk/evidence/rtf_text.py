"""The text of an Outlook message kept only as compressed RTF (PR_RTF_COMPRESSED): decompressed as [MS-OXRTFCP]
says, then read as text — an HTML body Outlook wrapped in RTF ([MS-OXRTFEX], `\\fromhtml1`) is unwrapped back to its
HTML, which the caller reduces to text as any HTML body; plain RTF is reduced to its paragraphs here.

Only what a mail body needs: paragraphs, line breaks, tabs, quotes and dashes, characters in the RTF's code page
(`\\'hh`) or as Unicode (`\\uN`); tables, fonts, pictures and fields' codes are left out."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

# The dictionary a compressed RTF starts with ([MS-OXRTFCP] 2.1.2.1).
PREBUFFER = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
COMPRESSED, UNCOMPRESSED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA"
MAX_RAW = 64 * 1024 * 1024  # a body larger than this is not unpacked: no message's text is that long
# Groups whose content is not text: font and colour tables, styles, document info, pictures, objects, fields' codes.
SKIPPED = frozenset(
    (
        *("fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr"),
        *("footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata"),
        *("colorschememapping", "datastore", "latentstyles", "filetbl", "revtbl", "fldinst", "pgdsctbl", "mmathPr"),
        *("nonshppict", "shppict", "bkmkstart", "bkmkend"),
    )
)
SYMBOLS = {
    "par": "\n",
    "line": "\n",
    "tab": "\t",
    "emdash": "—",
    "endash": "–",
    "bullet": "•",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "~": "\u00a0",
    "_": "-",
    "-": "",
    "row": "\n",
    "cell": "\t",
}
# A font's \fcharset → the code page its \'hh bytes are in (a Chinese font's bytes are GBK in a Japanese RTF).
CHARSETS = {
    0: 1252,
    77: 10000,
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
    254: 437,
    255: 850,
}
TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.DOTALL)


class BadRtf(ValueError):
    """The compressed RTF is damaged."""


def decompress(data: bytes) -> bytes:
    """PR_RTF_COMPRESSED's bytes as the RTF they hold."""
    if len(data) < 16:
        raise BadRtf("too short")
    size, raw_size, kind, _crc = struct.unpack_from("<IIII", data)
    if kind == UNCOMPRESSED:
        return data[16 : 16 + raw_size]
    if kind != COMPRESSED or raw_size > MAX_RAW:
        raise BadRtf("not compressed RTF")
    window = bytearray(PREBUFFER.ljust(4096, b"\x00"))
    position = len(PREBUFFER)
    out = bytearray()
    source = data[16 : 4 + size]
    i = 0
    while i < len(source):
        flags = source[i]
        i += 1
        for bit in range(8):
            if i >= len(source):
                break
            if not flags >> bit & 1:
                byte = source[i]
                i += 1
                out.append(byte)
                window[position] = byte
                position = (position + 1) % 4096
                continue
            if i + 1 >= len(source):
                raise BadRtf("cut short")
            reference = source[i] << 8 | source[i + 1]
            i += 2
            offset, length = reference >> 4, (reference & 0x0F) + 2
            if offset == position:  # the end marker
                return bytes(out[:raw_size])
            for step in range(length):
                byte = window[(offset + step) % 4096]
                out.append(byte)
                window[position] = byte
                position = (position + 1) % 4096
            if len(out) > raw_size + 16:
                raise BadRtf("longer than it says")
    return bytes(out[:raw_size])


@dataclass
class _Group:
    skip: bool = False
    html_tag: bool = False  # inside {\*\htmltag …}: the text is HTML
    html_rtf: bool = False  # after \htmlrtf, before \htmlrtf0: RTF Outlook added, not part of the HTML
    uc: int = 1  # characters after a \uN that stand in for it
    starred: bool = False  # {\* …: an optional destination, skipped unless it is one read here
    font: int = -1  # the font the text is in: its charset says what \'hh bytes are
    font_table: bool = False  # inside {\fonttbl …}: fonts are defined there, not used

    def inner(self) -> _Group:
        return _Group(self.skip, self.html_tag, self.html_rtf, self.uc, font=self.font, font_table=self.font_table)


class _Text:
    """What is read out: text, and the bytes of \'hh escapes (a double-byte character is two in a row)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = bytearray()
        self.pending_encoding = "cp1252"

    def add(self, text: str) -> None:
        self.flush()
        self.parts.append(text)

    def add_byte(self, byte: int, encoding: str) -> None:
        if encoding != self.pending_encoding:
            self.flush()
            self.pending_encoding = encoding
        self.pending.append(byte)

    def flush(self) -> None:
        if self.pending:
            self.parts.append(bytes(self.pending).decode(self.pending_encoding, errors="replace"))
            self.pending.clear()


def rtf_text(rtf: bytes) -> tuple[str, bool]:
    """(the text, whether it is HTML): the HTML of an HTML body Outlook wrapped in RTF, else the RTF's own text."""
    html = b"\\fromhtml" in rtf[:1024]
    codepage = re.search(rb"\\ansicpg(\d+)", rtf[:4096])
    default = _encoding(int(codepage.group(1)) if codepage else 1252)
    fonts: dict[int, str] = {}  # font number → the encoding of its \'hh bytes
    defining = -1  # the font the font table is defining
    out = _Text()
    stack = [_Group()]
    group_start = False  # the token is the first of its group
    stand_ins = 0  # characters still to skip after a \uN

    for match in TOKEN.finditer(rtf):
        word, number, hex_byte, symbol, brace, text = match.groups()
        if not (word or hex_byte or symbol or brace or text):  # a line break of the RTF's source: nothing
            continue
        first, group_start = group_start, False
        group = stack[-1]
        if brace == b"{":
            stack.append(group.inner())
            group_start = True
            continue
        if brace == b"}":
            out.flush()
            if len(stack) > 1:
                stack.pop()
            continue
        shown = not group.skip and (not html or group.html_tag or not group.html_rtf)
        if word is not None:
            name = word.decode("ascii")
            value = int(number) if number is not None else None
            if group.starred:  # the destination's name: only an HTML tag of a wrapped HTML body is read
                group.starred = False
                group.html_tag = group.html_tag or (html and name == "htmltag")
                group.skip = group.skip or not group.html_tag
            elif first and name == "fonttbl":
                group.skip = group.font_table = True
            elif group.font_table and value is not None and name in ("f", "fcharset"):
                if name == "f":
                    defining = value
                else:
                    fonts[defining] = _encoding(CHARSETS[value]) if value in CHARSETS else default
            elif name in ("f", "deff") and value is not None:
                group.font = value
            elif first and name in SKIPPED:
                group.skip = True
            elif name == "htmlrtf":
                group.html_rtf = value != 0
            elif name == "uc":
                group.uc = max(value if value is not None else 1, 0)
            elif name == "u" and value is not None:
                if shown:
                    out.add(chr(value % 65536))
                stand_ins = group.uc
            elif name in SYMBOLS and shown:
                out.add("\r\n" if html and name in ("par", "line") else SYMBOLS[name])
            continue
        if symbol == b"*":
            group.starred = first
            group.skip = group.skip or not first  # a \* inside a group's text: malformed, skip what follows
            continue
        if stand_ins:  # the plain-text stand-in of the character a \uN gave
            stand_ins -= 1
            if text and len(text) > 1:
                text = text[1:]
            else:
                continue
        if hex_byte is not None:
            if shown:
                out.add_byte(int(hex_byte, 16), fonts.get(group.font, default))
        elif symbol is not None:
            character = symbol.decode("latin-1")
            if shown and character in "\\{}":
                out.add(character)
            elif shown and character in "\r\n":  # a backslash before a line break is a paragraph
                out.add("\n")
            elif shown:
                out.add(SYMBOLS.get(character, ""))
        elif text is not None and shown:
            out.add(text.decode(default, errors="replace"))
    out.flush()
    # A character past U+FFFF is two \uN (a surrogate pair): joined here; a lone half becomes U+FFFD.
    joined = "".join(out.parts).replace("\x00", "").encode("utf-16-le", "surrogatepass")
    return joined.decode("utf-16-le", errors="replace"), html


def _encoding(codepage: int) -> str:
    name = {65001: "utf-8", 936: "gb18030", 10000: "mac_roman"}.get(codepage, f"cp{codepage}")
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name
